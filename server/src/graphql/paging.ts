import { badInput } from '../errors.ts';

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 200;

/** The number of rows asked for, within 1 … max; BAD_USER_INPUT on `first` otherwise. */
export function pageSize(first: number | null | undefined, max: number = MAX_PAGE, byDefault = DEFAULT_PAGE): number {
  if (first === null || first === undefined) return Math.min(byDefault, max);
  if (!Number.isInteger(first) || first < 1 || first > max) throw badInput('first', `条数应在1到${max}之间`);
  return first;
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
