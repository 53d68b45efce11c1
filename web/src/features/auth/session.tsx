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

/**
 * Whether the signed-in user's role holds a permission, by the server's names (`meeting.manage`):
 * what to offer, not what is allowed — the server decides that on every request.
 */
export function useCan(permission: string): boolean {
  return useSession().me.permissions.includes(permission);
}
