/** A new random id for a user record. */
export const newId = (): string => crypto.randomUUID();

/**
 * Search results and practice cards name what they point at with one string: a bundled section's
 * own id (`django/orm`), `note:<id>` or `snippet:<id>`. These helpers are the only place that
 * spells the prefixes.
 */
export type ItemRef = { kind: 'section' | 'note' | 'snippet'; id: string };

export const noteSearchId = (id: string) => `note:${id}`;
export const snippetSearchId = (id: string) => `snippet:${id}`;

export function parseSearchId(searchId: string): ItemRef {
  for (const kind of ['note', 'snippet'] as const) {
    const prefix = `${kind}:`;
    if (searchId.startsWith(prefix)) return { kind, id: searchId.slice(prefix.length) };
  }
  return { kind: 'section', id: searchId };
}
