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
