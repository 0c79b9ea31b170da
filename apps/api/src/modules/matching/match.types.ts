import { Field, Float, ObjectType } from 'type-graphql';
import { Achievement } from '../achievement/achievement.entity.js';
import { Demand } from '../demand/demand.entity.js';

@ObjectType()
export class AchievementMatch {
  @Field(() => Float, { description: '0–100, comparable across queries.' })
  score!: number;

  @Field(() => [String], {
    description: "Chinese sentences: shared concepts, and each constraint's fit or failure. At least one.",
  })
  reasons!: string[];

  @Field(() => Achievement)
  achievement!: Achievement;
}

@ObjectType()
export class DemandMatch {
  @Field(() => Float)
  score!: number;

  @Field(() => [String])
  reasons!: string[];

  @Field(() => Demand)
  demand!: Demand;
}
