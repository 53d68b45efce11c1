import cluster, { type Worker } from 'node:cluster';
import type { Logger } from './logger.ts';

/**
 * WEB_CONCURRENCY > 1 on PostgreSQL: this process forks that many servers sharing the port, each an
 * instance as a second machine's would be (its own pool, loaders, remembered figures; upkeep and
 * backups already run safely on every instance). The first worker starts alone, so migrations and
 * the demo data are prepared once, and the others start after it listens. A worker that dies is
 * started again; SIGTERM and SIGINT stop every worker, then this process.
 */
export function runWorkers(count: number, log: Logger): void {
  let stopping = false;
  const fork = () => {
    const worker = cluster.fork();
    // A worker killed while its channel is in use: its exit below starts the next.
    worker.on('error', (err) => log.warn({ err, pid: worker.process.pid }, 'a server worker’s channel failed'));
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      log.error({ pid: worker.process.pid, code, signal }, 'a server worker stopped; starting another');
      setTimeout(fork, 1_000).unref();
    });
    return worker;
  };
  const first = fork();
  first.once('listening', () => {
    for (let i = 1; i < count; i++) fork();
    log.info({ workers: count }, 'server workers started');
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    let left = workers.length;
    if (left === 0) process.exit(0);
    let failed = false;
    for (const worker of workers) {
      // A worker still starting has no handler yet: the signal itself ending it is a clean stop too.
      worker.once('exit', (code, exitSignal) => {
        failed ||= code !== 0 && exitSignal !== signal;
        if (--left === 0) process.exit(failed ? 1 : 0);
      });
      worker.process.kill(signal);
    }
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
