/**
 * Configuration comes from the environment only, validated once at start-up so a
 * typo fails fast with a message naming the variable, not deep inside a workflow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_STAFFING, parseStoreRatios, type StaffingParams } from './forecast/staffing.ts';
import { webDatabase, type WebDatabase } from './db/reader-url.ts';

/**
 * The repository root: the nearest folder above this module holding the project's
 * package.json. Searched rather than fixed, because the dashboard's production build
 * bundles this module into web/build/ (still inside the repository).
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'datamag360')
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`no datamag360 package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/** Azurite's documented development account: a public, well-known key, not a secret. */
export const AZURITE_BLOB_PORT = 10000;
export function azuriteConnectionString(port = AZURITE_BLOB_PORT): string {
  return (
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
    'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
    `BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`
  );
}

/** The store chains the simulator can serve (reference data under reference/). */
export const SIMULATOR_CHAINS = ['reference', 'world'] as const;
export type SimulatorChain = (typeof SIMULATOR_CHAINS)[number];

/** Ways the simulator API can be told to misbehave on its data routes (api/http/faults.ts). */
export const API_FAULT_KINDS = ['error', 'timeout', 'slow', 'truncate', 'malformed'] as const;
export type ApiFaultKind = (typeof API_FAULT_KINDS)[number];
/** Share of data requests answered with each fault, each in [0, 1], summing to at most 1. */
export type ApiFaultRates = Record<ApiFaultKind, number>;

/**
 * API_FAULTS, e.g. "error:0.05,timeout:0.02": the share of requests per fault kind; empty or
 * "off" means none. Returns undefined when no fault is asked for, or the message saying what is wrong.
 */
export function parseApiFaults(spec: string): ApiFaultRates | undefined | string {
  const text = spec.trim();
  if (text === '' || text === 'off') return undefined;
  const rates: ApiFaultRates = { error: 0, timeout: 0, slow: 0, truncate: 0, malformed: 0 };
  const seen = new Set<string>();
  for (const item of text.split(',')) {
    const [kind = '', rate, ...rest] = item.trim().split(':');
    if (!(API_FAULT_KINDS as readonly string[]).includes(kind)) {
      return `unknown fault "${kind}" in "${item.trim()}": expected kind:rate with kind one of ${API_FAULT_KINDS.join(', ')}`;
    }
    const value = Number(rate);
    if (rest.length > 0 || rate === undefined || rate.trim() === '' || !(value >= 0 && value <= 1)) {
      return `fault "${item.trim()}": the rate must be a number from 0 to 1 (e.g. ${kind}:0.05)`;
    }
    if (seen.has(kind)) return `fault "${kind}" given twice`;
    seen.add(kind);
    rates[kind as ApiFaultKind] = value;
  }
  const total = Object.values(rates).reduce((a, b) => a + b, 0);
  if (total > 1 + 1e-9) return `the fault rates add up to ${total}, more than 1`;
  return total === 0 ? undefined : rates;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const PORT_MESSAGE = 'must be a port number from 1 to 65535';
const port = (fallback: number) =>
  z.coerce
    .number({ error: PORT_MESSAGE })
    .int({ error: PORT_MESSAGE })
    .min(1, { error: PORT_MESSAGE })
    .max(65535, { error: PORT_MESSAGE })
    .default(fallback);
const url = (example: string) => z.url({ protocol: /^https?$/, error: `must be a URL such as ${example}` });

const count = (fallback: number) => z.coerce.number().int().min(1).max(10_000).default(fallback);

/** A file the process must be able to read (a certificate or key): checked at start-up, read later. */
const readableFile = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : path.resolve(v.trim())))
  .refine(
    (p) => {
      if (p === undefined) return true;
      try {
        fs.accessSync(p, fs.constants.R_OK);
        return fs.statSync(p).isFile();
      } catch {
        return false;
      }
    },
    { message: 'must be the path of a readable file' },
  );

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const schema = z.object({
  API_PORT: port(3000),
  WEB_PORT: port(5173),
  API_URL: url('http://127.0.0.1:3000').optional(),
  // Empty means unset, as in a .env file with the line left blank.
  ALERT_WEBHOOK_URL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    url('https://hooks.example.com/datamag').optional(),
  ),
  TEMPORAL_ADDRESS: optionalString,
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('datamag360'),
  TEMPORAL_TLS_CERT: readableFile,
  TEMPORAL_TLS_KEY: readableFile,
  TEMPORAL_TLS_CA: readableFile,
  TEMPORAL_API_KEY: optionalString,
  // A 2-core machine: enough parallel hours to keep SQL busy without thrashing.
  WORKER_MAX_CONCURRENT_ACTIVITIES: count(8),
  // The SDK's own default.
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: count(40),
  WORKER_SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  WORKER_WORKFLOW_BUNDLE: optionalString,
  AZURE_STORAGE_CONNECTION_STRING: optionalString,
  AZURE_STORAGE_SAS_URL: optionalString.pipe(
    url('https://<account>.blob.core.windows.net/<container>?<token>').optional(),
  ),
  AZURE_STORAGE_ACCOUNT_URL: optionalString.pipe(url('https://<account>.blob.core.windows.net').optional()),
  LAKE_CONTAINER: z
    .string()
    .regex(
      /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/,
      'must be a valid container name (3-63 lower-case letters, digits, hyphens)',
    )
    .default('lake'),
  DATABASE_URL: optionalString,
  // The dashboard's own connection (lib/db/reader-url.ts): read-only on PostgreSQL.
  WEB_DATABASE_URL: optionalString,
  DATABASE_READER_PASSWORD: optionalString,
  // The dashboard links each load to its run here; only http(s), so a link can never run script.
  TEMPORAL_UI_URL: z
    .url({ protocol: /^https?$/ })
    .default('http://127.0.0.1:8233')
    .transform((u) => u.replace(/\/+$/, '')),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  SIMULATOR_CHAIN: z
    .enum(SIMULATOR_CHAINS, { error: `must be one of ${SIMULATOR_CHAINS.join(', ')}` })
    .default('reference'),
  API_FAULTS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const rates = parseApiFaults(v);
      if (typeof rates !== 'string') return rates;
      ctx.addIssue({ code: 'custom', message: rates });
      return z.NEVER;
    }),
  API_FAULT_SEED: z.string().trim().min(1, 'must not be empty').default('1'),
  STAFFING_VISITORS_PER_STAFF: z.coerce
    .number({ error: 'must be a positive number of visitors per member of staff and hour' })
    .positive({ error: 'must be a positive number of visitors per member of staff and hour' })
    .default(DEFAULT_STAFFING.visitorsPerStaff),
  STAFFING_MIN_STAFF: z.coerce
    .number({ error: 'must be a whole number of staff from 0 to 1000' })
    .int({ error: 'must be a whole number of staff from 0 to 1000' })
    .min(0, { error: 'must be a whole number of staff from 0 to 1000' })
    .max(1000, { error: 'must be a whole number of staff from 0 to 1000' })
    .default(DEFAULT_STAFFING.minStaff),
  STAFFING_STORE_RATIOS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const ratios = parseStoreRatios(v);
      if (typeof ratios !== 'string') return ratios;
      ctx.addIssue({ code: 'custom', message: ratios });
      return z.NEVER;
    }),
});

