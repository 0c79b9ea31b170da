import { randomUUID } from 'node:crypto';
import { DecimalType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IndustryChain } from '../listing/listing.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { User } from '../user/user.entity.js';
import { Match } from './match.entity.js';

export enum TechContractType {
  DEVELOPMENT = 'DEVELOPMENT',
  TRANSFER = 'TRANSFER',
  LICENSE = 'LICENSE',
  CONSULTING = 'CONSULTING',
  SERVICE = 'SERVICE',
}

export enum TechContractStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}

registerEnumType(TechContractType, { name: 'TechContractType', description: '技术合同类型' });
registerEnumType(TechContractStatus, { name: 'TechContractStatus', description: '合同登记状态' });

export const TECH_CONTRACT_TYPE_LABELS: Record<TechContractType, string> = {
  DEVELOPMENT: '技术开发',
  TRANSFER: '技术转让',
  LICENSE: '技术许可',
  CONSULTING: '技术咨询',
  SERVICE: '技术服务',
};

export const TECH_CONTRACT_STATUS_LABELS: Record<TechContractStatus, string> = {
  PENDING: '待确认',
  CONFIRMED: '已确认',
  REJECTED: '已退回',
};

/** A signed technology contract; only CONFIRMED ones count towards turnover. */
@ObjectType({ description: '技术合同' })
@Entity()
@Index({ properties: ['status', 'signedOn'] })
export class TechContract {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => TechContractType)
  @Enum({ items: () => TechContractType, nativeEnumName: 'tech_contract_type' })
  type!: TechContractType;

  @Field(() => String, { description: '成交额（万元），精确到分的十进制字符串，如 "120.50"' })
  @Property({ type: new DecimalType('string'), precision: 14, scale: 2 })
  amountWan!: string;

  @Field(() => LocalDateResolver, { description: '签订日期' })
  @Property({ type: 'date' })
  signedOn!: string;

  @Field(() => Organization, { description: '委托方 / 受让方（通常为企业）' })
  @ManyToOne(() => Organization)
  buyer!: Organization;

  @Field(() => Organization, { description: '受托方 / 转让方（通常为高校院所）' })
  @ManyToOne(() => Organization)
  seller!: Organization;

  @Field(() => IndustryChain)
  @Enum({ items: () => IndustryChain, nativeEnumName: 'industry_chain' })
  industryChain!: IndustryChain;

  @Field(() => Match, { nullable: true })
  @ManyToOne(() => Match, { nullable: true })
  match?: Match | null;

  @Field(() => ID, { nullable: true, description: '来自的揭榜挂帅榜单' })
  @Property({ type: 'uuid', nullable: true })
  challengeId?: string | null;

  @Field(() => TechContractStatus)
  @Enum({ items: () => TechContractStatus, nativeEnumName: 'tech_contract_status' })
  status: Opt<TechContractStatus> = TechContractStatus.PENDING;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  rejectReason?: string | null;

  @ManyToOne(() => User, { nullable: true })
  submittedBy?: User | null;

  @ManyToOne(() => User, { nullable: true })
  confirmedBy?: User | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
