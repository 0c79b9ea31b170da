import { registerEnumType } from 'type-graphql';

/** Which library a saved search watches. */
export enum SavedSearchTarget {
  ACHIEVEMENT = 'ACHIEVEMENT',
  DEMAND = 'DEMAND',
}

registerEnumType(SavedSearchTarget, {
  name: 'SavedSearchTarget',
  description: '订阅的对象：待转成果或技术需求',
});

/** Notification kinds raised by alerts (Notification.kind). */
export const ALERT_KINDS = {
  /** A new listing of the other kind matches one of the recipient organisation's published listings. */
  listingMatch: 'MATCH_ALERT',
  /** A new listing matches one of the recipient's saved searches. */
  savedSearch: 'SAVED_SEARCH_ALERT',
} as const;

/** The threshold a user has until they choose one, for saved searches and for their own listings. */
export const DEFAULT_THRESHOLD = 60;
