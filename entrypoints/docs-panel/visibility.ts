/** How long the panel must have been drawn unobscured before a click on it counts. */
export const VISIBLE_FOR_MS = 300;

/** Chrome's IntersectionObserver v2: not yet in the DOM typings. */
type VisibilityInit = IntersectionObserverInit & { trackVisibility: boolean; delay: number };
type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

const tracksVisibility = () =>
  typeof IntersectionObserverEntry !== 'undefined' &&
  'isVisible' in IntersectionObserverEntry.prototype;

/**
 * Refuses clicks and form submits on the panel while the docs page hides it from the reader (made
 * nearly transparent, covered or distorted to trick them into clicking it). Chrome tells whether
 * an element is drawn unobscured and without effects (IntersectionObserver v2); a click counts
 * once the panel has been so for `VISIBLE_FOR_MS`, which also covers the moment it opens.
 * Browsers that cannot tell accept every click.
 *
 * `panel.dataset.clicks` says whether a click would count right now ("accepted" or "refused"), so
 * the state can be inspected from outside. `onRefused` hears of each refused click. Returns a
 * function that stops guarding.
 */
export function guardClicks(panel: HTMLElement, onRefused: () => void): () => void {
  if (!tracksVisibility()) {
    panel.dataset.clicks = 'accepted';
    return () => delete panel.dataset.clicks;
  }
  let accepted = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const accept = (value: boolean) => {
    accepted = value;
    panel.dataset.clicks = value ? 'accepted' : 'refused';
  };
  accept(false);
  const observer = new IntersectionObserver(
    (entries) => {
      const visible = (entries.at(-1) as VisibilityEntry).isVisible === true;
      clearTimeout(timer);
      timer = undefined;
      if (!visible) accept(false);
      else if (!accepted) timer = setTimeout(() => accept(true), VISIBLE_FOR_MS);
    },
    { trackVisibility: true, delay: 100 } as VisibilityInit,
  );
  observer.observe(panel);
  const refuse = (event: Event) => {
    if (accepted) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    onRefused();
  };
  document.addEventListener('click', refuse, true);
  document.addEventListener('submit', refuse, true);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    document.removeEventListener('click', refuse, true);
    document.removeEventListener('submit', refuse, true);
    delete panel.dataset.clicks;
  };
}
