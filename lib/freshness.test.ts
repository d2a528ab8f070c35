import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isUpToDate, newestMtimeMs } from './freshness.ts';

describe('build freshness', () => {
  let dir: string;
  // One clock reading for the files and the check: a second reading later on a loaded machine
  // would put the newest file more than 50 s ago.
  let now: number;
  const touch = (rel: string, secondsAgo: number) => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, rel);
    const t = new Date(now - secondsAgo * 1000);
    fs.utimesSync(file, t, t);
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm360-fresh-'));
    now = Date.now();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('walks folders for the newest file, skipping the names it is told to', () => {
    touch('src/a.ts', 100);
    touch('src/deep/b.ts', 50);
    touch('src/node_modules/c.ts', 1);
    const newest = newestMtimeMs([path.join(dir, 'src')], (n) => n === 'node_modules');
    expect(Math.round((now - newest) / 1000)).toBe(50);
  });

  it('says a missing output or one older than a source is not up to date', () => {
    touch('src/a.ts', 100);
    const src = [path.join(dir, 'src'), path.join(dir, 'absent')];
    expect(isUpToDate(path.join(dir, 'out.js'), src)).toBe(false);
    touch('out.js', 10);
    expect(isUpToDate(path.join(dir, 'out.js'), src)).toBe(true);
    touch('src/a.ts', 0);
    expect(isUpToDate(path.join(dir, 'out.js'), src)).toBe(false);
  });
});
