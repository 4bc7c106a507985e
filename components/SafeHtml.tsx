import DOMPurify from 'dompurify';
import { useLayoutEffect, useRef, type ElementType } from 'react';

interface Props {
  html: string;
  as?: ElementType;
  className?: string;
}

/**
 * Renders HTML only after DOMPurify has removed scripts, event handlers and `javascript:` URLs;
 * the sanitised nodes are inserted as a fragment, never re-parsed from a string.
 */
export function SafeHtml({ html, as: Tag = 'div', className }: Props) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
    ref.current?.replaceChildren(fragment);
  }, [html]);
  return <Tag ref={ref} className={className} />;
}
