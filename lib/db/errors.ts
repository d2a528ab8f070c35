/**
 * knex prefixes driver errors with the whole statement, values included: megabytes for a
 * chunked insert. Operators need the database's own words, so keep only those.
 */
export function databaseMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const cut = message.lastIndexOf(' - ');
  const tail =
    cut >= 0 && /^(insert|delete|update|select|with|create|drop|alter)\b/i.test(message)
      ? message.slice(cut + 3)
      : message;
  return tail.length > 1000 ? `${tail.slice(0, 1000)}…` : tail;
}
