/**
 * The base of every error that retrying cannot fix: malformed input, source rows or lake
 * files. Activities turn these into non-retryable Temporal failures (lib/retry.ts says so).
 * Dependency-free, so any module can extend it.
 */
export class PermanentError extends Error {}
