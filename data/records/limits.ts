/**
 * Bounds on what is stored, shared by every write path and by backup validation, so a record that
 * imports is one the app could have saved and can render.
 */
/** The largest selection kept; anything longer is refused with a message, never cut. */
export const MAX_SNIPPET_CHARS = 100_000;
export const MAX_NOTE_BODY = 200_000;
export const MAX_TITLE_CHARS = 1_000;
export const MAX_TAGS = 100;
export const MAX_TAG_CHARS = 100;
export const MAX_URL_CHARS = 4_096;
export const MAX_SNIPPET_NOTE_CHARS = 20_000;
export const MAX_LANGUAGE_CHARS = 50;
/** Ids are random UUIDs or bundled section ids; anything longer is not one of ours. */
export const MAX_ID_CHARS = 200;
/** Last millisecond of the year 9999: every date below it formats, 9e15 does not. */
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Throws a sentence the user can act on when tags exceed the limits. */
export function checkTags(tags: readonly string[]): void {
  if (tags.length > MAX_TAGS) throw new Error(`Up to ${MAX_TAGS} tags can be kept.`);
  const long = tags.find((t) => t.length > MAX_TAG_CHARS);
  if (long !== undefined) {
    throw new Error(`A tag can be up to ${MAX_TAG_CHARS} characters (“${long.slice(0, 20)}…”).`);
  }
}
