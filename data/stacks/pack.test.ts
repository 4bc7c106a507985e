import { describe, expect, it } from 'vitest';
import { MALFORMED_PACKS, noteAt, samplePack, sectionAt } from './pack-fixtures';
import { loadStackPacks } from './load';
import { blocksMarkdown, markdownBlocks } from './markdown-blocks';
import { checkPack, type StackPack } from './pack';
import { compareVersions, packText, sectionCount } from './pack-format';
import { diffPacks, diffSummary } from './pack-diff';
import { packToStack } from './pack-stack';
import { parseNote } from './parse';
import { bundledPackFiles } from '../../scripts/stacks-plugin';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const bundled = loadStackPacks();

describe('stack pack format', () => {
  it('accepts a valid pack and keeps it exactly', () => {
    const result = checkPack(packText(samplePack()), bundled);
    expect(result).toEqual({ ok: true, pack: samplePack(), bytes: expect.any(Number) });
  });

  it('accepts the bundled Django pack as built', () => {
    const django = bundled.find((p) => p.id === 'django');
    expect(django).toBeDefined();
    const result = checkPack(packText(django as StackPack), bundled);
    expect(result.ok).toBe(true);
    expect(sectionCount(django as StackPack)).toBe(13);
  });

  it.each(MALFORMED_PACKS)('refuses $name with a plain reason', ({ text, reason }) => {
    const result = checkPack(text, bundled);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(reason);
      expect(result.reason).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('has at least 20 kinds of malformed pack', () => {
    expect(MALFORMED_PACKS.length).toBeGreaterThanOrEqual(20);
  });

  it('turns a pack into a stack whose sections carry their pack and note', () => {
    const stack = packToStack(samplePack(), 'installed');
    expect(stack.source).toBe('installed');
    const [getSection] = stack.notes[0]?.sections ?? [];
    expect(getSection).toMatchObject({
      id: 'htmx/hx-get',
      noteId: 'htmx/basics',
      stackId: 'htmx',
      keywords: ['hx-get', 'hx-target'],
      blocks: [
        { kind: 'text', text: 'Issues a GET request and swaps the response in.' },
        { kind: 'code', lang: 'html', code: '<button hx-get="/clicked">Click</button>' },
      ],
    });
    expect(stack.notes[1]?.sections[0]?.question).toBe(true);
  });

  it('orders versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.2')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
    expect(compareVersions('0.1.0', '1.0.0')).toBeLessThan(0);
  });
});

describe('section Markdown blocks', () => {
  it('splits the bundled notes back into exactly the blocks the Markdown parser found', () => {
    const dir = join(import.meta.dirname, 'django');
    for (const file of [
      'models-views-urls.md',
      'django-rest-framework.md',
      'interview-questions.md',
    ]) {
      const note = parseNote(readFileSync(join(dir, file), 'utf8'), file, 'django', 'django/x');
      for (const section of note.sections) {
        expect(markdownBlocks(blocksMarkdown(section.blocks))).toEqual(section.blocks);
      }
    }
  });

  it('keeps code that itself holds a fence', () => {
    const blocks = [{ kind: 'code' as const, lang: 'md', code: '```py\nx = 1\n```' }];
    expect(markdownBlocks(blocksMarkdown(blocks))).toEqual(blocks);
  });

  it('treats an unclosed fence as code to the end', () => {
    expect(markdownBlocks('Intro\n\n~~~\nrest')).toEqual([
      { kind: 'text', text: 'Intro' },
      { kind: 'code', lang: '', code: 'rest' },
    ]);
  });
});

describe('upgrade diff', () => {
  it('lists added, changed and removed sections by id', () => {
    const v1 = samplePack('1.0.0');
    const v2 = samplePack('2.0.0');
    const basics = noteAt(v2, 0);
    basics.sections = [
      { ...sectionAt(v2, 0, 0), markdown: 'Now with hx-trigger.' },
      { id: 'htmx/hx-trigger', title: 'hx-trigger', markdown: 'Which event sends the request.' },
    ];
    const diff = diffPacks(v1, v2);
    expect(diff).toEqual({
      added: [{ id: 'htmx/hx-trigger', title: 'hx-trigger' }],
      changed: [{ id: 'htmx/hx-get', title: 'hx-get' }],
      removed: [{ id: 'htmx/hx-swap', title: 'hx-swap' }],
      unchanged: 1,
    });
    expect(diffSummary(diff)).toBe('1 added, 1 changed, 1 removed');
  });

  it('sees a moved section as unchanged and a new keyword as a change', () => {
    const v2 = samplePack('1.1.0');
    noteAt(v2, 0).sections.reverse();
    expect(diffPacks(samplePack(), v2).unchanged).toBe(3);
    sectionAt(v2, 0, 0).keywords = ['swap'];
    expect(diffPacks(samplePack(), v2).changed.map((s) => s.id)).toEqual(['htmx/hx-swap']);
    expect(diffSummary(diffPacks(samplePack(), samplePack()))).toBe('no section changes');
  });
});

describe('bundled pack files', () => {
  it('the build writes each bundled stack as a pack file that validates', () => {
    const files = bundledPackFiles();
    expect(files.map((f) => f.relativeDest)).toEqual(['stacks/django.devrecall-stack.json']);
    for (const file of files) expect(checkPack(file.contents, bundled).ok).toBe(true);
  });
});
