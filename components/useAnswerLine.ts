import { useEffect, type RefObject } from 'react';
import { bestLineIndex, lineTerms } from '../data/search/excerpt';

/** The name of the CSS highlight (`::highlight(answer-line)`) on the line that answers. */
export const ANSWER_HIGHLIGHT = 'answer-line';

/** Prose blocks that can answer; a block holding others answers through them. */
const TEXT_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd';

/** A line as shown: its text, and the range of the page it covers. */
interface ShownLine {
  text: string;
  range: () => Range;
}

/** Each line of a code block, over the highlighter's spans, without its indentation. */
function codeLines(pre: Element): ShownLine[] {
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  const at = (offset: number): [Text, number] => {
    let found = nodes[0] as { node: Text; start: number };
    for (const entry of nodes) if (entry.start <= offset) found = entry;
    return [found.node, Math.min(offset - found.start, found.node.data.length)];
  };
  const lines: ShownLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const from = start + (line.length - line.trimStart().length);
    const to = start + line.trimEnd().length;
    lines.push({
      text: line,
      range: () => {
        const range = document.createRange();
        range.setStart(...at(from));
        range.setEnd(...at(Math.max(from, to)));
        return range;
      },
    });
    start += line.length + 1;
  }
  return nodes.length ? lines : [];
}

/** The lines a part of an item shows, in order: code line by line, prose block by block. */
function shownLines(scope: Element): ShownLine[] {
  const elements = [scope, ...scope.querySelectorAll(`pre, ${TEXT_BLOCKS}`)];
  return elements.flatMap((element) => {
    if (element.matches('pre')) return codeLines(element);
    if (!element.matches(TEXT_BLOCKS) || element.parentElement?.closest('pre')) return [];
    if (element.querySelector(`pre, ${TEXT_BLOCKS}`)) return [];
    return [
      {
        text: element.textContent ?? '',
        range: () => {
          const range = document.createRange();
          range.selectNodeContents(element);
          return range;
        },
      },
    ];
  });
}

/** Scrolls the nearest scrolling box (or the page) so the range sits in its middle. */
function scrollToMiddle(range: Range) {
  const rect = range.getBoundingClientRect();
  let box = range.commonAncestorContainer.parentElement;
  while (
    box &&
    !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))
  ) {
    box = box.parentElement;
  }
  if (box) {
    const outer = box.getBoundingClientRect();
    box.scrollTop += rect.top - outer.top - (outer.height - rect.height) / 2;
  } else {
    window.scrollBy(0, rect.top - (window.innerHeight - rect.height) / 2);
  }
}

/**
 * Lands an opened result on its answer, the way a docs link lands on its anchor: the line of the
 * item's content (the parts marked `data-answers` under `root`) that best answers `query` is
 * scrolled into the middle of the view once and marked. The item may render after the view opens
 * and re-render later: the mark follows its content.
 */
export function useAnswerLine(
  root: RefObject<HTMLElement | null>,
  query: string | undefined,
  /** Changes when another item is shown. */
  item: string,
): void {
  useEffect(() => {
    const element = root.current;
    const terms = query ? lineTerms(query) : [];
    if (!element || terms.length === 0) return;
    // The CSS Custom Highlight API marks text without touching the DOM React renders.
    const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    let scrolled = false;
    let frame = 0;
    const mark = () => {
      frame = 0;
      const lines = [...element.querySelectorAll('[data-answers]')].flatMap(shownLines);
      const line =
        lines[
          bestLineIndex(
            lines.map((l) => l.text),
            terms,
          )
        ];
      if (!line) return;
      const range = line.range();
      highlights?.set(ANSWER_HIGHLIGHT, new Highlight(range));
      if (!scrolled) {
        scrolled = true;
        scrollToMiddle(range);
      }
    };
    mark();
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(mark);
    });
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      highlights?.delete(ANSWER_HIGHLIGHT);
    };
  }, [root, query, item]);
}
