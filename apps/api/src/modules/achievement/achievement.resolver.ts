import { FieldResolver, Resolver, Root } from 'type-graphql';
import { createConnectionType } from '../listing/connection.js';
import { createListingResolver } from '../listing/listing.resolver-factory.js';
import { achievementKind } from './achievement-kind.js';
import { Achievement } from './achievement.entity.js';
import { AchievementInput } from './achievement.inputs.js';

export const AchievementConnection = createConnectionType(Achievement, 'Achievement');

export const AchievementListingResolver = createListingResolver({
  kind: achievementKind,
  node: Achievement,
  input: AchievementInput,
  connection: AchievementConnection,
  singular: 'achievement',
  plural: 'achievements',
});

@Resolver(() => Achievement)
export class AchievementResolver {
  @FieldResolver(() => String, { description: '所属高校或院所' })
  institution(@Root() achievement: Achievement): string {
    return achievement.owner.name;
  }
}
