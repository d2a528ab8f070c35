/** JSON errors: every failure answers {error, message, details}, never a stack trace. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { OutOfModelRangeError } from '../model/index.ts';

export type ErrorCode =
  | 'invalid_parameter'
  | 'unknown_parameter'
  | 'range_too_large'
  | 'not_found'
  | 'method_not_allowed'
  | 'not_yet_available'
  | 'payload_too_large'
  | 'uri_too_long'
  | 'rate_limited'
  | 'internal_error';

export interface ErrorBody {
  error: ErrorCode;
  message: string;
  details: Record<string, unknown>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(status: number, code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  body(): ErrorBody {
    return { error: this.code, message: this.message, details: this.details };
  }
}

export function invalidParameter(parameter: string, message: string, received?: unknown): ApiError {
  return new ApiError(400, 'invalid_parameter', `parameter "${parameter}": ${message}`, {
    issues: [{ parameter, message, ...(received === undefined ? {} : { received }) }],
  });
}

export function notFound(message: string, details: Record<string, unknown>): ApiError {
  return new ApiError(404, 'not_found', message, details);
}

export const routeNotFound: RequestHandler = (req, _res, next) => {
  next(
    new ApiError(404, 'not_found', `no route ${req.method} ${req.path}: see /docs or /openapi.json`, {
      method: req.method,
      path: req.path,
    }),
  );
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    let error: ApiError;
    if (err instanceof ApiError) {
      error = err;
    } else if (err instanceof OutOfModelRangeError) {
      error = new ApiError(400, 'invalid_parameter', err.message);
    } else if (isHttpError(err) && err.status < 500) {
      // Errors raised by Express itself (e.g. a malformed URL): keep the status, hide internals.
      error = new ApiError(err.status, 'invalid_parameter', `malformed request: ${err.message}`);
    } else {
      logger.error({ err, method: req.method, url: req.originalUrl }, 'unhandled error');
      error = new ApiError(500, 'internal_error', 'internal error: the request could not be answered');
    }
    if (res.headersSent) return;
    res.status(error.status).json(error.body());
  };
}

function isHttpError(err: unknown): err is { status: number; message: string } {
  return (
    typeof err === 'object' &&
    err !== null &&
    typeof (err as { status?: unknown }).status === 'number' &&
    typeof (err as { message?: unknown }).message === 'string'
  );
}
