/**
 * What every request goes through before a route: its log line, the security headers, the size
 * limits and the per-client rate limit. Then the routes without path parameters (the data routes
 * the pipeline calls) are answered directly on Node's request and response; everything else goes
 * on to Express.
 *
 * Why not Express middleware: Express swaps the prototypes of every request and response
 * (Object.setPrototypeOf), which alone costs about 30 µs of CPU per request on the project VM and
 * slows Node's own HTTP code afterwards, and its router walks a layer per middleware. On the
 * one-sensor-hour route that was most of the ~170 µs per request (see docs/bench/api.md).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { ApiError, sendError } from './errors.ts';
import type { FastHandler } from './route.ts';
import { setHeaders, type HeaderList } from './security-headers.ts';

export const MAX_URL_LENGTH = 2048;

export type Next = (err?: unknown) => void;
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

export interface FrontOptions {
  logger: Logger;
  headers: HeaderList;
  /** Runs after the size limits; undefined when the rate limit is off (then it costs nothing). */
  limiter?: Middleware;
  /** Exact path (no trailing slash, as declared) to handler, for GET and HEAD. */
  routes: ReadonlyMap<string, FastHandler>;
  /** Everything else: Express (next: the parent app's, when mounted in another app). */
  fallback: (req: IncomingMessage, res: ServerResponse, next?: Next) => void;
}

/**
 * Characters that make Express's URL parser (parseurl) fall back to url.parse, whose split of
 * path and query can differ from ours: such URLs go to Express.
 */
const UNUSUAL_URL = /[\t\n\f\r #\u00a0\ufeff]/;

/** A read-only API: no request bodies, bounded URLs. */
export function requestLimitError(req: IncomingMessage): ApiError | undefined {
  if ((req.url ?? '').length > MAX_URL_LENGTH) {
    return new ApiError(414, 'uri_too_long', `URL longer than ${MAX_URL_LENGTH} characters`);
  }
  const length = req.headers['content-length'];
  if ((length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined) {
    return new ApiError(413, 'payload_too_large', 'this API accepts no request body');
  }
  return undefined;
}

export function createFront(
  options: FrontOptions,
): (req: IncomingMessage, res: ServerResponse, next?: Next) => void {
  const { logger, headers, limiter, routes, fallback } = options;

  function route(req: IncomingMessage, res: ServerResponse, next: Next | undefined): void {
    const method = req.method;
    if (method === 'GET' || method === 'HEAD') {
      const url = req.url!;
      const mark = url.indexOf('?');
      const handler = routes.get(mark === -1 ? url : url.slice(0, mark));
      if (handler !== undefined && !UNUSUAL_URL.test(url)) {
        handler(req, res, mark === -1 ? null : url.slice(mark + 1));
        return;
      }
    }
    fallback(req, res, next);
  }

  return (req, res, next) => {
    const start = performance.now();
    const url = req.url ?? '';
    res.on('finish', () => {
      const status = res.statusCode;
      const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          method: req.method,
          url,
          status,
          ms: Math.round((performance.now() - start) * 100) / 100,
          // Express's req.ip without 'trust proxy' (the app never sets it): the peer address.
          ip: req.socket.remoteAddress,
        },
        'request',
      );
    });
    setHeaders(res, headers);
    const tooLarge = requestLimitError(req);
    if (tooLarge) {
      sendError(tooLarge, req, res, logger);
      return;
    }
    if (limiter === undefined) {
      route(req, res, next);
      return;
    }
    limiter(req, res, (err) => {
      if (!err) route(req, res, next);
      else sendError(err, req, res, logger);
    });
  };
}
