import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, forbidden, isUuid, notFound } from '../../errors.js';
import { recordAudit } from '../audit/audit.js';
import { Problems } from '../listing/listing-validation.js';
import { requireViewer } from '../user/permissions.js';
import { DEFAULT_THRESHOLD } from './alerts.enums.js';
import type { AlertSettingsInput, SavedSearchInput } from './alerts.inputs.js';
import { SavedSearch } from './saved-search.entity.js';

export const SAVED_SEARCH_LIMITS = { name: 50, query: 500, perUser: 50 };

type SavedSearchFields = Pick<
  SavedSearch,
  'name' | 'query' | 'target' | 'industryChains' | 'trlMin' | 'trlMax' | 'modes' | 'threshold' | 'active'
>;

/** A threshold is a whole score 0–100. */
export function checkThreshold(problems: Problems, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 100) {
    problems.messages.push('通知阈值须为 0–100 的整数');
  }
  return value;
}

/** Every problem of the input at once, in Chinese; BAD_USER_INPUT when there is any. */
export function validSavedSearch(input: SavedSearchInput): SavedSearchFields {
  const problems = new Problems();
  const fields: SavedSearchFields = {
    name: problems.text(input.name, '订阅名称', SAVED_SEARCH_LIMITS.name),
    query: problems.text(input.query, '搜索文字', SAVED_SEARCH_LIMITS.query),
    target: input.target,
    industryChains: [...new Set(input.industryChains ?? [])],
    trlMin: problems.trl(input.trlMin, '成熟度下限'),
    trlMax: problems.trl(input.trlMax, '成熟度上限'),
    modes: [...new Set(input.modes ?? [])],
    threshold: checkThreshold(problems, input.threshold ?? DEFAULT_THRESHOLD),
    active: input.active ?? true,
  };
  if (fields.trlMin != null && fields.trlMax != null && fields.trlMin > fields.trlMax) {
    problems.messages.push('成熟度下限不能高于上限');
  }
  problems.throwIfAny();
  return fields;
}

export function validAlertSettings(input: AlertSettingsInput): AlertSettingsInput {
  const problems = new Problems();
  const threshold = checkThreshold(problems, input.threshold);
  problems.throwIfAny();
  return { threshold, listingAlerts: input.listingAlerts };
}

const snapshot = (s: SavedSearchFields) => ({
  name: s.name,
  query: s.query,
  target: s.target,
  industryChains: s.industryChains,
  trlMin: s.trlMin ?? null,
  trlMax: s.trlMax ?? null,
  modes: s.modes,
  threshold: s.threshold,
  active: s.active,
});

/** The viewer's own saved searches: nobody reads or changes anyone else's, the bureau included. */
export class SavedSearchService {
  constructor(private readonly ctx: Context) {}

  list(): Promise<SavedSearch[]> {
    const viewer = requireViewer(this.ctx);
    return this.ctx.em.find(
      SavedSearch,
      { owner: viewer.user.id },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: SAVED_SEARCH_LIMITS.perUser },
    );
  }

  async get(id: string): Promise<SavedSearch> {
    return this.own(this.ctx.em, id);
  }

  async create(input: SavedSearchInput): Promise<SavedSearch> {
    const viewer = requireViewer(this.ctx);
    const fields = validSavedSearch(input);
    return this.ctx.em.transactional(async (em) => {
      // Serialises one user's creations, so two at once cannot both pass the limit.
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`saved_search:${viewer.user.id}`]);
      if ((await em.count(SavedSearch, { owner: viewer.user.id })) >= SAVED_SEARCH_LIMITS.perUser) {
        throw badInput(`每人最多保存 ${SAVED_SEARCH_LIMITS.perUser} 个订阅，请先删除不用的订阅`);
      }
      const search = em.create(SavedSearch, { owner: viewer.user, ...fields });
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'SavedSearch',
        entityId: search.id,
        action: 'create',
        after: snapshot(search),
      });
      return search;
    });
  }

  async update(id: string, input: SavedSearchInput): Promise<SavedSearch> {
    const viewer = requireViewer(this.ctx);
    const fields = validSavedSearch(input);
    return this.ctx.em.transactional(async (em) => {
      const search = await this.own(em, id, true);
      const before = snapshot(search);
      Object.assign(search, fields, { updatedAt: new Date() });
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'SavedSearch',
        entityId: search.id,
        action: 'update',
        before,
        after: snapshot(search),
      });
      return search;
    });
  }

  async remove(id: string): Promise<string> {
    const viewer = requireViewer(this.ctx);
    return this.ctx.em.transactional(async (em) => {
      const search = await this.own(em, id, true);
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'SavedSearch',
        entityId: search.id,
        action: 'delete',
        before: snapshot(search),
      });
      em.remove(search);
      return search.id;
    });
  }

  /** NOT_FOUND for an unknown id; FORBIDDEN for someone else's. */
  private async own(em: Context['em'], id: string, lock = false): Promise<SavedSearch> {
    const viewer = requireViewer(this.ctx);
    const search = isUuid(id)
      ? await em.findOne(SavedSearch, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {})
      : null;
    if (!search) {
      throw notFound('订阅');
    }
    if (search.owner.id !== viewer.user.id) {
      throw forbidden('只能查看和管理自己的订阅');
    }
    return search;
  }
}
