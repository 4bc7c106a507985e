/** A sentence a user can act on, for an error from storage or validation. */
export function userMessage(error: unknown): string {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) {
    return 'The browser has no room left for DevRecall: nothing was changed. Export a backup, delete old snippets or notes, or free disk space, then try again.';
  }
  if (names.includes('DatabaseClosedError') || names.includes('InvalidStateError')) {
    return 'DevRecall’s storage is not available right now (private window, or the browser is shutting down): nothing was changed.';
  }
  return error instanceof Error ? error.message : String(error);
}

/** The error's name and those of the errors it wraps (Dexie keeps the browser's as `inner`). */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    e = inner;
  }
  return names;
}
