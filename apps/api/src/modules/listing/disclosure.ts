import type { Context } from '../../context.js';
import { actsFor, isBureau } from '../user/permissions.js';
import type { Listing } from './listing.entity.js';

/**
 * The confidential tier (contacts and detail): the owner and the bureau always; a counterpart once both
 * sides of a match have expressed interest (checked by the resolver that knows about matches).
 */
export function disclosesToViewer(ctx: Pick<Context, 'viewer'>, listing: Listing): boolean {
  return isBureau(ctx.viewer) || actsFor(ctx.viewer, listing.owner.id);
}
