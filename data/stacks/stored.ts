import { db } from '../records/db';
import { buildCatalog, type StackCatalog } from './catalog';

/*
 * Reads of the written and installed stacks, apart from the writes (./store.ts), which create
 * practice cards and so load the scheduler: pages that only list stacks, the popup among them,
 * need not.
 */

export const listStoredStacks = () => db.stacks.orderBy('updatedAt').toArray();
export const getStoredStack = (id: string) => db.stacks.get(id);

/** Every stack, bundled and stored, for code outside React (the background, practice). */
export const loadCatalog = async (): Promise<StackCatalog> =>
  buildCatalog(await listStoredStacks());
