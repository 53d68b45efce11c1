import { AppError } from '../errors.ts';

/** Why a request's work was stopped: it ran past its deadline, or loaded more rows than one answer may hold. */
export type Overrun = 'deadline' | 'rows';

/**
 * What one request may still do, checked where its work goes to the database (each loader's batch),
 * not on every field it resolves: the deadline passed or the rows spent, every further load fails at
 * once and the answer becomes one error (graphql/limits.ts).
 */
export type RowBudget = {
  /** Throws once the budget is overrun. */
  check(): void;
  /** Counts rows loaded; throws once past the limit. */
  spend(rows: number): void;
  /** What overran it, if a load found it overrun: an answer finished without one is sent as it is. */
  readonly overrun: Overrun | null;
};

export const unlimited: RowBudget = { check() {}, spend() {}, overrun: null };

const overrunError = (overrun: Overrun) =>
  overrun === 'deadline'
    ? new AppError('SERVICE_UNAVAILABLE', '查询超时，请缩小范围后重试')
    : new AppError('BAD_USER_INPUT', '查询的数据量过大，请缩小范围或分页查询', { field: 'query' });

/** A budget of `maxRows` loaded rows until `timeoutMs` from now. */
export function rowBudget(timeoutMs: number, maxRows: number, now: () => number = Date.now): RowBudget {
  const deadline = now() + timeoutMs;
  let rows = 0;
  let overrun: Overrun | null = null;
  const check = () => {
    if (!overrun && now() > deadline) overrun = 'deadline';
    if (overrun) throw overrunError(overrun);
  };
  return {
    check,
    spend(n) {
      rows += n;
      if (!overrun && rows > maxRows) overrun = 'rows';
      check();
    },
    get overrun() {
      return overrun;
    },
  };
}
