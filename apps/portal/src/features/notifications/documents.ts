import { graphql } from '../../gql';

export const NotificationsDocument = graphql(`
  query Notifications($unreadOnly: Boolean!) {
    notifications(first: 50, unreadOnly: $unreadOnly) {
      id
      kind
      title
      body
      createdAt
      readAt
      entityType
      entityId
    }
  }
`);

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
