/**
 * Where the worker's memory goes (docs/bench/orchestration.md, "What the worker's memory is made
 * of"). Loaded into the worker with `--import`, so it runs in the main thread and again in the
 * SDK's workflow thread (threads inherit the flag); each appends a JSON line every 500 ms to the
 * file named by WORKER_MEMORY_PROBE: its V8 heap (MB) and, from the main thread, the process's
 * RSS and, at each new RSS peak, the resident MB of /proc/self/smaps grouped by mapping.
 *
 *   WORKER_MEMORY_PROBE=/tmp/probe.jsonl node bench/backfill-throughput.ts --days 7 --modes temporal \
 *     "--worker-node-options=--max-semi-space-size=4 --max-old-space-size=1024 --import=./bench/worker-memory-probe.ts"
 */
import fs from 'node:fs';
import v8 from 'node:v8';
import { isMainThread, threadId } from 'node:worker_threads';

const MB = 1024 * 1024;
const out = process.env.WORKER_MEMORY_PROBE;

/** Anonymous mappings by what their size says they are (glibc's arenas are 64 MB, V8's pages 256 kB). */
function anonymousKind(sizeKb: number): string {
  if (sizeKb === 256) return '[anon: V8 page]';
  if (sizeKb >= 65_000 && sizeKb <= 66_000) return '[anon: malloc arena]';
  return '[anon: other]';
}

/** Resident MB per mapping: files by base name, anonymous memory by kind. */
function residentByMapping(): Record<string, number> {
  const kb: Record<string, number> = {};
  let name = '';
  let sizeKb = 0;
  for (const line of fs.readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      name = head[1] ?? '';
      continue;
    }
    const field = /^(Size|Rss):\s+(\d+) kB/.exec(line);
    if (!field) continue;
    if (field[1] === 'Size') {
      sizeKb = Number(field[2]);
      continue;
    }
    const key = name === '' ? anonymousKind(sizeKb) : (name.split('/').at(-1) ?? name);
    kb[key] = (kb[key] ?? 0) + Number(field[2]);
  }
  return Object.fromEntries(
    Object.entries(kb)
      .filter(([, v]) => v >= 1024)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => [k, Math.round(v / 1024)]),
  );
}

if (out) {
  let peakRss = 0;
  setInterval(() => {
    const heap = v8.getHeapStatistics();
    const line: Record<string, unknown> = {
      t: Date.now(),
      thread: isMainThread ? 'main' : threadId,
      heapTotal: Math.round(heap.total_heap_size / MB),
      heapUsed: Math.round(heap.used_heap_size / MB),
      external: Math.round(heap.external_memory / MB),
    };
    if (isMainThread) {
      line.rss = Math.round(process.memoryUsage.rss() / MB);
      // A new peak by more than 4 MB: smaps is too long to read every time.
      if ((line.rss as number) > peakRss + 4) {
        peakRss = line.rss as number;
        line.smaps = residentByMapping();
      }
    }
    fs.appendFileSync(out, `${JSON.stringify(line)}\n`);
  }, 500).unref();
}
