/**
 * Builds the dashboard once for the browser suite, before any of its files: every file then
 * tests today's code (a stale web/build would test yesterday's), and no two builds overlap.
 */
import { buildDashboard } from '../support/web-server.ts';

export default async function setup(): Promise<void> {
  await buildDashboard();
}
