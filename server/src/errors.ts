export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'TOO_MANY_ATTEMPTS'
  | 'SERVICE_UNAVAILABLE'
  /** The password is initial, reset or expired: nothing but changing it until it is changed. */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** Sign-in needs the code of the second factor; or the account must enrol one before anything else. */
  | 'TWO_FACTOR_REQUIRED';

export type ErrorDetails = {
  /** The offending input field, for BAD_USER_INPUT. */
  field?: string;
  [key: string]: unknown;
};

/** The one error type services throw; formatError and the file routes turn it into responses. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (field: string, message: string, details: ErrorDetails = {}) =>
  new AppError('BAD_USER_INPUT', message, { ...details, field });

export function httpStatus(code: ErrorCode): number {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
    case 'PASSWORD_CHANGE_REQUIRED':
      return 403;
    case 'TWO_FACTOR_REQUIRED':
      return 401;
    case 'BAD_USER_INPUT':
      return 400;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'INVALID_TRANSITION':
      return 422;
    case 'TOO_MANY_ATTEMPTS':
      return 429;
    case 'SERVICE_UNAVAILABLE':
      return 503;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

type PgLikeError = { code?: unknown; constraint?: unknown; cause?: unknown; message?: unknown };

/** An error and the causes it wraps (drizzle wraps the driver's), at most five deep. */
function* causesOf(error: unknown): Generator<PgLikeError> {
  for (let e = error as PgLikeError | undefined, depth = 0; e && depth < 5; e = e.cause as PgLikeError, depth++) {
    yield e;
  }
}

/** The SQLSTATE a driver's error carries, through the errors that wrap it. */
export function sqlStateOf(error: unknown): string | undefined {
  for (const e of causesOf(error)) if (typeof e.code === 'string') return e.code;
  return undefined;
}

/** Whether a driver's error is a unique violation of the named constraint or index. */
export function violatesUnique(error: unknown, constraint: string): boolean {
  for (const e of causesOf(error)) if (e.code === '23505' && e.constraint === constraint) return true;
  return false;
}

// SQLSTATE classes that mean the database cannot be reached, is shutting down or is overloaded.
const unavailableStates = /^(08|53|57P)/;
const unavailableNodeCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
// node-postgres and PGlite say these without a code: the pool is exhausted, or the connection is gone.
const unavailableMessages =
  /timeout exceeded when trying to connect|Connection terminated|not queryable|PGlite is closed|Client was closed|after calling end on the pool/i;

/**
 * Turns an error from the database driver into an AppError where it has a meaning for the user;
 * returns undefined for anything else (a defect, logged and hidden by formatError).
 */
export function fromDatabaseError(error: unknown): AppError | undefined {
  for (const e of causesOf(error)) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (!code && typeof e.message === 'string' && unavailableMessages.test(e.message)) {
      return new AppError('SERVICE_UNAVAILABLE', '数据库暂时不可用，请稍后重试');
    }
    if (!code) continue;
    // statement_timeout: the query took longer than a request may.
    if (code === '57014') return new AppError('SERVICE_UNAVAILABLE', '查询超时，请缩小范围后重试');
    if (unavailableStates.test(code) || unavailableNodeCodes.has(code)) {
      return new AppError('SERVICE_UNAVAILABLE', '数据库暂时不可用，请稍后重试');
    }
    if (code === '23505') return new AppError('CONFLICT', '数据已存在或已被他人修改，请刷新后重试');
    // A check or not-null constraint, a malformed or out-of-range value the input checks let through.
    if (['23514', '23502', '22P02', '22003', '22007', '22008', '22001', '22021'].includes(code)) {
      return new AppError('BAD_USER_INPUT', '输入的数据不符合规则', {
        field: typeof e.constraint === 'string' ? e.constraint : undefined,
      });
    }
  }
  return undefined;
}
