/**
 * Fault injection for the data routes (API_FAULTS, off by default): a share of requests is
 * answered with a 5xx, hung, answered late, cut short or answered with broken JSON, so the
 * pipeline's retries can be tried against a misbehaving source. Which request gets which fault
 * depends only on the seed and the order requests arrive in.
 *
 * Written against Node's plain request and response (no Express helpers), so it works the same
 * whichever layer answers the route.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { ApiFaultKind, ApiFaultRates } from '../../lib/config.ts';
import { API_FAULT_KINDS } from '../../lib/config.ts';
import { Rng } from '../model/random.ts';
import type { ErrorBody } from './errors.ts';

/** The routes faults apply to: what the pipeline collects, never health, docs or ground truth. */
export const FAULT_PATHS = ['/v1/visitors', '/v1/transactions', '/visiteurs', '/transactions'];

export interface HttpFaultOptions {
  rates: ApiFaultRates;
  seed: string;
  /** A hung request's connection is closed after this long: longer than the extract's 30 s timeout. */
  hangMs?: number;
  /** How late a slow answer starts. */
  slowMs?: number;
}

export const DEFAULT_HANG_MS = 45_000;
export const DEFAULT_SLOW_MS = 3_000;
export const ERROR_STATUSES = [500, 502, 503] as const;

/** The fault for a uniform draw u in [0, 1): each kind takes a slice of [0, 1) as wide as its rate. */
export function pickFault(rates: ApiFaultRates, u: number): ApiFaultKind | undefined {
  let edge = 0;
  for (const kind of API_FAULT_KINDS) {
    edge += rates[kind];
    if (u < edge) return kind;
  }
  return undefined;
}

type Next = (err?: unknown) => void;

export function faultInjection(
  options: HttpFaultOptions,
  logger: Logger,
): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  const { rates, hangMs = DEFAULT_HANG_MS, slowMs = DEFAULT_SLOW_MS } = options;
  // Two streams: the count of each kind over N requests does not depend on the details drawn.
  const kinds = new Rng(['api-faults', options.seed]);
  const details = new Rng(['api-fault-details', options.seed]);
  let sequence = 0;

  return (req, res, next) => {
    const fault = pickFault(rates, kinds.next());
    const n = ++sequence;
    if (fault === undefined) return next();
    // Mounted on a path, Express strips it from req.url; originalUrl keeps it.
    const url = (req as { originalUrl?: string }).originalUrl ?? req.url;
    const log = (extra: Record<string, unknown> = {}) =>
      logger.warn({ fault, sequence: n, method: req.method, url, ...extra }, 'injected fault');

    switch (fault) {
      case 'error': {
        const status = ERROR_STATUSES[details.int(0, ERROR_STATUSES.length - 1)]!;
        log({ status });
        const body: ErrorBody = {
          error: 'internal_error',
          message: `injected fault: HTTP ${status} (API_FAULTS)`,
          details: { fault },
        };
        const json = JSON.stringify(body);
        res.statusCode = status;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Content-Length', Buffer.byteLength(json));
        res.end(json);
        return;
      }
      case 'timeout': {
        log({ close_after_ms: hangMs });
        const timer = setTimeout(() => res.destroy(), hangMs);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'slow': {
        log({ delay_ms: slowMs });
        const timer = setTimeout(next, slowMs);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'truncate':
      case 'malformed': {
        // The share of the body kept, drawn now so the details stream follows arrival order.
        const keep = details.between(0.1, 0.9);
        rewriteBody(res, (body) => {
          const cut = Math.min(body.length - 1, Math.max(1, Math.floor(body.length * keep)));
          log({ bytes: body.length, sent: cut });
          if (fault === 'truncate') {
            // Content-Length still promises the whole body: the client sees the connection end early.
            res.write(body.subarray(0, cut), () => res.destroy());
            return null;
          }
          // A complete HTTP answer whose JSON stops mid-way: a proper prefix of an object never parses.
          res.setHeader('Content-Length', cut);
          return body.subarray(0, cut);
        });
        next();
        return;
      }
    }
  };
}

/**
 * Lets `rewrite` replace the body passed to res.end (Express's res.send and the plain routes both
 * end with the whole body): it returns the body to send, or null when it has ended the response
 * itself. Bodies under 2 bytes (HEAD, empty) cannot be cut and go out unchanged.
 */
function rewriteBody(res: ServerResponse, rewrite: (body: Buffer) => Buffer | null): void {
  const end = res.end.bind(res) as (chunk?: unknown, encoding?: unknown, cb?: unknown) => ServerResponse;
  res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
    if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) return end(chunk, encoding, cb);
    const body =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : chunk;
    if (body.length < 2 || res.headersSent) return end(chunk, encoding, cb);
    const replaced = rewrite(body);
    return replaced === null ? res : end(replaced);
  }) as ServerResponse['end'];
}
