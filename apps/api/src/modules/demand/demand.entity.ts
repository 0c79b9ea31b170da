import { ArrayType, DecimalType, Entity, Index, Property, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Listing } from '../listing/listing.entity.js';
import { TransferMode } from '../listing/listing.enums.js';

@ObjectType({ description: '技术需求' })
@Entity()
@Index({ properties: ['status', 'createdAt', 'id'] })
@Index({ properties: ['owner', 'createdAt', 'id'] })
@Index({
  name: 'demand_search_bigrams_index',
  expression: `create index "demand_search_bigrams_index" on "demand" using gin (listing_bigrams(listing_search_text("title", "description", "keywords")))`,
})
export class Demand extends Listing {
  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Int, { nullable: true, description: '可接受的最低技术成熟度' })
  @Property({ type: 'smallint', nullable: true })
  minTrl?: number | null;

  @Field(() => Float, { nullable: true, description: '预算（万元）' })
  @Property({ type: new DecimalType('number'), precision: 14, scale: 2, nullable: true })
  budgetWan?: number | null;

  @Field(() => [TransferMode])
  @Property({ type: ArrayType })
  cooperationModes: Opt<TransferMode[]> = [];

  @Field(() => LocalDateResolver, { nullable: true })
  @Property({ type: 'date', nullable: true })
  deadline?: string | null;
}
