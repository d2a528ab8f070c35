/**
 * How every launcher starts the worker process: its Node flags and the environment it adds.
 *
 * `--max-semi-space-size=4` (docs/decisions/0017-worker-young-generation.md): V8 sizes the young
 * generation from the machine's memory (about 64 MB here, in the main thread and again in the
 * workflow thread); a small one keeps the worker 100-200 MB smaller under load.
 *
 * `--max-old-space-size=1024` (docs/decisions/0020-worker-memory-over-a-backfill.md): from a
 * 2 GB limit up (4 GB by default on this machine) V8 lets the old generation grow to 4 times what
 * a full collection left alive before the next one; under 2 GB the factor falls towards 1.3.
 * Over a year's backfill the main heap then peaks at about 90 MB instead of 190 MB, for about
 * 60 MB alive. A cap, but far above the work: the 1,000-store chain's day builds peak at 115 MB.
 *
 * `MALLOC_ARENA_MAX=2` (the same decision): glibc gives each thread that allocates its own malloc
 * arena, up to 8 per core, and keeps what is freed in each. The worker's 16 threads (the SDK's Rust
 * core, libuv's pool, V8's helpers, the workflow thread) then hold 50-80 MB more than two arenas
 * do. Only glibc reads it; other C libraries ignore it.
 */
export const WORKER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--max-old-space-size=1024'];

export const WORKER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
