import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../context.js';
import { recordAudit } from '../audit/audit.js';
import { membersOf, notify } from '../notification/notify.js';
import { actsFor, isBureau } from '../user/permissions.js';
import type { User } from '../user/user.entity.js';
import { MatchEvent } from './match-event.entity.js';
import type { Match } from './match.entity.js';
import {
  MATCH_STAGE_LABELS,
  MatchSide,
  type MatchStage,
  REVEALED_STAGES,
  type MatchActor,
} from './match-stage.js';

/** The viewer's role in this match, or null for an outsider. Needs demand.owner and achievement.owner. */
export function matchActor(viewer: Viewer | null, match: Match): MatchActor | null {
  if (isBureau(viewer)) {
    return { kind: 'bureau', side: null };
  }
  if (actsFor(viewer, match.demand.owner.id)) {
    return { kind: 'party', side: MatchSide.DEMAND };
  }
  if (actsFor(viewer, match.achievement.owner.id)) {
    return { kind: 'party', side: MatchSide.ACHIEVEMENT };
  }
  return null;
}

/** The action recorded for a match's first event. */
export const CREATE = 'CREATE';

export const MATCH_POPULATE = ['demand.owner', 'achievement.owner', 'event'] as const;

export const matchTitle = (match: Match) => `「${match.demand.title}」与「${match.achievement.title}」`;

export function matchSnapshot(match: Match) {
  return {
    stage: match.stage,
    interestedSide: match.interestedSide ?? null,
    closeReason: match.closeReason ?? null,
    version: match.version,
  };
}

interface Step {
  action: string;
  to: MatchStage;
  actor: User | null;
  side?: MatchSide | null;
  note?: string;
  /** false when a later step of the same operation will tell the parties. */
  notifyParties?: boolean;
}

/**
 * Moves a match to a stage on the caller's unit of work: the stage, the event, the audit entry and the
 * parties' notifications commit together or not at all.
 */
export async function moveMatch(em: EntityManager, match: Match, step: Step): Promise<void> {
  const creating = step.action === CREATE;
  const before = creating ? null : matchSnapshot(match);
  const from = creating ? null : match.stage;
  const now = new Date();
  match.stage = step.to;
  match.stageEnteredAt = now;
  match.followUpNotifiedAt = null;
  if (REVEALED_STAGES.includes(step.to) && !match.revealedAt) {
    match.revealedAt = now;
  }
  em.persist(
    em.create(MatchEvent, {
      match,
      action: step.action,
      fromStage: from,
      toStage: step.to,
      side: step.side ?? null,
      actor: step.actor,
      note: step.note ?? '',
      at: now,
    }),
  );
  recordAudit(em, {
    actorId: step.actor?.id ?? null,
    entityType: 'Match',
    entityId: match.id,
    action: step.action.toLowerCase(),
    before,
    after: matchSnapshot(match),
  });
  if (step.notifyParties !== false) {
    await notifyParties(em, match, step.actor, {
      kind: 'MATCH_STAGE',
      title: `对接进展：${MATCH_STAGE_LABELS[step.to]}`,
      body: `${matchTitle(match)}的对接已进入「${MATCH_STAGE_LABELS[step.to]}」阶段${
        step.note ? `。备注：${step.note}` : '。'
      }`,
    });
  }
}

/** Tells the members of both parties (except whoever did it) about the match. */
export async function notifyParties(
  em: EntityManager,
  match: Match,
  except: User | null,
  message: { kind: string; title: string; body: string },
): Promise<number> {
  const members = await membersOf(em, [match.demand.owner.id, match.achievement.owner.id]);
  return notify(
    em,
    members.filter((member) => member.id !== except?.id),
    { ...message, entityType: 'Match', entityId: match.id },
  );
}
