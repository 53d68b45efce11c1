import { useQuery } from '@apollo/client/react';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { graphql } from '../gql';

const TodayQuery = graphql(`
  query Today {
    appConfig {
      today
    }
  }
`);

/**
 * Today in the district (Asia/Shanghai), as the server says: a browser elsewhere, or with its
 * clock wrong, counts the same day as everyone. Undefined until the server has answered.
 */
export function useToday(): string | undefined {
  const { data } = useQuery(TodayQuery, { fetchPolicy: 'cache-first' });
  return data?.appConfig.today;
}

/** The same day for date pickers (one object per day); before the server answers, undefined. */
export function useTodayDay(): Dayjs | undefined {
  const today = useToday();
  return useMemo(() => (today ? dayjs(today) : undefined), [today]);
}
