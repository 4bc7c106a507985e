import DOMPurify from 'dompurify';
import { useLayoutEffect, useRef, type CSSProperties, type ElementType } from 'react';
import { isSafeHref } from './safe-url';

const NOT_A_LINK = 'data-not-a-link';

// Whatever made the HTML, only http(s) and in-app addresses stay links; any other link is marked
// here and unwrapped to its text after sanitising.
DOMPurify.addHook('beforeSanitizeAttributes', (node) => {
  if (node.nodeName !== 'A') return;
  const href = (node as Element).getAttribute('href');
  if (href === null || isSafeHref(href)) return;
  (node as Element).removeAttribute('href');
  (node as Element).setAttribute(NOT_A_LINK, '');
});

interface Props {
  html: string;
  as?: ElementType;
  className?: string;
  style?: CSSProperties;
}

/**
 * Renders HTML only after DOMPurify has removed scripts, event handlers and non-web links;
 * the sanitised nodes are inserted as a fragment, never re-parsed from a string.
 */
export function SafeHtml({ html, as: Tag = 'div', className, style }: Props) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
    for (const anchor of fragment.querySelectorAll(`a[${NOT_A_LINK}]`)) {
      anchor.replaceWith(...anchor.childNodes);
    }
    ref.current?.replaceChildren(fragment);
  }, [html]);
  return <Tag ref={ref} className={className} style={style} />;
}
