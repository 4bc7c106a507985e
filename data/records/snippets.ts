import { db } from './db';
import { newId, snippetSearchId } from './ids';
import type { Snippet, StoredCard } from './model';
import { normaliseTags } from './notes';
import { pageKey } from '../docs/pages';
import { DeletedWhileEditingError, EditConflictError, mergeFields } from './merge';
import {
  checkTags,
  MAX_LANGUAGE_CHARS,
  MAX_SNIPPET_CHARS,
  MAX_SNIPPET_NOTE_CHARS,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
} from './limits';

export interface SnippetInput {
  text: string;
  language: string;
  pageUrl: string;
  pageTitle: string;
  note?: string;
  tags?: string[];
}

export class SnippetTooLargeError extends Error {
  constructor(readonly length: number) {
    super(
      `The selection is ${Math.ceil(length / 1000)} KB; DevRecall saves selections up to ${MAX_SNIPPET_CHARS / 1000} KB. Select a smaller part.`,
    );
  }
}

/**
 * Saves the selection unless the same text from the same page is already saved, in which case
 * that snippet is returned instead of a copy.
 */
export async function saveSnippetOnce(
  input: SnippetInput,
  now = Date.now(),
  /** Chosen by the sender: the same save sent again finds the snippet it made. */
  id = newId(),
): Promise<{ snippet: Snippet; existing: boolean }> {
  return db.transaction('rw', db.snippets, async () => {
    const resent = await db.snippets.get(id);
    if (resent?.text === input.text && resent.pageKey === pageKey(input.pageUrl)) {
      return { snippet: resent, existing: false };
    }
    if (resent) throw new Error('The snippet’s id is already taken. Try again.');
    const same = await db.snippets
      .where('pageKey')
      .equals(pageKey(input.pageUrl))
      .filter((s) => s.text === input.text)
      .first();
    if (same) return { snippet: same, existing: true };
    return { snippet: await createSnippet(input, now, id), existing: false };
  });
}

export async function createSnippet(
  input: SnippetInput,
  now = Date.now(),
  id = newId(),
): Promise<Snippet> {
  if (input.text.trim() === '') throw new Error('Nothing is selected.');
  if (input.text.length > MAX_SNIPPET_CHARS) throw new SnippetTooLargeError(input.text.length);
  if (input.pageUrl.length > MAX_URL_CHARS) {
    throw new Error(`The page address is longer than ${MAX_URL_CHARS} characters.`);
  }
  const edit = checkEdit({
    note: input.note ?? '',
    tags: input.tags ?? [],
    language: input.language,
  });
  const snippet: Snippet = {
    id,
    text: input.text,
    language: edit.language ?? 'text',
    pageUrl: input.pageUrl,
    // A title is a label: a page with an absurd one is still worth saving from.
    pageTitle: (input.pageTitle.trim() || input.pageUrl).slice(0, MAX_TITLE_CHARS),
    pageKey: pageKey(input.pageUrl),
    note: edit.note ?? '',
    tags: edit.tags ?? [],
    createdAt: now,
    updatedAt: now,
  };
  await db.snippets.add(snippet);
  return snippet;
}

export type SnippetEdit = Partial<Pick<Snippet, 'note' | 'tags' | 'language'>>;

/** The edit with tags normalised; throws a sentence the user can act on when it exceeds a limit. */
function checkEdit(edit: SnippetEdit): SnippetEdit {
  if (edit.note !== undefined && edit.note.length > MAX_SNIPPET_NOTE_CHARS) {
    throw new Error(`A snippet's note can be up to ${MAX_SNIPPET_NOTE_CHARS / 1000} KB.`);
  }
  if (edit.language !== undefined && edit.language.length > MAX_LANGUAGE_CHARS) {
    throw new Error('Unknown language.');
  }
  if (edit.tags === undefined) return edit;
  const tags = normaliseTags(edit.tags);
  checkTags(tags);
  return { ...edit, tags };
}

export const SNIPPET_FIELDS = ['note', 'tags', 'language'] as const;

/**
 * Saves an edit of the note, tags or language. With `base` (the version the edit started from), a
 * snippet changed meanwhile is merged field by field; fields both sides changed throw
 * `EditConflictError` and nothing is written.
 */
export async function updateSnippet(
  id: string,
  edit: SnippetEdit,
  now = Date.now(),
  base?: Snippet,
): Promise<Snippet> {
  const checked = checkEdit(edit);
  return db.transaction('rw', db.snippets, async () => {
    const existing = await db.snippets.get(id);
    if (!existing) throw new DeletedWhileEditingError('snippet');
    let fields: SnippetEdit = checked;
    if (base) {
      const { merged, conflicts } = mergeFields(
        base,
        { ...existing, ...checked },
        existing,
        SNIPPET_FIELDS,
      );
      if (conflicts.length) throw new EditConflictError(existing, conflicts);
      fields = { note: merged.note, tags: merged.tags, language: merged.language };
    }
    const snippet: Snippet = {
      ...existing,
      ...fields,
      updatedAt: Math.max(now, existing.updatedAt + 1),
    };
    await db.snippets.put(snippet);
    return snippet;
  });
}

export interface DeletedSnippet {
  snippet: Snippet;
  card?: StoredCard;
}

export async function deleteSnippet(id: string): Promise<DeletedSnippet | undefined> {
  return db.transaction('rw', db.snippets, db.cards, async () => {
    const snippet = await db.snippets.get(id);
    if (!snippet) return undefined;
    const card = await db.cards.get(snippetSearchId(id));
    await db.snippets.delete(id);
    if (card) await db.cards.delete(card.id);
    return { snippet, card };
  });
}

export async function restoreSnippet({ snippet, card }: DeletedSnippet): Promise<void> {
  await db.transaction('rw', db.snippets, db.cards, async () => {
    await db.snippets.put(snippet);
    if (card) await db.cards.put(card);
  });
}

export const getSnippet = (id: string) => db.snippets.get(id);

export const listSnippets = () => db.snippets.orderBy('updatedAt').reverse().toArray();

/** Snippets `offset` to `offset + limit`, last changed first, read through the index alone. */
export const snippetsPage = (offset: number, limit: number) =>
  db.snippets.orderBy('updatedAt').reverse().offset(offset).limit(limit).toArray();

export const countSnippets = () => db.snippets.count();

export const snippetsForPage = (key: string) => db.snippets.where('pageKey').equals(key).toArray();
