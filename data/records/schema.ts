import { z } from 'zod';
import { draftPackSchema } from '../stacks/pack';

/**
 * The shape of every record the user owns, as stored in IndexedDB and in backups. The record types
 * (`model.ts`) and the backup validation are both derived from these.
 */

/** Epoch milliseconds. */
export const time = z.number().int().nonnegative();
const tags = z.array(z.string());

export const savedStackSchema = z.strictObject({ stackId: z.string().min(1), savedAt: time });

export const noteSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  /** Markdown; rendered sanitised, never as live HTML. */
  body: z.string(),
  tags,
  /** Optional attachments: a stack, a bundled section (the note shows under it), a page. */
  stackId: z.string().optional(),
  sectionId: z.string().optional(),
  pageUrl: z.string().optional(),
  /** The page in a form shared by all versions and languages of it (see `pageKey`). */
  pageKey: z.string().optional(),
  createdAt: time,
  updatedAt: time,
});

export const snippetSchema = z.strictObject({
  id: z.string().min(1),
  /** Exactly as selected, whitespace kept. */
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

/** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
const cardState = z.number().int().min(0).max(3);

/** Spaced-repetition state of one practised item; `id` is the item's search id (`django/q-mtv`, `note:…`). */
export const cardSchema = z.strictObject({
  id: z.string().min(1),
  due: time,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: cardState,
  lastReview: time.optional(),
  createdAt: time,
});

export const reviewSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  cardId: z.string().min(1),
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  grade: z.number().int().min(1).max(4),
  reviewedAt: time,
  /** The card's state before the review, so a log can be replayed or analysed. */
  state: cardState,
  due: time,
  scheduledDays: z.number(),
});

export const settingSchema = z.strictObject({ key: z.string().min(1), value: z.unknown() });

/** How far the user is with one bundled section. */
export const progressSchema = z.strictObject({
  sectionId: z.string().min(1),
  /** First time the section was opened. */
  readAt: time.optional(),
  /** Set when the user marks the section as learned. */
  learnedAt: time.optional(),
});

/**
 * A stack the user wrote (`own`, editable) or installed from a pack file or URL (`installed`,
 * read-only), stored as the pack itself so export writes it back unchanged.
 */
export const stackSchema = z.strictObject({
  id: z.string().min(1),
  source: z.enum(['own', 'installed']),
  pack: draftPackSchema,
  /** For installed stacks: the URL or file name it came from. */
  origin: z.string().optional(),
  createdAt: time,
  updatedAt: time,
});
