import { isDocsVersion, PINNED_DJANGO_VERSION } from '../docs-index/docs';
import { db } from './db';

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  theme: Theme;
  /** Show the related-notes launcher on docs.djangoproject.com. */
  sidebarEnabled: boolean;
  /** Whether the sidebar panel was left open, restored on the next docs page. */
  sidebarOpen: boolean;
  /** The Django docs version links open at: `5.2` (the bundled index's), `stable`, `dev` or another. */
  docsVersion: string;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  sidebarEnabled: true,
  sidebarOpen: false,
  docsVersion: PINNED_DJANGO_VERSION,
};

export async function getSettings(): Promise<Settings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return { ...DEFAULT_SETTINGS, ...pickKnown(stored) };
}

export async function setSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

/** Only known keys with values of the right type: a backup from elsewhere cannot inject junk. */
function pickKnown(stored: Record<string, unknown>): Partial<Settings> {
  const known: Partial<Settings> = {};
  if (stored.theme === 'system' || stored.theme === 'light' || stored.theme === 'dark') {
    known.theme = stored.theme;
  }
  if (typeof stored.sidebarEnabled === 'boolean') known.sidebarEnabled = stored.sidebarEnabled;
  if (typeof stored.sidebarOpen === 'boolean') known.sidebarOpen = stored.sidebarOpen;
  if (typeof stored.docsVersion === 'string' && isDocsVersion(stored.docsVersion)) {
    known.docsVersion = stored.docsVersion;
  }
  return known;
}
