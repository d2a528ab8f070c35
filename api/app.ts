/** The Express application: middleware (log, security headers, limits), routes and JSON errors. */
import express, { type Express, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { pino, type Logger } from 'pino';
import { docsPage } from './docs-page.ts';
import { FAULT_PATHS, faultInjection, type HttpFaultOptions } from './http/faults.ts';
import { ApiError, errorHandler, routeNotFound } from './http/errors.ts';
import { methodNotAllowed } from './http/methods.ts';
import { mountRoutes } from './http/route.ts';
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
const MAX_URL_LENGTH = 2048;

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

/** One line per request, at a level from the status. */
function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const start = performance.now();
    res.on('finish', () => {
      const status = res.statusCode;
      const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          method: req.method,
          url: req.originalUrl,
          status,
          ms: Math.round((performance.now() - start) * 100) / 100,
          ip: req.ip,
        },
        'request',
      );
    });
    next();
  };
}

/** A read-only API: no request bodies, bounded URLs. */
const requestLimits: RequestHandler = (req, _res, next) => {
  if (req.originalUrl.length > MAX_URL_LENGTH) {
    return next(new ApiError(414, 'uri_too_long', `URL longer than ${MAX_URL_LENGTH} characters`));
  }
  const length = req.headers['content-length'];
  if ((length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined) {
    return next(new ApiError(413, 'payload_too_large', 'this API accepts no request body'));
  }
  next();
};

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
  app.use(requestLog(logger));
  app.use(helmet());
  app.use(requestLimits);
  const limits = options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit;
  if (limits !== false) {
    app.use(
      rateLimit({
        windowMs: limits.windowMs,
        limit: limits.limit,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        handler: (_req, res) => {
          res.status(429).json({
            error: 'rate_limited',
            message: `more than ${limits.limit} requests in ${limits.windowMs / 1000} s from this client: slow down`,
            details: { limit: limits.limit, window_ms: limits.windowMs },
          });
        },
      }),
    );
  }
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
  return app;
}
