import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, type ErrorCode, fromDatabaseError } from '../errors.ts';
import type { Logger } from '../logger.ts';

// Codes Apollo itself gives to requests it refuses before any resolver runs.
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** `Variable "$input" got invalid value … at "input.totalInvestment"` → "totalInvestment". */
function fieldOfVariableError(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message)?.[1];
  if (at) return at.split('.').slice(1).join('.') || at;
  return /^Variable "\$(\w+)"/.exec(message)?.[1];
}

/** The error and the ones it wraps (Apollo wraps graphql-js errors, which wrap ours). */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error, i = 0; e instanceof Error && i < 4; e = (e as GraphQLError).originalError, i++) chain.push(e);
  return chain;
}

function appErrorExtensions(error: AppError): { code: ErrorCode } & Record<string, unknown> {
  const { field, ...rest } = error.details;
  return { code: error.code, ...(field ? { field } : {}), ...rest };
}

/**
 * The one place errors become GraphQL responses: known errors keep their code and message,
 * anything else is logged and answered without internals.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // Ours may sit under Apollo's wrapping (context creation) or graphql-js's (resolvers).
    const ours = causes(error).find((e): e is AppError => e instanceof AppError);
    const known = ours ?? fromDatabaseError(original);
    if (known) return { message: known.message, path: formatted.path, extensions: appErrorExtensions(known) };

    // A literal argument a custom scalar refused (e.g. a 30 February) is the user's input, not the query's shape.
    const scalarRefused = causes(error).some(
      (e) => e instanceof GraphQLError && e.extensions?.code === 'BAD_USER_INPUT',
    );
    const code = scalarRefused ? 'BAD_USER_INPUT' : formatted.extensions?.code;
    if (typeof code === 'string' && requestErrorCodes.has(code)) {
      const field = code === 'BAD_USER_INPUT' ? fieldOfVariableError(formatted.message) : undefined;
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, ...(field ? { field } : {}) },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL request');
    return { message: '服务器内部错误', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
