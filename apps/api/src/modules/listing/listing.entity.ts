import { randomUUID } from 'node:crypto';
import { ArrayType, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.entity.js';
import { CloseReason, IndustryChain, ListingStatus } from './listing.enums.js';

/**
 * What achievements and demands share: identity, lifecycle, owner, the confidential tier and an
 * optimistic-lock version. Contact fields carry no @Field: resolvers disclose them by tier.
 */
@ObjectType('ListingBase', { description: '成果与需求的共同字段' })
export abstract class Listing {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true, unique: true })
  externalId?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => [String])
  @Property({ type: ArrayType })
  keywords: Opt<string[]> = [];

  @Field(() => IndustryChain)
  @Enum({ items: () => IndustryChain, nativeEnumName: 'industry_chain' })
  industryChain!: IndustryChain;

  @Field(() => ListingStatus)
  @Enum({ items: () => ListingStatus, nativeEnumName: 'listing_status' })
  status: Opt<ListingStatus> = ListingStatus.DRAFT;

  @ManyToOne(() => Organization)
  owner!: Organization;

  @Property({ type: 'string', length: 50, default: '' })
  contactName: Opt<string> = '';

  @Property({ type: 'string', length: 50, default: '' })
  contactPhone: Opt<string> = '';

  @Property({ type: 'string', length: 254, default: '' })
  contactEmail: Opt<string> = '';

  @Property({ type: 'text', default: '' })
  confidentialDetail: Opt<string> = '';

  @Field(() => String, { nullable: true, description: '退回原因' })
  @Property({ type: 'string', length: 500, nullable: true })
  rejectReason?: string | null;

  @Field(() => CloseReason, { nullable: true })
  @Enum({ items: () => CloseReason, nullable: true, nativeEnumName: 'close_reason' })
  closeReason?: CloseReason | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Field(() => Int, { description: '乐观锁版本号：更新时回传以防覆盖他人的修改' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
