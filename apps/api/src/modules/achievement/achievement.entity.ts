import { ArrayType, DecimalType, Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Listing } from '../listing/listing.entity.js';
import { IpType, TransferMode } from '../listing/listing.enums.js';

@ObjectType({ description: '待转成果' })
@Entity()
@Index({ properties: ['status', 'createdAt', 'id'] })
@Index({ properties: ['owner', 'createdAt', 'id'] })
@Index({
  name: 'achievement_search_bigrams_index',
  expression: `create index "achievement_search_bigrams_index" on "achievement" using gin (listing_bigrams(listing_search_text("title", "summary", "keywords")))`,
})
export class Achievement extends Listing {
  @Field(() => String)
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => Int, { nullable: true, description: '技术成熟度 1–9' })
  @Property({ type: 'smallint', nullable: true })
  trl?: number | null;

  @Field(() => IpType)
  @Enum({ items: () => IpType, nativeEnumName: 'ip_type' })
  ipType!: IpType;

  @Field(() => [TransferMode])
  @Property({ type: ArrayType })
  transferModes: Opt<TransferMode[]> = [];

  @Field(() => Float, { nullable: true, description: '报价（万元）' })
  @Property({ type: new DecimalType('number'), precision: 14, scale: 2, nullable: true })
  askingPriceWan?: number | null;

  @Field(() => String, { nullable: true, description: '团队' })
  @Property({ type: 'string', length: 100, nullable: true })
  team?: string | null;
}
