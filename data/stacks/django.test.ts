import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSections, bundledStacks } from './bundled';

const SOURCE = readFileSync(join(import.meta.dirname, 'django/source.txt'), 'utf8');

const EXPECTED_IDS = [
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

/** Lines of the source page that are page furniture (hub header, card teasers, footer), not note content. */
const PAGE_CHROME = [
  /^All topics$/,
  /^Backend · Learning hub$/,
  /^Django notes for developers$/,
  /^Master Django with a curated set/,
  /^Save this stack to your DevRecallMore Backend notes$/,
  /^Django$/,
  /^(Models, Views & URLs|Django REST Framework|Django Interview Questions) \S.{60,}$/,
  /^Keep your Django knowledge sharp\.$/,
  /^Save this stack to your personal DevRecall/,
  /^Get started — free forever$/,
];

const sourceLines = SOURCE.split('\n').filter((line) => line.trim() !== '');

function bundledText(): string {
  return bundledStacks
    .flatMap((stack) => stack.notes)
    .flatMap((note) => [
      note.title,
      `Django ${note.title}`,
      ...note.sections.flatMap((s) => [
        s.question ? `Q: ${s.title}` : s.title,
        ...s.blocks.map((b) => (b.kind === 'code' ? b.code : b.text)),
      ]),
    ])
    .join('\n');
}

describe('bundled Django stack', () => {
  it('has the three notes under Backend with every section id', () => {
    const django = bundledStacks.find((s) => s.id === 'django');
    expect(django?.topic).toBe('Backend');
    expect(django?.notes.map((n) => n.title)).toEqual([
      'Models, Views & URLs',
      'Django REST Framework',
      'Interview Questions',
    ]);
    expect(bundledSections.map((s) => s.id)).toEqual(EXPECTED_IDS);
  });

  it('keeps every line of the source notes', () => {
    const bundled = new Set(bundledText().split('\n'));
    const missing = sourceLines.filter(
      (line) => !PAGE_CHROME.some((chrome) => chrome.test(line)) && !bundled.has(line),
    );
    expect(missing).toEqual([]);
  });

  it('keeps every code block verbatim, as a contiguous run of the source', () => {
    const codeBlocks = bundledSections.flatMap((s) => s.blocks.filter((b) => b.kind === 'code'));
    expect(codeBlocks).toHaveLength(7);
    for (const block of codeBlocks) {
      expect(SOURCE).toContain(block.code);
      expect(block.lang).toMatch(/^(python|bash)$/);
    }
  });

  it('gives each interview question its answer as text', () => {
    const questions = bundledSections.filter((s) => s.question);
    expect(questions.map((q) => q.id)).toEqual(EXPECTED_IDS.filter((id) => id.includes('/q-')));
    for (const q of questions) {
      expect(q.title).toMatch(/\?$/);
      expect(q.blocks).toEqual([{ kind: 'text', text: expect.stringMatching(/\.$/) }]);
    }
  });
});
