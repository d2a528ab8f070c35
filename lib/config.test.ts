import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_WORKFLOW_BUNDLE, loadConfig } from './config.ts';
import { describeTemporalSecurity, temporalConnectOptions } from './temporal-connection.ts';

describe('loadConfig', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c.apiPort).toBe(3000);
    expect(c.webPort).toBe(5173);
    expect(c.apiUrl).toBe('http://127.0.0.1:3000');
    expect(c.temporal).toEqual({
      address: '127.0.0.1:7233',
      external: false,
      namespace: 'default',
      taskQueue: 'datamag360',
    });
    expect(c.blob).toMatchObject({ kind: 'connection-string', emulator: true });
    expect(c.databaseUrl).toMatch(/^sqlite:.*\.data\/warehouse\.sqlite$/);
  });

  it('uses external services when configured', () => {
    const c = loadConfig({
      TEMPORAL_ADDRESS: 'temporal.internal:7233',
      AZURE_STORAGE_ACCOUNT_URL: 'https://acct.blob.core.windows.net',
      DATABASE_URL: 'postgres://u@db/x',
      API_PORT: '4000',
    });
    expect(c.temporal.external).toBe(true);
    expect(c.blob).toEqual({ kind: 'azure-ad', accountUrl: 'https://acct.blob.core.windows.net' });
    expect(c.databaseUrl).toBe('postgres://u@db/x');
    expect(c.apiUrl).toBe('http://127.0.0.1:4000');
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ API_PORT: 'eighty', LAKE_CONTAINER: 'Bad_Name' })).toThrow(
      /API_PORT[\s\S]*LAKE_CONTAINER/,
    );
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
  });

  it('chooses the simulated chain: reference by default, world on demand, nothing else', () => {
    expect(loadConfig({}).simulatorChain).toBe('reference');
    expect(loadConfig({ SIMULATOR_CHAIN: 'world' }).simulatorChain).toBe('world');
    expect(() => loadConfig({ SIMULATOR_CHAIN: 'World' })).toThrow(
      'SIMULATOR_CHAIN: must be one of reference, world',
    );
  });

  it('links to the Temporal UI at TEMPORAL_UI_URL, http(s) only', () => {
    expect(loadConfig({}).temporalUiUrl).toBe('http://127.0.0.1:8233');
    expect(loadConfig({ TEMPORAL_UI_URL: 'https://temporal.example.com/ui/' }).temporalUiUrl).toBe(
      'https://temporal.example.com/ui',
    );
    expect(() => loadConfig({ TEMPORAL_UI_URL: 'javascript:alert(1)' })).toThrow('TEMPORAL_UI_URL');
  });

  it('posts alerts to ALERT_WEBHOOK_URL when set, http(s) only, none by default', () => {
    expect(loadConfig({}).alertWebhookUrl).toBeUndefined();
    expect(loadConfig({ ALERT_WEBHOOK_URL: ' ' }).alertWebhookUrl).toBeUndefined();
    expect(loadConfig({ ALERT_WEBHOOK_URL: 'https://hooks.example.com/a?b=1' }).alertWebhookUrl).toBe(
      'https://hooks.example.com/a?b=1',
    );
    expect(() => loadConfig({ ALERT_WEBHOOK_URL: 'hooks.example.com' })).toThrow(
      'ALERT_WEBHOOK_URL: must be a URL such as https://hooks.example.com/datamag',
    );
  });

  it('refuses ambiguous or malformed blob settings', () => {
    expect(() =>
      loadConfig({
        AZURE_STORAGE_CONNECTION_STRING: 'AccountName=a;',
        AZURE_STORAGE_SAS_URL: 'https://a/?sig=x',
      }),
    ).toThrow('set only one of');
    expect(() => loadConfig({ AZURE_STORAGE_CONNECTION_STRING: 'hello' })).toThrow(
      'not an Azure Storage connection string',
    );
  });

  it('takes the worker options from the environment, with defaults for a small machine', () => {
    expect(loadConfig({}).worker).toEqual({
      maxConcurrentActivities: 8,
      maxConcurrentWorkflowTasks: 40,
      shutdownGraceMs: 30_000,
      workflowBundle: { kind: 'cache', file: DEFAULT_WORKFLOW_BUNDLE },
    });
    const c = loadConfig({
      WORKER_MAX_CONCURRENT_ACTIVITIES: '2',
      WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '5',
      WORKER_SHUTDOWN_GRACE_SECONDS: '0',
      WORKER_WORKFLOW_BUNDLE: 'none',
    });
    expect(c.worker).toEqual({
      maxConcurrentActivities: 2,
      maxConcurrentWorkflowTasks: 5,
      shutdownGraceMs: 0,
      workflowBundle: { kind: 'none' },
    });
    expect(() =>
      loadConfig({ WORKER_MAX_CONCURRENT_ACTIVITIES: '0', WORKER_SHUTDOWN_GRACE_SECONDS: 'soon' }),
    ).toThrow(/WORKER_MAX_CONCURRENT_ACTIVITIES[\s\S]*WORKER_SHUTDOWN_GRACE_SECONDS/);
    expect(() => loadConfig({ WORKER_WORKFLOW_BUNDLE: '/nowhere/bundle.js' })).toThrow(
      'WORKER_WORKFLOW_BUNDLE: /nowhere/bundle.js does not exist',
    );
  });

  describe('Temporal security', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-tls-'));
    const cert = path.join(dir, 'client.pem');
    const key = path.join(dir, 'client.key');
    fs.writeFileSync(cert, 'CERT');
    fs.writeFileSync(key, 'KEY');

    it('connects in plaintext by default', () => {
      const c = loadConfig({});
      expect(temporalConnectOptions(c.temporal)).toEqual({ address: '127.0.0.1:7233' });
      expect(describeTemporalSecurity(c.temporal)).toBe('plaintext');
    });

    it('reads the mTLS certificate pair from the files named', () => {
      const c = loadConfig({ TEMPORAL_TLS_CERT: cert, TEMPORAL_TLS_KEY: key });
      expect(temporalConnectOptions(c.temporal)).toEqual({
        address: '127.0.0.1:7233',
        tls: { clientCertPair: { crt: Buffer.from('CERT'), key: Buffer.from('KEY') } },
      });
      expect(describeTemporalSecurity(c.temporal)).toBe(`mTLS (${cert})`);
    });

    it('sends an API key over TLS and never describes the key itself', () => {
      const c = loadConfig({ TEMPORAL_API_KEY: 'secret-key-123' });
      expect(temporalConnectOptions(c.temporal)).toEqual({
        address: '127.0.0.1:7233',
        tls: {},
        apiKey: 'secret-key-123', // pragma: allowlist secret
      });
      expect(describeTemporalSecurity(c.temporal)).toBe('TLS + API key');
    });

    it('refuses half a certificate pair or an unreadable file', () => {
      expect(() => loadConfig({ TEMPORAL_TLS_CERT: cert })).toThrow(
        'TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together',
      );
      expect(() => loadConfig({ TEMPORAL_TLS_CERT: cert, TEMPORAL_TLS_KEY: dir })).toThrow(
        'TEMPORAL_TLS_KEY: must be the path of a readable file',
      );
    });
  });

  it('takes the staffing ratios from the environment, documented defaults otherwise, every mistake named', () => {
    expect(loadConfig({}).staffing).toEqual({ visitorsPerStaff: 25, minStaff: 2, byStore: new Map() });
    expect(
      loadConfig({
        STAFFING_VISITORS_PER_STAFF: '30',
        STAFFING_MIN_STAFF: '1',
        STAFFING_STORE_RATIOS: '3=18',
      }).staffing,
    ).toEqual({ visitorsPerStaff: 30, minStaff: 1, byStore: new Map([[3, 18]]) });
    expect(() => loadConfig({ STAFFING_VISITORS_PER_STAFF: '0' })).toThrow(
      'STAFFING_VISITORS_PER_STAFF: must be a positive number of visitors per member of staff and hour',
    );
    expect(() => loadConfig({ STAFFING_MIN_STAFF: '1.5' })).toThrow(
      'STAFFING_MIN_STAFF: must be a whole number',
    );
    expect(() => loadConfig({ STAFFING_STORE_RATIOS: '3:18' })).toThrow(
      'STAFFING_STORE_RATIOS: "3:18" is not STORE=RATIO',
    );
  });

  it('turns API_FAULTS into fault rates: off by default, every mistake named', () => {
    expect(loadConfig({}).apiFaults).toBeUndefined();
    expect(loadConfig({ API_FAULTS: 'off' }).apiFaults).toBeUndefined();
    expect(loadConfig({ API_FAULTS: 'error:0' }).apiFaults).toBeUndefined();
    expect(loadConfig({ API_FAULTS: 'error:0.05, timeout:0.02', API_FAULT_SEED: '7' }).apiFaults).toEqual({
      rates: { error: 0.05, timeout: 0.02, slow: 0, truncate: 0, malformed: 0 },
      seed: '7',
    });
    const bad: [string, string][] = [
      [
        'oops:0.1',
        'API_FAULTS: unknown fault "oops" in "oops:0.1": expected kind:rate with kind one of error, timeout, slow, truncate, malformed',
      ],
      ['error', 'API_FAULTS: fault "error": the rate must be a number from 0 to 1 (e.g. error:0.05)'],
      ['slow:5%', 'API_FAULTS: fault "slow:5%": the rate must be a number from 0 to 1 (e.g. slow:0.05)'],
      ['slow:1.5', 'the rate must be a number from 0 to 1'],
      ['error:0.1,error:0.2', 'API_FAULTS: fault "error" given twice'],
      ['error:0.6,slow:0.6', 'API_FAULTS: the fault rates add up to 1.2, more than 1'],
    ];
    for (const [spec, message] of bad) expect(() => loadConfig({ API_FAULTS: spec }), spec).toThrow(message);
    expect(() => loadConfig({ API_FAULT_SEED: ' ' })).toThrow('API_FAULT_SEED: must not be empty');
  });

  // The messages docs/reliability.md lists under "Bad input": each names the variable and what it takes.
  it.each([
    [{ API_PORT: 'eighty' }, 'API_PORT: must be a port number from 1 to 65535'],
    [{ API_PORT: '70000' }, 'API_PORT: must be a port number from 1 to 65535'],
    [{ WEB_PORT: '1.5' }, 'WEB_PORT: must be a port number from 1 to 65535'],
    [{ API_URL: 'localhost:3000' }, 'API_URL: must be a URL such as http://127.0.0.1:3000'],
    [
      { AZURE_STORAGE_SAS_URL: 'nope' },
      'AZURE_STORAGE_SAS_URL: must be a URL such as https://<account>.blob.core.windows.net/<container>?<token>',
    ],
    [
      { AZURE_STORAGE_ACCOUNT_URL: 'acct' },
      'AZURE_STORAGE_ACCOUNT_URL: must be a URL such as https://<account>.blob.core.windows.net',
    ],
    [
      { AZURE_STORAGE_CONNECTION_STRING: 'Server=db;Password=x' },
      'AZURE_STORAGE_CONNECTION_STRING is not an Azure Storage connection string',
    ],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent'],
    [
      { LAKE_CONTAINER: 'Bad_Name' },
      'LAKE_CONTAINER: must be a valid container name (3-63 lower-case letters, digits, hyphens)',
    ],
  ])('refuses %o with a plain message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
    expect(() => loadConfig(env)).toThrow(ConfigError);
  });
});
