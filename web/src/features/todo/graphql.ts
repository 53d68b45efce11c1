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
    }
  }
`);

export const MarkTodoSeenMutation = graphql(`
  mutation MarkTodoSeen($ids: [ID!]!) {
    markTodoSeen(ids: $ids)
  }
`);
