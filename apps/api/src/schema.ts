import type { GraphQLSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { AchievementListingResolver, AchievementResolver } from './modules/achievement/achievement.resolver.js';
import { DemandListingResolver, DemandResolver } from './modules/demand/demand.resolver.js';
import { ImportResolver } from './modules/importing/import.resolver.js';
import { MatchResolver } from './modules/matching/match.resolver.js';
import { OrganizationResolver } from './modules/organization/organization.resolver.js';
import { AuthResolver } from './modules/user/auth.resolver.js';

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AuthResolver,
      OrganizationResolver,
      AchievementListingResolver,
      AchievementResolver,
      DemandListingResolver,
      DemandResolver,
      ImportResolver,
      MatchResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
    validate: false,
  });
}
