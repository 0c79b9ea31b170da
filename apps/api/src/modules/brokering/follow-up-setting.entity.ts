import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { MatchStage } from './match-stage.js';

/** How many days a match may wait in a stage before it is due for follow-up (待跟进). */
@ObjectType({ description: '各阶段跟进期限（天）' })
@Entity()
export class FollowUpSetting {
  @Field(() => MatchStage)
  @PrimaryKey({ type: 'string', length: 30 })
  stage!: MatchStage;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  days!: number;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
