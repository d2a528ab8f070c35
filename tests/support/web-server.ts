/**
 * The dashboard as analysts get it, for browser tests: the production build (`node web/build`)
 * on a free port, reading the warehouse at a given URL.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../lib/config.ts';
import { ExitedBeforeListening, startOnFreePorts } from '../../scripts/services.ts';

export interface WebServer {
  url: string;
  process: ChildProcess;
  /** What the server printed, stdout and stderr interleaved. */
  output: string[];
}

/** Builds web/ into web/build (the browser suite's global setup does it once per run). */
export async function buildDashboard(): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts'],
    { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
}

/**
 * Starts the built dashboard on `databaseUrl`, on a free port (another if the port was taken
 * meanwhile); throws with its output if it does not listen within 20 s.
 */
export function startServer(databaseUrl: string, env: Record<string, string> = {}): Promise<WebServer> {
  return startOnFreePorts(1, ([port]) => startServerOn(port!, databaseUrl, env));
}

async function startServerOn(
  port: number,
  databaseUrl: string,
  env: Record<string, string>,
): Promise<WebServer> {
  const child = spawn(process.execPath, ['web/build'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout.on('data', (b: Buffer) => output.push(b.toString()));
  child.stderr.on('data', (b: Buffer) => output.push(b.toString()));
  const closed = new Promise((r) => child.once('close', r));
  // Its own line, not an answer on the port: that could come from a process that took the port.
  const listening = () => output.join('').includes('Listening on ');
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && child.exitCode === null && !listening())
    await new Promise((r) => setTimeout(r, 100));
  if (listening()) return { url: `http://127.0.0.1:${port}`, process: child, output };
  if (child.exitCode === null) child.kill();
  else await closed;
  const text = output.join('');
  if (text.includes('EADDRINUSE'))
    throw new ExitedBeforeListening(`web server found port ${port} taken:\n${text}`);
  throw new Error(`web server did not start:\n${text}`);
}

export async function stopServer(server: WebServer | undefined): Promise<void> {
  if (!server || server.process.exitCode !== null) return;
  const exited = new Promise((r) => server.process.once('exit', r));
  server.process.kill('SIGTERM');
  await exited;
}
