import { chinaDate } from '../../calendar.js';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context, Viewer } from '../../context.js';
import { badInput, conflict, forbidden, isUuid, notFound } from '../../errors.js';
import { recordAudit } from '../audit/audit.js';
import { Organization } from '../organization/organization.entity.js';
import { membersOf, notify } from '../notification/notify.js';
import { isBureau, requireBureau, requireViewer } from '../user/permissions.js';
import type { TechContractFilter, TechContractInput } from './brokering.inputs.js';
import { Match } from './match.entity.js';
import { MATCH_POPULATE, matchActor, moveMatch } from './match-pipeline.js';
import { MatchAction, MatchStage, nextStage } from './match-stage.js';
import { writeMatch } from './match.service.js';
import { TechContract, TechContractStatus } from './tech-contract.entity.js';

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const POPULATE = ['buyer', 'seller', ...MATCH_POPULATE.map((path) => `match.${path}` as const)] as const;

function snapshot(contract: TechContract) {
  return {
    status: contract.status,
    type: contract.type,
    amountWan: contract.amountWan,
    signedOn: contract.signedOn,
    buyerId: contract.buyer.id,
    sellerId: contract.seller.id,
    matchId: contract.match?.id ?? null,
    challengeId: contract.challengeId ?? null,
  };
}

/** Technology contracts: registered by the bureau, or submitted by a party and confirmed by the bureau. */
export class TechContractService {
  constructor(private readonly ctx: Context) {}

  async list(filter: TechContractFilter): Promise<TechContract[]> {
    const viewer = requireViewer(this.ctx);
    const conditions: FilterQuery<TechContract>[] = [];
    if (!isBureau(viewer)) {
      if (!viewer.organizationId) {
        return [];
      }
      conditions.push({ $or: [{ buyer: viewer.organizationId }, { seller: viewer.organizationId }] });
    }
    if (filter.year != null) {
      conditions.push({ signedOn: { $gte: `${filter.year}-01-01`, $lt: `${filter.year + 1}-01-01` } });
    }
    if (filter.status) {
      conditions.push({ status: filter.status });
    }
    if (filter.matchId) {
      conditions.push({ match: isUuid(filter.matchId) ? filter.matchId : null });
    }
    return this.ctx.em.find(
      TechContract,
      { $and: conditions },
      {
        populate: POPULATE,
        orderBy: { signedOn: 'desc', createdAt: 'desc' },
      },
    );
  }

  async get(id: string): Promise<TechContract> {
    const viewer = requireViewer(this.ctx);
    const contract = isUuid(id) ? await this.ctx.em.findOne(TechContract, id, { populate: POPULATE }) : null;
    if (
      !contract ||
      !(isBureau(viewer) || [contract.buyer.id, contract.seller.id].includes(viewer.organizationId ?? ''))
    ) {
      throw notFound('技术合同');
    }
    return contract;
  }

