import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import express, { type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Hashed build output under /assets never changes under its name: cache it for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built web app, with index.html for every client-side route. Files are sent
 * brotli- or gzip-compressed as the build wrote them beside the originals; hashed assets
 * are cached for good and index.html is revalidated on every visit, so a new release
 * reaches users on their next page load.
 */
export function webApp(webDist: string): Router {
  const router = express.Router();
  const index = join(webDist, 'index.html');
  if (existsSync(webDist)) {
    router.use(
      expressStaticGzip(webDist, {
        enableBrotli: true,
        orderPreference: ['br', 'gz'],
        index: false,
        serveStatic: { setHeaders: cacheHeaders, cacheControl: false },
      }),
    );
  }
  // A missing file under /assets is a 404, not the page: a stale chunk must fail as a script load.
  router.get(/^\/(?!api\/|assets\/|graphql|healthz).*/, (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web app is not built: run `pnpm build` (npm start does it).');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}

function cacheHeaders(res: ServerResponse, path: string): void {
  const hashed = /[\\/]assets[\\/]/.test(path);
  res.setHeader('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
}
