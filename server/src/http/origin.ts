import type { RequestHandler } from 'express';
import { AppError } from '../errors.ts';
import { sendError } from './errors.ts';

/**
 * Refuses requests another site makes a browser send with the user's cookie: a cross-site
 * Sec-Fetch-Site, or an Origin that is not this server. Clients that send neither (curl, scripts
 * with a session) are judged by the session alone.
 */
export function sameOriginOnly(trustProxy: boolean): RequestHandler {
  return (req, res, next) => {
    const site = req.headers['sec-fetch-site'];
    const origin = req.headers.origin;
    const host = (trustProxy ? req.headers['x-forwarded-host'] : undefined) ?? req.headers.host;
    let foreign = site === 'cross-site';
    if (origin !== undefined && !foreign) {
      try {
        foreign = origin === 'null' || new URL(origin).host !== host;
      } catch {
        foreign = true;
      }
    }
    if (foreign) {
      sendError(req, res, new AppError('FORBIDDEN', '拒绝来自其他网站的请求', { field: 'origin' }));
      return;
    }
    next();
  };
}
