import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, ManyToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Achievement } from '../achievement/achievement.entity.js';
import { Demand } from '../demand/demand.entity.js';
import { Organization } from '../organization/organization.entity.js';

export enum MatchmakingEventKind {
  ENTERPRISE_VISITS_UNIVERSITY = 'ENTERPRISE_VISITS_UNIVERSITY',
  UNIVERSITY_VISITS_ENTERPRISE = 'UNIVERSITY_VISITS_ENTERPRISE',
  ROADSHOW = 'ROADSHOW',
  MATCHMAKING_FAIR = 'MATCHMAKING_FAIR',
}

registerEnumType(MatchmakingEventKind, {
  name: 'MatchmakingEventKind',
  description: '对接活动类型：企业进高校、高校进企业、路演、对接会',
});

export const MATCHMAKING_EVENT_KIND_LABELS: Record<MatchmakingEventKind, string> = {
  ENTERPRISE_VISITS_UNIVERSITY: '企业进高校',
  UNIVERSITY_VISITS_ENTERPRISE: '高校进企业',
  ROADSHOW: '路演',
  MATCHMAKING_FAIR: '对接会',
};

/** A matchmaking event run by the bureau: who was invited, who came, and (through Match.event) what came of it. */
@ObjectType({ description: '对接活动' })
@Entity()
export class MatchmakingEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => MatchmakingEventKind)
  @Enum({ items: () => MatchmakingEventKind, nativeEnumName: 'matchmaking_event_kind' })
  kind!: MatchmakingEventKind;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  place!: string;

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  description: Opt<string> = '';

  @ManyToMany({ entity: () => Organization, pivotTable: 'matchmaking_event_invited_organization' })
  invitedOrganizations = new Collection<Organization>(this);

  @ManyToMany({ entity: () => Achievement, pivotTable: 'matchmaking_event_achievement' })
  achievements = new Collection<Achievement>(this);

  @ManyToMany({ entity: () => Demand, pivotTable: 'matchmaking_event_demand' })
  demands = new Collection<Demand>(this);

  @ManyToMany({ entity: () => Organization, pivotTable: 'matchmaking_event_attended_organization' })
  attendedOrganizations = new Collection<Organization>(this);

  @Field(() => Int, { description: '到场人数' })
  @Property({ type: 'integer', default: 0 })
  attendeeCount: Opt<number> = 0;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
