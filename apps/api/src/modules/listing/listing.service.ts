import { OptimisticLockError, type FilterQuery } from '@mikro-orm/core';
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
  totalCount: number;
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

  async list(filter: ListingFilter, first: number, after?: string | null): Promise<ListingPage<T>> {
    const viewer = requireViewer(this.ctx);
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw badInput(`first 须为 1–${MAX_PAGE}`, { field: 'first' });
    }
    const conditions: Record<string, unknown>[] = [];
    if (!isBureau(viewer)) {
      conditions.push(
        viewer.organizationId
          ? { $or: [{ status: ListingStatus.PUBLISHED }, { owner: viewer.organizationId }] }
          : { status: ListingStatus.PUBLISHED },
      );
    }
    if (filter.mine) {
      conditions.push({ owner: viewer.organizationId ?? '00000000-0000-0000-0000-000000000000' });
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
      if (text.length > LIMITS.title) {
        throw badInput('搜索文字过长', { field: 'text' });
      }
      const pattern = likePattern(text);
      conditions.push({
        $or: [{ title: { $ilike: pattern } }, { [this.kind.bodyField]: { $ilike: pattern } }],
      });
    }
    const where = { $and: conditions } as FilterQuery<T>;
    const pageWhere = after
      ? ({
          $and: [
            ...conditions,
            (([at, id]) => ({ $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: id } }] }))(
              decodeCursor(after),
            ),
          ],
        } as FilterQuery<T>)
      : where;
    const [rows, totalCount] = await Promise.all([
      this.ctx.em.find(this.kind.entity, pageWhere, {
        orderBy: { createdAt: 'desc', id: 'desc' } as never,
        limit: first + 1,
        populate: ['owner'] as never,
      }),
      this.ctx.em.fork().count(this.kind.entity, where),
    ]);
    const nodes = rows.slice(0, first);
    return {
      edges: nodes.map((node) => ({ cursor: encodeCursor(node), node })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]!) : null,
      },
      totalCount,
    };
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
