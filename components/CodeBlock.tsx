import { memo, useState, type CSSProperties } from 'react';
import { SafeHtml } from './SafeHtml';
import { useHighlight } from './useHighlight';

interface Props {
  code: string;
  lang: string;
  /** Shown on the copy button, e.g. "Copy code block 2". */
  label?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function CodeBlock({ code, lang, label = 'Copy code' }: Props) {
  const [state, setState] = useState<CopyState>('idle');
  const { whole, chunks } = useHighlight(code, lang);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 1500);
  };

  return (
    <figure className="code-block">
      <figcaption>
        <span className="code-lang">{lang || 'text'}</span>
        <button type="button" className="copy-button" aria-label={label} onClick={copy}>
          {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
        </button>
      </figcaption>
      <pre>
        {whole !== undefined ? (
          <SafeHtml as="code" className={`hljs language-${lang}`} html={whole} />
        ) : (
          <code className={`hljs language-${lang}`}>
            {chunks.map((chunk, i) => (
              <CodeChunk key={i} text={chunk.text} html={chunk.html} />
            ))}
          </code>
        )}
      </pre>
    </figure>
  );
}

/** One chunk of large code: its text until its highlighted HTML arrives. */
const CodeChunk = memo(function CodeChunk({ text, html }: { text: string; html?: string }) {
  const lines = text.split('\n').length - 1 || 1;
  const style = { '--chunk-lines': lines } as CSSProperties;
  return html === undefined ? (
    <span className="code-chunk" style={style}>
      {text}
    </span>
  ) : (
    <SafeHtml as="span" className="code-chunk" style={style} html={html} />
  );
});
