import { wrap } from '@mikro-orm/core';
import { BatchLoader, perRequest } from '../../batch-loader.js';
import type { Context } from '../../context.js';
import { Organization } from './organization.entity.js';

const loaders = new WeakMap<object, BatchLoader<string, Organization | null>>();

/**
 * The organization behind a reference: as it is when already loaded (lists join it), otherwise
 * loaded together with the others the same page asks for, in one query.
 */
export function loadOrganization(
  ctx: Pick<Context, 'em'>,
  reference: Organization,
): Organization | Promise<Organization> {
  if (wrap(reference).isInitialized()) {
    return reference;
  }
  const loader = perRequest(
    loaders,
    ctx,
    () =>
      new BatchLoader<string, Organization | null>(async (ids) => {
        const found = await ctx.em.find(Organization, { id: { $in: ids } });
        return new Map(found.map((organization) => [organization.id, organization]));
      }, null),
  );
  return loader.load(reference.id).then((organization) => organization ?? reference);
}
