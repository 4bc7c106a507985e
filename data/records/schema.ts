import { z } from 'zod';
import { draftPackSchema } from '../stacks/pack';
import {
  MAX_ID_CHARS,
  MAX_LANGUAGE_CHARS,
  MAX_NOTE_BODY,
  MAX_SNIPPET_CHARS,
  MAX_SNIPPET_NOTE_CHARS,
  MAX_TAG_CHARS,
  MAX_TAGS,
  MAX_TIME,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
} from './limits';

/**
 * The shape of every record the user owns, as stored in IndexedDB and in backups. The record types
 * (`model.ts`) and the backup validation are both derived from these. Every value the app renders
 * is bounded, so a record that validates is one the app could have saved and can show and delete.
 */

const kb = (chars: number) => `${chars / 1000} KB`;

/** Epoch milliseconds. */
export const time = z
  .number()
  .int()
  .min(0)
  .max(MAX_TIME, { error: 'not a date DevRecall can show (after the year 9999)' });
const id = z.string().min(1).max(MAX_ID_CHARS);
const text = (max: number, what: string) =>
  z.string().max(max, { error: `longer than the ${what} DevRecall saves` });
const tags = z
  .array(z.string().min(1).max(MAX_TAG_CHARS))
  .max(MAX_TAGS, { error: `more than ${MAX_TAGS} tags` });
const url = text(MAX_URL_CHARS, `${MAX_URL_CHARS} characters of an address`);
const title = text(MAX_TITLE_CHARS, `${MAX_TITLE_CHARS} characters of a title`);
const count = z.number().int().min(0).max(1_000_000);
const days = z.number().min(0).max(1_000_000);

export const savedStackSchema = z.strictObject({ stackId: id, savedAt: time });

export const noteSchema = z.strictObject({
  id,
  title: title.refine((t) => t.trim() !== '', { error: 'a note needs a title' }),
  /** Markdown; rendered sanitised, never as live HTML. */
  body: text(MAX_NOTE_BODY, `${kb(MAX_NOTE_BODY)} of a note`),
  tags,
  /** Optional attachments: a stack, a bundled section (the note shows under it), a page. */
  stackId: id.optional(),
  sectionId: id.optional(),
  pageUrl: url.optional(),
  /** The page in a form shared by all versions and languages of it (see `pageKey`). */
  pageKey: url.optional(),
  createdAt: time,
  updatedAt: time,
});

export const snippetSchema = z.strictObject({
  id,
  /** Exactly as selected, whitespace kept. */
  text: text(MAX_SNIPPET_CHARS, `${kb(MAX_SNIPPET_CHARS)} of a snippet`).min(1),
  language: z.string().max(MAX_LANGUAGE_CHARS),
  pageUrl: url,
  pageTitle: title,
  pageKey: url,
  note: text(MAX_SNIPPET_NOTE_CHARS, `${kb(MAX_SNIPPET_NOTE_CHARS)} of a snippet's note`),
  tags,
  createdAt: time,
  updatedAt: time,
});

/** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
const cardState = z.number().int().min(0).max(3);

/** Spaced-repetition state of one practised item; `id` is the item's search id (`django/q-mtv`, `note:…`). */
export const cardSchema = z.strictObject({
  id,
  due: time,
  stability: z.number().min(0).max(1_000_000),
  difficulty: z.number().min(0).max(100),
  elapsedDays: days,
  scheduledDays: days,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: cardState,
  lastReview: time.optional(),
  createdAt: time,
});

const reviewFields = {
  cardId: id,
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  grade: z.number().int().min(1).max(4),
  reviewedAt: time,
  /** The card's state before the review, so a log can be replayed or analysed. */
  state: cardState,
  due: time,
  scheduledDays: days,
};

/**
 * One line of the review log. The id is random (or, for entries from before ids were, derived
 * from the card and time: see `review-ids.ts`), so logs of several browsers merge without clashes.
 */
export const reviewSchema = z.strictObject({ id, ...reviewFields });

/** A review entry before backup version 3: a number local to the browser that made it, or none. */
export const legacyReviewSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  ...reviewFields,
});

const MAX_SETTING_CHARS = 10_000;
export const settingSchema = z.strictObject({
  key: z.string().min(1).max(100),
  value: z
    .json()
    .refine((v) => JSON.stringify(v).length <= MAX_SETTING_CHARS, { error: 'too large a value' }),
});

/** How far the user is with one bundled section. */
export const progressSchema = z.strictObject({
  sectionId: id,
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
