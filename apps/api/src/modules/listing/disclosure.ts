import type { Context } from '../../context.js';
import { REVEALED_STAGES } from '../brokering/match-stage.js';
import { Match } from '../brokering/match.entity.js';
import { actsFor, isBureau } from '../user/permissions.js';
import type { Listing } from './listing.entity.js';

/** One answer per listing per request: the five tiered fields of a listing ask the same question. */
const answers = new WeakMap<object, Map<string, Promise<boolean>>>();

/**
 * The confidential tier (contacts and detail): the owner and the bureau always; the counterpart of a
 * match on this listing once that match has reached mutual interest (it stays revealed afterwards).
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
  let cache = answers.get(ctx);
  if (!cache) {
    cache = new Map();
    answers.set(ctx, cache);
  }
  let answer = cache.get(listing.id);
  if (!answer) {
    answer = revealedTo(ctx, listing, organizationId);
    cache.set(listing.id, answer);
  }
  return answer;
}

async function revealedTo(
  ctx: Pick<Context, 'em'>,
  listing: Listing,
  organizationId: string,
): Promise<boolean> {
  const revealed = { $or: [{ stage: { $in: [...REVEALED_STAGES] } }, { revealedAt: { $ne: null } }] };
  const count = await ctx.em.fork().count(Match, {
    $and: [
      revealed,
      {
        $or: [
          { demand: listing.id, achievement: { owner: organizationId } },
          { achievement: listing.id, demand: { owner: organizationId } },
        ],
      },
    ],
  });
  return count > 0;
}
