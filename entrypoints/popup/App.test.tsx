import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData } from '../../data/backup/backup';
import { createNote } from '../../data/records/notes';
import { bundledSections } from '../../data/stacks/bundled';
import { App } from './App';
import type { HeldKeys } from './held-keys';
import { usePopupStore } from './store';

beforeEach(async () => {
  await clearAllData();
  usePopupStore.setState({ query: '', selected: 0, view: { kind: 'list' } });
});

const selectedId = () =>
  document.querySelector('[aria-selected="true"]')?.getAttribute('data-id') ?? undefined;

describe('popup', () => {
  it('browses every section with an empty box and searches as you type', async () => {
    render(<App />);
    expect(document.querySelectorAll('.browse-section')).toHaveLength(bundledSections.length);
    await userEvent.type(screen.getByRole('combobox'), 'select_rel');
    expect(selectedId()).toBe('django/orm');
  });

  it('moves with the arrows, opens with Enter, and comes back with Esc keeping the query', async () => {
    render(<App />);
    const box = screen.getByRole('combobox');
    await userEvent.type(box, 'migrat');
    const second = document.querySelectorAll('.result')[1]?.getAttribute('data-id');
    await userEvent.keyboard('{ArrowDown}');
    expect(selectedId()).toBe(second);
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: /Back/ })).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('migrat');
  });

  it("finds the user's notes, labelled as such", async () => {
    await createNote({ title: 'Celery retries', body: 'Use `autoretry_for`.' });
    render(<App />);
    await userEvent.type(screen.getByRole('combobox'), 'autoretry');
    await waitFor(() => expect(selectedId()).toMatch(/^note:/));
    expect(document.querySelector('.result .kind')?.textContent).toBe('Mine');
  });

  it('lists what was opened last before browsing, and opens it with Enter', async () => {
    render(<App />);
    expect(screen.queryByRole('group', { name: 'Recent' })).toBeNull();
    const box = screen.getByRole('combobox');
    await userEvent.type(box, 'select_rel');
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('button', { name: /Back/ });
    await userEvent.keyboard('{Escape}');
    await userEvent.clear(screen.getByRole('combobox'));
    const recent = await screen.findByRole('group', { name: 'Recent' });
    expect(recent.textContent).toContain('ORM Queries');
    // A section says which stack it is from, as in search results.
    expect(recent.querySelector('.kind')?.textContent).toBe('Django');
    expect(selectedId()).toBe('django/orm');
    await userEvent.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { name: 'ORM Queries' }, { timeout: 10_000 }),
    ).toBeTruthy();
  });

  it('keeps what was typed in the start box before the popup rendered', async () => {
    const startBox = document.createElement('input');
    startBox.value = 'select_rel';
    render(<App startBox={startBox} />);
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('select_rel');
    await waitFor(() => expect(selectedId()).toBe('django/orm'));
  });

  /** The second row's id and title for `query`, found by typing it into a popup of its own. */
  async function secondRow(query: string) {
    const { unmount } = render(<App />);
    await userEvent.type(screen.getByRole('combobox'), query);
    const row = document.querySelectorAll('.result')[1];
    const found = {
      id: row?.getAttribute('data-id') ?? undefined,
      title: row?.querySelector('.result-title')?.textContent ?? '',
    };
    unmount();
    return found;
  }

  /** Renders the popup as it mounts over popup.html's box holding `query`, with `held` keys. */
  function mountWith(query: string, held: HeldKeys) {
    const startBox = document.createElement('input');
    startBox.value = query;
    usePopupStore.setState({ query, selected: 0, view: { kind: 'list' } });
    return render(<App startBox={startBox} held={held} />);
  }

  it('acts on Enter pressed before it rendered, on the row that was selected then', async () => {
    const second = await secondRow('migrat');
    mountWith('migrat', { selectedId: second.id, enter: { shift: false } });
    await screen.findByRole('button', { name: /Back/ });
    expect(await screen.findByRole('heading', { name: second.title })).toBeTruthy();
  });

  it('keeps the row selected before it rendered, and leaves an unlisted one unopened', async () => {
    const second = await secondRow('migrat');
    const { unmount } = mountWith('migrat', { selectedId: second.id });
    await waitFor(() => expect(selectedId()).toBe(second.id));
    unmount();
    mountWith('migrat', { selectedId: 'note:gone', enter: { shift: false } });
    expect(selectedId()).toBe(document.querySelector('.result')?.getAttribute('data-id'));
    expect(screen.queryByRole('button', { name: /Back/ })).toBeNull();
  });

  it('says so when nothing matches', async () => {
    render(<App />);
    await userEvent.type(screen.getByRole('combobox'), 'qqxzvw');
    expect(screen.getByRole('status').textContent).toContain('No matches for qqxzvw');
  });
});
