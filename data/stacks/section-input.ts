import type { PackSection } from './pack';

/** What the section form holds: keywords comma-separated, docs pages one per line. */
export interface SectionInput {
  title: string;
  markdown: string;
  keywords: string;
  pages: string;
}

const MAX_TITLE = 200;
const MAX_KEYWORD = 100;
const MAX_LIST = 50;
const MAX_MARKDOWN = 100_000;

const unique = (items: string[]) => [...new Set(items.filter(Boolean))];

/** The form as it shows a stored section. */
export const sectionInput = (section?: PackSection): SectionInput => ({
  title: section?.title ?? '',
  markdown: section?.markdown ?? '',
  keywords: section?.keywords?.join(', ') ?? '',
  pages: section?.pages?.join('\n') ?? '',
});

/**
 * The form's fields as a section's, with the pack format's limits, or the first problem as a
 * sentence. Fields the form does not show (question, prompt) are kept from `base`.
 */
export function sectionFromInput(
  input: SectionInput,
  base: Pick<PackSection, 'id'> & Partial<PackSection>,
): { ok: true; section: PackSection } | { ok: false; error: string } {
  const title = input.title.replace(/\s+/g, ' ').trim();
  if (!title) return { ok: false, error: 'A section needs a title.' };
  if (title.length > MAX_TITLE) {
    return { ok: false, error: `The title is longer than ${MAX_TITLE} characters.` };
  }
  if (input.markdown.length > MAX_MARKDOWN) {
    return {
      ok: false,
      error: `The text is longer than ${MAX_MARKDOWN.toLocaleString('en')} characters.`,
    };
  }
  const keywords = unique(input.keywords.split(',').map((k) => k.replace(/\s+/g, ' ').trim()));
  const long = keywords.find((k) => k.length > MAX_KEYWORD);
  if (long)
    return {
      ok: false,
      error: `The keyword “${long.slice(0, 40)}…” is longer than ${MAX_KEYWORD} characters.`,
    };
  if (keywords.length > MAX_LIST) return { ok: false, error: `More than ${MAX_LIST} keywords.` };
  const pages = unique(input.pages.split(/\s+/));
  const wrong = pages.find((url) => !/^https:\/\/[^\s/]+/.test(url) || !URL.canParse(url));
  if (wrong) return { ok: false, error: `“${wrong}” is not a web address starting with https://.` };
  if (pages.length > MAX_LIST) return { ok: false, error: `More than ${MAX_LIST} docs pages.` };

  const { keywords: _keywords, pages: _pages, ...kept } = base;
  return {
    ok: true,
    section: {
      ...kept,
      title,
      markdown: input.markdown,
      ...(keywords.length > 0 && { keywords }),
      ...(pages.length > 0 && { pages }),
    },
  };
}
