import { OrganizationKind } from '../organization/organization.entity.js';
import type { ListingKind } from '../listing/listing-kind.js';
import { LIMITS, type Problems } from '../listing/listing-validation.js';
import { Demand } from './demand.entity.js';
import type { DemandInput } from './demand.inputs.js';

type DemandContent = Omit<
  DemandInput,
  'contactName' | 'contactPhone' | 'contactEmail' | 'confidentialDetail'
>;

/** Validates a demand's public content (shared by forms and bulk import). */
export function assignDemandContent(listing: Demand, input: DemandContent, problems: Problems): void {
  listing.title = problems.text(input.title, '标题', LIMITS.title);
  listing.description = problems.text(input.description, '需求描述', LIMITS.body);
  listing.keywords = problems.keywords(input.keywords);
  listing.industryChain = input.industryChain;
  listing.minTrl = problems.trl(input.minTrl, '最低技术成熟度');
  listing.budgetWan = problems.amount(input.budgetWan, '预算');
  listing.cooperationModes = problems.modes(input.cooperationModes, '合作方式');
  listing.deadline = problems.date(input.deadline, '截止日期');
}

export const demandKind: ListingKind<Demand, DemandInput> = {
  name: 'Demand',
  label: '需求',
  entity: Demand,
  ownerKinds: [OrganizationKind.ENTERPRISE],
  bodyField: 'description',
  trlField: 'minTrl',
  modesField: 'cooperationModes',
  assign: assignDemandContent,
  snapshot: (d) => ({
    status: d.status,
    title: d.title,
    description: d.description,
    keywords: d.keywords,
    industryChain: d.industryChain,
    minTrl: d.minTrl ?? null,
    budgetWan: d.budgetWan ?? null,
    cooperationModes: d.cooperationModes,
    deadline: d.deadline ?? null,
    rejectReason: d.rejectReason ?? null,
    closeReason: d.closeReason ?? null,
  }),
};
