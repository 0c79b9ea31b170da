import { OptimisticLockError, raw, type FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, conflict, forbidden, isUuid, notFound } from '../../errors.js';
import { recordAudit } from '../audit/audit.js';
import { Organization } from '../organization/organization.entity.js';
import { actsFor, isBureau, requireViewer } from '../user/permissions.js';
import { LISTING_STATUS_LABELS, ListingStatus } from './listing.enums.js';
import type { ContactInput, ListingFilter, TransitionInput } from './listing.inputs.js';
import type { Listing } from './listing.entity.js';
import type { ListingKind } from './listing-kind.js';
import {
  ACTION_LABELS,
  mayEverDo,
  nextStatus,
  type ListingAction,
  type ListingActor,
} from './listing-lifecycle.js';
import { LIMITS, Problems } from './listing-validation.js';

export const MAX_PAGE = 100;

export interface ListingPage<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number | Promise<number>;
}

function encodeCursor(listing: Listing): string {
  return Buffer.from(JSON.stringify([listing.createdAt.toISOString(), listing.id])).toString('base64url');
}

function decodeCursor(cursor: string): [Date, string] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    if (Number.isNaN(date.getTime()) || typeof id !== 'string') {
      throw new Error('bad cursor');
    }
    return [date, id];
  } catch {
    throw badInput('分页游标无效', { field: 'after' });
  }
}

const newestFirst = (a: Listing, b: Listing) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The rules of both listing libraries: who sees what, who may do what in which status. */
export class ListingService<T extends Listing, Input extends ContactInput> {
  constructor(
    private readonly kind: ListingKind<T, Input>,
    private readonly ctx: Context,
  ) {}

  /** A listing the viewer may see; NOT_FOUND otherwise, so unpublished listings do not leak. */
  async get(id: string): Promise<T> {
    const viewer = requireViewer(this.ctx);
    const listing = isUuid(id)
      ? await this.ctx.em.findOne(this.kind.entity, { id } as FilterQuery<T>, {
          populate: ['owner'] as never,
        })
      : null;
    if (
      !listing ||
      !(listing.status === ListingStatus.PUBLISHED || isBureau(viewer) || actsFor(viewer, listing.owner.id))
    ) {
      throw notFound(this.kind.label);
    }
    return listing;
  }

