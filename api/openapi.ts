/** The OpenAPI 3.1 document, generated from the route definitions and their zod schemas. */
import { z } from 'zod';
import type { RouteDef } from './http/route.ts';
import { errorResponse, healthResponse } from './schemas.ts';

type JsonSchema = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: 'Malformed request: invalid or unknown parameter, or too large a range',
  404: 'Unknown store or sensor',
  409: 'The hour is not over yet: its data does not exist',
  413: 'Request bodies are not accepted',
  414: 'URL too long',
  429: 'Too many requests from this client',
  500: 'Internal error',
};

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect), with named schemas moved to components. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output', components: Record<string, JsonSchema>) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
  delete json.$defs;
  const rewrite = <T>(value: T): T =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as T;
  for (const [name, def] of Object.entries(defs)) components[name] = rewrite(def);
  return rewrite(json);
}

function jsonContent(schema: JsonSchema) {
  return { 'application/json': { schema } };
}

function parametersOf(shape: z.ZodRawShape, where: 'query' | 'path', components: Record<string, JsonSchema>) {
  return Object.entries(shape).map(([name, field]) => {
    const schema = schemaOf(field as z.ZodType, 'input', components);
    const { description, examples, ...rest } = schema;
    return {
      name,
      in: where,
      required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
      ...(description ? { description } : {}),
      ...(Array.isArray(examples) && examples.length > 0 ? { example: examples[0] } : {}),
      schema: rest,
    };
  });
}

export function openApiDocument(routes: readonly RouteDef[]) {
  const components: Record<string, JsonSchema> = {};
  const errorRef = { $ref: '#/components/schemas/Error' };
  schemaOf(errorResponse, 'output', components);
  const errorResponses = (statuses: number[]) =>
    Object.fromEntries(
      [...statuses, 429, 500].map((s) => [
        String(s),
        { description: STATUS_TEXT[s] ?? 'Error', content: jsonContent(errorRef) },
      ]),
    );
  const paths: Record<string, unknown> = {};
  for (const r of routes) {
    paths[r.path.replace(/:(\w+)/g, '{$1}')] = {
      get: {
        tags: [r.tag],
        summary: r.summary,
        ...(r.description ? { description: r.description } : {}),
        operationId: r.path.replace(/[/:]+/g, '_').replace(/^_/, '') || 'root',
        parameters: [
          ...(r.params ? parametersOf(r.params.shape, 'path', components) : []),
          ...(r.query ? parametersOf(r.query.shape, 'query', components) : []),
        ],
        responses: {
          '200': { description: 'OK', content: jsonContent(schemaOf(r.response, 'output', components)) },
          ...errorResponses(r.errors),
        },
      },
    };
  }
  paths['/health'] = {
    get: {
      tags: ['meta'],
      summary: 'Liveness',
      operationId: 'health',
      responses: {
        '200': { description: 'OK', content: jsonContent(schemaOf(healthResponse, 'output', components)) },
      },
    },
  };
  paths['/openapi.json'] = {
    get: {
      tags: ['meta'],
      summary: 'This document',
      operationId: 'openapi',
      responses: { '200': { description: 'OpenAPI 3.1 document', content: jsonContent({ type: 'object' }) } },
    },
  };
  paths['/docs'] = {
    get: {
      tags: ['meta'],
      summary: 'Human-readable documentation',
      operationId: 'docs',
      responses: {
        '200': { description: 'HTML page', content: { 'text/html': { schema: { type: 'string' } } } },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'DataMag360 simulator API',
      version: '1.0.0',
      description:
        'A deterministic simulator of a store chain: door-sensor readings and till totals per hour, ' +
        'available once the hour is over. Same question, same answer, byte for byte.',
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'reference', description: 'Stores and sensors' },
      { name: 'data', description: 'Hourly readings and sales' },
      { name: 'ground truth', description: 'What really happened: for tests and data-quality evaluation' },
      { name: 'seed-compatible', description: "The original project's routes" },
      { name: 'meta', description: 'Health and documentation' },
    ],
    paths,
    components: { schemas: components },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
