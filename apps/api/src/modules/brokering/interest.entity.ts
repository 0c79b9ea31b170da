import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.entity.js';
import { User } from '../user/user.entity.js';
import { Match } from './match.entity.js';
import { MatchSide } from './match-stage.js';

/** One side's expression of interest in a match (at most one per side). */
@ObjectType({ description: '意向表达' })
@Entity()
@Unique({ properties: ['match', 'side'] })
export class Interest {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Match, { deleteRule: 'cascade' })
  match!: Match;

  @Field(() => MatchSide)
  @Enum({ items: () => MatchSide, nativeEnumName: 'match_side' })
  side!: MatchSide;

  @Field(() => Organization)
  @ManyToOne(() => Organization)
  organization!: Organization;

  /** The person (bureau staff when recorded on a side's behalf); not exposed: names are contacts. */
  @ManyToOne(() => User)
  user!: User;

  @Field(() => String)
  @Property({ type: 'string', length: 1000, default: '' })
  note: Opt<string> = '';

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();
}
