import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { retryOnUniqueViolation } from '../../db/retry.js';
import { badInput } from '../../errors.js';
import { recordAudit } from '../audit/audit.js';
import type { ListingKind } from '../listing/listing-kind.js';
import { ListingStatus } from '../listing/listing.enums.js';
import type { Listing } from '../listing/listing.entity.js';
import { LIMITS, Problems } from '../listing/listing-validation.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { requireBureau } from '../user/permissions.js';
import type { ImportError, ImportResult } from './import.types.js';

export const MAX_IMPORT_ITEMS = 500;
/** An import writing this many listings refreshes the table's planner statistics at once. */
const ANALYZE_AFTER = 100;

interface ImportItem {
  externalId: string;
}

export interface ImportSpec<T extends Listing, Item extends ImportItem> {
  kind: ListingKind<T, never>;
  organizationName(item: Item): string;
  organizationKind(name: string): OrganizationKind;
  assign(listing: T, item: Item, problems: Problems): void;
}

const KIND_LABELS: Record<OrganizationKind, string> = {
  ENTERPRISE: '企业',
  UNIVERSITY: '高校',
  INSTITUTE: '院所',
  BUREAU: '科技局',
  SERVICE_AGENCY: '服务机构',
};

/**
 * Bureau bulk import: upsert by externalId, per-item errors, everything valid written in one transaction.
 * New listings are PUBLISHED; replaced ones become PUBLISHED unless CLOSED.
 */
export async function importListings<T extends Listing, Item extends ImportItem>(
  ctx: Context,
  spec: ImportSpec<T, Item>,
  items: Item[],
): Promise<ImportResult> {
  const viewer = requireBureau(ctx);
  if (items.length > MAX_IMPORT_ITEMS) {
    throw badInput(`每次最多导入 ${MAX_IMPORT_ITEMS} 条（本次 ${items.length} 条），请分批导入`, {
      field: 'items',
      max: MAX_IMPORT_ITEMS,
    });
  }
  const errors: ImportError[] = [];
  const seen = new Set<string>();
  const accepted: { index: number; item: Item; orgName: string }[] = [];
  items.forEach((item, index) => {
    const problems = new Problems();
    const externalId = problems.text(item.externalId, '外部编号 externalId', LIMITS.externalId);
    const orgName = problems.text(spec.organizationName(item), '所属组织', LIMITS.organizationName);
    if (externalId && seen.has(externalId)) {
      problems.messages.push(`外部编号 ${externalId} 在本批中重复`);
    }
    seen.add(externalId);
    // Validate content on a throwaway entity, so a bad item never reaches the unit of work.
    spec.assign(Object.create(spec.kind.entity.prototype) as T, item, problems);
    if (problems.messages.length > 0) {
      errors.push({ index, externalId: item.externalId || null, message: problems.messages.join('；') });
    } else {
      accepted.push({ index, item: { ...item, externalId }, orgName });
    }
  });

  const checked = errors.length;
  const write = () =>
    ctx.em.transactional(async (tx) => {
      const names = [...new Set(accepted.map((entry) => entry.orgName))];
      const organizations = await findOrCreateOrganizations(tx, names, spec.organizationKind);
      for (const created of organizations.created) {
        recordAudit(tx, {
          actorId: viewer.user.id,
          entityType: 'Organization',
          entityId: created.id,
          action: 'import-create',
          after: { name: created.name, kind: created.kind },
        });
      }
      const existing = new Map(
        (
          await tx.find(spec.kind.entity, {
            externalId: { $in: accepted.map((entry) => entry.item.externalId) },
          } as unknown as FilterQuery<T>)
        ).map((listing) => [listing.externalId!, listing]),
      );
      const results: { index: number; listing: T; created: boolean }[] = [];
      for (const { index, item, orgName } of accepted) {
        const owner = organizations.byName.get(orgName)!;
        if (!spec.kind.ownerKinds.includes(owner.kind)) {
          errors.push({
            index,
            externalId: item.externalId,
            message: `组织“${orgName}”是${KIND_LABELS[owner.kind]}，不能发布${spec.kind.label}`,
          });
          continue;
        }
        const previous = existing.get(item.externalId);
        const listing =
          previous ?? (tx.create(spec.kind.entity, { externalId: item.externalId } as never) as T);
        const before = previous ? spec.kind.snapshot(previous) : undefined;
        spec.assign(listing, item, new Problems());
        listing.owner = owner;
        if (listing.status !== ListingStatus.CLOSED || !previous) {
          if (listing.status !== ListingStatus.PUBLISHED) {
            listing.publishedAt = new Date();
          }
          listing.status = ListingStatus.PUBLISHED;
        }
        listing.updatedAt = new Date();
        recordAudit(tx, {
          actorId: viewer.user.id,
          entityType: spec.kind.name,
          entityId: listing.id,
          action: previous ? 'import-update' : 'import-create',
          before,
          after: spec.kind.snapshot(listing),
        });
        results.push({ index, listing, created: !previous });
      }
      return results;
    });
  // Another import inserted one of these new externalIds and committed while this one was writing:
  // once more, now finding and updating those listings (nothing of the first try was written).
  const written = await retryOnUniqueViolation(write, () => (errors.length = checked));

  for (const { listing } of written) {
    ctx.services.matching.listingChanged(spec.kind.name, listing);
  }
  if (written.length >= ANALYZE_AFTER) {
    await refreshStatistics(ctx, spec.kind.entity);
  }
  errors.sort((a, b) => a.index - b.index);
  return {
    created: written.filter((entry) => entry.created).length,
    updated: written.filter((entry) => !entry.created).length,
    items: written.map(({ listing }) => ({ externalId: listing.externalId!, id: listing.id })),
    errors,
  };
}

