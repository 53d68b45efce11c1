import type { DbHandle } from '@zdyq/db/client';
import type { RequestHandler } from 'express';

/** 200 when the database answers within two seconds, 503 otherwise. */
export function healthHandler(handle: DbHandle): RequestHandler {
  return async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        handle.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), 2000);
        }),
      ]);
      res.json({ status: 'ok', database: handle.kind });
    } catch {
      res.status(503).json({ status: 'unavailable', database: handle.kind });
    } finally {
      clearTimeout(timer);
    }
  };
}
