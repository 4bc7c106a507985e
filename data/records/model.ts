/** Records the user owns, as stored in IndexedDB and in backups. Times are epoch milliseconds. */

export interface SavedStack {
  stackId: string;
  savedAt: number;
}

export interface UserNote {
  id: string;
  title: string;
  /** Markdown; rendered sanitised, never as live HTML. */
  body: string;
  tags: string[];
  /** Optional attachments: a stack, a bundled section (the note shows under it), a page. */
  stackId?: string;
  sectionId?: string;
  pageUrl?: string;
  /** The page in a form shared by all versions and languages of it (see `pageKey`). */
  pageKey?: string;
  createdAt: number;
  updatedAt: number;
}

export interface Snippet {
  id: string;
  /** Exactly as selected, whitespace kept. */
  text: string;
  language: string;
  pageUrl: string;
  pageTitle: string;
  pageKey: string;
  note: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

/** Spaced-repetition state of one practised item; `id` is the item's search id (`django/q-mtv`, `note:…`). */
export interface StoredCard {
  id: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview?: number;
  createdAt: number;
}

export interface ReviewEntry {
  id?: number;
  cardId: string;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  grade: number;
  reviewedAt: number;
  /** The card's state before the review, so a log can be replayed or analysed. */
  state: number;
  due: number;
  scheduledDays: number;
}

export interface Setting {
  key: string;
  value: unknown;
}

/** How far the user is with one bundled section. */
export interface SectionProgress {
  sectionId: string;
  /** First time the section was opened. */
  readAt?: number;
  /** Set when the user marks the section as learned. */
  learnedAt?: number;
}
