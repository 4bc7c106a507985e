/** How long the panel must have been fully visible before a click on it counts. */
export const VISIBLE_FOR_MS = 300;

/** Chrome's IntersectionObserver v2: not yet in the DOM typings. */
type VisibilityInit = IntersectionObserverInit & { trackVisibility: boolean; delay: number };
type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

const tracksVisibility = () =>
  typeof IntersectionObserverEntry !== 'undefined' &&
  'isVisible' in IntersectionObserverEntry.prototype;

/**
 * Refuses clicks (and form submits) on the panel while the docs page hides it from the reader:
 * made nearly transparent, covered, or distorted, to trick them into clicking it. Chrome says
 * whether an element is drawn unobscured and without effects (IntersectionObserver v2); a click
 * counts only after the panel has been so for `VISIBLE_FOR_MS`. Browsers that cannot tell accept
 * every click. `onClick` hears of each click, accepted or not. Returns a function that stops
 * guarding.
 */
export function guardClicks(panel: Element, onClick: (accepted: boolean) => void): () => void {
  if (!tracksVisibility()) return () => undefined;
  let visibleSince: number | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries as VisibilityEntry[]) {
        visibleSince = entry.isVisible ? (visibleSince ?? entry.time) : undefined;
      }
    },
    { trackVisibility: true, delay: 100 } as VisibilityInit,
  );
  observer.observe(panel);
  const refuse = (event: Event) => {
    const accepted =
      visibleSince !== undefined && performance.now() - visibleSince >= VISIBLE_FOR_MS;
    onClick(accepted);
    if (accepted) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  document.addEventListener('click', refuse, true);
  document.addEventListener('submit', refuse, true);
  return () => {
    observer.disconnect();
    document.removeEventListener('click', refuse, true);
    document.removeEventListener('submit', refuse, true);
  };
}
