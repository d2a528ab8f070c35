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
        apiKey: 'secret-key-123',
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
});
