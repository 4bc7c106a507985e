import { describe, expect, it } from 'vitest';
import { noteSearchDoc } from '../../data/search/test-docs';
import type { SearchHit } from '../../data/search/types';
import { renderFirstResults } from './first-results';

const hit = (title: string, text: string): SearchHit => ({
  doc: { ...noteSearchDoc(`note:${title}`, title, text), context: 'My notes' },
  score: 1,
  matched: ['keyrotation'],
});

describe('the popup’s first results', () => {
  it('shows each record’s title, kind, place and answering line, the match marked, the first selected', () => {
    const list = document.createElement('ul');
    renderFirstResults(
      list,
      [
        hit('Keyrotation steps', 'Plan first.\nKeep the old key a day after a keyrotation.'),
        hit('Other', 'keyrotation'),
      ],
      'keyrotation',
    );
    const rows = [...list.querySelectorAll('li')];
    expect(rows.map((row) => row.dataset.id)).toEqual(['note:Keyrotation steps', 'note:Other']);
    expect(rows.map((row) => row.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    const first = rows[0] as HTMLElement;
    expect(first.querySelector('.result-title mark')?.textContent).toBe('Keyrotation');
    expect(first.querySelector('.kind')?.textContent).toBe('Mine');
    expect(first.querySelector('.result-context')?.textContent).toBe('My notes');
    expect(first.querySelector('.result-line')?.textContent).toBe(
      'Keep the old key a day after a keyrotation.',
    );
  });

  it('shows markup in a record as text, never as HTML', () => {
    const list = document.createElement('ul');
    const hostile = '<img src=x onerror="alert(1)"> keyrotation';
    renderFirstResults(list, [hit(hostile, hostile)], 'keyrotation');
    expect(list.querySelector('img')).toBeNull();
    expect(list.querySelector('.result-title')?.textContent).toBe(hostile);
  });

  it('shows nothing for no hits, and replaces the rows of an earlier query', () => {
    const list = document.createElement('ul');
    renderFirstResults(list, [hit('Old', 'keyrotation')], 'keyrotation');
    renderFirstResults(list, [], 'nothing');
    expect(list.children).toHaveLength(0);
  });
});
