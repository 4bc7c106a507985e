import { beforeEach, describe, expect, it } from 'vitest';
import { noteSearchDoc } from '../../data/search/test-docs';
import type { SearchHit } from '../../data/search/types';
import { renderFirstResults } from './first-results';
import { holdKeys, takeHeldKeys } from './held-keys';

const hit = (title: string): SearchHit => ({
  doc: noteSearchDoc(`note:${title}`, title, 'keyrotation'),
  score: 1,
  matched: ['keyrotation'],
});

/** popup.html's box with the first script's rows for `titles` under it, its keys followed. */
function startBox(titles: string[]) {
  document.body.replaceChildren();
  const box = document.createElement('input');
  box.value = 'keyrotation';
  const list = document.createElement('ul');
  renderFirstResults(list, titles.map(hit), 'keyrotation');
  document.body.append(box, list);
  holdKeys(box, list);
  return { box, list };
}

const press = (box: HTMLInputElement, key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  box.dispatchEvent(event);
  return event.defaultPrevented;
};

const selectedTitle = (list: HTMLElement) =>
  list.querySelector('[aria-selected="true"] .result-title')?.textContent;

beforeEach(() => void takeHeldKeys());

describe('keys pressed before the popup has rendered', () => {
  it('move the selection among the first rows, wrapping at either end, and say which row it is', () => {
    const { box, list } = startBox(['One', 'Two', 'Three']);
    expect(press(box, 'ArrowDown')).toBe(true);
    expect(selectedTitle(list)).toBe('Two');
    expect(box.getAttribute('aria-activedescendant')).toBe('result-1');
    press(box, 'ArrowUp');
    press(box, 'ArrowUp');
    expect(selectedTitle(list)).toBe('Three');
    expect(takeHeldKeys()).toEqual({ selectedId: 'note:Three', enter: undefined });
  });

  it('hold Enter, with Shift, on the selected row for the popup to act on, once', () => {
    const { box } = startBox(['One', 'Two']);
    press(box, 'ArrowDown');
    expect(press(box, 'Enter', { shiftKey: true })).toBe(true);
    // Keys after Enter are left alone: the popup acts on what Enter was pressed on.
    expect(press(box, 'ArrowDown')).toBe(false);
    expect(takeHeldKeys()).toEqual({ selectedId: 'note:Two', enter: { shift: true } });
    expect(takeHeldKeys()).toBeUndefined();
  });

  it('hold Enter with no rows shown yet, for the popup to act on its first', () => {
    const { box } = startBox([]);
    expect(press(box, 'ArrowDown')).toBe(true);
    press(box, 'Enter');
    expect(takeHeldKeys()).toEqual({ selectedId: undefined, enter: { shift: false } });
  });

  it('clear the box with Esc, and leave Esc on an empty box to close the popup', () => {
    const { box } = startBox(['One']);
    const typed: string[] = [];
    box.addEventListener('input', () => typed.push(box.value));
    expect(press(box, 'Escape')).toBe(true);
    expect(box.value).toBe('');
    expect(typed).toEqual(['']);
    expect(press(box, 'Escape')).toBe(false);
  });

  it('leave an input method’s Enter to the composition', () => {
    const { box } = startBox(['One']);
    expect(press(box, 'Enter', { isComposing: true })).toBe(false);
    expect(takeHeldKeys()?.enter).toBeUndefined();
  });
});
