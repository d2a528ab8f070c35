/**
 * Configuration comes from the environment only, validated once at start-up so a
 * typo fails fast with a message naming the variable, not deep inside a workflow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const schema = z.object({
  API_PORT: port(3000),
  WEB_PORT: port(5173),
  API_URL: z.url().optional(),
  TEMPORAL_ADDRESS: optionalString,
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('datamag360'),
  AZURE_STORAGE_CONNECTION_STRING: optionalString,
  AZURE_STORAGE_SAS_URL: optionalString.pipe(z.url().optional()),
  AZURE_STORAGE_ACCOUNT_URL: optionalString.pipe(z.url().optional()),
  LAKE_CONTAINER: z
    .string()
    .regex(
      /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/,
      'must be a valid container name (3-63 lower-case letters, digits, hyphens)',
    )
    .default('lake'),
  DATABASE_URL: optionalString,
  // The dashboard links each load to its run here; only http(s), so a link can never run script.
  TEMPORAL_UI_URL: z
    .url({ protocol: /^https?$/ })
    .default('http://127.0.0.1:8233')
    .transform((u) => u.replace(/\/+$/, '')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SIMULATOR_CHAIN: z
    .enum(SIMULATOR_CHAINS, { error: `must be one of ${SIMULATOR_CHAINS.join(', ')}` })
    .default('reference'),
});

export type BlobAuth =
  | { kind: 'connection-string'; connectionString: string; emulator: boolean }
  | { kind: 'sas-url'; url: string }
  | { kind: 'azure-ad'; accountUrl: string };

export interface Config {
  apiPort: number;
  webPort: number;
  apiUrl: string;
  temporal: { address: string; external: boolean; namespace: string; taskQueue: string };
  blob: BlobAuth;
  lakeContainer: string;
  databaseUrl: string;
  /** Base URL of the Temporal web UI, for the dashboard's links to runs. */
  temporalUiUrl: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** Which chain the simulator API serves. */
  simulatorChain: SimulatorChain;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULT_SQLITE_FILE = path.join(PROJECT_ROOT, '.data', 'warehouse.sqlite');

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
  return {
    apiPort: e.API_PORT,
    webPort: e.WEB_PORT,
    apiUrl: (e.API_URL ?? `http://127.0.0.1:${e.API_PORT}`).replace(/\/$/, ''),
    temporal: {
      address: e.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
      external: e.TEMPORAL_ADDRESS !== undefined,
      namespace: e.TEMPORAL_NAMESPACE,
      taskQueue: e.TEMPORAL_TASK_QUEUE,
    },
    blob,
    lakeContainer: e.LAKE_CONTAINER,
    databaseUrl: e.DATABASE_URL ?? `sqlite:${DEFAULT_SQLITE_FILE}`,
    temporalUiUrl: e.TEMPORAL_UI_URL,
    logLevel: e.LOG_LEVEL,
    simulatorChain: e.SIMULATOR_CHAIN,
  };
}
