import { useState } from 'react';
import { highlightCode } from './highlight';
import { SafeHtml } from './SafeHtml';

interface Props {
  code: string;
  lang: string;
  /** Shown on the copy button, e.g. "Copy code block 2". */
  label?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function CodeBlock({ code, lang, label = 'Copy code' }: Props) {
  const [state, setState] = useState<CopyState>('idle');
  const highlighted = highlightCode(code, lang);

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
        {highlighted === undefined ? (
          <code>{code}</code>
        ) : (
          <SafeHtml as="code" className={`hljs language-${lang}`} html={highlighted} />
        )}
      </pre>
    </figure>
  );
}
