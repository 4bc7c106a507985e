import { noteSearchId, snippetSearchId } from '../records/ids';
import type { Snippet, UserNote } from '../records/model';
import type { SearchDoc } from './types';

const FENCE = /^(```|~~~)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm;
const INLINE_CODE = /`([^`\n]+)`/g;
const TITLE_LENGTH = 80;

export function noteDoc(note: UserNote): SearchDoc {
  const prose = note.body.replace(FENCE, '');
  // Fenced blocks and `inline code` both count as code: identifiers rank above prose.
  const code = [
    ...[...note.body.matchAll(FENCE)].map((m) => m[2] ?? ''),
    ...[...prose.matchAll(INLINE_CODE)].map((m) => m[1] ?? ''),
  ].join('\n');
  return {
    id: noteSearchId(note.id),
    kind: 'note',
    title: note.title,
    context: note.tags.length
      ? `My notes · ${note.tags.map((t) => `#${t}`).join(' ')}`
      : 'My notes',
    keywords: note.tags,
    text: prose,
    code,
  };
}

/** A snippet's title: the user's note if any, else its first non-blank line. */
export function snippetTitle(snippet: Snippet): string {
  const source = snippet.note.trim() || snippet.text;
  const line = source.split('\n').find((l) => l.trim() !== '') ?? 'Snippet';
  const trimmed = line.trim();
  return trimmed.length > TITLE_LENGTH ? `${trimmed.slice(0, TITLE_LENGTH - 1)}…` : trimmed;
}

export function snippetDoc(snippet: Snippet): SearchDoc {
  return {
    id: snippetSearchId(snippet.id),
    kind: 'snippet',
    title: snippetTitle(snippet),
    context: snippet.pageTitle,
    keywords: snippet.tags,
    text: [snippet.note, snippet.pageTitle].join('\n'),
    code: snippet.text,
  };
}
