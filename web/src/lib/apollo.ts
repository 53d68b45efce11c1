import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { languageHeaders } from '../i18n';

/** Fired when the server says the session is gone, so the app can return to the sign-in page. */
export const SIGNED_OUT_EVENT = 'zdyq:signed-out';

/** Fired when the server says the session must first change its password or enrol a second factor. */
export const RESTRICTED_EVENT = 'zdyq:restricted';

const sessionLink = new ErrorLink(({ error, operation }) => {
  if (operation.operationName === 'Login' || !CombinedGraphQLErrors.is(error)) return;
  const codes = new Set(error.errors.map((e) => e.extensions?.code));
  if (codes.has('UNAUTHENTICATED')) window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  else if (codes.has('PASSWORD_CHANGE_REQUIRED') || codes.has('TWO_FACTOR_REQUIRED')) {
    window.dispatchEvent(new Event(RESTRICTED_EVENT));
  }
});

const languageLink = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, ...languageHeaders() },
  }));
  return forward(operation);
});

export function createApolloClient() {
  return new ApolloClient({
    link: ApolloLink.from([sessionLink, languageLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
