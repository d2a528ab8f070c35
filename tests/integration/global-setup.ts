/**
 * Starts the real services once for the integration suite: the Temporal dev server
 * (unless TEMPORAL_ADDRESS points at one) and Azurite (unless
 * AZURE_STORAGE_CONNECTION_STRING points at a real account).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { azuriteConnectionString } from '../../lib/config.ts';
import {
  startAzurite,
  startOnFreePorts,
  startTemporalDevServer,
  type RunningService,
} from '../../scripts/services.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalAddress: string;
    blobConnectionString: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const running: RunningService[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-it-'));
  try {
    let temporalAddress = process.env.TEMPORAL_ADDRESS;
    if (!temporalAddress) {
      const port = await startOnFreePorts(2, async ([port, uiPort]) => {
        running.push(
          await startTemporalDevServer({ port: port!, uiPort, logFile: path.join(dir, 'temporal.log') }),
        );
        return port!;
      });
      temporalAddress = `127.0.0.1:${port}`;
    }
    let blob = process.env.AZURE_STORAGE_CONNECTION_STRING;
    if (!blob) {
      const port = await startOnFreePorts(1, async ([port]) => {
        running.push(
          await startAzurite({
            port: port!,
            dataDir: path.join(dir, 'azurite'),
            logFile: path.join(dir, 'azurite.log'),
          }),
        );
        return port!;
      });
      blob = azuriteConnectionString(port);
    }
    project.provide('temporalAddress', temporalAddress);
    project.provide('blobConnectionString', blob);
  } catch (err) {
    await Promise.all(running.map((s) => s.stop()));
    throw err;
  }
  return async () => {
    await Promise.all(running.map((s) => s.stop()));
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
