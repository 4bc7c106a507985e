import type { z } from 'zod';
import type {
  cardSchema,
  noteSchema,
  progressSchema,
  reviewSchema,
  savedStackSchema,
  settingSchema,
  snippetSchema,
  stackSchema,
} from './schema';

/** Records the user owns, derived from their schemas (`schema.ts`), which also validate backups. */
export type SavedStack = z.infer<typeof savedStackSchema>;
export type UserNote = z.infer<typeof noteSchema>;
export type Snippet = z.infer<typeof snippetSchema>;
export type StoredCard = z.infer<typeof cardSchema>;
export type ReviewEntry = z.infer<typeof reviewSchema>;
export type Setting = z.infer<typeof settingSchema>;
export type SectionProgress = z.infer<typeof progressSchema>;
export type StoredStack = z.infer<typeof stackSchema>;

/** What the note editor holds but has not saved yet, kept as the user types. */
export interface NoteDraft {
  /** `note:<id>` for an edit, `new:<attachment>` for a new note (see `draftKey`). */
  key: string;
  title: string;
  body: string;
  /** As typed, comma-separated. */
  tags: string;
  stackId: string;
  sectionId: string;
  pageUrl: string;
  /** The note as it was when this edit began, so saving later still merges with other changes. */
  base?: UserNote;
  updatedAt: number;
}
