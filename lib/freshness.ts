/**
 * Whether a build output is older than its sources, by modification time: how the launcher
 * decides to rebuild the dashboard and the worker its workflow bundle, without a build tool.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The newest modification time under `paths` (files or folders, walked), skipping names in `skip`. */
export function newestMtimeMs(paths: string[], skip: (name: string) => boolean = () => false): number {
  let newest = 0;
  const visit = (p: string): void => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) if (!skip(entry)) visit(path.join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of paths) visit(p);
  return newest;
}

/** True when `output` exists and is at least as new as every source under `inputs`. */
export function isUpToDate(output: string, inputs: string[], skip?: (name: string) => boolean): boolean {
  const built = fs.statSync(output, { throwIfNoEntry: false });
  return built !== undefined && built.mtimeMs >= newestMtimeMs(inputs, skip);
}
