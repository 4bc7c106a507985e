import { kindLabel } from '../../components/kind-label';
import { bestLine, markTerms, type Range } from '../../data/search/excerpt';
import type { SearchHit } from '../../data/search/types';

/** `text` into `parent` with `ranges` in <mark>, as text nodes: nothing in a record is read as HTML. */
function appendMarked(parent: HTMLElement, text: string, ranges: readonly Range[]): void {
  const page = parent.ownerDocument;
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parent.append(text.slice(at, start));
    const mark = page.createElement('mark');
    mark.textContent = text.slice(start, end);
    parent.append(mark);
    at = end;
  }
  if (at < text.length) parent.append(text.slice(at));
}

function element<K extends keyof HTMLElementTagNameMap>(
  page: Document,
  tag: K,
  className: string,
  id?: string,
): HTMLElementTagNameMap[K] {
  const el = page.createElement(tag);
  el.className = className;
  if (id) el.id = id;
  return el;
}

/**
 * Fills `list` with rows for `hits` as the popup's result list draws them (`ResultList`), the
 * first selected, for the popup's first script to show before its UI has loaded.
 */
export function renderFirstResults(list: HTMLElement, hits: readonly SearchHit[], query: string) {
  const page = list.ownerDocument;
  list.replaceChildren(
    ...hits.map((hit, index) => {
      const id = `result-${index}`;
      const row = element(page, 'li', 'result', id);
      row.setAttribute('role', 'option');
      row.setAttribute('aria-selected', String(index === 0));
      row.dataset.id = hit.doc.id;
      const head = element(page, 'div', 'result-head');
      const title = element(page, 'span', 'result-title', `${id}-title`);
      appendMarked(title, hit.doc.title, markTerms(hit.doc.title, hit.matched));
      const kind = element(page, 'span', `kind kind-${hit.doc.kind}`, `${id}-kind`);
      kind.textContent = kindLabel(hit.doc);
      head.append(title, kind);
      const context = element(page, 'div', 'result-context', `${id}-context`);
      context.textContent = hit.doc.context;
      row.append(head, context);
      row.setAttribute('aria-labelledby', `${id}-title ${id}-kind`);
      const excerpt = bestLine(hit.doc, query, hit.matched);
      if (excerpt) {
        const line = element(page, 'div', excerpt.code ? 'result-line code' : 'result-line');
        line.id = `${id}-line`;
        appendMarked(line, excerpt.text, excerpt.ranges);
        row.append(line);
      }
      row.setAttribute('aria-describedby', excerpt ? `${id}-context ${id}-line` : `${id}-context`);
      return row;
    }),
  );
}
