/**
 * The worker's workflow code, bundled ahead (WORKER_WORKFLOW_BUNDLE): webpack then runs once
 * per change of the workflow sources instead of at every start, and its memory never enters
 * the long-running worker (docs/bench/worker.md has the numbers).
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, type WorkerOptions } from '@temporalio/worker';
import { PROJECT_ROOT, type WorkflowBundleSource } from '../lib/config.ts';
import { isUpToDate } from '../lib/freshness.ts';
import { WORKFLOWS_PATH } from './worker.ts';

/** What the bundle is made of: the workflows, the pure lib code and activity types they import, the SDK. */
const BUNDLE_SOURCES = ['workflows', 'lib', 'activities', 'package-lock.json'].map((p) =>
  path.join(PROJECT_ROOT, p),
);
const isTest = (name: string) => name.endsWith('.test.ts');

/** The bundle option for Worker.create, building the cached bundle first when it is stale. */
export async function workflowBundleFor(
  source: WorkflowBundleSource,
): Promise<WorkerOptions['workflowBundle'] | undefined> {
  if (source.kind === 'none') return undefined;
  if (source.kind === 'file' || isUpToDate(source.file, BUNDLE_SOURCES, isTest)) {
    return { codePath: source.file };
  }
  const { code } = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH });
  fs.mkdirSync(path.dirname(source.file), { recursive: true });
  // Written aside then renamed: a second worker starting meanwhile never reads half a file.
  const partial = `${source.file}.${process.pid}.partial`;
  fs.writeFileSync(partial, code);
  fs.renameSync(partial, source.file);
  return { codePath: source.file };
}
