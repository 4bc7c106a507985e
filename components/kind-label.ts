import type { DocKind, SearchHit } from '../data/search/types';

const KIND_LABEL: Record<DocKind, string> = {
  section: 'Section',
  note: 'Mine',
  snippet: 'Snippet',
  docs: 'Docs',
};

/** What a result is: a stack's section says which stack ("Django"), the rest their kind. */
export function kindLabel(doc: Pick<SearchHit['doc'], 'kind' | 'context'>): string {
  if (doc.kind !== 'section') return KIND_LABEL[doc.kind];
  return doc.context.split(' › ')[0]?.trim() || KIND_LABEL.section;
}
