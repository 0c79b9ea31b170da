import { BatchLoader, perRequest } from '../../batch-loader.js';
import type { Context } from '../../context.js';
import { REVEALED_STAGES } from '../brokering/match-stage.js';
import { Match } from '../brokering/match.entity.js';
import { Demand } from '../demand/demand.entity.js';
import { actsFor, isBureau } from '../user/permissions.js';
import type { Listing } from './listing.entity.js';

type Side = 'demand' | 'achievement';

/** Per request and side: which of the listings asked about in one tick are revealed to the viewer. */
const loaders: Record<Side, WeakMap<object, BatchLoader<string, boolean>>> = {
  demand: new WeakMap(),
  achievement: new WeakMap(),
};

/**
 * The confidential tier (contacts and detail): the owner and the bureau always; the counterpart of a
 * match on this listing once that match has reached mutual interest (it stays revealed afterwards).
 * A page of listings asks five fields each; they share one query per page, not one per field and row.
 */
export function disclosesToViewer(ctx: Pick<Context, 'viewer' | 'em'>, listing: Listing): Promise<boolean> {
  const { viewer } = ctx;
  if (isBureau(viewer) || actsFor(viewer, listing.owner.id)) {
    return Promise.resolve(true);
  }
  const organizationId = viewer?.organizationId;
  if (!organizationId) {
    return Promise.resolve(false);
  }
  const side: Side = listing instanceof Demand ? 'demand' : 'achievement';
  return perRequest(
    loaders[side],
    ctx,
    () => new BatchLoader((ids) => revealedTo(ctx, side, ids, organizationId), false),
  ).load(listing.id);
}

async function revealedTo(
  ctx: Pick<Context, 'em'>,
  side: Side,
  ids: string[],
  organizationId: string,
): Promise<Map<string, boolean>> {
  const counterpart: Side = side === 'demand' ? 'achievement' : 'demand';
  const matches = await ctx.em.fork().find(
    Match,
    {
      $or: [{ stage: { $in: [...REVEALED_STAGES] } }, { revealedAt: { $ne: null } }],
      [side]: { $in: ids },
      [counterpart]: { owner: organizationId },
    },
    { fields: [side] },
  );
  return new Map(matches.map((match) => [match[side].id, true]));
}
