import type { ReviewEntry } from './model';

/** A review entry as stored before version 5 and in backups before version 3: a local number. */
export type LegacyReviewEntry = Omit<ReviewEntry, 'id'> & { id?: number };

/**
 * Gives entries from before review ids existed an id derived from what they record (the card and
 * the millisecond it was reviewed), so the same entry gets the same id on every browser and in
 * every old backup: importing one twice, or after upgrading, matches instead of duplicating.
 * A second entry for the same card and millisecond gets a numbered suffix.
 */
export function withLegacyIds(entries: readonly LegacyReviewEntry[]): ReviewEntry[] {
  const taken = new Set<string>();
  return entries.map(({ id: _local, ...entry }) => {
    const base = `${entry.cardId}@${entry.reviewedAt}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}#${n}`;
    taken.add(id);
    return { id, ...entry };
  });
}