  /**
   * A page in (createdAt desc, id desc) order. What a viewer may see is split into disjoint branches
   * (the published listings; the viewer's own unpublished ones), each served by its own index in
   * that order, so a page reads about `first` rows per branch instead of sorting the whole table.
   * totalCount is counted only when the query selects it.
   */
  async list(filter: ListingFilter, first: number, after?: string | null): Promise<ListingPage<T>> {
    const viewer = requireViewer(this.ctx);
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw badInput(`first 须为 1–${MAX_PAGE}`, { field: 'first' });
    }
    const visible: Record<string, unknown>[] = isBureau(viewer)
      ? [{}]
      : viewer.organizationId
        ? [
            { status: ListingStatus.PUBLISHED },
            { owner: viewer.organizationId, status: { $ne: ListingStatus.PUBLISHED } },
          ]
        : [{ status: ListingStatus.PUBLISHED }];
    // A status filter rules out one of a member's branches: no query for it.
    const branches = visible.filter(
      (branch) =>
        !filter.status ||
        !('status' in branch) ||
        (branch.status === ListingStatus.PUBLISHED) === (filter.status === ListingStatus.PUBLISHED),
    );
    if ((filter.text?.trim().length ?? 0) > LIMITS.title) {
      throw badInput('搜索文字过长', { field: 'text' });
    }
    const cursor = after
      ? (([at, id]) => ({ createdAt: { $lte: at }, $or: [{ createdAt: { $lt: at } }, { id: { $lt: id } }] }))(
          decodeCursor(after),
        )
      : null;
    // Built afresh for every query: MikroORM forgets a raw fragment once a query has used it.
    const where = (branch: Record<string, unknown>, page: boolean) =>
      ({
        $and: [
          branch,
          ...this.filterConditions(filter, viewer.organizationId),
          ...(page && cursor ? [cursor] : []),
        ],
      }) as FilterQuery<T>;
    const pages = await Promise.all(
      branches.map((branch) =>
        this.ctx.em.find(this.kind.entity, where(branch, true), {
          orderBy: { createdAt: 'desc', id: 'desc' } as never,
          limit: first + 1,
          populate: ['owner'] as never,
        }),
      ),
    );
    const rows =
      pages.length === 1
        ? pages[0]!
        : pages
            .flat()
            .sort(newestFirst)
            .slice(0, first + 1);
    const nodes = rows.slice(0, first);
    let totalCount: Promise<number> | undefined;
    const count = () =>
      Promise.all(
        branches.map((branch) => this.ctx.em.fork().count(this.kind.entity, where(branch, false))),
      ).then((counts) => counts.reduce((sum, n) => sum + n, 0));
    return {
      edges: nodes.map((node) => ({ cursor: encodeCursor(node), node })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]!) : null,
      },
      // GraphQL reads the field only when it is selected.
      get totalCount() {
        return (totalCount ??= count());
      },
    };
  }

  private filterConditions(filter: ListingFilter, organizationId: string | null): Record<string, unknown>[] {
    const conditions: Record<string, unknown>[] = [];
    if (filter.mine) {
      conditions.push({ owner: organizationId ?? '00000000-0000-0000-0000-000000000000' });
    }
    if (filter.status) {
      conditions.push({ status: filter.status });
    }
    if (filter.industryChain) {
      conditions.push({ industryChain: filter.industryChain });
    }
    if (filter.organizationId) {
      conditions.push({ owner: filter.organizationId });
    }
    if (filter.trlMin != null) {
      conditions.push({ [this.kind.trlField]: { $gte: filter.trlMin } });
    }
    if (filter.trlMax != null) {
      conditions.push({ [this.kind.trlField]: { $lte: filter.trlMax } });
    }
    if (filter.mode) {
      conditions.push({ [this.kind.modesField]: { $contains: [filter.mode] } });
    }
    const text = filter.text?.trim();
    if (text) {
      // Title, body and keywords, as in the bigram index (Migration20261128160000SearchBigrams): the
      // index narrows to listings holding every bigram of the term, ILIKE then checks the substring.
      const body = this.kind.bodyField;
      const searchText = (alias: string) =>
        `listing_search_text(${alias}.title, ${alias}.${body}, ${alias}.keywords)`;
      if ([...text].length >= 2) {
        conditions.push({
          [raw((alias) => `listing_bigrams(${searchText(alias)}) @> listing_bigrams(?)`, [text])]: [],
        });
      }
      conditions.push({ [raw(searchText)]: { $ilike: likePattern(text) } });
    }
    return conditions;
  }

  async create(input: Input): Promise<T> {
    const viewer = requireViewer(this.ctx);
    if (!viewer.organizationId) {
      throw forbidden(`只有已认证的组织成员可以发布${this.kind.label}`);
    }
    return this.write(async (em) => {
      const owner = await em.findOneOrFail(Organization, viewer.organizationId!);
      if (!this.kind.ownerKinds.includes(owner.kind)) {
        throw forbidden(`${owner.name}不能发布${this.kind.label}`);
      }
      const listing = em.create(this.kind.entity, { owner, status: ListingStatus.DRAFT } as never) as T;
      this.assign(listing, input);
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: this.kind.name,
        entityId: listing.id,
        action: 'create',
        after: this.kind.snapshot(listing),
      });
      return listing;
    });
  }

  async update(id: string, input: Input, expectedVersion?: number | null): Promise<T> {
    return this.change(id, 'edit', expectedVersion, (listing) => this.assign(listing, input));
  }

  async transition(
    id: string,
    action: Exclude<ListingAction, 'edit'>,
    options: TransitionInput = {},
  ): Promise<T> {
    return this.change(id, action, options.expectedVersion, (listing) => {
      if (action === 'reject') {
        const problems = new Problems();
        listing.rejectReason = problems.text(options.reason, '退回原因', LIMITS.reason);
        problems.throwIfAny();
      }
      if (action === 'close') {
        if (!options.closeReason) {
          throw badInput('关闭时须说明原因（已转化、已解决、撤回或过期）', { field: 'closeReason' });
        }
        listing.closeReason = options.closeReason;
      }
      if (action === 'reopen') {
        listing.closeReason = null;
      }
      if (action === 'submit') {
        listing.rejectReason = null;
      }
    });
  }

  private async change(
    id: string,
    action: ListingAction,
    expectedVersion: number | null | undefined,
    apply: (listing: T) => void,
  ): Promise<T> {
    const viewer = requireViewer(this.ctx);
    return this.write(async (em) => {
      const listing = isUuid(id)
        ? await em.findOne(this.kind.entity, { id } as FilterQuery<T>, { populate: ['owner'] as never })
        : null;
      const owns = listing ? actsFor(viewer, listing.owner.id) : false;
      if (!listing || !(owns || isBureau(viewer) || listing.status === ListingStatus.PUBLISHED)) {
        throw notFound(this.kind.label);
      }
      const actor: ListingActor | null = isBureau(viewer) ? 'bureau' : owns ? 'member' : null;
      if (!actor || !mayEverDo(actor, action)) {
        throw forbidden(`无权${ACTION_LABELS[action]}该${this.kind.label}`);
      }
      if (expectedVersion != null && expectedVersion !== listing.version) {
        throw conflict(`该${this.kind.label}已被他人修改，请刷新后重试`);
      }
      const to = nextStatus(listing.status, action, actor);
      if (!to) {
        throw conflict(
          `${LISTING_STATUS_LABELS[listing.status as ListingStatus]}状态的${this.kind.label}不能${ACTION_LABELS[action]}`,
        );
      }
      const before = this.kind.snapshot(listing);
      apply(listing);
      if (to === ListingStatus.PUBLISHED && listing.status !== ListingStatus.PUBLISHED) {
        listing.publishedAt = new Date();
      }
      listing.status = to;
      listing.updatedAt = new Date();
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: this.kind.name,
        entityId: listing.id,
        action,
        before,
        after: this.kind.snapshot(listing),
      });
      return listing;
    });
  }

  private assign(listing: T, input: Input): void {
    const problems = new Problems();
    this.kind.assign(listing, input, problems);
    listing.contactName = problems.text(input.contactName, '联系人', LIMITS.contactName, false);
    listing.contactPhone = problems.text(input.contactPhone, '联系电话', LIMITS.contactPhone, false);
    listing.contactEmail = problems.email(input.contactEmail, '联系邮箱');
    listing.confidentialDetail = problems.text(
      input.confidentialDetail,
      '保密详情',
      LIMITS.confidentialDetail,
      false,
    );
    problems.throwIfAny();
  }

  /** One transaction per change; a lost race on the version becomes CONFLICT; the index hears of it after commit. */
  private async write(work: (em: Context['em']) => Promise<T>): Promise<T> {
    try {
      const listing = await this.ctx.em.transactional(work);
      this.ctx.services.matching.listingChanged(this.kind.name, listing);
      return listing;
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        throw conflict(`该${this.kind.label}已被他人修改，请刷新后重试`);
      }
      throw error;
    }
  }
}
