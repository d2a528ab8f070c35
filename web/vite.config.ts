import path from 'node:path';
import { fileURLToPath } from 'node:url';
import adapter from '@sveltejs/adapter-node';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { loadConfig } from '#lib/config.ts';

// The app lives in web/ (its own Vite root) inside the repository, whose package.json
// `imports` map `#lib/*` to the shared lib/ and `#web/*` to this app's src/lib/.
const webRoot = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(webRoot, '..');
const { webPort } = loadConfig(process.env);

export default defineConfig({
  root: webRoot,
  plugins: [
    // Compiles web/messages/*.json into typed message functions (docs/decisions/0014). The output
    // is committed so type checks and unit tests need no build first; every build refreshes it.
    paraglideVitePlugin({
      project: path.join(webRoot, 'project.inlang'),
      outdir: path.join(webRoot, 'src/lib/paraglide'),
      // ?lang= in the URL (shareable), then the cookie the server sets from it, then French.
      strategy: ['custom-query', 'cookie', 'baseLocale'],
      // One module per locale in every mode: the committed output is then what any build writes
      // (the plugin otherwise writes one module per message in production builds only).
      outputStructure: 'locale-modules',
      emitGitIgnore: false,
      emitPrettierIgnore: false,
    }),
    sveltekit({ adapter: adapter({ out: path.join(webRoot, 'build') }) }),
  ],
  server: {
    port: webPort,
    strictPort: true,
    // Server modules import the shared warehouse code from the repository's lib/.
    fs: { allow: [repoRoot] },
  },
  preview: { port: webPort, strictPort: true },
  ssr: {
    // Native drivers and knex's optional dialect requires cannot be bundled; load them from node_modules.
    external: ['knex', 'better-sqlite3', 'pg', 'tedious'],
  },
});
