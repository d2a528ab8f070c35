/**
 * A route is declared once with its schemas: `mountRoutes` validates requests with them
 * and `openApiDocument` documents them.
 */
import type { Express, Request, Response } from 'express';
import { z } from 'zod';
import { ApiError } from './errors.ts';
import type { Simulator } from '../model/index.ts';

export interface RouteContext {
  sim: Simulator;
  /** Current time in ms, injectable so tests can pin "now". */
  now: () => number;
}

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface RouteDef<Q extends AnyObject = AnyObject, P extends AnyObject = AnyObject> {
  /** Express path, e.g. /v1/stores/:store_id. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  query?: Q;
  params?: P;
  response: z.ZodType;
  /** Error statuses this route can answer besides 429 and 500. */
  errors: number[];
  /** Answers the body, or throws ApiError. */
  handle: (input: { query: z.output<Q>; params: z.output<P> }, ctx: RouteContext) => unknown;
}

/** Keeps each route's query and params types tied to its schemas. */
export function route<Q extends AnyObject, P extends AnyObject>(def: RouteDef<Q, P>): RouteDef {
  return def as unknown as RouteDef;
}

/** Turns zod issues into one JSON error whose message names the parameter and its accepted form. */
export function validationError(error: z.ZodError, where: 'query' | 'path'): ApiError {
  const unknown = error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : []));
  if (unknown.length > 0) {
    return new ApiError(400, 'unknown_parameter', `unknown ${where} parameter(s): ${unknown.join(', ')}`, {
      unknown,
    });
  }
  const issues = error.issues.map((i) => ({ parameter: i.path.join('.'), message: i.message }));
  const first = issues[0]!;
  return new ApiError(400, 'invalid_parameter', `parameter "${first.parameter}": ${first.message}`, {
    issues,
  });
}

function parse<S extends AnyObject>(schema: S | undefined, value: unknown, where: 'query' | 'path') {
  if (!schema) return {};
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw validationError(result.error, where);
  return result.data;
}

/** Routes without query parameters still refuse unknown ones. */
const NO_QUERY = z.strictObject({});

export function mountRoutes(app: Express, routes: readonly RouteDef[], ctx: RouteContext): void {
  for (const def of routes) {
    const querySchema = def.query ?? NO_QUERY;
    app.get(def.path, (req: Request, res: Response) => {
      const params = parse(def.params, req.params, 'path');
      const query = parse(querySchema, req.query, 'query');
      res.json(def.handle({ query, params }, ctx));
    });
  }
}
