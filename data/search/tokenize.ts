/** A word or identifier: letters, digits and underscores, with `+` joins kept so `N+1` stays one term. */
const WORD = /[\p{L}\p{N}_]+(?:\+[\p{L}\p{N}_]*)*/gu;
const CAMEL_BOUNDARY = /(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;

export interface Token {
  /** The word as written. */
  raw: string;
  /** Lower-cased, the form the index stores. */
  term: string;
  start: number;
  end: number;
}

/** The words of a text as written, without offsets: the cheap form for indexing. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({
      raw: match[0],
      term: match[0].toLowerCase(),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/** Only words with an underscore or a change of case inside have parts worth splitting. */
const COMPOUND = /_|\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}|\p{N}\p{Lu}/u;

/** The parts of an identifier (`select_related` → select, related; `TokenRefreshView` → token, refresh, view). */
export function identifierParts(word: string): string[] {
  if (!COMPOUND.test(word)) return [];
  const parts = word
    .split('_')
    .flatMap((piece) => piece.split(CAMEL_BOUNDARY))
    .map((piece) => piece.toLowerCase())
    .filter((piece) => piece.length > 1);
  return parts.length > 1 ? parts : [];
}

/** Query terms as typed, lower-cased; the last one may be a word still being typed. */
export function queryTerms(query: string): string[] {
  return tokenize(query).map((t) => t.term);
}

const SUFFIXES = ['ing', 'ed', 'es', 's', 'e'];

/**
 * A word's form-free stem, so `throttle`, `throttles` and `throttling` meet, and `serializers`
 * finds `serializer`. Deliberately light: suffixes only, never shorter than three letters, and
 * identifiers (digits, underscores) are left alone.
 */
export function stem(term: string): string {
  if (term.length <= 3 || !/^[a-z]+$/.test(term)) return term;
  if (term.endsWith('ies')) return `${term.slice(0, -3)}y`;
  for (const suffix of SUFFIXES) {
    if (term.length - suffix.length < 3 || !term.endsWith(suffix)) continue;
    if (suffix === 's' && term.endsWith('ss')) return term;
    return term.slice(0, -suffix.length);
  }
  return term;
}
