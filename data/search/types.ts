export type DocKind = 'section' | 'note' | 'snippet';

/** One searchable item, whatever it came from. */
export interface SearchDoc {
  /** `django/orm` for bundled sections, `note:<id>` and `snippet:<id>` for the user's own. */
  id: string;
  kind: DocKind;
  title: string;
  /** Where the item lives, e.g. "Django › Models, Views & URLs" or a page title. */
  context: string;
  keywords: readonly string[];
  /** Prose and tags. */
  text: string;
  code: string;
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** Index terms that matched, for marking the match in the result. */
  matched: string[];
}
