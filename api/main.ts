/**
 * Starts the simulator API on API_PORT. API_RATE_LIMIT=off disables the per-client limit
 * (local runs); a number sets the requests allowed per client and minute. SIMULATOR_CHAIN
 * picks the chain served (reference, world); `--stores N --sensors-per-store M` serves a
 * synthetic chain of that size instead (scale tests).
 */
import http from 'node:http';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { z } from 'zod';
import { ConfigError, loadConfig, type Config } from '../lib/config.ts';
import { createApp, DEFAULT_RATE_LIMIT } from './app.ts';
import { CHAINS, generateChain } from './model/index.ts';

const SHUTDOWN_GRACE_MS = 10_000;

const apiEnv = z.object({
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_RATE_LIMIT: z
    .union([z.literal('off'), z.coerce.number().int().positive()], {
      error: 'API_RATE_LIMIT must be "off" or a positive integer (requests per client and minute)',
    })
    .optional(),
});

function main(): void {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(2);
  }
  // Asynchronous writes: under load, lines written while a write is in flight go out together.
  const logger = pino({ level: config.logLevel }, pino.destination({ dest: 1, sync: false }));
  const env = apiEnv.safeParse(process.env);
  if (!env.success) {
    logger.fatal(env.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    process.exit(2);
  }
  let chain = CHAINS[config.simulatorChain];
  let chainName: string = config.simulatorChain;
  try {
    const { values } = parseArgs({
      options: { stores: { type: 'string' }, 'sensors-per-store': { type: 'string' } },
    });
    if (values.stores !== undefined || values['sensors-per-store'] !== undefined) {
      if (config.simulatorChain !== 'reference') {
        throw new Error(`--stores builds a synthetic chain: unset SIMULATOR_CHAIN=${config.simulatorChain}`);
      }
      chainName = 'synthetic';
      chain = generateChain({
        stores: Number(values.stores ?? 10),
        sensorsPerStore: Number(values['sensors-per-store'] ?? 8),
      });
    }
  } catch (err) {
    logger.fatal(`invalid arguments: ${(err as Error).message} (usage: --stores N --sensors-per-store M)`);
    process.exit(2);
  }
  const limit = env.data.API_RATE_LIMIT;
  const app = createApp({
    logger,
    chain,
    httpFaults: config.apiFaults,
    rateLimit:
      limit === 'off' ? false : limit === undefined ? DEFAULT_RATE_LIMIT : { windowMs: 60_000, limit },
  });

  const server = http.createServer({ maxHeaderSize: 16_384, requestTimeout: 30_000 }, app);
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  server.listen(config.apiPort, env.data.API_HOST, () => {
    logger.info(
      {
        url: `http://${env.data.API_HOST}:${config.apiPort}`,
        chain: chainName,
        stores: chain.stores.length,
        rateLimit: limit ?? DEFAULT_RATE_LIMIT.limit,
        ...(config.apiFaults && { faults: config.apiFaults }),
      },
      `API listening on http://${env.data.API_HOST}:${config.apiPort} (docs at /docs)`,
    );
  });
  server.on('error', (err) => {
    logger.fatal({ err }, 'API server error');
    process.exit(1);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    server.close(() => {
      logger.info('API stopped');
      logger.flush();
      process.exit(0);
    });
    server.closeIdleConnections();
    // Keep-alive clients that never go idle must not hold the process forever.
    setTimeout(() => {
      logger.warn('grace period over: closing remaining connections');
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main();
