/**
 * A known path asked with a method it does not serve answers 405 with an Allow header (RFC 9110
 * §15.5.6), not 404: the path exists. Every route is read-only (GET, and HEAD with it); OPTIONS
 * answers 204 with the same Allow list.
 */
import type { RequestHandler } from 'express';
import { ApiError } from './errors.ts';

const ALLOW = 'GET, HEAD';

/** Express-style paths ("/v1/stores/:store_id") as one matcher; a trailing slash is accepted, as Express does. */
export function pathMatcher(paths: readonly string[]): (path: string) => boolean {
  const escaped = paths.map((p) =>
    p
      .split('/')
      .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/'),
  );
  const re = new RegExp(`^(?:${escaped.join('|')})/?$`);
  return (path) => re.test(path);
}

export function methodNotAllowed(paths: readonly string[]): RequestHandler {
  const known = pathMatcher(paths);
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || !known(req.path)) return next();
    res.setHeader('Allow', ALLOW);
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next(
      new ApiError(405, 'method_not_allowed', `${req.method} is not allowed on ${req.path}: use ${ALLOW}`, {
        method: req.method,
        allow: ALLOW.split(', '),
      }),
    );
  };
}
