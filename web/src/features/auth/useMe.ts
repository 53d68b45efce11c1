import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      permissions
      unit {
        id
        name
      }
    }
  }
`);

const RestrictionQuery = graphql(`
  query Restriction {
    myAccount {
      restriction
      signInMethod
    }
  }
`);

/** Who is signed in, and what their session must do first (change the password, enrol a second factor), if anything. */
export function useMe() {
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'network-only' });
  const me = data?.me ?? null;
  const account = useQuery(RestrictionQuery, { fetchPolicy: 'network-only', skip: !me });
  return {
    me,
    restriction: account.data?.myAccount.restriction ?? null,
    signInMethod: account.data?.myAccount.signInMethod ?? null,
    loading: (loading && !data) || (Boolean(me) && account.loading && !account.data),
    error,
    refetch: async () => {
      const result = await refetch();
      // A query that was skipped (no one signed in before) runs by itself once someone is.
      if (result.data?.me && me) await account.refetch();
      return result;
    },
  };
}
