import { graphql } from '../../gql';

export const MyTodoQuery = graphql(`
  query MyTodo {
    myTodo {
      id
      seen
      kind
      title
      dueOn
      overdue
      project {
        id
      }
      problem {
        id
      }
      lead {
        id
      }
    }
  }
`);

export const MarkTodoSeenMutation = graphql(`
  mutation MarkTodoSeen($ids: [ID!]!) {
    markTodoSeen(ids: $ids)
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($after: String) {
    myNotifications(first: 30, after: $after) {
      unreadCount
      nodes {
        id
        kind
        title
        body
        link
        createdAt
        read
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const UnreadCountQuery = graphql(`
  query UnreadCount {
    myNotifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    myContact {
      email
      mobile
    }
    notificationPreferences {
      kind
      channel
      enabled
    }
  }
`);

export const SetMyContactMutation = graphql(`
  mutation SetMyContact($email: String, $mobile: String) {
    setMyContact(email: $email, mobile: $mobile) {
      email
      mobile
    }
  }
`);

export const SetNotificationPreferencesMutation = graphql(`
  mutation SetNotificationPreferences($input: [NotificationPreferenceInput!]!) {
    setNotificationPreferences(input: $input) {
      kind
      channel
      enabled
    }
  }
`);

export const DeliveryFailuresQuery = graphql(`
  query DeliveryFailures {
    deliveryFailures(first: 100) {
      id
      channel
      attempts
      lastError
      createdAt
      title
      recipient
    }
  }
`);

export const RetryDeliveryMutation = graphql(`
  mutation RetryDelivery($id: ID!) {
    retryDelivery(id: $id)
  }
`);
