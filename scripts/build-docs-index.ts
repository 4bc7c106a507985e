/**
 * Builds the bundled docs index from the docs' own source:
 *
 *   tsx scripts/build-docs-index.ts --django ../django --drf ../django-rest-framework
 *
 * Each path is a checkout (or an export) of the repository; only its `docs/` folder is read. The
 * commit is taken from git when the path is a checkout, or given with --django-commit and
 * --drf-commit. Writes data/docs-index/docs-index.json.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DOCS_INDEX_FORMAT, type DocsIndexData } from '../data/docs-index/format';
import { parseMarkdown } from './docs-index/markdown';
import { parseRst, type RawPage } from './docs-index/rst';

const OUT = resolve(import.meta.dirname, '../data/docs-index/docs-index.json');

/** Folders of the Django docs that are not documentation pages. */
const DJANGO_SKIP = /^(_ext|_theme|man)\//;

function filesUnder(root: string, extension: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

function commitOf(path: string, given: string | undefined): string {
  if (given) return given;
  try {
    return execFileSync('git', ['-C', path, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      `${path} is not a git checkout: say its commit with --django-commit/--drf-commit`,
    );
  }
}

/** `ref/models/querysets.txt` → `ref/models/querysets/`; `index.txt` files name their folder. */
function djangoPath(file: string): string {
  const path = file.replace(/\.txt$/, '').replace(/(^|\/)index$/, '');
  return path ? `${path}/` : '';
}

export function buildIndex(options: {
  django: string;
  djangoCommit: string;
  drf: string;
  drfCommit: string;
}): DocsIndexData {
  const kinds: string[] = [];
  const kindId = (kind: string) => {
    let id = kinds.indexOf(kind);
    if (id < 0) id = kinds.push(kind) - 1;
    return id;
  };
  const data: DocsIndexData = {
    format: DOCS_INDEX_FORMAT,
    sources: [],
    kinds,
    pages: [],
    entries: [],
  };
  const addPage = (source: number, path: string, page: RawPage, onlyTitle: boolean) => {
    if (!page.title) return;
    const pageId = data.pages.push([source, path, page.title]) - 1;
    for (const entry of onlyTitle ? page.entries.slice(0, 1) : page.entries) {
      const row: DocsIndexData['entries'][number] = [
        pageId,
        kindId(entry.kind),
        entry.title,
        entry.anchor,
        entry.summary,
      ];
      data.entries.push(row);
    }
  };

  const djangoDocs = join(options.django, 'docs');
  const django =
    data.sources.push({
      id: 'django',
      name: 'Django',
      version: djangoVersion(djangoDocs),
      repository: 'https://github.com/django/django',
      commit: options.djangoCommit,
      licence: 'BSD-3-Clause',
      base: 'https://docs.djangoproject.com/en/{version}/',
    }) - 1;
  for (const file of filesUnder(djangoDocs, '.txt')) {
    if (DJANGO_SKIP.test(file)) continue;
    const page = parseRst(readFileSync(join(djangoDocs, file), 'utf8'));
    // Release notes are many pages of the same headings: their titles are what people look up.
    addPage(django, djangoPath(file), page, file.startsWith('releases/'));
  }

  const drfDocs = join(options.drf, 'docs', 'api-guide');
  const drf =
    data.sources.push({
      id: 'drf',
      name: 'Django REST framework',
      version: drfVersion(options.drf),
      repository: 'https://github.com/encode/django-rest-framework',
      commit: options.drfCommit,
      licence: 'BSD-3-Clause',
      base: 'https://www.django-rest-framework.org/',
    }) - 1;
  for (const file of filesUnder(drfDocs, '.md')) {
    const path = `api-guide/${file.replace(/\.md$/, '')}/`;
    addPage(drf, path, parseMarkdown(readFileSync(join(drfDocs, file), 'utf8'), file), false);
  }
  return data;
}

function djangoVersion(docs: string): string {
  const match = /^version = "([^"]+)"/m.exec(readFileSync(join(docs, 'conf.py'), 'utf8'));
  if (!match) throw new Error(`No version in ${join(docs, 'conf.py')}`);
  return match[1] as string;
}

function drfVersion(root: string): string {
  const init = readFileSync(join(root, 'rest_framework', '__init__.py'), 'utf8');
  return /__version__ = '([^']+)'/.exec(init)?.[1] ?? 'unknown';
}

function main() {
  const { values } = parseArgs({
    options: {
      django: { type: 'string' },
      'django-commit': { type: 'string' },
      drf: { type: 'string' },
      'drf-commit': { type: 'string' },
    },
  });
  if (!values.django || !values.drf) {
    console.error('usage: tsx scripts/build-docs-index.ts --django DIR --drf DIR');
    process.exit(2);
  }
  const data = buildIndex({
    django: values.django,
    djangoCommit: commitOf(values.django, values['django-commit']),
    drf: values.drf,
    drfCommit: commitOf(values.drf, values['drf-commit']),
  });
  // One entry per line: compact, and a regenerated index diffs line by line.
  const json = `{\n${(['format', 'sources', 'kinds', 'pages'] as const)
    .map((key) => `"${key}": ${JSON.stringify(data[key])},`)
    .join('\n')}\n"entries": [\n${data.entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
  writeFileSync(OUT, json);
  console.log(
    `${relative(process.cwd(), OUT)}: ${data.pages.length} pages, ${data.entries.length} entries, ` +
      `${(json.length / 1024).toFixed(0)} KB (${(gzipSync(json).length / 1024).toFixed(0)} KB gzip)`,
  );
}

main();
