import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { answerAsTyped } from './answer-as-typed';

/** popup.html's body as it is parsed: the box, before any script has run. */
function popupPage(typed: string) {
  const root = document.createElement('div');
  root.id = 'root';
  const main = document.createElement('main');
  main.className = 'popup';
  const box = document.createElement('input');
  box.setAttribute('role', 'combobox');
  box.value = typed;
  main.append(box);
  root.append(main);
  document.body.replaceChildren(root);
  return box;
}

const rowIds = () =>
  [...document.querySelectorAll<HTMLElement>('.result')].map((row) => row.dataset.id);

describe('the popup’s first script', () => {
  it('shows the bundled notes’ matches at once on a fresh install, and creates no database', async () => {
    const factory = new IDBFactory();
    const box = popupPage('select_rel');
    const answering = answerAsTyped(document, factory);
    await vi.waitFor(() => expect(rowIds()[0]).toBe('django/orm'));
    expect(document.querySelector('[aria-selected="true"]')?.getAttribute('data-id')).toBe(
      'django/orm',
    );
    expect(document.querySelector('.result .kind')?.textContent).toBe('Django');
    expect(box.getAttribute('aria-activedescendant')).toBe('result-0');
    await answering;
    expect(await factory.databases()).toEqual([]);

    box.value = '';
    box.dispatchEvent(new Event('input'));
    expect(rowIds()).toEqual([]);
  });
});
