import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { figuresVersion } from '@zdyq/db/schema';
import type { RegionScope } from '@zdyq/db/scope';
import { LRUCache } from 'lru-cache';
import { today } from './dates.ts';

/**
 * Figures (the dashboard's aggregates, target progress, the provisional race) remembered under the
 * database's figures version, which changes when any transaction that wrote what they are computed
 * from commits. A request reads the version first and computes after, so what it finds or stores
 * under a version is never older than that version: a remembered answer is the answer. Each server
 * instance keeps its own; nothing needs invalidating, old versions just age out.
 */
export class FiguresCache {
  private readonly entries = new LRUCache<string, Promise<unknown>>({ max: 500 });

  /** A per-request view for the request's scope (figures of other regions are others'): the version is read once, on first use. */
  forRequest(db: DatabaseOrTransaction, scope: RegionScope): Figures {
    let version: Promise<string> | undefined;
    const currentVersion = () => {
      version ??= db
        .select({ version: figuresVersion.version })
        .from(figuresVersion)
        .then(([row]) => String(row?.version ?? 'none'));
      return version;
    };
    return async <T>(name: string, args: readonly unknown[], compute: () => Promise<T>): Promise<T> => {
      // Today is part of every key: figures "as of today" move when the day turns.
      const key = JSON.stringify([name, args, scope.region, scope.regions, today(), await currentVersion()]);
      const found = this.entries.get(key) as Promise<T> | undefined;
      if (found) return found;
      const computed = compute();
      this.entries.set(key, computed);
      // A failure is not remembered.
      computed.catch(() => this.entries.delete(key));
      return computed;
    };
  }
}

/** Computes a named figure for some arguments, or finds it computed at the current version. */
export type Figures = <T>(name: string, args: readonly unknown[], compute: () => Promise<T>) => Promise<T>;

/** For code without a cache (scripts, tests of services): always computes. */
export const uncached: Figures = (_name, _args, compute) => compute();
