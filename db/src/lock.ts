import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class DataDirLockedError extends Error {}

type LockInfo = { pid: number; host: string; since: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockInfo | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

/**
 * PGlite allows one process per data folder. The lock file names the owner; a lock left by a
 * process that no longer runs on this host (after kill -9 or a power cut) is taken over.
 * Returns the function that releases the lock.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, '.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      const release = () => rmSync(path, { force: true });
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readLock(path);
      const stale = owner !== undefined && owner.host === hostname() && !isAlive(owner.pid);
      if (owner !== undefined && !stale) {
        throw new DataDirLockedError(
          `The data folder ${dataDir} is in use by process ${owner.pid} on ${owner.host} since ${owner.since}. ` +
            'Stop that process first; only one server may open an embedded database. ' +
            `If you are sure no such process runs, delete ${path}.`,
        );
      }
      // A stale or unreadable lock: remove it and try once more.
      rmSync(path, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not take the lock ${path}; another process keeps creating it.`);
}
