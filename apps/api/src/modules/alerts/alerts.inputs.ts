import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IndustryChain, TransferMode } from '../listing/listing.enums.js';
import { DEFAULT_THRESHOLD, SavedSearchTarget } from './alerts.enums.js';

@InputType({ description: '订阅内容（修改时整体替换）' })
export class SavedSearchInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  query!: string;

  @Field(() => SavedSearchTarget)
  target!: SavedSearchTarget;

  @Field(() => [IndustryChain], { nullable: true })
  industryChains?: IndustryChain[] | null;

  @Field(() => Int, { nullable: true })
  trlMin?: number | null;

  @Field(() => Int, { nullable: true })
  trlMax?: number | null;

  @Field(() => [TransferMode], { nullable: true })
  modes?: TransferMode[] | null;

  @Field(() => Int, { nullable: true, description: `通知阈值 0–100，默认 ${DEFAULT_THRESHOLD}` })
  threshold?: number | null;

  @Field(() => Boolean, { nullable: true, description: '是否启用，默认启用' })
  active?: boolean | null;
}

@InputType({ description: '本组织已发布成果 / 需求的匹配提醒设置' })
export class AlertSettingsInput {
  @Field(() => Int, { description: '通知阈值 0–100' })
  threshold!: number;

  @Field(() => Boolean, { description: '新发布的成果 / 需求与本组织已发布的需求 / 成果匹配时通知我' })
  listingAlerts!: boolean;
}

@ObjectType({ description: '本组织已发布成果 / 需求的匹配提醒设置' })
export class AlertSettings {
  @Field(() => Int, { description: '通知阈值：匹配度（0–100）达到此值才通知' })
  threshold!: number;

  @Field(() => Boolean)
  listingAlerts!: boolean;
}
