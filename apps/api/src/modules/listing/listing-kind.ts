import type { EntityClass } from '@mikro-orm/core';
import type { OrganizationKind } from '../organization/organization.entity.js';
import type { ContactInput } from './listing.inputs.js';
import type { Listing } from './listing.entity.js';
import type { Problems } from './listing-validation.js';

export type ListingKindName = 'Achievement' | 'Demand';

/** What differs between achievements and demands, so one service and one resolver serve both. */
export interface ListingKind<T extends Listing, Input extends ContactInput> {
  name: ListingKindName;
  /** 成果 or 需求, for messages. */
  label: string;
  entity: EntityClass<T>;
  ownerKinds: readonly OrganizationKind[];
  bodyField: 'summary' | 'description';
  trlField: 'trl' | 'minTrl';
  modesField: 'transferModes' | 'cooperationModes';
  /** Validates the content and writes it to the entity; problems are collected, not thrown. */
  assign(listing: T, input: Input, problems: Problems): void;
  snapshot(listing: T): Record<string, unknown>;
}
