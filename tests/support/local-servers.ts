/**
 * HTTP apps on free local ports for a test file: each listens on 127.0.0.1, and all are closed
 * (open connections dropped first, so a held one cannot keep the file waiting) after its tests.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { afterAll } from 'vitest';

export interface Listening {
  server: Server;
  /** http://127.0.0.1:<port> */
  url: string;
}

/** Call at the top of a test file; the returned function starts one app. */
export function localServers(): (app: Express) => Promise<Listening> {
  const servers: Server[] = [];
  afterAll(async () => {
    for (const s of servers) s.closeAllConnections();
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });
  return async (app) => {
    const server = await new Promise<Server>((resolve) => {
      const s: Server = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    servers.push(server);
    return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  };
}
