import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';

/** Fired when the server says the session is gone, so the app can return to the sign-in page. */
export const SIGNED_OUT_EVENT = 'zdyq:signed-out';

const signedOutLink = new ErrorLink(({ error, operation }) => {
  if (
    operation.operationName !== 'Login' &&
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
  ) {
    window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  }
});

export function createApolloClient() {
  return new ApolloClient({
    link: ApolloLink.from([signedOutLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
