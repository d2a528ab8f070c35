import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORKER_ENV, WORKER_NODE_FLAGS } from './node-flags.ts';

describe('the worker launch settings', () => {
  // `npm run worker` spells them in package.json, which cannot import them: keep the two in step.
  it('are the ones `npm run worker` passes', () => {
    const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const words = pkg.scripts.worker!.split(/\s+/);
    for (const flag of WORKER_NODE_FLAGS) expect(words).toContain(flag);
    for (const [name, value] of Object.entries(WORKER_ENV)) expect(words).toContain(`${name}=${value}`);
    expect(words.at(-1)).toBe('worker/main.ts');
  });
});
