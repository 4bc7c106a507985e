import { useEffect, useMemo, useState } from 'react';
import { canHighlight, codeChunks, highlightCode, type CodeChunk } from './highlight';

export interface Highlighted {
  /** The whole code highlighted, when it could be done at once. */
  whole?: string;
  /** Otherwise the code in chunks, each with its highlighted HTML once its turn has come. */
  chunks: (CodeChunk & { html?: string })[];
}

/**
 * Highlights small code while rendering and large code one chunk per task, so a 100 KB snippet is
 * readable at once and the page stays responsive while colours arrive.
 */
export function useHighlight(code: string, lang: string): Highlighted {
  const chunks = useMemo(() => codeChunks(code), [code]);
  const atOnce = chunks.length <= 1 && (chunks[0]?.highlight ?? true);
  const whole = useMemo(
    () => (atOnce ? highlightCode(code, lang) : undefined),
    [atOnce, code, lang],
  );
  const [late, setLate] = useState<{ chunks: CodeChunk[]; lang: string; html: string[] }>();

  useEffect(() => {
    if (atOnce || !canHighlight(lang)) return;
    const html: string[] = [];
    let next = 0;
    let timer: ReturnType<typeof setTimeout>;
    const step = () => {
      while (next < chunks.length && !chunks[next]?.highlight) next++;
      const chunk = chunks[next];
      if (!chunk) return;
      html[next] = highlightCode(chunk.text, lang) ?? '';
      next++;
      setLate({ chunks, lang, html: [...html] });
      timer = setTimeout(step);
    };
    timer = setTimeout(step);
    return () => clearTimeout(timer);
  }, [atOnce, chunks, lang]);

  if (whole !== undefined) return { whole, chunks };
  const current = late?.chunks === chunks && late.lang === lang ? late.html : [];
  return { chunks: chunks.map((chunk, i) => ({ ...chunk, html: current[i] })) };
}
