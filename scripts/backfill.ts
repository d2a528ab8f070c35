/**
 * `npm run backfill -- --from D --to D [--concurrency N] [--reingest] [--cancel]`: the short
 * name of `datamag backfill` (scripts/datamag.ts), which has the same arguments.
 */
import { main } from './datamag.ts';

await main(['backfill', ...process.argv.slice(2)]);
