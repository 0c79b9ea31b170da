export type {
  AchievementDoc,
  DemandDoc,
  IndustryChain,
  MatchHit,
  MatchOptions,
  PairOptions,
  TransferMode,
} from './types.js';
export { MatchEngine } from './engine/engine.js';
export { Analyzer } from './text/analyzer.js';
export { Thesaurus, type Concept } from './text/thesaurus.js';
export { chainLabel, chainRelation, type ChainRelation } from './fit/chains.js';
export { CALIBRATION, calibrate } from './engine/calibration.js';
export { MODEL } from './index/scorer.js';
export { FIT } from './fit/constraints.js';
