import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData } from '../../data/backup/backup';
import { createNote, listNotes } from '../../data/records/notes';
import { getSettings } from '../../data/records/settings';
import { samplePack } from '../../data/stacks/pack-fixtures';
import { installPack, removeStack } from '../../data/stacks/store';
import type { Answer } from '../../data/messaging/messages';
import type { Caller } from '../../data/messaging/sender';
import {
  handleRequest,
  NOT_ALLOWED,
  OTHER_PAGE,
  PANEL_REFUSED,
  type ConfirmPanel,
} from './messages';

beforeEach(() => clearAllData());

const queriesPage = {
  url: 'https://docs.djangoproject.com/en/5.2/topics/db/queries/',
  title: 'Making queries',
  headings: ['Creating objects', 'Retrieving objects', 'Complex lookups with Q objects'],
  text: 'Once you’ve created your data models, Django automatically gives you a database-abstraction API.',
};
const BANK = 'https://bank.example/accounts';

const docs: Caller = { kind: 'docs', tabId: 1, pageUrl: queriesPage.url };
const panel: Caller = { kind: 'panel', tabId: 1, frameId: 5, pageUrl: queriesPage.url };
/** The content script of tab 1 gave its panel frame 5 the secret `s3cret`. */
const confirmPanel: ConfirmPanel = async (tabId, frameId, secret) =>
  tabId === 1 && frameId === 5 && secret === 's3cret' ? queriesPage : undefined;

