// SvelteKit reads its config from the cwd, which is the repo root for the root npm scripts
// (including its post-build workers); the app and its real config live in web/.
export { default } from './web/svelte.config.js';
