/**
 * The options that reach a Temporal frontend, shared by the worker's NativeConnection and the
 * clients' Connection (both accept this shape): plain on a local dev server, mutual TLS or an
 * API key (over TLS) for Temporal Cloud or a secured self-hosted cluster.
 */
import fs from 'node:fs';
import type { Config } from './config.ts';

export interface TemporalConnectOptions {
  address: string;
  tls?: {
    clientCertPair?: { crt: Buffer; key: Buffer };
    serverRootCACertificate?: Buffer;
  };
  apiKey?: string;
}

export function temporalConnectOptions(temporal: Config['temporal']): TemporalConnectOptions {
  const { tls, apiKey } = temporal;
  // An API key is a bearer secret: Temporal Cloud only accepts it over TLS, and so do we.
  const secured = tls !== undefined || apiKey !== undefined;
  return {
    address: temporal.address,
    ...(secured
      ? {
          tls: {
            ...(tls?.certFile && tls.keyFile
              ? { clientCertPair: { crt: fs.readFileSync(tls.certFile), key: fs.readFileSync(tls.keyFile) } }
              : {}),
            ...(tls?.caFile ? { serverRootCACertificate: fs.readFileSync(tls.caFile) } : {}),
          },
        }
      : {}),
    ...(apiKey ? { apiKey } : {}),
  };
}

/** How the connection is secured, for start-up lines: never the key itself. */
export function describeTemporalSecurity(temporal: Config['temporal']): string {
  const parts = [
    ...(temporal.tls?.certFile
      ? [`mTLS (${temporal.tls.certFile})`]
      : temporal.tls || temporal.apiKey
        ? ['TLS']
        : []),
    ...(temporal.apiKey ? ['API key'] : []),
  ];
  return parts.length ? parts.join(' + ') : 'plaintext';
}
