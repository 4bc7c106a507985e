import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { bundledSections, sectionContext } from '../data/stacks/bundled';
import { sectionDoc } from '../data/search/documents';
import { SearchEngine } from '../data/search/engine';
import { ResultList, ROWS_IN_VIEW } from './ResultList';

const engine = new SearchEngine(bundledSections.map((s) => sectionDoc(s, sectionContext(s))));

describe('ResultList', () => {
  it('shows title, where it lives, kind, and the matching line with the match marked', () => {
    const hits = engine.search('get_object_or_404');
    render(
      <ResultList
        hits={hits}
        query="get_object_or_404"
        selected={0}
        onSelect={() => {}}
        onOpen={() => {}}
      />,
    );
    const first = screen.getAllByRole('option')[0] as HTMLElement;
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(within(first).getByText('Views & URLs')).toBeTruthy();
    expect(within(first).getByText('Django › Models, Views & URLs')).toBeTruthy();
    expect(within(first).getByText('Django')).toBeTruthy();
    // Screen readers hear the title and kind, then where it lives and the matching line.
    expect(screen.getAllByRole('option', { name: 'Views & URLs Django' })[0]).toBe(first);
    expect(first.getAttribute('aria-describedby')).toMatch(/context .*line$/);
    const marks = [...first.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain('get_object_or_404');
  });

  it('shows the line that answers, not the first line with a matching word', () => {
    const hits = engine.search('values annotate');
    render(
      <ResultList
        hits={hits}
        query="values annotate"
        selected={0}
        onSelect={() => {}}
        onOpen={() => {}}
      />,
    );
    const first = screen.getAllByRole('option')[0] as HTMLElement;
    expect(first.dataset.id).toBe('django/orm');
    const line = first.querySelector('.result-line');
    expect(line?.textContent).toContain(
      ".values('author__username').annotate(post_count=Count('id'))",
    );
    expect([...(line?.querySelectorAll('mark') ?? [])].map((m) => m.textContent)).toEqual([
      'values',
      'annotate',
    ]);
  });

  it('opens the clicked result', async () => {
    const hits = engine.search('csrf');
    const onOpen = vi.fn();
    render(
      <ResultList hits={hits} query="csrf" selected={0} onSelect={() => {}} onOpen={onOpen} />,
    );
    await userEvent.click(screen.getAllByRole('option')[0] as HTMLElement);
    expect(onOpen).toHaveBeenCalledWith(hits[0]);
  });

  it('shows the lines of the rows in view at once, a selected row’s at once, the rest soon after', async () => {
    const notes = new SearchEngine(
      Array.from({ length: 30 }, (_, i) => ({
        id: `note:${i}`,
        kind: 'note' as const,
        title: `Note ${i}`,
        context: 'Mine',
        keywords: [],
        text: `Written on day ${i}.\nThe model of day ${i}.`,
        code: '',
      })),
    );
    const hits = notes.search('model', { limit: 30 });
    expect(hits.length).toBeGreaterThan(2 * ROWS_IN_VIEW);
    const list = (selected: number) => (
      <ResultList
        hits={hits}
        query="model"
        selected={selected}
        onSelect={() => {}}
        onOpen={() => {}}
      />
    );
    const { rerender } = render(list(0));
    const waiting = () =>
      screen
        .getAllByRole('option')
        .flatMap((option, index) => (option.querySelector('.pending') ? [index] : []));
    expect(waiting()[0]).toBe(ROWS_IN_VIEW);
    const first = screen.getAllByRole('option')[0] as HTMLElement;
    expect(first.querySelector('.result-line')?.textContent).toMatch(/^The model of day/);

    rerender(list(ROWS_IN_VIEW + 5));
    expect(waiting()).not.toContain(ROWS_IN_VIEW + 5);
    await waitFor(() => expect(waiting()).toEqual([]));
  });
});
