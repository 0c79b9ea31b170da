import type { GraphQLSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import {
  AchievementListingResolver,
  AchievementResolver,
} from './modules/achievement/achievement.resolver.js';
import { DemandListingResolver, DemandResolver } from './modules/demand/demand.resolver.js';
import { ImportResolver } from './modules/importing/import.resolver.js';
import { MatchResolver } from './modules/matching/match.resolver.js';
import { OrganizationResolver } from './modules/organization/organization.resolver.js';
import { AuthResolver } from './modules/user/auth.resolver.js';
import {
  BrokeredMatchResolver,
  FollowUpResolver,
  KpiResolver,
  MatchEventResolver,
  MatchmakingEventResolver,
  TechContractResolver,
} from './modules/brokering/index.js';
import { NotificationResolver } from './modules/notification/index.js';
import { AlertSettingsResolver, SavedSearchResolver } from './modules/alerts/index.js';
import {
  ChallengeApplicationResolver,
  ChallengeResolver,
  EvaluationResolver,
  MilestoneResolver,
} from './modules/challenge/index.js';

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
      BrokeredMatchResolver,
      MatchEventResolver,
      MatchmakingEventResolver,
      TechContractResolver,
      FollowUpResolver,
      KpiResolver,
      NotificationResolver,
      SavedSearchResolver,
      AlertSettingsResolver,
      ChallengeResolver,
      ChallengeApplicationResolver,
      EvaluationResolver,
      MilestoneResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
    validate: false,
  });
}