export type BlobAuth =
  | { kind: 'connection-string'; connectionString: string; emulator: boolean }
  | { kind: 'sas-url'; url: string }
  | { kind: 'azure-ad'; accountUrl: string };

/** How to reach Temporal securely: mutual TLS (Temporal Cloud's certificates or a self-hosted CA), an API key, or neither. */
export interface TemporalSecurity {
  /** Client certificate and key files (mTLS); the CA file when the server's is not a public one. */
  tls?: { certFile?: string; keyFile?: string; caFile?: string };
  /** A Temporal Cloud API key: sent over TLS, never logged. */
  apiKey?: string;
}

/**
 * Where the worker's workflow code comes from: a bundle cached in `.data/` and rebuilt when the
 * workflow sources are newer (default), a prebuilt file used as it is, or bundled in memory at
 * every start (`none`).
 */
export type WorkflowBundleSource =
  { kind: 'cache'; file: string } | { kind: 'file'; file: string } | { kind: 'none' };

export interface WorkerSettings {
  maxConcurrentActivities: number;
  maxConcurrentWorkflowTasks: number;
  /** How long SIGTERM lets in-flight tasks finish before their activities are cancelled. */
  shutdownGraceMs: number;
  workflowBundle: WorkflowBundleSource;
}

export interface Config {
  apiPort: number;
  webPort: number;
  apiUrl: string;
  temporal: {
    address: string;
    external: boolean;
    namespace: string;
    taskQueue: string;
  } & TemporalSecurity;
  worker: WorkerSettings;
  blob: BlobAuth;
  lakeContainer: string;
  databaseUrl: string;
  /** The dashboard's connection, or why there is none (PostgreSQL without the reader's password). */
  webDatabase: WebDatabase;
  /** The password `npm run migrate` and `npm start` give the read-only role (PostgreSQL). */
  databaseReaderPassword: string | undefined;
  /** Base URL of the Temporal web UI, for the dashboard's links to runs. */
  temporalUiUrl: string;
  /** Where sensor-health alerts are posted as JSON; undefined: alerts are stored, not sent. */
  alertWebhookUrl: string | undefined;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** Which chain the simulator API serves. */
  simulatorChain: SimulatorChain;
  /** Faults the simulator API injects into its data routes; undefined (the default) for none. */
  apiFaults: { rates: ApiFaultRates; seed: string } | undefined;
  /** The staffing plan's visitors-per-staff ratios and minimum (lib/forecast/staffing.ts). */
  staffing: StaffingParams;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULT_SQLITE_FILE = path.join(PROJECT_ROOT, '.data', 'warehouse.sqlite');
export const DEFAULT_WORKFLOW_BUNDLE = path.join(PROJECT_ROOT, '.data', 'workflow-bundle.js');

function workflowBundleSource(value: string | undefined): WorkflowBundleSource {
  if (value === undefined) return { kind: 'cache', file: DEFAULT_WORKFLOW_BUNDLE };
  if (value === 'none') return { kind: 'none' };
  const file = path.resolve(value);
  if (!fs.existsSync(file)) {
    throw new ConfigError(
      `invalid configuration:\n  WORKER_WORKFLOW_BUNDLE: ${file} does not exist (a prebuilt bundle, or "none")`,
    );
  }
  return { kind: 'file', file };
}

function temporalSecurity(e: z.infer<typeof schema>): TemporalSecurity {
  if ((e.TEMPORAL_TLS_CERT === undefined) !== (e.TEMPORAL_TLS_KEY === undefined)) {
    throw new ConfigError('invalid configuration: TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together');
  }
  const tls =
    e.TEMPORAL_TLS_CERT || e.TEMPORAL_TLS_CA
      ? {
          ...(e.TEMPORAL_TLS_CERT ? { certFile: e.TEMPORAL_TLS_CERT, keyFile: e.TEMPORAL_TLS_KEY } : {}),
          ...(e.TEMPORAL_TLS_CA ? { caFile: e.TEMPORAL_TLS_CA } : {}),
        }
      : undefined;
  return { ...(tls ? { tls } : {}), ...(e.TEMPORAL_API_KEY ? { apiKey: e.TEMPORAL_API_KEY } : {}) };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const blobChoices = [
    e.AZURE_STORAGE_CONNECTION_STRING,
    e.AZURE_STORAGE_SAS_URL,
    e.AZURE_STORAGE_ACCOUNT_URL,
  ].filter(Boolean);
  if (blobChoices.length > 1) {
    throw new ConfigError(
      'invalid configuration: set only one of AZURE_STORAGE_CONNECTION_STRING, AZURE_STORAGE_SAS_URL, AZURE_STORAGE_ACCOUNT_URL',
    );
  }
  let blob: BlobAuth;
  if (e.AZURE_STORAGE_SAS_URL) blob = { kind: 'sas-url', url: e.AZURE_STORAGE_SAS_URL };
  else if (e.AZURE_STORAGE_ACCOUNT_URL) blob = { kind: 'azure-ad', accountUrl: e.AZURE_STORAGE_ACCOUNT_URL };
  else if (e.AZURE_STORAGE_CONNECTION_STRING) {
    if (!/AccountName=|BlobEndpoint=|UseDevelopmentStorage=true/i.test(e.AZURE_STORAGE_CONNECTION_STRING)) {
      throw new ConfigError(
        'invalid configuration: AZURE_STORAGE_CONNECTION_STRING is not an Azure Storage connection string',
      );
    }
    blob = {
      kind: 'connection-string',
      connectionString: e.AZURE_STORAGE_CONNECTION_STRING,
      emulator: false,
    };
  } else {
    blob = { kind: 'connection-string', connectionString: azuriteConnectionString(), emulator: true };
  }
  const databaseUrl = e.DATABASE_URL ?? `sqlite:${DEFAULT_SQLITE_FILE}`;
  return {
    apiPort: e.API_PORT,
    webPort: e.WEB_PORT,
    apiUrl: (e.API_URL ?? `http://127.0.0.1:${e.API_PORT}`).replace(/\/$/, ''),
    temporal: {
      address: e.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
      external: e.TEMPORAL_ADDRESS !== undefined,
      namespace: e.TEMPORAL_NAMESPACE,
      taskQueue: e.TEMPORAL_TASK_QUEUE,
      ...temporalSecurity(e),
    },
    worker: {
      maxConcurrentActivities: e.WORKER_MAX_CONCURRENT_ACTIVITIES,
      maxConcurrentWorkflowTasks: e.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
      shutdownGraceMs: e.WORKER_SHUTDOWN_GRACE_SECONDS * 1000,
      workflowBundle: workflowBundleSource(e.WORKER_WORKFLOW_BUNDLE),
    },
    blob,
    lakeContainer: e.LAKE_CONTAINER,
    databaseUrl,
    webDatabase: webDatabase(databaseUrl, e.WEB_DATABASE_URL, e.DATABASE_READER_PASSWORD),
    databaseReaderPassword: e.DATABASE_READER_PASSWORD,
    temporalUiUrl: e.TEMPORAL_UI_URL,
    alertWebhookUrl: e.ALERT_WEBHOOK_URL,
    logLevel: e.LOG_LEVEL,
    simulatorChain: e.SIMULATOR_CHAIN,
    apiFaults: e.API_FAULTS && { rates: e.API_FAULTS, seed: e.API_FAULT_SEED },
    staffing: {
      visitorsPerStaff: e.STAFFING_VISITORS_PER_STAFF,
      minStaff: e.STAFFING_MIN_STAFF,
      byStore: e.STAFFING_STORE_RATIOS,
    },
  };
}
