import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Achievement } from '../achievement/achievement.entity.js';
import { Demand } from '../demand/demand.entity.js';
import { User } from '../user/user.entity.js';
import { MatchmakingEvent } from './matchmaking-event.entity.js';
import { MatchCloseReason, MatchOrigin, MatchSide, MatchStage } from './match-stage.js';

/** A brokered pairing of one demand with one achievement, and where its pipeline stands. */
@ObjectType('Match', { description: '对接：一项需求与一项成果的撮合及其进度' })
@Entity()
@Unique({ properties: ['demand', 'achievement'] })
@Index({ properties: ['stage', 'stageEnteredAt'] })
export class Match {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Demand)
  @ManyToOne(() => Demand)
  demand!: Demand;

  @Field(() => Achievement)
  @ManyToOne(() => Achievement)
  achievement!: Achievement;

  @Field(() => MatchStage)
  @Enum({ items: () => MatchStage, nativeEnumName: 'match_stage' })
  stage: Opt<MatchStage> = MatchStage.PROPOSED;

  @Field(() => MatchOrigin)
  @Enum({ items: () => MatchOrigin, nativeEnumName: 'match_origin' })
  origin!: MatchOrigin;

  @Field(() => Float, { nullable: true, description: '推荐得分（来自智能推荐时）' })
  @Property({ type: 'double', nullable: true })
  score?: number | null;

  @Field(() => MatchSide, { nullable: true, description: '先表达意向的一方' })
  @Enum({ items: () => MatchSide, nativeEnumName: 'match_side', nullable: true })
  interestedSide?: MatchSide | null;

  @Field(() => MatchCloseReason, { nullable: true })
  @Enum({ items: () => MatchCloseReason, nativeEnumName: 'match_close_reason', nullable: true })
  closeReason?: MatchCloseReason | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  closeNote?: string | null;

  @Field(() => MatchmakingEvent, { nullable: true, description: '促成该对接的对接活动' })
  @ManyToOne(() => MatchmakingEvent, { nullable: true })
  event?: MatchmakingEvent | null;

  @ManyToOne(() => User, { nullable: true })
  createdBy?: User | null;

  @Field(() => Date, { description: '进入当前阶段的时间' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  stageEnteredAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: '双方有意向、联系方式公开的时间' })
  @Property({ type: 'datetime', nullable: true })
  revealedAt?: Date | null;

  /** When the parties were reminded about the current stage; cleared on every stage change. */
  @Property({ type: 'datetime', nullable: true })
  followUpNotifiedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  @Field(() => Int, { description: '乐观锁版本号' })
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
