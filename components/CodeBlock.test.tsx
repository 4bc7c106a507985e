import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CodeBlock } from './CodeBlock';

const bigPython = Array.from(
  { length: 400 },
  (_, i) => `def handler_${i}(request):\n    return "view ${i}"\n`,
).join('');

describe('CodeBlock', () => {
  it('shows small code highlighted at once', () => {
    const { container } = render(<CodeBlock code={'def f():\n    return 1\n'} lang="python" />);
    expect([...container.querySelectorAll('.hljs-keyword')].map((k) => k.textContent)).toContain(
      'return',
    );
  });

  it('shows large code as text at once and colours it chunk by chunk, the text unchanged', async () => {
    const { container } = render(<CodeBlock code={bigPython} lang="python" />);
    const code = () => container.querySelector('pre code');
    expect(code()?.textContent).toBe(bigPython);
    // Every line's string, across all the chunks.
    await waitFor(() => expect(code()?.querySelectorAll('.hljs-string').length).toBe(400), {
      timeout: 20_000,
    });
    expect(code()?.textContent).toBe(bigPython);
  });
});
