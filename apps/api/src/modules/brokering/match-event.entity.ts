import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity.js';
import { Match } from './match.entity.js';
import { MatchSide, MatchStage } from './match-stage.js';

/** One step of a match's history: who moved it from which stage to which, when, and why. */
@ObjectType({ description: '对接阶段记录' })
@Entity()
@Index({ properties: ['match', 'at'] })
export class MatchEvent {
  /** Serial, so events written in one transaction keep their order even with equal timestamps. */
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Match, { deleteRule: 'cascade' })
  match!: Match;

  @Field(() => String, { description: 'CREATE、INTEREST、MEET、NEGOTIATE、CONTRACT 或 CLOSE' })
  @Property({ type: 'string', length: 20 })
  action!: string;

  @Field(() => MatchStage, { nullable: true })
  @Enum({ items: () => MatchStage, nativeEnumName: 'match_stage', nullable: true })
  fromStage?: MatchStage | null;

  @Field(() => MatchStage)
  @Enum({ items: () => MatchStage, nativeEnumName: 'match_stage' })
  toStage!: MatchStage;

  @Field(() => MatchSide, { nullable: true })
  @Enum({ items: () => MatchSide, nativeEnumName: 'match_side', nullable: true })
  side?: MatchSide | null;

  /** Not a GraphQL field: a person's name and e-mail are contacts; `actorLabel` says who acted. */
  @ManyToOne(() => User, { nullable: true })
  actor?: User | null;

  @Field(() => String)
  @Property({ type: 'string', length: 1000, default: '' })
  note: Opt<string> = '';

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();
}
