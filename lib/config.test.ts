import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

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
});
