import { describe, expect, it } from 'vitest';
import { codeChunks, highlightsAtOnce } from './highlight';

const pythonLine = (i: number) => `def handler_${i}(request):  # view ${i}\n`;
const bigPython = Array.from({ length: 3000 }, (_, i) => pythonLine(i)).join('');

describe('codeChunks', () => {
  it.each([
    ['small code', 'x = 1\ny = 2\n'],
    ['no final newline', 'x = 1\ny = 2'],
    ['Windows line ends', 'a\r\nb\r\n'],
    ['blank lines', '\n\n\nx\n\n'],
    ['100 KB of code', bigPython],
    ['a 99 KB word between lines', `start\n${'a'.repeat(99_000)}\nend\n`],
  ])('gives back exactly the code: %s', (_, code) => {
    expect(
      codeChunks(code)
        .map((c) => c.text)
        .join(''),
    ).toBe(code);
  });

  it('keeps every highlighted chunk small and leaves very long lines plain', () => {
    const code = `${bigPython}${'x'.repeat(5_000)}\n${bigPython}`;
    const chunks = codeChunks(code);
    const plain = chunks.filter((c) => !c.highlight);
    expect(plain.map((c) => c.text)).toEqual([`${'x'.repeat(5_000)}\n`]);
    for (const chunk of chunks.filter((c) => c.highlight))
      expect(chunk.text.length).toBeLessThanOrEqual(6_000);
  });

  it('starts chunks at unindented lines, so each is highlighted with its context', () => {
    const code = Array.from({ length: 800 }, (_, i) => `def f${i}():\n    return ${i}\n`).join('');
    const chunks = codeChunks(code);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.text).toMatch(/^def /);
  });

  it('highlights ordinary code at once, and large code or a long run in chunks', () => {
    expect(highlightsAtOnce('from django.db import models\n')).toBe(true);
    expect(highlightsAtOnce('')).toBe(true);
    expect(highlightsAtOnce(bigPython)).toBe(false);
    expect(highlightsAtOnce('a'.repeat(2_000))).toBe(false);
  });
});
