import { describe, expect, it } from 'vitest';
import { checkPack } from './pack';
import { packText } from './pack-format';
import { samplePack } from './pack-fixtures';
import { sectionFromInput, sectionInput } from './section-input';

const input = (fields: Partial<ReturnType<typeof sectionInput>>) => ({
  ...sectionInput(),
  title: 'hx-get',
  ...fields,
});

describe('section form', () => {
  it('turns keywords and docs pages into lists and keeps fields the form does not show', () => {
    const result = sectionFromInput(
      input({
        title: '  Why   htmx? ',
        markdown: 'Because.',
        keywords: 'hx-get,  hx-target , , hx-get',
        pages: 'https://htmx.org/attributes/hx-get/\n\n  https://htmx.org/docs/ ',
      }),
      {
        id: 'htmx/q-why',
        question: true,
        keywords: ['old'],
        prompt: 'Why?',
        title: 'x',
        markdown: '',
      },
    );
    expect(result).toEqual({
      ok: true,
      section: {
        id: 'htmx/q-why',
        question: true,
        prompt: 'Why?',
        title: 'Why htmx?',
        markdown: 'Because.',
        keywords: ['hx-get', 'hx-target'],
        pages: ['https://htmx.org/attributes/hx-get/', 'https://htmx.org/docs/'],
      },
    });
  });

  it('shows a stored section as the form does and reads it back unchanged', () => {
    const pack = samplePack();
    const stored = pack.notes[0]?.sections[0];
    if (!stored) throw new Error('the sample pack has a section');
    stored.pages = ['https://htmx.org/attributes/hx-get/'];
    expect(sectionFromInput(sectionInput(stored), stored)).toEqual({ ok: true, section: stored });
    const bare = pack.notes[0]?.sections[1];
    if (!bare) throw new Error('the sample pack has a second section');
    expect(sectionFromInput(sectionInput(bare), bare)).toEqual({ ok: true, section: bare });
  });

  it('drops cleared keywords and pages', () => {
    const result = sectionFromInput(input({ keywords: ' ', pages: '' }), {
      id: 'a/b',
      keywords: ['x'],
      pages: ['https://example.com/'],
    });
    expect(result).toEqual({ ok: true, section: { id: 'a/b', title: 'hx-get', markdown: '' } });
  });

  it.each([
    [{ title: '   ' }, /needs a title/],
    [{ title: 'x'.repeat(201) }, /longer than 200/],
    [{ keywords: 'k'.repeat(101) }, /longer than 100/],
    [{ pages: 'http://example.com/' }, /not a web address starting with https/],
    [{ pages: 'docs.djangoproject.com/en/5.2/' }, /not a web address/],
    [{ pages: 'javascript:alert(1)' }, /not a web address/],
  ])('refuses %j with a sentence', (fields, error) => {
    const result = sectionFromInput(input(fields), { id: 'a/b' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });

  it('gives sections the pack format accepts', () => {
    const pack = samplePack();
    const result = sectionFromInput(
      input({
        keywords: Array.from({ length: 50 }, (_, i) => `k${i}`).join(','),
        pages: 'https://a.example/x',
      }),
      { id: 'htmx/hx-get' },
    );
    if (!result.ok || !pack.notes[0]) throw new Error('the form should accept this');
    pack.notes[0].sections[0] = result.section;
    expect(checkPack(packText(pack), []).ok).toBe(true);
  });
});
