import { db } from './db';
import { newId, snippetSearchId } from './ids';
import type { Snippet, StoredCard } from './model';
import { normaliseTags } from './notes';
import { pageKey } from '../docs/pages';

/** The largest selection kept; anything longer is refused with a message, never cut. */
export const MAX_SNIPPET_CHARS = 100_000;

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

export async function createSnippet(input: SnippetInput, now = Date.now()): Promise<Snippet> {
  if (input.text.trim() === '') throw new Error('Nothing is selected.');
  if (input.text.length > MAX_SNIPPET_CHARS) throw new SnippetTooLargeError(input.text.length);
  const snippet: Snippet = {
    id: newId(),
    text: input.text,
    language: input.language,
    pageUrl: input.pageUrl,
    pageTitle: input.pageTitle.trim() || input.pageUrl,
    pageKey: pageKey(input.pageUrl),
    note: input.note ?? '',
    tags: normaliseTags(input.tags ?? []),
    createdAt: now,
    updatedAt: now,
  };
  await db.snippets.add(snippet);
  return snippet;
}

export type SnippetEdit = Partial<Pick<Snippet, 'note' | 'tags' | 'language'>>;

export async function updateSnippet(
  id: string,
  edit: SnippetEdit,
  now = Date.now(),
): Promise<Snippet> {
  return db.transaction('rw', db.snippets, async () => {
    const existing = await db.snippets.get(id);
    if (!existing) throw new Error('This snippet was deleted.');
    const snippet: Snippet = {
      ...existing,
      ...edit,
      tags: edit.tags ? normaliseTags(edit.tags) : existing.tags,
      updatedAt: now,
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

export const snippetsForPage = (key: string) => db.snippets.where('pageKey').equals(key).toArray();
