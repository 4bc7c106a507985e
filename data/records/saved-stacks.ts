import { db } from './db';

export async function saveStack(stackId: string, now = Date.now()): Promise<void> {
  await db.savedStacks.put({ stackId, savedAt: now });
}

export async function unsaveStack(stackId: string): Promise<void> {
  await db.savedStacks.delete(stackId);
}

export const listSavedStacks = () => db.savedStacks.orderBy('savedAt').toArray();
