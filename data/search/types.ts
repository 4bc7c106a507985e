export type DocKind = 'section' | 'note' | 'snippet' | 'docs';

/** One searchable item, whatever it came from. */
export interface SearchDoc {
  /**
   * `django/orm` for bundled sections, `note:<id>` and `snippet:<id>` for the user's own,
   * `docs:<source>/<page path>#<anchor>` for docs entries.
   */
  id: string;
  kind: DocKind;
  title: string;
  /** Where the item lives, e.g. "Django › Models, Views & URLs" or a page title. */
  context: string;
  keywords: readonly string[];
  /** Prose and tags. */
  text: string;
  code: string;
  /** Docs entries: the page address with its anchor, at the pinned docs version. */
  url?: string;
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** Index terms that matched, for marking the match in the result. */
  matched: string[];
}