  /** The bureau registers a contract: confirmed at once. */
  register(input: TechContractInput): Promise<TechContract> {
    const viewer = requireBureau(this.ctx);
    return writeMatch(this.ctx.em, async (em) => {
      const contract = await this.build(em, viewer, input);
      await this.confirmOn(em, viewer, contract);
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'TechContract',
        entityId: contract.id,
        action: 'register',
        after: snapshot(contract),
      });
      return contract;
    });
  }

  /** A party submits a contract for the bureau to confirm. */
  submit(input: TechContractInput): Promise<TechContract> {
    const viewer = requireViewer(this.ctx);
    if (!viewer.organizationId) {
      throw forbidden('只有已认证的组织成员可以提交技术合同');
    }
    return writeMatch(this.ctx.em, async (em) => {
      const contract = await this.build(em, viewer, input);
      if (![contract.buyer.id, contract.seller.id].includes(viewer.organizationId!)) {
        throw forbidden('只能提交本组织作为一方的技术合同');
      }
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'TechContract',
        entityId: contract.id,
        action: 'submit',
        after: snapshot(contract),
      });
      return contract;
    });
  }

  confirm(id: string, expectedVersion?: number | null): Promise<TechContract> {
    const viewer = requireBureau(this.ctx);
    return writeMatch(this.ctx.em, async (em) => {
      const contract = await this.pending(em, id, expectedVersion);
      const before = snapshot(contract);
      await this.confirmOn(em, viewer, contract);
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'TechContract',
        entityId: contract.id,
        action: 'confirm',
        before,
        after: snapshot(contract),
      });
      return contract;
    });
  }

  reject(id: string, reason: string, expectedVersion?: number | null): Promise<TechContract> {
    const viewer = requireBureau(this.ctx);
    const text = reason.trim();
    if (!text || text.length > 500) {
      throw badInput('退回原因须为 1–500 个字符', { field: 'reason' });
    }
    return writeMatch(this.ctx.em, async (em) => {
      const contract = await this.pending(em, id, expectedVersion);
      const before = snapshot(contract);
      contract.status = TechContractStatus.REJECTED;
      contract.rejectReason = text;
      await this.tellParties(
        em,
        contract,
        viewer,
        '技术合同被退回',
        `技术合同「${contract.title}」登记被退回：${text}`,
      );
      recordAudit(em, {
        actorId: viewer.user.id,
        entityType: 'TechContract',
        entityId: contract.id,
        action: 'reject',
        before,
        after: snapshot(contract),
      });
      return contract;
    });
  }

  private async pending(
    em: EntityManager,
    id: string,
    expectedVersion?: number | null,
  ): Promise<TechContract> {
    const contract = isUuid(id) ? await em.findOne(TechContract, id, { populate: POPULATE }) : null;
    if (!contract) {
      throw notFound('技术合同');
    }
    if (expectedVersion != null && expectedVersion !== contract.version) {
      throw conflict('该合同已被他人更新，请刷新后重试');
    }
    if (contract.status !== TechContractStatus.PENDING) {
      throw conflict('只有待确认的合同可以确认或退回');
    }
    return contract;
  }

  /** CONFIRMED, and the match it came from moves to CONTRACTED (in the same transaction). */
  private async confirmOn(em: EntityManager, viewer: Viewer, contract: TechContract): Promise<void> {
    contract.status = TechContractStatus.CONFIRMED;
    contract.confirmedBy = viewer.user;
    contract.confirmedAt = new Date();
    const match = contract.match;
    if (match && match.stage !== MatchStage.CONTRACTED) {
      const to = nextStage(
        { stage: match.stage, interestedSide: match.interestedSide ?? null },
        MatchAction.CONTRACT,
        {
          kind: 'bureau',
          side: null,
        },
      );
      if (!to) {
        throw conflict('该对接尚未达成双方意向或已关闭，不能登记合同');
      }
      await moveMatch(em, match, {
        action: MatchAction.CONTRACT,
        to,
        actor: viewer.user,
        note: `技术合同「${contract.title}」，成交额 ${contract.amountWan} 万元`,
      });
    } else {
      await this.tellParties(
        em,
        contract,
        viewer,
        '技术合同已确认',
        `技术合同「${contract.title}」已由科技局确认登记，成交额 ${contract.amountWan} 万元。`,
      );
    }
  }

  private async tellParties(
    em: EntityManager,
    contract: TechContract,
    actor: Viewer,
    title: string,
    body: string,
  ) {
    const members = await membersOf(em, [contract.buyer.id, contract.seller.id]);
    notify(
      em,
      members.filter((member) => member.id !== actor.user.id),
      {
        kind: 'CONTRACT',
        title,
        body,
        entityType: 'TechContract',
        entityId: contract.id,
      },
    );
  }

  private async build(em: EntityManager, viewer: Viewer, input: TechContractInput): Promise<TechContract> {
    const title = input.title.trim();
    if (!title || title.length > 200) {
      throw badInput('合同名称须为 1–200 个字符', { field: 'title' });
    }
    const amount = input.amountWan.trim();
    if (!AMOUNT.test(amount) || Number(amount) <= 0) {
      throw badInput('成交额须为大于 0 的金额（万元），最多两位小数', { field: 'amountWan' });
    }
    if (!DATE.test(input.signedOn) || Number.isNaN(Date.parse(`${input.signedOn}T00:00:00Z`))) {
      throw badInput('签订日期无效', { field: 'signedOn' });
    }
    if (input.signedOn > chinaDate()) {
      throw badInput('签订日期不能晚于今天', { field: 'signedOn' });
    }
    if (input.challengeId && !isUuid(input.challengeId)) {
      throw badInput('榜单编号无效', { field: 'challengeId' });
    }
    let match: Match | null = null;
    let buyer: Organization | null = null;
    let seller: Organization | null = null;
    let industryChain = input.industryChain ?? null;
    if (input.matchId) {
      match = isUuid(input.matchId)
        ? await em.findOne(Match, input.matchId, { populate: MATCH_POPULATE })
        : null;
      if (!match || !matchActor(viewer, match)) {
        throw notFound('对接');
      }
      if (
        ![
          MatchStage.MUTUAL_INTEREST,
          MatchStage.MEETING,
          MatchStage.NEGOTIATING,
          MatchStage.CONTRACTED,
        ].includes(match.stage)
      ) {
        throw conflict('该对接尚未达成双方意向或已关闭，不能登记合同');
      }
      buyer = match.demand.owner;
      seller = match.achievement.owner;
      if ((input.buyerId && input.buyerId !== buyer.id) || (input.sellerId && input.sellerId !== seller.id)) {
        throw badInput('合同双方须与对接的需求方、成果方一致', { field: 'buyerId' });
      }
      industryChain = match.demand.industryChain;
    } else {
      if (!input.buyerId || !input.sellerId) {
        throw badInput('无对接来源的合同须给出委托方与受托方', { field: 'buyerId' });
      }
      buyer = isUuid(input.buyerId) ? await em.findOne(Organization, input.buyerId) : null;
      seller = isUuid(input.sellerId) ? await em.findOne(Organization, input.sellerId) : null;
      if (!buyer || !seller) {
        throw notFound('合同一方');
      }
      if (buyer.id === seller.id) {
        throw badInput('合同双方不能是同一组织', { field: 'sellerId' });
      }
      if (!industryChain) {
        throw badInput('请选择产业链', { field: 'industryChain' });
      }
    }
    const contract = em.create(TechContract, {
      title,
      type: input.type,
      amountWan: normalizeAmount(amount),
      signedOn: input.signedOn,
      buyer,
      seller,
      industryChain,
      match,
      challengeId: input.challengeId ?? null,
      status: TechContractStatus.PENDING,
      submittedBy: viewer.user,
    });
    return contract;
  }
}

/** "0120.5" → "120.50": the form PostgreSQL returns for numeric(14,2). */
function normalizeAmount(amount: string): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  return `${BigInt(whole).toString()}.${fraction.padEnd(2, '0')}`;
}
