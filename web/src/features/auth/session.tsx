import { createContext, useContext } from 'react';
import type { MeQuery } from '../../gql/graphql';

export type Me = NonNullable<MeQuery['me']>;

export type Session = { me: Me; signOut: () => Promise<void> };

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user; only used below the signed-in layout. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}
