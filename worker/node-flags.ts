/**
 * Node flags every launcher gives the worker process (docs/decisions/0017-worker-young-generation.md).
 * V8 sizes the young generation from the machine's memory (young collections here freed about
 * 60 MB each, in the main thread and again in the workflow thread) and the garbage of a day
 * build or an hour's Parquet is promoted and kept until a full collection: capped semi-spaces
 * keep the worker 100-200 MB smaller under load (docs/decisions/0017 has the figures). Not a
 * heap cap: the old generation still grows as far as the work needs.
 */
export const WORKER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
