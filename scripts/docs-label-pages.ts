/*
 * Fills in the page fields of a related-notes label file from the Django docs' reStructuredText
 * source, so labelled pages carry what the docs sidebar reads on the rendered page: URL, title,
 * section headings (h2, h3), intro and the plain text of the article with its code.
 *
 *   tsx scripts/docs-label-pages.ts GIT_DIR COMMIT VERSION FILE.json
 *
 * GIT_DIR is a (bare) clone of django/django, COMMIT the docs' revision, VERSION the docs version
 * in the URL (`5.2`). FILE.json is a label file, a bare array or `{ "universe", "pages" }`; each
 * page needs `file` (`docs/topics/db/queries.txt`) and `labels`, everything else is rewritten.
 * To label a new page, add `{ "file": …, "labels": { "primary": …, "relevant": [] } }` and re-run.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** The sidebar reads this much of an article; label files keep the same. */
const BODY_LENGTH = 30_000;
/** As the page reader's intro. */
const INTRO_LENGTH = 400;

interface Block {
  kind: 'heading' | 'text' | 'code';
  text: string;
  level?: number;
}

const ADORNMENT = /^([=\-~^"'`#*+:.])\1{2,}\s*$/;
/** Directives whose content is not shown as page text (or is shown as nothing at all). */
const HIDDEN = new Set([
  'toctree',
  'index',
  'highlight',
  'currentmodule',
  'module',
  'image',
  'figure',
  'raw',
  'only',
  'include',
  'literalinclude',
  'contents',
  'default-role',
  'role',
  'templatetag-index',
]);
const CODE = new Set(['code-block', 'code', 'console', 'parsed-literal', 'doctest', 'sourcecode']);
const VERSIONED: Record<string, string> = {
  versionadded: 'New in Django',
  versionchanged: 'Changed in Django',
  deprecated: 'Deprecated since version',
};
/** Roles whose target Sphinx shows as code and, for callables, with parentheses. */
const CALLABLE_ROLES = new Set(['func', 'meth']);

/** Inline markup to the text a reader sees. */
export function inline(text: string, version: string): string {
  return text
    .replace(/:([a-z]+(?::[a-z]+)?):`([^`]+)`/g, (_, role: string, body: string) => {
      const labelled = /^(.*?)\s*<[^>]+>$/s.exec(body);
      let shown = labelled?.[1] ? labelled[1] : body.replace(/^[!~]/, '');
      if (!labelled && body.startsWith('~')) shown = shown.split('.').pop() ?? shown;
      if (role === 'pep') shown = `PEP ${shown}`;
      if (role === 'ticket') shown = `#${shown}`;
      if (CALLABLE_ROLES.has(role) && !shown.endsWith(')')) shown = `${shown}()`;
      return shown;
    })
    .replace(/``([^`]+)``/g, '$1')
    .replace(/`([^`<]+?)\s*<[^>]*>`__?/g, '$1')
    .replace(/`([^`]+)`__?/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1$2')
    .replace(/\|version\|/g, version)
    .replace(/\|release\|/g, version)
    .replace(/\[#\w*\]_/g, '')
    .replace(/\\(.)/g, '$1');
}

const indentOf = (line: string) => line.length - line.trimStart().length;

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim()).map(indentOf);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut));
}

/** Lines indented deeper than `indent` from `start`, blank lines included: a block's content. */
function indentedBlock(lines: string[], start: number, indent: number): number {
  let end = start;
  while (end < lines.length) {
    const line = lines[end] ?? '';
    if (line.trim() && indentOf(line) <= indent) break;
    end++;
  }
  while (end > start && !(lines[end - 1] ?? '').trim()) end--;
  return end;
}

/** reStructuredText to the blocks of the rendered page. */
export function rstBlocks(source: string, version: string): Block[] {
  const lines = source.replace(/\t/g, '    ').split('\n');
  const blocks: Block[] = [];
  const styles: string[] = [];
  const levelOf = (style: string) => {
    if (!styles.includes(style)) styles.push(style);
    return styles.indexOf(style) + 1;
  };

  let paragraphIndent = 0;
  const walk = (lines: string[]) => {
    let paragraph: string[] = [];
    let literalNext = false;
    const flush = () => {
      if (!paragraph.length) return;
      let text = paragraph.join('\n');
      literalNext = /::\s*$/.test(text);
      text = text.replace(/\s*::\s*$/, literalNext && /\S\s*::\s*$/.test(text) ? ':' : '');
      // Tables: drop rules and cell borders, keep the cells' words.
      text = text
        .split('\n')
        .filter((l) => !/^\s*[+=|-][-=+| ]*$/.test(l) || /\w/.test(l))
        .map((l) => l.replace(/^\s*\|\s?|\s?\|\s*$/g, '').replace(/\s+\|\s+/g, '  '))
        .join('\n');
      if (text.trim()) blocks.push({ kind: 'text', text: inline(text.trim(), version) });
      paragraph = [];
    };

    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      const next = lines[i + 1] ?? '';
      if (!line.trim()) {
        const wasLiteral = paragraph.length > 0 && /::\s*$/.test(paragraph.join(' '));
        flush();
        if (wasLiteral || literalNext) {
          let j = i + 1;
          while (j < lines.length && !(lines[j] ?? '').trim()) j++;
          const base = paragraphIndent;
          if (j < lines.length && indentOf(lines[j] ?? '') > base) {
            const end = indentedBlock(lines, j, base);
            blocks.push({ kind: 'code', text: dedent(lines.slice(j, end)).join('\n') });
            i = end - 1;
          }
          literalNext = false;
        }
        continue;
      }
      // Section titles, with or without an overline.
      if (ADORNMENT.test(line) && next.trim() && ADORNMENT.test(lines[i + 2] ?? '')) {
        flush();
        blocks.push({
          kind: 'heading',
          text: inline(next.trim(), version),
          level: levelOf(`over${line.trim()[0]}`),
        });
        i += 2;
        continue;
      }
      if (
        !paragraph.length &&
        indentOf(line) === 0 &&
        ADORNMENT.test(next) &&
        !ADORNMENT.test(line) &&
        next.trim().length >= line.trim().length - 1
      ) {
        blocks.push({
          kind: 'heading',
          text: inline(line.trim(), version),
          level: levelOf(next.trim()[0] ?? '='),
        });
        i += 1;
        continue;
      }
      const directive = /^(\s*)\.\.\s+(?:([\w:-]+)::\s*(.*)|(.*))$/.exec(line);
      if (directive && !paragraph.length) {
        const indent = directive[1]?.length ?? 0;
        const end = indentedBlock(lines, i + 1, indent);
        const name = directive[2];
        const argument = directive[3] ?? '';
        const content = lines.slice(i + 1, end);
        // A directive's options (`:caption: …`) come first, before a blank line.
        let body = 0;
        while (body < content.length && /^\s*:[\w-]+:/.test(content[body] ?? '')) body++;
        const inner = dedent(content.slice(body));
        i = end - 1;
        if (!name) {
          // Footnotes show; comments, targets and substitutions do not.
          const footnote = /^\[[#\w]*\]\s+(.*)$/.exec(directive[4] ?? '');
          if (footnote) walk([footnote[1] ?? '', ...inner]);
          continue;
        }
        if (HIDDEN.has(name)) continue;
        if (CODE.has(name)) {
          blocks.push({ kind: 'code', text: inner.join('\n').replace(/^\n+|\n+$/g, '') });
          continue;
        }
        const versioned = VERSIONED[name];
        if (versioned) {
          blocks.push({ kind: 'text', text: `${versioned} ${argument.trim()}:` });
        } else if (
          name.includes(':') ||
          /^(?:function|class|method|attribute|data|exception|decorator|setting|django-admin|django-admin-option|templatetag|templatefilter|fieldlookup|envvar|option|signal)$/.test(
            name,
          )
        ) {
          // An object's signature is the title of its description.
          if (argument.trim()) blocks.push({ kind: 'code', text: argument.trim() });
        } else if (argument.trim() && name !== 'snippet') {
          blocks.push({ kind: 'text', text: inline(argument.trim(), version) });
        }
        walk(inner);
        continue;
      }
      if (!paragraph.length) paragraphIndent = indentOf(line);
      paragraph.push(line);
    }
    flush();
  };
  walk(lines);
  return blocks;
}

export interface PageFields {
  url: string;
  title: string;
  headings: string[];
  heading_levels: number[];
  intro: string;
  body: string;
}

export function pageFields(file: string, source: string, version: string): PageFields {
  const blocks = rstBlocks(source, version);
  const title = blocks.find((b) => b.kind === 'heading')?.text ?? '';
  const headings = blocks.filter((b) => b.kind === 'heading' && b.level && b.level > 1);
  const sections = headings.filter((b) => (b.level ?? 0) <= 3);
  let intro = '';
  for (const block of blocks) {
    if (block.kind !== 'text') continue;
    intro = intro ? `${intro} ${block.text}` : block.text;
    if (intro.length >= INTRO_LENGTH) break;
  }
  intro = intro.replace(/\s+/g, ' ').trim();
  if (intro.length > INTRO_LENGTH) intro = intro.slice(0, intro.lastIndexOf(' ', INTRO_LENGTH));
  const path = file.replace(/^docs\//, '').replace(/(?:^|\/)index\.txt$|\.txt$/, '');
  return {
    url: `https://docs.djangoproject.com/en/${version}/${path ? `${path}/` : ''}`,
    title,
    headings: sections.map((b) => b.text),
    heading_levels: sections.map((b) => b.level ?? 2),
    intro,
    body: blocks
      .map((b) => b.text)
      .join('\n\n')
      .slice(0, BODY_LENGTH),
  };
}

interface LabelFile {
  universe?: string[];
  pages: { file: string; labels: unknown; [key: string]: unknown }[];
}

function main() {
  const [gitDir, commit, version, file] = process.argv.slice(2);
  if (!gitDir || !commit || !version || !file) {
    console.error('usage: tsx scripts/docs-label-pages.ts GIT_DIR COMMIT VERSION FILE.json');
    process.exit(1);
  }
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as LabelFile | LabelFile['pages'];
  const pages = Array.isArray(parsed) ? parsed : parsed.pages;
  const filled = pages.map(({ file: source, labels }) => {
    const rst = execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${source}`], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const { url, ...fields } = pageFields(source, rst, version);
    return { url, file: source, ...fields, labels };
  });
  const out = Array.isArray(parsed) ? filled : { ...parsed, pages: filled };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`${filled.length} pages written to ${file}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
