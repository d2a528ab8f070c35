import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { loadConfig } from '../lib/config.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { webPort } = loadConfig(process.env);

export default defineConfig({
  // Reads web/svelte.config.js through the root svelte.config.js (SvelteKit looks in the cwd).
  plugins: [sveltekit()],
  server: {
    port: webPort,
    strictPort: true,
    // The server modules import the shared warehouse code from the repo's lib/.
    fs: { allow: [repoRoot] },
  },
  preview: { port: webPort, strictPort: true },
  ssr: {
    // Native drivers and knex's optional dialect requires cannot be bundled; load them from node_modules.
    external: ['knex', 'better-sqlite3', 'pg', 'tedious'],
  },
});
