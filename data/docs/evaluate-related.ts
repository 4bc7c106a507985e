import type { Section } from '../stacks/content';
import { relatedSections, type RelatedOptions, type RelatedSection } from './related';

/** One labelled docs page, as in `data/docs/fixtures/related-dev.json`. */
export interface LabelledPage {
  url: string;
  title: string;
  headings: string[];
  intro: string;
  /** The article's plain text, code included. */
  body?: string;
  labels: { primary: string | null; relevant: string[] };
}

/** The sections a bare array of labels is about: the Django stack's first 13. */
export const DJANGO_UNIVERSE = [
  'django/setup',
  'django/models',
  'django/orm',
  'django/views-urls',
  'django/drf-serializers',
  'django/drf-viewsets',
  'django/drf-auth',
  'django/q-mtv',
  'django/q-n-plus-1',
  'django/q-fbv-cbv',
  'django/q-migrations',
  'django/q-middleware',
  'django/q-csrf',
];

export interface LabelFile {
  /** Only these section ids count, in results and labels alike. */
  universe: string[];
  pages: LabelledPage[];
}

/** A label file: a bare array of pages, or `{ "universe": [ids], "pages": [...] }`. */
export function parseLabelFile(json: unknown): LabelFile {
  if (Array.isArray(json)) return { universe: DJANGO_UNIVERSE, pages: json as LabelledPage[] };
  const file = json as Partial<LabelFile> | null;
  if (!file || !Array.isArray(file.pages)) {
    throw new Error('A label file is an array of pages or { "universe": [...], "pages": [...] }');
  }
  const universe = Array.isArray(file.universe) ? file.universe : DJANGO_UNIVERSE;
  return { universe, pages: file.pages };
}

export type Verdict =
  'ok' | 'MISSED PRIMARY' | 'MISSED' | 'ok (nothing)' | 'FALSE POSITIVE' | 'no primary';

export interface PageResult {
  page: LabelledPage;
  results: RelatedSection[];
  verdict: Verdict;
}

export interface Scores {
  pages: number;
  primaryAt3: number;
  anyAt3: number;
  falsePositiveRate: number;
}

const share = (hits: number, total: number) =>
  total ? Math.round((hits / total) * 1000) / 1000 : 0;

/** Scores the matcher on labelled pages: the primary in the top 3, and nothing where nothing fits. */
export function evaluateRelated(
  file: LabelFile,
  sections: readonly Section[],
  options: Pick<RelatedOptions, 'maps'> = {},
): { results: PageResult[]; scores: Scores } {
  const universe = new Set(file.universe);
  let labelled = 0;
  let primaryHits = 0;
  let anyHits = 0;
  let unlabelled = 0;
  let falsePositives = 0;

  const results = file.pages.map((page): PageResult => {
    const found = relatedSections(
      {
        url: page.url,
        title: page.title,
        headings: page.headings,
        text: page.intro,
        body: page.body,
      },
      sections,
      options,
    ).filter((r) => universe.has(r.id));
    const top = found.slice(0, 3).map((r) => r.id);
    const primary =
      page.labels.primary !== null && universe.has(page.labels.primary)
        ? page.labels.primary
        : null;
    const relevant = page.labels.relevant.filter((id) => universe.has(id));
    let verdict: Verdict;
    if (primary === null && relevant.length === 0) {
      unlabelled++;
      if (found.length > 0) falsePositives++;
      verdict = found.length > 0 ? 'FALSE POSITIVE' : 'ok (nothing)';
    } else if (primary !== null) {
      labelled++;
      const primaryHit = top.includes(primary);
      const anyHit = top.some((id) => relevant.includes(id) || id === primary);
      if (primaryHit) primaryHits++;
      if (anyHit) anyHits++;
      verdict = primaryHit ? 'ok' : anyHit ? 'MISSED PRIMARY' : 'MISSED';
    } else {
      verdict = 'no primary';
    }
    return { page, results: found, verdict };
  });

  return {
    results,
    scores: {
      pages: file.pages.length,
      primaryAt3: share(primaryHits, labelled),
      anyAt3: share(anyHits, labelled),
      falsePositiveRate: share(falsePositives, unlabelled),
    },
  };
}
