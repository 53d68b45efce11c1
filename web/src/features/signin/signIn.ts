import type { LoginMutation, LoginMutationVariables, SignedInQuery, SignInOptionsQuery } from '../../gql/graphql';
import { languageHeaders } from '../../i18n';

/*
 * The sign-in page's requests, made with fetch: the first screen a phone draws needs neither the
 * GraphQL client nor the documents of the other pages. The operations are checked against the
 * schema by codegen like every other.
 */

const SIGN_IN_OPTIONS = /* GraphQL */ `
  query SignInOptions {
    signInOptions {
      providerLabel
      passwordLogin
    }
  }
`;

const SIGNED_IN = /* GraphQL */ `
  query SignedIn {
    me {
      id
    }
  }
`;

const LOGIN = /* GraphQL */ `
  mutation Login($username: String!, $password: String!, $otp: String) {
    login(username: $username, password: $password, otp: $otp) {
      id
    }
  }
`;

/** A refusal of the server: its code (TWO_FACTOR_REQUIRED …) and its words, in the language asked for. */
export class ServerRefusal extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

async function request<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...languageHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: T | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  const [error] = body.errors ?? [];
  if (error) throw new ServerRefusal(error.message, error.extensions?.code);
  if (!body.data) throw new ServerRefusal('', undefined);
  return body.data;
}

export const signInOptions = () => request<SignInOptionsQuery>(SIGN_IN_OPTIONS);

/** Whether this browser's session is signed in (a session that must first change its password counts). */
export async function signedIn(): Promise<boolean> {
  try {
    return (await request<SignedInQuery>(SIGNED_IN)).me !== null;
  } catch (error) {
    return error instanceof ServerRefusal && error.code !== undefined && error.code !== 'UNAUTHENTICATED';
  }
}

export const login = (variables: LoginMutationVariables) => request<LoginMutation>(LOGIN, variables);
