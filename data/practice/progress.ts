import { db } from '../records/db';
import type { SectionProgress } from '../records/model';

/** Records the first time a section is read; later reads change nothing. */
export async function markRead(sectionId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.progress, async () => {
    const existing = await db.progress.get(sectionId);
    if (existing?.readAt) return;
    await db.progress.put({ ...existing, sectionId, readAt: now });
  });
}

export async function setLearned(
  sectionId: string,
  learned: boolean,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.progress, async () => {
    const existing: SectionProgress = (await db.progress.get(sectionId)) ?? { sectionId };
    const { learnedAt, ...rest } = existing;
    // Marking learned implies it was read.
    await db.progress.put(learned ? { ...rest, readAt: rest.readAt ?? now, learnedAt: now } : rest);
  });
}

export const getProgress = (sectionId: string) => db.progress.get(sectionId);
export const listProgress = () => db.progress.toArray();
