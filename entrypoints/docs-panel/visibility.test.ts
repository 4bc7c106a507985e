import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardClicks, VISIBLE_FOR_MS } from './visibility';

/** Stands in for Chrome's IntersectionObserver v2: the test says when the panel is drawn. */
class VisibilityObserver {
  static current: VisibilityObserver | undefined;
  constructor(private readonly report: (entries: { isVisible: boolean }[]) => void) {
    VisibilityObserver.current = this;
  }
  observe() {}
  disconnect() {}
  show(isVisible: boolean) {
    this.report([{ isVisible }]);
  }
}
class VisibilityEntry {
  get isVisible() {
    return false;
  }
}

let panel: HTMLElement;
let button: HTMLButtonElement;
let clicked: number;
let refused: number;
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', VisibilityObserver);
  vi.stubGlobal('IntersectionObserverEntry', VisibilityEntry);
  panel = document.createElement('main');
  button = document.createElement('button');
  panel.append(button);
  document.body.append(panel);
  clicked = 0;
  refused = 0;
  button.addEventListener('click', () => clicked++);
  stop = guardClicks(panel, () => refused++);
});

afterEach(() => {
  stop();
  panel.remove();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const observer = () => VisibilityObserver.current as VisibilityObserver;

describe('guardClicks', () => {
  it('refuses clicks until the panel has been drawn unobscured for a while', () => {
    button.click();
    observer().show(true);
    vi.advanceTimersByTime(VISIBLE_FOR_MS - 50);
    button.click();
    expect([clicked, refused, panel.dataset.clicks]).toEqual([0, 2, 'refused']);

    vi.advanceTimersByTime(50);
    button.click();
    expect([clicked, refused, panel.dataset.clicks]).toEqual([1, 2, 'accepted']);
  });

  it('refuses clicks at once when the page hides or covers the panel, and again later', () => {
    observer().show(true);
    vi.advanceTimersByTime(VISIBLE_FOR_MS);
    observer().show(false);
    button.click();
    expect([clicked, refused, panel.dataset.clicks]).toEqual([0, 1, 'refused']);

    observer().show(true);
    vi.advanceTimersByTime(VISIBLE_FOR_MS);
    button.click();
    expect([clicked, refused]).toEqual([1, 1]);
  });

  it('refuses form submits too', () => {
    const form = document.createElement('form');
    panel.append(form);
    const submitted = vi.fn();
    form.addEventListener('submit', submitted);
    form.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    expect(submitted).not.toHaveBeenCalled();
    expect(refused).toBe(1);
  });

  it('stops guarding when told', () => {
    stop();
    button.click();
    expect([clicked, refused]).toEqual([1, 0]);
    expect(panel.dataset.clicks).toBeUndefined();
  });
});

describe('guardClicks where the browser cannot tell visibility', () => {
  it('accepts every click', () => {
    stop();
    // An IntersectionObserverEntry without `isVisible`, as in browsers without v2.
    vi.stubGlobal('IntersectionObserverEntry', function IntersectionObserverEntry() {});
    stop = guardClicks(panel, () => refused++);
    button.click();
    expect([clicked, refused, panel.dataset.clicks]).toEqual([1, 0, 'accepted']);
  });
});
