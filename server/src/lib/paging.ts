import { badInput } from '../errors.ts';

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 200;

/** The number of rows asked for, within 1 … max; BAD_USER_INPUT on `first` otherwise. */
export function pageSize(first: number | null | undefined, max: number = MAX_PAGE, byDefault = DEFAULT_PAGE): number {
  if (first === null || first === undefined) return Math.min(byDefault, max);
  if (!Number.isInteger(first) || first < 1 || first > max) throw badInput('first', `条数应在1到${max}之间`);
  return first;
}

export const MAX_OFFSET = 100_000;

/** A numbered page's start: a whole number from 0 to MAX_OFFSET, never beside a cursor. */
export function pageOffset(offset: number | null | undefined, after: string | null | undefined): number | undefined {
  if (offset === null || offset === undefined) return undefined;
  if (after) throw badInput('offset', '不能与游标同时使用');
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    throw badInput('offset', `起始位置应在0到${MAX_OFFSET}之间`);
  }
  return offset;
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Decodes an opaque cursor; a tampered one is BAD_USER_INPUT on `after`, never a server error. */
export function decodeCursor<T>(cursor: string | null | undefined, check: (v: unknown) => v is T): T | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (check(value)) return value;
  } catch {}
  throw badInput('after', '分页游标无效');
}
