/**
 * SvelteKit resolves paths from the process cwd, which is the repo root when the root
 * scripts run `vite --config web/vite.config.ts`; absolute paths keep the app in web/
 * whichever directory Vite, svelte-check or `svelte-kit sync` start from.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import adapter from '@sveltejs/adapter-node';

const here = path.dirname(fileURLToPath(import.meta.url));

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    adapter: adapter({ out: path.join(here, 'build') }),
    outDir: path.join(here, '.svelte-kit'),
    files: {
      src: path.join(here, 'src'),
      assets: path.join(here, 'static'),
    },
  },
};

export default config;
