import { ACHIEVEMENT_INPUT } from '../../testing/fixtures.js';
import type { TestApp } from '../../testing/index.js';

/** A demand worded like the fixture achievement: it scores high under any reasonable engine. */
export const TWIN_DEMAND = {
  title: ACHIEVEMENT_INPUT.title,
  description: ACHIEVEMENT_INPUT.summary,
  keywords: ACHIEVEMENT_INPUT.keywords,
  minTrl: 6,
  budgetWan: 80,
  cooperationModes: ['LICENSE'],
};

export interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  entityType: string | null;
  entityId: string | null;
  readAt: string | null;
}

/** The viewer's notifications about one listing (all of them when no id is given). */
export async function notificationsAbout(app: TestApp, token: string, entityId?: string) {
  const result = await app.graphql<{ notifications: NotificationRow[] }>(
    '{ notifications(first: 100) { id kind title body entityType entityId readAt } }',
    {},
    token,
  );
  if (!result.data) {
    throw new Error(`notifications failed: ${JSON.stringify(result.errors)}`);
  }
  return result.data.notifications.filter((n) => !entityId || n.entityId === entityId);
}

/** Waits until the alerts queued by every given process have been written. */
export async function alertsSent(...apps: TestApp[]): Promise<void> {
  await Promise.all(apps.map((app) => app.server.services.alerts.drain()));
}
