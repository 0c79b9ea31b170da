import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { Organization } from '../modules/organization/organization.entity.js';
import { User } from '../modules/user/user.entity.js';
import { Session } from '../modules/user/session.entity.js';
import { Achievement } from '../modules/achievement/achievement.entity.js';
import { Demand } from '../modules/demand/demand.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Challenge } from '../modules/challenge/challenge.entity.js';
import { ChallengeApplication } from '../modules/challenge/challenge-application.entity.js';
import { ReviewAssignment } from '../modules/challenge/review-assignment.entity.js';
import { Milestone } from '../modules/challenge/milestone.entity.js';
import { FollowUpSetting } from '../modules/brokering/follow-up-setting.entity.js';
import { Interest } from '../modules/brokering/interest.entity.js';
import { MatchEvent } from '../modules/brokering/match-event.entity.js';
import { Match } from '../modules/brokering/match.entity.js';
import { MatchmakingEvent } from '../modules/brokering/matchmaking-event.entity.js';
import { TechContract } from '../modules/brokering/tech-contract.entity.js';
import { EmailOutbox } from '../modules/notification/email-outbox.entity.js';
import { Notification } from '../modules/notification/notification.entity.js';
import { AlertDelivery, AlertSetting, SavedSearch } from '../modules/alerts/index.js';
import { AlertQueue } from '../modules/alerts/alert-queue.entity.js';
import { AlertQueueSubscriber } from '../modules/alerts/alert-queue.subscriber.js';
import { migrationsList } from './migrations/index.js';

export const ENTITIES = [
  Organization,
  User,
  Session,
  Achievement,
  Demand,
  AuditEvent,
  Challenge,
  ChallengeApplication,
  ReviewAssignment,
  Milestone,
  Match,
  MatchEvent,
  Interest,
  MatchmakingEvent,
  TechContract,
  FollowUpSetting,
  Notification,
  EmailOutbox,
  SavedSearch,
  AlertSetting,
  AlertDelivery,
  AlertQueue,
];

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    subscribers: [new AlertQueueSubscriber()],
    extensions: [Migrator],
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
    migrations: {
      migrationsList,
      path: 'src/db/migrations',
      pathTs: 'src/db/migrations',
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    ...overrides,
  });
}
