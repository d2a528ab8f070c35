/**
 * The application: a front (request log, security headers, size limits, rate limit, then the
 * routes without path parameters answered directly; see http/front.ts) in front of Express
 * (the other routes, 404s and JSON errors).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express, type RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { pino, type Logger } from 'pino';
import { docsPage } from './docs-page.ts';
import { FAULT_PATHS, faultInjection, type HttpFaultOptions } from './http/faults.ts';
import { ApiError, errorHandler, routeNotFound, sendJsonText } from './http/errors.ts';
import { createFront, MAX_URL_LENGTH, type Middleware } from './http/front.ts';
import { methodNotAllowed } from './http/methods.ts';
import { fastRoutes, mountRoutes } from './http/route.ts';
import { securityHeaders } from './http/security-headers.ts';
import { Simulator, type Chain, type FaultRates } from './model/index.ts';
import { openApiDocument } from './openapi.ts';
import { seedRoutes } from './routes/seed.ts';
import { v1Routes } from './routes/v1.ts';

export interface RateLimitOptions {
  /** Window length in ms. */
  windowMs: number;
  /** Requests allowed per client (IP) and window. */
  limit: number;
}

/** Generous: the hourly pipeline and local tools stay far below it (500 requests/s sustained). */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { windowMs: 60_000, limit: 30_000 };
export { MAX_URL_LENGTH };

export interface AppOptions {
  /** Clock for "is this hour over yet"; default Date.now. */
  now?: () => number;
  /** false turns the per-client limit off (local runs, tests). */
  rateLimit?: false | RateLimitOptions;
  /** Request and error logs; false silences them (tests). Default: pino at info to stdout. */
  logger?: Logger | false;
  /** Default: the reference chain (10 stores); see CHAINS for the others. */
  chain?: Chain;
  faults?: FaultRates;
  /** Faults injected into the data routes (http/faults.ts); default none. */
  httpFaults?: HttpFaultOptions;
}

export const ROUTES = [...v1Routes, ...seedRoutes];

/** Routes without parameters still refuse unknown ones, like every other route. */
const noQuery: RequestHandler = (req, _res, next) => {
  const unknown = Object.keys(req.query as object);
  if (unknown.length > 0) {
    return next(
      new ApiError(400, 'unknown_parameter', `unknown query parameter(s): ${unknown.join(', ')}`, {
        unknown,
      }),
    );
  }
  next();
};

/**
 * express-rate-limit, run by the front on Node's plain request and response: the client key is
 * the peer address (what req.ip is without 'trust proxy'), and its draft-8 headers are added with
 * an equivalent of Express's res.append.
 */
function limiter(limits: RateLimitOptions): Middleware {
  const middleware = rateLimit({
    windowMs: limits.windowMs,
    limit: limits.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => ipKeyGenerator(req.socket.remoteAddress ?? ''),
    handler: (req, res) => {
      sendJsonText(
        req,
        res,
        429,
        JSON.stringify({
          error: 'rate_limited',
          message: `more than ${limits.limit} requests in ${limits.windowMs / 1000} s from this client: slow down`,
          details: { limit: limits.limit, window_ms: limits.windowMs },
        }),
      );
    },
  }) as unknown as Middleware;
  return (req, res, next) => {
    (res as ServerResponse & { append: typeof append }).append = append;
    middleware(req, res, next);
  };
}

/** Express's res.append: adds a value to a header, keeping the values already set. */
function append(this: ServerResponse, field: string, value: string | string[]): ServerResponse {
  const prev = this.getHeader(field);
  const values = [value].flat();
  return this.setHeader(field, prev ? [prev].flat().map(String).concat(values) : value);
}

type ExpressHandle = (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void) => void;

export function createApp(options: AppOptions = {}): Express {
  const logger =
    options.logger === false ? pino({ level: 'silent' }) : (options.logger ?? pino({ level: 'info' }));
  const ctx = {
    sim: new Simulator({ chain: options.chain, faults: options.faults }),
    now: options.now ?? Date.now,
  };
  const openapi = openApiDocument(ROUTES);
  const docs = docsPage(openapi);

  const app = express();
  app.disable('x-powered-by');
  // Hashing every body (2 MB for a large hour) buys nothing: clients fetch each hour once.
  app.set('etag', false);
  app.get('/health', noQuery, (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/openapi.json', noQuery, (_req, res) => {
    res.json(openapi);
  });
  app.get('/docs', noQuery, (_req, res) => {
    res.type('html').send(docs);
  });
  if (options.httpFaults) app.use(FAULT_PATHS, faultInjection(options.httpFaults, logger));
  mountRoutes(app, ROUTES, ctx);
  app.use(methodNotAllowed(['/health', '/openapi.json', '/docs', ...ROUTES.map((r) => r.path)]));
  app.use(routeNotFound);
  app.use(errorHandler(logger));

  const limits = options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit;
  // Express calls app.handle for every request, whether the app is a server's listener
  // (app.listen, http.createServer(app)) or mounted in another app: the front comes first.
  const handled = app as unknown as { handle: ExpressHandle };
  const expressHandle = handled.handle.bind(app);
  const front = createFront({
    logger,
    headers: securityHeaders(),
    limiter: limits === false ? undefined : limiter(limits),
    // Fault injection is Express middleware: with it on, every route goes through Express.
    routes: options.httpFaults ? new Map() : fastRoutes(ROUTES, ctx, logger),
    fallback: expressHandle,
  });
  handled.handle = front;
  return app;
}
