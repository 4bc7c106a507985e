import { firstSentence, type RawPage } from './rst';

/** Python-Markdown's `toc` slug: what MkDocs puts in a heading's id. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\p{ASCII}]/gu, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '-');
}

/** A heading as the reader sees it: code spans, links, emphasis and HTML reduced to text. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/\{:?\s*#[^}]*\}\s*$/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z]+;/g, ' ')
    .replace(
      /!?\[([^\]]*)\]\[[^\]]*\]|!?\[([^\]]*)\]\([^)]*\)/g,
      (_, a?: string, b?: string) => a ?? b ?? '',
    )
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a DRF heading documents: a class, a method or attribute, a setting, or a section. */
function headingKind(text: string, file: string): string {
  if (/^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(text) && /^.[^A-Z]*[A-Z]/.test(text))
    return 'class';
  if (/^\.?[a-z_][a-z0-9_]*\(.*\)$/.test(text)) return 'method';
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(text) && file.endsWith('settings.md'))
    return 'setting';
  if (/^\.?[a-z_][a-z0-9_]*$/.test(text) && text.includes('_')) return 'attribute';
  return 'section';
}

/** Markdown prose for a summary: links and code spans reduced to their text. */
const prose = headingText;

/** Headings of a Markdown page (DRF's MkDocs source) with MkDocs' anchors. */
export function parseMarkdown(source: string, file: string): RawPage {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const entries: RawPage['entries'] = [];
  const used = new Map<string, number>();
  let title = '';
  let fence: string | undefined;
  let start = 0;
  // Front matter (`source:` lists) is not part of the page.
  if (lines[0] === '---') {
    start = lines.indexOf('---', 1) + 1;
  }
  // MkDocs names a page without a top heading after its file.
  if (
    !lines
      .slice(start)
      .find((l) => /^#{1,6}\s/.test(l))
      ?.startsWith('# ')
  ) {
    const name = file.replace(/\.md$/, '').replace(/-/g, ' ');
    title = name.charAt(0).toUpperCase() + name.slice(1);
    entries.push({
      kind: 'page',
      title,
      anchor: '',
      summary: firstSentence(paragraphAfter(lines, start)),
    });
  }
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    const fenceMark = /^\s*(```|~~~)/.exec(line);
    if (fenceMark) {
      if (fence === undefined) fence = fenceMark[1];
      else if (fenceMark[1] === fence) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const raw = heading[2] as string;
    const text = headingText(raw);
    if (!text) continue;
    const explicit = /\{:?\s*#([\w-]+)[^}]*\}\s*$/.exec(raw)?.[1];
    const base = explicit ?? slugify(text);
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    const anchor = seen ? `${base}_${seen}` : base;
    const summary = firstSentence(paragraphAfter(lines, i + 1));
    if (!title) {
      title = text;
      entries.push({ kind: 'page', title: text, anchor: '', summary });
    } else {
      entries.push({ kind: headingKind(text, file), title: text, anchor, summary });
    }
  }
  return { title, entries };
}

/** The first prose paragraph after a heading: not code, admonitions, tables, epigraphs or signatures. */
function paragraphAfter(lines: readonly string[], from: number): string {
  const out: string[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^#{1,6}\s/.test(line)) break;
    if (line.trim() === '') {
      if (out.length) break;
      continue;
    }
    if (/^(\s{4}|\t|```|~~~|!!!|\||---|\[[^\]]+\]:|<|>|\*\*Signature)/.test(line)) {
      if (out.length) break;
      // Skip the rest of this block.
      while (i + 1 < lines.length && (lines[i + 1] as string).trim() !== '') i++;
      continue;
    }
    out.push(prose(line));
  }
  return out.join(' ');
}
