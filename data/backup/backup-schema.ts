import { z } from 'zod';
import type {
  ReviewEntry,
  SavedStack,
  SectionProgress,
  Setting,
  Snippet,
  StoredCard,
  StoredStack,
  UserNote,
} from '../records/model';
import { withLegacyIds, type LegacyReviewEntry } from '../records/review-ids';
import {
  cardSchema,
  legacyReviewSchema,
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
/**
 * 2 added reading progress; 3 gave review entries ids that cannot collide across browsers.
 * Files of every earlier version still import.
 */
export const BACKUP_VERSION = 3;
/**
 * Larger files are refused before they are read. Import holds only a batch in memory, but it needs
 * the file's size again on disk while it runs; export splits a larger library into several files.
 */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

export function tooLarge(bytes: number, max = MAX_BACKUP_BYTES): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  return `The file is ${mb(bytes)}; backups up to ${mb(max)} can be imported.`;
}

export interface BackupData {
  savedStacks: SavedStack[];
  notes: UserNote[];
  snippets: Snippet[];
  cards: StoredCard[];
  reviews: ReviewEntry[];
  settings: Setting[];
  progress: SectionProgress[];
  /** Stacks the user wrote or installed. */
  stacks: StoredStack[];
}

export type Section = keyof BackupData;

/** Sections of `data` in file order; files made before `progress` or `stacks` lack them. */
export const SECTIONS: readonly Section[] = [
  'savedStacks',
  'notes',
  'snippets',
  'cards',
  'reviews',
  'settings',
  'progress',
  'stacks',
];
const OPTIONAL_SECTIONS: ReadonlySet<Section> = new Set(['progress', 'stacks']);

const RECORD_SCHEMAS: Record<Section, z.ZodType> = {
  savedStacks: savedStackSchema,
  notes: noteSchema,
  snippets: snippetSchema,
  cards: cardSchema,
  reviews: reviewSchema,
  settings: settingSchema,
  progress: progressSchema,
  stacks: stackSchema,
};

/** Each record's identity in its section: two records with the same one are refused. */
const KEY_OF: Record<Section, (record: Record<string, unknown>) => unknown> = {
  savedStacks: (r) => r.stackId,
  notes: (r) => r.id,
  snippets: (r) => r.id,
  cards: (r) => r.id,
  reviews: (r) => r.id,
  settings: (r) => r.key,
  progress: (r) => r.sectionId,
  stacks: (r) => r.id,
};

const KIND: Record<Section, string> = {
  savedStacks: 'saved stack',
  notes: 'note',
  snippets: 'snippet',
  cards: 'card',
  reviews: 'review',
  settings: 'setting',
  progress: 'section progress',
  stacks: 'stack',
};

/** A backup as imported: older versions are read into the current one. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  data: BackupData;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const header = z.object({ format: z.string(), version: z.number(), exportedAt: time });

/**
 * Checks a backup one piece at a time (the header, then each record), so a file can be validated
 * as it is read without holding it whole. Every failure is a sentence a user can act on.
 */
export class BackupChecker {
  private version = BACKUP_VERSION;
  private readonly seen = new Map<Section, Set<unknown>>(SECTIONS.map((s) => [s, new Set()]));
  private readonly present = new Set<Section>();
  private legacyReviews: LegacyReviewEntry[] = [];

  header(value: unknown): Checked<{ version: number; exportedAt: number }> {
    if (typeof value !== 'object' || value === null || !('format' in value)) {
      return { ok: false, error: 'This is not a DevRecall backup (no "format" field).' };
    }
    if (value.format !== BACKUP_FORMAT) {
      return { ok: false, error: 'This is not a DevRecall backup.' };
    }
    const parsed = header.safeParse(value);
    if (!parsed.success) return { ok: false, error: damaged(parsed.error.issues[0]) };
    const { version, exportedAt } = parsed.data;
    if (version > BACKUP_VERSION) {
      return {
        ok: false,
        error: `This backup was made by a newer DevRecall (backup version ${version}); update DevRecall to import it.`,
      };
    }
    if (!Number.isInteger(version) || version < 1) {
      return { ok: false, error: `The backup is damaged at version: unknown version ${version}.` };
    }
    this.version = version;
    return { ok: true, value: { version, exportedAt } };
  }

  /** Validates one record of `section` (at `index`) and gives it back as it will be stored. */
  record(section: string, index: number, value: unknown): Checked<object> {
    if (!isSection(section)) {
      return { ok: false, error: `The backup is damaged at data.${section}: unknown section.` };
    }
    this.present.add(section);
    const legacy = section === 'reviews' && this.version < 3;
    const schema = legacy ? legacyReviewSchema : RECORD_SCHEMAS[section];
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      return { ok: false, error: damaged(parsed.error.issues[0], `data.${section}.${index}`) };
    }
    const record = parsed.data as Record<string, unknown>;
    const key = legacy ? record.id : KEY_OF[section](record);
    if (key !== undefined) {
      const seen = this.seen.get(section);
      if (seen?.has(key)) {
        return { ok: false, error: `The backup holds ${KIND[section]} "${String(key)}" twice.` };
      }
      seen?.add(key);
    }
    // Old entries get ids once all are known, so collisions are numbered the same way each time.
    if (legacy) this.legacyReviews.push(record as LegacyReviewEntry);
    return { ok: true, value: record };
  }

  /** After the last record: sections that must be there, and the ids old review entries get. */
  finish(): Checked<{ reviews?: ReviewEntry[] }> {
    const missing = SECTIONS.find((s) => !this.present.has(s) && !OPTIONAL_SECTIONS.has(s));
    if (missing) {
      return { ok: false, error: `The backup is damaged at data.${missing}: missing.` };
    }
    if (this.version >= 3) return { ok: true, value: {} };
    return { ok: true, value: { reviews: withLegacyIds(this.legacyReviews) } };
  }

  /** Marks a section as present even when it holds no records. */
  section(section: string): Checked<Section> {
    if (!isSection(section)) {
      return { ok: false, error: `The backup is damaged at data.${section}: unknown section.` };
    }
    this.present.add(section);
    return { ok: true, value: section };
  }
}

function isSection(name: string): name is Section {
  return (SECTIONS as readonly string[]).includes(name);
}

function damaged(issue: z.core.$ZodIssue | undefined, prefix?: string): string {
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  return `The backup is damaged at ${path || 'the file'}: ${issue?.message ?? 'invalid'}.`;
}
