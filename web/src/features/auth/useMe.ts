import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      unit {
        id
        name
      }
    }
  }
`);

export function useMe() {
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'network-only' });
  return { me: data?.me ?? null, loading: loading && !data, error, refetch };
}
