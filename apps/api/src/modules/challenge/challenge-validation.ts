import { chinaDate } from '../../calendar.js';
import { LIMITS, Problems } from '../listing/listing-validation.js';
import type { ChallengeTarget, ReviewCriterion } from './challenge.entity.js';
import type {
  ChallengeInput,
  ChallengeTargetInput,
  ReviewCriterionInput,
  TeamMemberInput,
} from './challenge.inputs.js';
import type { TeamMember } from './challenge-application.entity.js';

export const CHALLENGE_LIMITS = { targets: 20, members: 50, criteria: 10, field: 200, memberText: 100 };

/** Problems, plus the checks only challenges need: money with two decimals, targets, criteria, members. */
export class ChallengeProblems extends Problems {
  money(value: number, label: string): number {
    if (!Number.isFinite(value) || value <= 0) {
      this.messages.push(`${label}须大于 0`);
    } else if (value > LIMITS.amountWan) {
      this.messages.push(`${label}超出合理范围（不超过 ${LIMITS.amountWan} 万元）`);
    } else if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6) {
      this.messages.push(`${label}最多保留两位小数`);
    }
    return Math.round(value * 100) / 100;
  }

  targets(values: ChallengeTargetInput[]): ChallengeTarget[] {
    if (values.length === 0) {
      this.messages.push('至少填写一项攻关指标');
    } else if (values.length > CHALLENGE_LIMITS.targets) {
      this.messages.push(`攻关指标不能超过 ${CHALLENGE_LIMITS.targets} 项`);
    }
    return values.map((t, i) => ({
      indicator: this.text(t.indicator, `第 ${i + 1} 项指标名称`, CHALLENGE_LIMITS.field),
      targetValue: this.text(t.targetValue, `第 ${i + 1} 项目标值`, CHALLENGE_LIMITS.field),
      acceptanceMethod: this.text(t.acceptanceMethod, `第 ${i + 1} 项考核方式`, LIMITS.reason),
    }));
  }

  criteria(values: ReviewCriterionInput[]): ReviewCriterion[] {
    const names = values.map((c) => this.text(c.name, '评审维度名称', 50));
    if (values.length === 0 || values.length > CHALLENGE_LIMITS.criteria) {
      this.messages.push(`评审维度须为 1–${CHALLENGE_LIMITS.criteria} 项`);
    }
    if (new Set(names).size !== names.length) {
      this.messages.push('评审维度名称不能重复');
    }
    if (values.some((c) => !Number.isInteger(c.weight) || c.weight <= 0)) {
      this.messages.push('权重须为正整数');
    } else if (values.reduce((sum, c) => sum + c.weight, 0) !== 100) {
      this.messages.push('各维度权重之和须为 100');
    }
    return values.map((c, i) => ({ name: names[i]!, weight: c.weight }));
  }

  members(values: TeamMemberInput[]): TeamMember[] {
    if (values.length === 0) {
      this.messages.push('至少填写一名团队成员');
    } else if (values.length > CHALLENGE_LIMITS.members) {
      this.messages.push(`团队成员不能超过 ${CHALLENGE_LIMITS.members} 人`);
    }
    return values.map((m) => ({
      name: this.text(m.name, '成员姓名', 50),
      title: this.text(m.title, '成员职称', CHALLENGE_LIMITS.memberText, false),
      role: this.text(m.role, '成员分工', CHALLENGE_LIMITS.memberText, false),
    }));
  }
}

export function validateChallenge(input: ChallengeInput) {
  const problems = new ChallengeProblems();
  const content = {
    title: problems.text(input.title, '标题', LIMITS.title),
    background: problems.text(input.background, '需求背景', LIMITS.body),
    targets: problems.targets(input.targets),
    bountyWan: problems.money(input.bountyWan, '榜额'),
    applicationDeadline: input.applicationDeadline,
    executionStart: problems.date(input.executionStart, '实施期开始日期') ?? '',
    executionEnd: problems.date(input.executionEnd, '实施期结束日期') ?? '',
    eligibility: problems.text(input.eligibility, '揭榜条件', LIMITS.body, false),
    industryChain: input.industryChain,
  };
  if (content.executionStart && content.executionEnd && content.executionEnd < content.executionStart) {
    problems.messages.push('实施期结束日期不能早于开始日期');
  }
  if (content.executionStart && content.executionStart < chinaDate(content.applicationDeadline)) {
    problems.messages.push('实施期不能早于揭榜截止时间');
  }
  problems.throwIfAny();
  return content;
}
