import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DOCS_MAPS, mappedSections, type DocsMap } from './docs-map';
import { loadStacks } from '../stacks/load';

const index = JSON.parse(
  readFileSync(join(import.meta.dirname, '../docs-index/docs-index.json'), 'utf8'),
) as {
  sources: { id: string; version: string }[];
  pages: [source: number, path: string, title: string][];
};

describe('the bundled Django docs map', () => {
  const [map] = BUNDLED_DOCS_MAPS;
  if (!map) throw new Error('no bundled docs map');

  it('assigns every page of the Django docs tree, "nothing" included', () => {
    // The docs index lists every page of the Django docs tree, built from its source.
    const django = index.sources.findIndex((s) => s.id === 'django');
    expect(index.sources[django]?.version).toBe(map.version);
    const paths = index.pages.filter(([source]) => source === django).map(([, path]) => path);
    expect(paths.length).toBeGreaterThan(600);
    const unassigned = paths
      .map((path) => path.replace(/\/$/, '') || 'index')
      .filter((path) => mappedSections(map, path) === undefined);
    expect(unassigned).toEqual([]);
  });

  it('names only sections of its stack, each once a page, and leaves out only the DRF ones', () => {
    const stack = loadStacks().find((s) => s.id === map.stack);
    const known = new Set(stack?.notes.flatMap((n) => n.sections.map((s) => s.id)));
    const named = new Set<string>();
    for (const [path, ids] of Object.entries(map.pages)) {
      expect(
        ids.filter((id) => !known.has(id)),
        path,
      ).toEqual([]);
      expect(new Set(ids).size, path).toBe(ids.length);
      for (const id of ids) named.add(id);
    }
    // No page of the Django docs is about Django REST framework's serializers or viewsets; a
    // section added to the stack fails here until the map places it.
    expect([...known].filter((id) => !named.has(id)).sort()).toEqual([
      'django/drf-serializers',
      'django/drf-viewsets',
    ]);
  });
});

describe('mappedSections', () => {
  const map: DocsMap = {
    stack: 's',
    version: '1',
    pages: { 'a/b': ['s/x'], 'a/*': [], 'a/c/*': ['s/y'], 'a/c/d': ['s/z'] },
  };

  it("takes a page's own entry, else the nearest subtree above it", () => {
    expect(mappedSections(map, 'a/b')).toEqual(['s/x']);
    expect(mappedSections(map, 'a/c/d')).toEqual(['s/z']);
    expect(mappedSections(map, 'a/c/e/f')).toEqual(['s/y']);
    expect(mappedSections(map, 'a/e')).toEqual([]);
  });

  it('does not cover a page outside its entries', () => {
    expect(mappedSections(map, 'a')).toBeUndefined();
    expect(mappedSections(map, 'b/c')).toBeUndefined();
    expect(mappedSections(map, 'constructor')).toBeUndefined();
    expect(mappedSections(map, 'a/__proto__')).toEqual([]);
  });
});
