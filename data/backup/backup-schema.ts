import { z } from 'zod';
import type {
  ReviewEntry,
  SavedStack,
  SectionProgress,
  Setting,
  Snippet,
  StoredCard,
  UserNote,
} from '../records/model';

export const BACKUP_FORMAT = 'devrecall-backup';
/** 2 added reading progress; version 1 files still import, with no progress. */
export const BACKUP_VERSION = 2;
/** Larger files are refused before they are read: a real library is a few MB. */
export const MAX_BACKUP_BYTES = 32 * 1024 * 1024;

const time = z.number().int().nonnegative();
const tags = z.array(z.string());

const savedStack = z.strictObject({ stackId: z.string().min(1), savedAt: time });

const note = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  body: z.string(),
  tags,
  stackId: z.string().optional(),
  sectionId: z.string().optional(),
  pageUrl: z.string().optional(),
  pageKey: z.string().optional(),
  createdAt: time,
  updatedAt: time,
});

const snippet = z.strictObject({
  id: z.string().min(1),
  text: z.string(),
  language: z.string(),
  pageUrl: z.string(),
  pageTitle: z.string(),
  pageKey: z.string(),
  note: z.string(),
  tags,
  createdAt: time,
  updatedAt: time,
});

const card = z.strictObject({
  id: z.string().min(1),
  due: time,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.number().int().min(0).max(3),
  lastReview: time.optional(),
  createdAt: time,
});

const review = z.strictObject({
  id: z.number().int().positive().optional(),
  cardId: z.string().min(1),
  grade: z.number().int().min(1).max(4),
  reviewedAt: time,
  state: z.number().int().min(0).max(3),
  due: time,
  scheduledDays: z.number(),
});

const setting = z.strictObject({ key: z.string().min(1), value: z.unknown() });

const progress = z.strictObject({
  sectionId: z.string().min(1),
  readAt: time.optional(),
  learnedAt: time.optional(),
});

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  exportedAt: time,
  data: z.strictObject({
    savedStacks: z.array(savedStack),
    notes: z.array(note),
    snippets: z.array(snippet),
    cards: z.array(card),
    reviews: z.array(review),
    settings: z.array(setting),
    progress: z.array(progress).default([]),
  }),
});

export interface BackupData {
  savedStacks: SavedStack[];
  notes: UserNote[];
  snippets: Snippet[];
  cards: StoredCard[];
  reviews: ReviewEntry[];
  settings: Setting[];
  progress: SectionProgress[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  data: BackupData;
}

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
  return { ok: true, backup: { ...(parsed.data as Backup), version: BACKUP_VERSION } };
}

export function tooLarge(bytes: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  return `The file is ${mb(bytes)}; backups up to ${mb(MAX_BACKUP_BYTES)} can be imported.`;
}

function firstDuplicateId(data: z.infer<typeof backupSchema>['data']): string | undefined {
  const lists: [string, string[]][] = [
    ['saved stack', data.savedStacks.map((s) => s.stackId)],
    ['note', data.notes.map((n) => n.id)],
    ['snippet', data.snippets.map((s) => s.id)],
    ['card', data.cards.map((c) => c.id)],
    ['setting', data.settings.map((s) => s.key)],
    ['section progress', data.progress.map((p) => p.sectionId)],
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
