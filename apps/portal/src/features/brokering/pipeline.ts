import type { MatchAction, MatchFieldsFragment, MatchStage } from '../../gql/graphql';
import { MATCH_STAGE_LABELS } from '../../lib/labels';

/** The board's columns, in pipeline order (closed matches are listed apart). */
export const BOARD_STAGES: MatchStage[] = [
  'PROPOSED',
  'INTERESTED',
  'MUTUAL_INTEREST',
  'MEETING',
  'NEGOTIATING',
  'CONTRACTED',
];

/** The steps shown to the parties: where the match is on its way to a contract. */
export const PIPELINE_STEPS = BOARD_STAGES.map((stage) => ({ stage, title: MATCH_STAGE_LABELS[stage] }));

export const MATCH_ACTION_LABELS: Record<MatchAction, string> = {
  INTEREST: '表达意向',
  MEET: '安排洽谈会面',
  NEGOTIATE: '进入合同谈判',
  CONTRACT: '登记合同',
  CLOSE: '关闭对接',
};

export interface BoardColumn<M> {
  stage: MatchStage;
  title: string;
  matches: M[];
  overdue: number;
}

/** Groups matches into the board's columns; overdue ones first in each column, then the oldest in stage. */
export function boardColumns<M extends Pick<MatchFieldsFragment, 'stage' | 'overdue' | 'stageEnteredAt'>>(
  matches: M[],
): BoardColumn<M>[] {
  return BOARD_STAGES.map((stage) => {
    const inStage = matches
      .filter((match) => match.stage === stage)
      .sort(
        (a, b) => Number(b.overdue) - Number(a.overdue) || a.stageEnteredAt.localeCompare(b.stageEnteredAt),
      );
    return {
      stage,
      title: MATCH_STAGE_LABELS[stage],
      matches: inStage,
      overdue: inStage.filter((match) => match.overdue).length,
    };
  });
}

/** Stages from which the bureau may register a contract on the match (the API's rule). */
export const CONTRACTABLE_STAGES: MatchStage[] = ['MUTUAL_INTEREST', 'MEETING', 'NEGOTIATING'];

/**
 * What the viewer may do now: the API's availableActions, plus CONTRACT for the bureau from mutual
 * interest on — the API never lists CONTRACT there although registerTechContract accepts it.
 */
export function actionsFor(
  match: Pick<MatchFieldsFragment, 'stage' | 'availableActions'>,
  bureau: boolean,
): MatchAction[] {
  const actions: MatchAction[] = match.availableActions.filter((action) => action !== 'CONTRACT');
  if (bureau && CONTRACTABLE_STAGES.includes(match.stage)) {
    const close = actions.indexOf('CLOSE');
    actions.splice(close < 0 ? actions.length : close, 0, 'CONTRACT');
  }
  return actions;
}

/**
 * The action a card dropped on a column asks for, if the match may take it (from its availableActions);
 * null when the drop means nothing (same column, or a move the API would refuse).
 */
export function actionForDrop(
  match: Pick<MatchFieldsFragment, 'stage' | 'availableActions'>,
  target: MatchStage,
  bureau = true,
): MatchAction | null {
  const wanted: Partial<Record<MatchStage, MatchAction>> = {
    INTERESTED: 'INTEREST',
    MUTUAL_INTEREST: 'INTEREST',
    MEETING: 'MEET',
    NEGOTIATING: 'NEGOTIATE',
    CONTRACTED: 'CONTRACT',
    CLOSED: 'CLOSE',
  };
  const action = wanted[target];
  if (!action || target === match.stage || !actionsFor(match, bureau).includes(action)) {
    return null;
  }
  if (action === 'INTEREST') {
    const expected = match.stage === 'PROPOSED' ? 'INTERESTED' : 'MUTUAL_INTEREST';
    return target === expected ? action : null;
  }
  return action;
}

/** The index of the match's stage in PIPELINE_STEPS (a closed match stays where it stopped: -1). */
export const stepIndex = (stage: MatchStage) => BOARD_STAGES.indexOf(stage);

/** The side that has not yet expressed interest (what the bureau records next), or null. */
export function pendingSide(match: Pick<MatchFieldsFragment, 'stage' | 'interestedSide'>) {
  if (match.stage !== 'INTERESTED' || !match.interestedSide) {
    return null;
  }
  return match.interestedSide === 'DEMAND' ? 'ACHIEVEMENT' : 'DEMAND';
}