function value<T>(answer: Answer<T>): T {
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

describe('background requests', () => {
  it('counts related sections and what the user saved from the page in any version', async () => {
    const before = value(
      await handleRequest({ type: 'sidebar:init', page: queriesPage }, docs, confirmPanel),
    );
    expect(before).toMatchObject({ enabled: true, open: false });
    expect(before.count).toBeGreaterThan(0);

    await createNote({
      title: 'Lookups',
      body: '',
      pageUrl: 'https://docs.djangoproject.com/fr/4.2/topics/db/queries/',
    });
    const after = value(
      await handleRequest({ type: 'sidebar:init', page: queriesPage }, docs, confirmPanel),
    );
    expect(after.count).toBe(before.count + 1);
    const items = value(await handleRequest({ type: 'page:items' }, docs, confirmPanel));
    expect(items.notes.map((n) => n.title)).toEqual(['Lookups']);
  });

  it('adds a note to the sender’s page and reports why a note could not be added', async () => {
    const added = value(
      await handleRequest(
        { type: 'page:add-note', panel: 's3cret', title: 'Q', body: 'x' },
        panel,
        confirmPanel,
      ),
    );
    expect(added.pageUrl).toBe(queriesPage.url);
    const blank = await handleRequest(
      { type: 'page:add-note', title: ' ', body: 'x' },
      docs,
      confirmPanel,
    );
    expect(blank).toEqual({ ok: false, error: 'A note needs a title.' });
  });

  it('adds one note for a save sent again with its id (its first answer lost)', async () => {
    const save = {
      type: 'page:add-note',
      panel: 's3cret',
      title: 'Q',
      body: 'x',
      saveId: '0b4f4c1e-2f7a-4d55-9a43-3c1f0f8a9d21',
    } as const;
    const first = value(await handleRequest(save, panel, confirmPanel));
    expect(value(await handleRequest(save, panel, confirmPanel))).toEqual(first);
    expect(first.id).toBe(save.saveId);
    expect(await listNotes()).toEqual([first]);
  });

  it('lists sections of installed stacks beside the bundled ones, first where they annotate the page', async () => {
    const relatedIds = async () =>
      value(
        await handleRequest({ type: 'page:items', panel: 's3cret' }, panel, confirmPanel),
      ).related.map((r) => r.section.id);
    const bundledOnly = await relatedIds();
    expect(bundledOnly[0]).toBe('django/orm');

    const pack = samplePack();
    const [first] = pack.notes[0]?.sections ?? [];
    if (!first) throw new Error('the sample pack has a section');
    first.pages = ['https://docs.djangoproject.com/en/5.1/topics/db/queries/'];
    await installPack(pack, 'htmx.devrecall-stack.json');
    const items = value(
      await handleRequest({ type: 'page:items', panel: 's3cret' }, panel, confirmPanel),
    );
    expect(items.related[0]).toMatchObject({
      section: { id: 'htmx/hx-get', title: 'hx-get', source: 'installed' },
      context: 'htmx essentials › Basics',
      reason: 'Written for this page',
    });
    expect(items.related.slice(1).map((r) => r.section.id)).toEqual(bundledOnly.slice(0, 4));

    await removeStack('htmx');
    expect(await relatedIds()).toEqual(bundledOnly);
  });

  it('remembers whether the sidebar was left open', async () => {
    await handleRequest({ type: 'sidebar:set-open', open: true }, docs, confirmPanel);
    expect((await getSettings()).sidebarOpen).toBe(true);
    const init = value(
      await handleRequest({ type: 'sidebar:init', page: queriesPage }, docs, confirmPanel),
    );
    expect(init.open).toBe(true);
  });
});

describe('requests naming another page', () => {
  beforeEach(async () => {
    await createNote({ title: 'Bank PIN hint', body: 'secret', pageUrl: BANK });
  });

  it('answers nothing of another site to a docs page', async () => {
    expect(await handleRequest({ type: 'page:items', url: BANK }, docs, confirmPanel)).toEqual({
      ok: false,
      error: OTHER_PAGE,
    });
    const own = value(await handleRequest({ type: 'page:items' }, docs, confirmPanel));
    expect(own.notes).toEqual([]);
    const init = await handleRequest(
      { type: 'sidebar:init', page: { ...queriesPage, url: BANK } },
      docs,
      confirmPanel,
    );
    expect(init).toEqual({ ok: false, error: OTHER_PAGE });
  });

  it('refuses a forged pageUrl and writes nothing', async () => {
    for (const pageUrl of [
      BANK,
      'javascript:alert(1)',
      'https://docs.djangoproject.com/en/5.2/ref/csrf/',
    ]) {
      const answer = await handleRequest(
        { type: 'page:add-note', title: 't', body: '', pageUrl },
        docs,
        confirmPanel,
      );
      expect(answer).toEqual({ ok: false, error: OTHER_PAGE });
    }
    expect((await listNotes()).map((n) => n.title)).toEqual(['Bank PIN hint']);
  });

  it('lets the page be named in another version or language', async () => {
    const fr = 'https://docs.djangoproject.com/fr/4.2/topics/db/queries/#retrieving-objects';
    expect((await handleRequest({ type: 'page:items', url: fr }, docs, confirmPanel)).ok).toBe(
      true,
    );
  });
});

describe('who may ask what', () => {
  it('answers the panel only with the secret its content script gave it', async () => {
    expect(
      value(await handleRequest({ type: 'panel:init', panel: 's3cret' }, panel, confirmPanel)),
    ).toEqual(queriesPage);
    for (const request of [
      { type: 'panel:init', panel: 'guess' },
      { type: 'page:items' },
      { type: 'page:items', panel: 'guess' },
      { type: 'page:add-note', title: 't', body: '' },
    ] as const) {
      expect(await handleRequest(request, panel, confirmPanel)).toEqual({
        ok: false,
        error: PANEL_REFUSED,
      });
    }
    const otherFrame: Caller = { ...panel, frameId: 6 };
    expect(
      (await handleRequest({ type: 'page:items', panel: 's3cret' }, otherFrame, confirmPanel)).ok,
    ).toBe(false);
    expect(await listNotes()).toEqual([]);
  });

  it('answers page requests from docs pages and their panel only', async () => {
    const unknown: Caller = { kind: 'unknown' };
    const extension: Caller = { kind: 'extension' };
    for (const caller of [unknown, extension]) {
      expect(await handleRequest({ type: 'page:items' }, caller, confirmPanel)).toEqual({
        ok: false,
        error: NOT_ALLOWED,
      });
      expect(
        (await handleRequest({ type: 'sidebar:set-open', open: true }, caller, confirmPanel)).ok,
      ).toBe(false);
      const code = { type: 'docs:save-code', text: 'x = 1', title: 'Page' } as const;
      expect(await handleRequest(code, caller, confirmPanel)).toEqual({
        ok: false,
        error: NOT_ALLOWED,
      });
    }
    expect((await handleRequest({ type: 'badge:refresh' }, docs, confirmPanel)).ok).toBe(false);
    expect(
      (await handleRequest({ type: 'panel:init', panel: 's3cret' }, docs, confirmPanel)).ok,
    ).toBe(false);
  });
});
