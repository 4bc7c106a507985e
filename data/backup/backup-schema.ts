import { z } from 'zod';
import {
  cardSchema,
  noteSchema,
  progressSchema,
  reviewSchema,
  savedStackSchema,
  settingSchema,
  snippetSchema,
  stackSchema,
  time,
} from '../records/schema';

export const BACKUP_FORMAT = 'devrecall-backup';
/** 2 added reading progress; version 1 files still import, with no progress. */
export const BACKUP_VERSION = 2;
/** Larger files are refused before they are read: a real library is a few MB. */
export const MAX_BACKUP_BYTES = 32 * 1024 * 1024;

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  exportedAt: time,
  data: z.strictObject({
    savedStacks: z.array(savedStackSchema),
    notes: z.array(noteSchema),
    snippets: z.array(snippetSchema),
    cards: z.array(cardSchema),
    reviews: z.array(reviewSchema),
    settings: z.array(settingSchema),
    progress: z.array(progressSchema).default([]),
    // Stacks the user wrote or installed; files made before them still import.
    stacks: z.array(stackSchema).default([]),
  }),
});

export type BackupData = z.infer<typeof backupSchema>['data'];

/** A backup as imported: older versions are read into the current one. */
export type Backup = Omit<z.infer<typeof backupSchema>, 'version'> & {
  version: typeof BACKUP_VERSION;
};

export type ParseResult = { ok: true; backup: Backup } | { ok: false; error: string };

/** Validates a backup file's text; every failure comes back as a sentence a user can act on. */
export function parseBackup(text: string): ParseResult {
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: tooLarge(text.length) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: 'The file is not valid JSON: it may be cut short or not a DevRecall backup.',
    };
  }
  if (typeof json !== 'object' || json === null || !('format' in json)) {
    return { ok: false, error: 'This is not a DevRecall backup (no "format" field).' };
  }
  if (json.format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This is not a DevRecall backup.' };
  }
  if ('version' in json && typeof json.version === 'number' && json.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer DevRecall (backup version ${json.version}); update DevRecall to import it.`,
    };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    return {
      ok: false,
      error: `The backup is damaged at ${where}: ${issue?.message ?? 'invalid'}.`,
    };
  }
  const duplicate = firstDuplicateId(parsed.data.data);
  if (duplicate) return { ok: false, error: `The backup holds ${duplicate} twice.` };
  return { ok: true, backup: { ...parsed.data, version: BACKUP_VERSION } };
}

export function tooLarge(bytes: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  return `The file is ${mb(bytes)}; backups up to ${mb(MAX_BACKUP_BYTES)} can be imported.`;
}

function firstDuplicateId(data: BackupData): string | undefined {
  const lists: [string, string[]][] = [
    ['saved stack', data.savedStacks.map((s) => s.stackId)],
    ['note', data.notes.map((n) => n.id)],
    ['snippet', data.snippets.map((s) => s.id)],
    ['card', data.cards.map((c) => c.id)],
    ['setting', data.settings.map((s) => s.key)],
    ['section progress', data.progress.map((p) => p.sectionId)],
    ['stack', data.stacks.map((s) => s.id)],
  ];
  for (const [kind, ids] of lists) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) return `${kind} "${id}"`;
      seen.add(id);
    }
  }
  return undefined;
}
