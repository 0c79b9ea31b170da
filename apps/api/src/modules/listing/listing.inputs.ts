import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CloseReason, IndustryChain, ListingStatus, TransferMode } from './listing.enums.js';

@InputType({ description: '列表筛选条件' })
export class ListingFilter {
  @Field(() => IndustryChain, { nullable: true })
  industryChain?: IndustryChain | null;

  @Field(() => ListingStatus, { nullable: true })
  status?: ListingStatus | null;

  @Field(() => Int, { nullable: true, description: '成熟度下限（需求按最低成熟度要求）' })
  trlMin?: number | null;

  @Field(() => Int, { nullable: true })
  trlMax?: number | null;

  @Field(() => TransferMode, { nullable: true })
  mode?: TransferMode | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: '标题、正文或关键词中的文字' })
  text?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只看本组织的' })
  mine?: boolean | null;
}

@InputType('ContactInput')
export abstract class ContactInput {
  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: '保密详情：仅科技局与双方确认意向后的对方可见' })
  confidentialDetail?: string | null;
}

@InputType({ description: '状态变更的附加信息' })
export class TransitionInput {
  @Field(() => String, { nullable: true, description: '退回原因（退回时必填）' })
  reason?: string | null;

  @Field(() => CloseReason, { nullable: true, description: '关闭原因（关闭时必填）' })
  closeReason?: CloseReason | null;

  @Field(() => Int, { nullable: true, description: '期望的版本号；不一致时返回 CONFLICT' })
  expectedVersion?: number | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
