import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData } from '../../data/backup/backup';
import { getSettings } from '../../data/records/settings';
import { handleRequest } from './messages';

beforeEach(() => clearAllData());

const queriesPage = {
  url: 'https://docs.djangoproject.com/en/5.2/topics/db/queries/',
  title: 'Making queries',
  headings: ['Creating objects', 'Retrieving objects', 'Complex lookups with Q objects'],
  text: 'Once you’ve created your data models, Django automatically gives you a database-abstraction API.',
};

describe('background requests', () => {
  it('counts related sections and what the user saved from the page in any version', async () => {
    const before = await handleRequest({ type: 'sidebar:init', page: queriesPage });
    expect(before).toMatchObject({ enabled: true, open: false });
    expect(before.count).toBeGreaterThan(0);

    const added = await handleRequest({
      type: 'page:add-note',
      title: 'Lookups',
      body: '',
      pageUrl: 'https://docs.djangoproject.com/fr/4.2/topics/db/queries/',
    });
    expect(added.ok).toBe(true);
    const after = await handleRequest({ type: 'sidebar:init', page: queriesPage });
    expect(after.count).toBe(before.count + 1);
    const items = await handleRequest({ type: 'page:items', url: queriesPage.url });
    expect(items.notes.map((n) => n.title)).toEqual(['Lookups']);
  });

  it('reports why a note could not be added', async () => {
    const result = await handleRequest({
      type: 'page:add-note',
      title: ' ',
      body: 'x',
      pageUrl: queriesPage.url,
    });
    expect(result).toEqual({ ok: false, error: 'A note needs a title.' });
  });

  it('remembers whether the sidebar was left open', async () => {
    await handleRequest({ type: 'sidebar:set-open', open: true });
    expect((await getSettings()).sidebarOpen).toBe(true);
    const init = await handleRequest({ type: 'sidebar:init', page: queriesPage });
    expect(init.open).toBe(true);
  });
});
