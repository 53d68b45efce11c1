import { sql } from 'drizzle-orm';
import type { Database, DatabaseOrTransaction, Transaction } from './client.ts';
import { rowsOf } from './queries.ts';

/**
 * What a piece of work may see and change (SPEC 2.1): it writes in `region`, the account's own, and
 * reads `regions`, that region and those below it.
 */
export type RegionScope = { readonly region: number; readonly regions: readonly number[] };

/**
 * Puts a transaction in a scope: from here to its end it runs as `zdyq_app`, a role row-level security
 * applies to (migration 0017), with the scope in the settings the policies read.
 */
export async function enterScope(tx: DatabaseOrTransaction, scope: RegionScope): Promise<void> {
  await tx.execute(
    sql`SELECT set_config('role', 'zdyq_app', true), set_config('zdyq.region', ${String(scope.region)}, true),
      set_config('zdyq.regions', ${`{${scope.regions.join(',')}}`}, true)`,
  );
}

/**
 * Runs each piece of work it is given in a short transaction of its own: what streams a file reads a
 * page at a time this way, so no transaction waits on how fast a client takes the file.
 */
export type Reader = <T>(work: (db: DatabaseOrTransaction) => Promise<T>) => Promise<T>;

/** Runs `work` in one transaction in `scope`. */
export function inScope<T>(db: Database, scope: RegionScope, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await enterScope(tx, scope);
    return work(tx);
  });
}

/**
 * Writes in `region` as the database's owner, row-level security aside: start-up work (reference and demo
 * data) that names its region, in the caller's transaction.
 */
export async function writeInRegion(tx: Transaction, region: number): Promise<void> {
  await tx.execute(sql`SELECT set_config('zdyq.region', ${String(region)}, true)`);
}

/**
 * Runs `work` writing in `region`, one of the regions the transaction's scope reads, then writes in its
 * own again: for what the product derives in a region below on a request's behalf (the 撞单 a lead
 * handed to a district meets there), never for what a user asked to write.
 */
export async function writingIn<T>(tx: Transaction, region: number, work: () => Promise<T>): Promise<T> {
  const [own] = await rowsOf<{ region: number; readable: boolean }>(
    tx,
    sql`SELECT zdyq_region() AS region, ${region} = ANY (zdyq_regions()) AS readable`,
  );
  if (!own?.readable) throw new Error(`region ${region} is not in the transaction's scope`);
  await writeInRegion(tx, region);
  try {
    return await work();
  } finally {
    await writeInRegion(tx, own.region);
  }
}

/** The regions migration 0017 puts the released data in: 绍兴市 and its 上虞区. */
export const foundingRegions = { SX: 1, SY: 2 } as const;

/** A transaction in a scope, held open for a request until it says how to end. */
export type HeldScope = {
  readonly db: Transaction;
  /** Commits (or rolls back) and waits for it; later calls answer the first's outcome. */
  end(commit: boolean): Promise<void>;
};

class Rollback extends Error {}

/**
 * Opens a transaction in `scope` and holds it until `end`: a request's statements all run in it, so
 * row-level security applies to each. Nested transactions started on it at its top level take turns
 * (they are savepoints of one connection, and two at once would interleave).
 */
export async function holdScope(db: Database, scope: RegionScope): Promise<HeldScope> {
  let decide!: (commit: boolean) => void;
  const decided = new Promise<boolean>((resolve) => {
    decide = resolve;
  });
  let opened!: (tx: Transaction) => void;
  const ready = new Promise<Transaction>((resolve) => {
    opened = resolve;
  });
  const finished = inScope(db, scope, async (tx) => {
    opened(tx);
    if (!(await decided)) throw new Rollback();
  }).catch((error: unknown) => {
    if (!(error instanceof Rollback)) throw error;
  });
  const tx = await Promise.race([
    ready,
    finished.then(() => {
      throw new Error('the scope ended before it opened');
    }),
  ]);
  const nested = tx.transaction.bind(tx);
  let turn: Promise<unknown> = Promise.resolve();
  tx.transaction = <T>(work: (inner: Transaction) => Promise<T>): Promise<T> => {
    const run = turn.then(() => nested(work));
    turn = run.catch(() => {});
    return run;
  };
  let ended: Promise<void> | undefined;
  return {
    db: tx,
    end: (commit) => {
      if (!ended) {
        decide(commit);
        ended = finished;
      }
      return ended;
    },
  };
}
