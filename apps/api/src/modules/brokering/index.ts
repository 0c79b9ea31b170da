export { FollowUpSetting } from './follow-up-setting.entity.js';
export { runFollowUp, startFollowUpSchedule } from './follow-up.js';
export { Interest } from './interest.entity.js';
export { registerLedgerRoutes, type LedgerRouteDeps } from './ledger.routes.js';
export { MatchEvent } from './match-event.entity.js';
export { Match } from './match.entity.js';
export { BrokeredMatchResolver, MatchEventResolver } from './match.resolver.js';
export { MatchmakingEvent } from './matchmaking-event.entity.js';
export {
  FollowUpResolver,
  KpiResolver,
  MatchmakingEventResolver,
  TechContractResolver,
} from './brokering.resolver.js';
export { TechContract } from './tech-contract.entity.js';
export { seedBrokeringDemo } from './brokering.demo.js';