/**
 * The organizations by name, creating the missing ones (verified: the bureau vouches for them).
 * INSERT … ON CONFLICT DO NOTHING, in name order, so two imports naming the same new organization at
 * once do not fail on the unique name: the second waits for the first to commit and then finds it.
 */
async function findOrCreateOrganizations(
  tx: EntityManager,
  names: string[],
  kindOf: (name: string) => OrganizationKind,
): Promise<{ byName: Map<string, Organization>; created: { id: string; name: string; kind: string }[] }> {
  const find = async () =>
    new Map((await tx.find(Organization, { name: { $in: names } })).map((org) => [org.name, org]));
  const byName = await find();
  const missing = names.filter((name) => !byName.has(name)).sort();
  if (missing.length === 0) {
    return { byName, created: [] };
  }
  const created = await tx.execute<{ id: string; name: string; kind: string }[]>(
    `insert into "organization" ("id", "name", "kind", "verified") values ${missing.map(() => '(?, ?, ?, true)').join(', ')} ` +
      `on conflict ("name") do nothing returning "id", "name", "kind"`,
    missing.flatMap((name) => [randomUUID(), name, kindOf(name)]),
  );
  return { byName: await find(), created };
}

export function guessInstitutionKind(name: string): OrganizationKind {
  return /研究院|研究所|研究中心|科学院|实验室/.test(name) && !/大学|学院/.test(name)
    ? OrganizationKind.INSTITUTE
    : OrganizationKind.UNIVERSITY;
}

/**
 * ANALYZE after a bulk import. Autovacuum would, but up to a minute later: until then the planner
 * believes the table still holds what it held before (after the first import of a library, a few
 * rows), and pages each listing by hash-joining the whole table instead of walking the (status,
 * created_at, id) index — 20 ms instead of 0.1 ms a page at 10k achievements. It costs ≈ 60 ms at
 * 10k (the bigram index's expression keeps no statistics: Migration20261128160000SearchBigrams).
 * A failure here never fails the import that has been committed.
 */
async function refreshStatistics(ctx: Context, entity: ListingKind<Listing, never>['entity']) {
  const table = ctx.em.getMetadata().get(entity.name).tableName;
  try {
    await ctx.em.getConnection().execute(`analyze "${table}"`);
  } catch (error) {
    ctx.services.log.warn('analyze after import failed', { table, error: String(error) });
  }
}
