import { OrganizationKind } from '../organization/organization.entity.js';
import type { ListingKind } from '../listing/listing-kind.js';
import { LIMITS, type Problems } from '../listing/listing-validation.js';
import { Achievement } from './achievement.entity.js';
import type { AchievementInput } from './achievement.inputs.js';

type AchievementContent = Omit<
  AchievementInput,
  'contactName' | 'contactPhone' | 'contactEmail' | 'confidentialDetail'
>;

/** Validates an achievement's public content (shared by forms and bulk import). */
export function assignAchievementContent(
  listing: Achievement,
  input: AchievementContent,
  problems: Problems,
): void {
  listing.title = problems.text(input.title, '标题', LIMITS.title);
  listing.summary = problems.text(input.summary, '成果简介', LIMITS.body);
  listing.keywords = problems.keywords(input.keywords);
  listing.industryChain = input.industryChain;
  listing.trl = problems.trl(input.trl, '技术成熟度');
  listing.ipType = input.ipType;
  listing.transferModes = problems.modes(input.transferModes, '转化方式');
  listing.askingPriceWan = problems.amount(input.askingPriceWan, '报价');
  listing.team = problems.optionalText(input.team, '团队', LIMITS.team);
}

export const achievementKind: ListingKind<Achievement, AchievementInput> = {
  name: 'Achievement',
  label: '成果',
  entity: Achievement,
  ownerKinds: [OrganizationKind.UNIVERSITY, OrganizationKind.INSTITUTE],
  bodyField: 'summary',
  trlField: 'trl',
  modesField: 'transferModes',
  assign: assignAchievementContent,
  snapshot: (a) => ({
    status: a.status,
    title: a.title,
    summary: a.summary,
    keywords: a.keywords,
    industryChain: a.industryChain,
    trl: a.trl ?? null,
    ipType: a.ipType,
    transferModes: a.transferModes,
    askingPriceWan: a.askingPriceWan ?? null,
    team: a.team ?? null,
    rejectReason: a.rejectReason ?? null,
    closeReason: a.closeReason ?? null,
  }),
};
