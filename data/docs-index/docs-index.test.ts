import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocsIndexData } from './format';

const root = resolve(import.meta.dirname, '../..');
const index = JSON.parse(
  readFileSync(resolve(root, 'data/docs-index/docs-index.json'), 'utf8'),
) as DocsIndexData;
const manifest = JSON.parse(
  readFileSync(resolve(root, 'e2e/fixtures/docs/manifest.json'), 'utf8'),
) as { pages: { file: string; url: string; title: string }[] };

const django = index.sources.findIndex((s) => s.id === 'django');
const base = 'https://docs.djangoproject.com/en/5.2/';

describe('the bundled docs index', () => {
  it('is Django 5.2 and the DRF API guide, with commits and licence', () => {
    expect(index.sources.map((s) => [s.id, s.licence])).toEqual([
      ['django', 'BSD-3-Clause'],
      ['drf', 'BSD-3-Clause'],
    ]);
    expect(index.sources[django]?.version).toBe('5.2');
    for (const source of index.sources) expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  // The fixture pages are the real rendered docs: every anchor the index links to must exist there.
  it.each(manifest.pages)('links only to anchors that exist on $url', ({ file, url, title }) => {
    const html = readFileSync(
      resolve(root, 'e2e/fixtures/docs', file.replace(/^pages\//, '')),
      'utf8',
    );
    const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
    const page = index.pages.findIndex(
      ([source, path]) => source === django && base + path === url,
    );
    expect(page).toBeGreaterThanOrEqual(0);
    expect(index.pages[page]?.[2]).toBe(title);
    const anchors = index.entries.filter((e) => e[0] === page && e[3] !== '').map((e) => e[3]);
    expect(anchors.filter((anchor) => !ids.has(anchor))).toEqual([]);
  });

  it('has thousands of entries, most with a summary', () => {
    expect(index.entries.length).toBeGreaterThan(5000);
    const described = index.entries.filter((e) => e[4] !== '').length;
    expect(described / index.entries.length).toBeGreaterThan(0.7);
  });

  it('names documented objects with their kind and summary', () => {
    const find = (title: string, kind: string) =>
      index.entries.find((e) => e[2] === title && index.kinds[e[1]] === kind);
    expect(find('csrf_exempt()', 'function')?.[3]).toBe('django.views.decorators.csrf.csrf_exempt');
    expect(find('F', 'class')?.[3]).toBe('django.db.models.F');
    expect(find('QuerySet.annotate()', 'method')?.[4]).toMatch(/^Annotates each object/);
    expect(find('ROOT_URLCONF', 'setting')?.[3]).toBe('std-setting-ROOT_URLCONF');
    expect(find('url', 'templatetag')?.[3]).toBe('std-templatetag-url');
    expect(find('migrate', 'command')?.[3]).toBe('django-admin-migrate');
    expect(find('pre_save', 'signal')?.[3]).toBe('django.db.models.signals.pre_save');
    const method = find('SerializerMethodField', 'class');
    expect(index.pages[method?.[0] ?? -1]?.[1]).toBe('api-guide/fields/');
    expect(method?.[3]).toBe('serializermethodfield');
  });
});
