/**
 * Helmet's security headers, computed once at start-up instead of by its chain of twelve
 * middlewares on every request. With its default options helmet sets the same static values on
 * every response, so running it once against a recording response gives the exact header set
 * (names, values and order), and the per-request cost becomes one setHeader loop.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

export type HeaderList = readonly (readonly [name: string, value: string])[];

/** The headers helmet(options) sets; throws if they could depend on the request. */
export function securityHeaders(options?: HelmetOptions): HeaderList {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader(name: string, value: unknown) {
      if (typeof value !== 'string') throw new Error(`helmet header ${name} is not a static string`);
      headers.push([name, value]);
      return recorder;
    },
    // X-Powered-By: the app never sets it (Express's own header is disabled).
    removeHeader() {},
  };
  let done = false;
  // CSP directives given as functions would be called with the request: there is none here.
  const request = new Proxy({} as IncomingMessage, {
    get() {
      throw new Error('helmet options read the request: its headers cannot be precomputed');
    },
  });
  helmet(options)(request, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  if (!done) throw new Error('helmet did not finish synchronously: its headers cannot be precomputed');
  return headers;
}

export function setHeaders(res: ServerResponse, headers: HeaderList): void {
  for (let i = 0; i < headers.length; i++) res.setHeader(headers[i]![0], headers[i]![1]);
}
