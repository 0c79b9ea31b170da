import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IndustryChain, TransferMode } from '../listing/listing.enums.js';
import { User } from '../user/user.entity.js';
import { DEFAULT_THRESHOLD, SavedSearchTarget } from './alerts.enums.js';

/** A user's standing query: new listings it matches above its threshold raise a notification. */
@ObjectType({ description: '订阅（保存的搜索）：新发布的成果或需求达到阈值时通知我' })
@Entity()
@Index({ properties: ['owner', 'createdAt'] })
@Index({ properties: ['target', 'active'] })
export class SavedSearch {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  owner!: User;

  @Field(() => String, { description: '名称' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => String, { description: '搜索文字：想找的技术或要解决的问题' })
  @Property({ type: 'string', length: 500 })
  query!: string;

  @Field(() => SavedSearchTarget)
  @Enum({ items: () => SavedSearchTarget, nativeEnumName: 'saved_search_target' })
  target!: SavedSearchTarget;

  @Field(() => [IndustryChain], { description: '限定产业链（空：不限）' })
  @Property({ type: ArrayType })
  industryChains: Opt<IndustryChain[]> = [];

  @Field(() => Int, { nullable: true, description: '成熟度下限（需求按最低成熟度要求）' })
  @Property({ type: 'smallint', nullable: true })
  trlMin?: number | null;

  @Field(() => Int, { nullable: true, description: '成熟度上限' })
  @Property({ type: 'smallint', nullable: true })
  trlMax?: number | null;

  @Field(() => [TransferMode], { description: '转化 / 合作方式，至少一项相同（空：不限）' })
  @Property({ type: ArrayType })
  modes: Opt<TransferMode[]> = [];

  @Field(() => Int, { description: '通知阈值：匹配度（0–100）达到此值才通知' })
  @Property({ type: 'smallint', default: DEFAULT_THRESHOLD })
  threshold: Opt<number> = DEFAULT_THRESHOLD;

  @Field(() => Boolean, { description: '是否启用' })
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
