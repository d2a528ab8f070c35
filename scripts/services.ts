/**
 * Local stand-ins for the cloud services, run as child processes: the Temporal dev server
 * (with its UI) and Azurite. Used by `npm start` and the integration tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../lib/config.ts';
import { CUSTOM_SEARCH_ATTRIBUTES } from '../lib/search-attributes.ts';

export interface RunningService {
  name: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The Temporal CLI installed by scripts/install-temporal.sh, or TEMPORAL_CLI, or one on PATH. */
export function temporalCliPath(): string {
  if (process.env.TEMPORAL_CLI) return process.env.TEMPORAL_CLI;
  const local = path.join(PROJECT_ROOT, '.tools', 'bin', 'temporal');
  if (fs.existsSync(local)) return local;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'temporal');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  throw new Error('Temporal CLI not found: run `bash scripts/install-temporal.sh` (or set TEMPORAL_ADDRESS)');
}

export async function waitForPort(port: number, host = '127.0.0.1', timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${host}:${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function freePort(): Promise<number> {
  return (await freePorts(1))[0]!;
}

/**
 * `count` ports free now, all different: each is held until all are chosen, where one
 * freePort() after another could be given a port just released.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: net.Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = net.createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
    }
    return servers.map((s) => (s.address() as net.AddressInfo).port);
  } finally {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  }
}

/** A service that exited before listening: on a port chosen free, most often one taken since. */
export class ExitedBeforeListening extends Error {}

/**
 * Starts a service on `count` ports chosen free, on new ones when it exits before listening:
 * another process can bind a port between its choice and the service's start.
 */
export async function startOnFreePorts<T>(
  count: number,
  start: (ports: number[]) => Promise<T>,
  attempts = 3,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePorts(count));
    } catch (err) {
      if (!(err instanceof ExitedBeforeListening) || attempt >= attempts) throw err;
    }
  }
}

/** SIGTERM, then SIGKILL if the child has not exited after a grace period. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function launch(name: string, command: string, args: string[], logFile: string | undefined): ChildProcess {
  const out = logFile ? fs.openSync(logFile, 'a') : 'ignore';
  const child = spawn(command, args, { stdio: ['ignore', out, out] });
  child.on('error', (err) => console.error(`${name} failed to start: ${err.message}`));
  return child;
}

async function started(name: string, child: ChildProcess, port: number, timeoutMs: number): Promise<void> {
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(new ExitedBeforeListening(`${name} exited with code ${code} before listening on ${port}`)),
    ),
  );
  await Promise.race([waitForPort(port, '127.0.0.1', timeoutMs), exited]);
}

export async function startAzurite(opts: {
  port: number;
  dataDir: string;
  logFile?: string;
}): Promise<RunningService> {
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const bin = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'azurite-blob');
  // --skipApiVersionCheck: the SDK speaks newer API versions than Azurite announces;
  // --disableTelemetry: telemetry would try the network; --loose: accept unknown headers.
  const args = ['--blobHost', '127.0.0.1', '--blobPort', String(opts.port), '--location', opts.dataDir];
  args.push('--skipApiVersionCheck', '--disableTelemetry', '--loose', '--silent');
  const child = launch('azurite', bin, args, opts.logFile);
  await started('azurite', child, opts.port, 60_000);
  return { name: 'azurite', process: child, stop: () => stopChild(child) };
}

export async function startTemporalDevServer(opts: {
  port: number;
  /** The Web UI's port; none when omitted (tests do not need it). */
  uiPort?: number;
  dbFile?: string;
  logFile?: string;
}): Promise<RunningService> {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(opts.port)];
  args.push(...(opts.uiPort === undefined ? ['--headless'] : ['--ui-port', String(opts.uiPort)]));
  args.push('--log-level', 'warn');
  // The pipeline's custom search attributes (lib/search-attributes.ts), so runs filter by data time.
  for (const { name, type } of CUSTOM_SEARCH_ATTRIBUTES) args.push('--search-attribute', `${name}=${type}`);
  if (opts.dbFile) {
    fs.mkdirSync(path.dirname(opts.dbFile), { recursive: true });
    args.push('--db-filename', opts.dbFile);
  }
  const child = launch('temporal', temporalCliPath(), args, opts.logFile);
  await started('temporal', child, opts.port, 90_000);
  if (opts.uiPort !== undefined) await waitForPort(opts.uiPort, '127.0.0.1', 60_000);
  return { name: 'temporal', process: child, stop: () => stopChild(child) };
}
