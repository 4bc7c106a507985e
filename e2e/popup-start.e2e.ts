import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putRecords } from './db';
import { launchExtension, type LoadedExtension } from './extension';

let ext: LoadedExtension;

beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => ext?.close());

async function openPopup(): Promise<Page> {
  const popup = await ext.openPage('popup.html');
  await expect
    .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label')))
    .toBe('Search DevRecall');
  return popup;
}

/**
 * A popup whose UI (its `mount` chunk) is not loaded until `release` is called: what shows
 * meanwhile is popup.html's own box and what its first script draws.
 */
async function popupWithUiHeld(): Promise<{ popup: Page; release: () => void }> {
  const popup = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(popup);
  let release = () => {};
  const released = new Promise<undefined>((resolve) => (release = () => resolve(undefined)));
  cdp.on('Fetch.requestPaused', ({ requestId }) => {
    void released.then(() => cdp.send('Fetch.continueRequest', { requestId }));
  });
  await cdp.send('Fetch.enable', {
    patterns: [{ urlPattern: '*/chunks/mount-*', requestStage: 'Request' }],
  });
  await popup.goto(`chrome-extension://${ext.id}/popup.html`);
  return { popup, release };
}

const rows = (popup: Page, region: string) =>
  popup
    .getByRole('group', { name: region })
    .getByRole('option')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''));

describe('the empty popup', () => {
  it('shows due cards before browsing, and opens one with Enter', async () => {
    const popup = await openPopup();
    await popup.getByRole('group', { name: 'Due for review' }).waitFor();
    expect(await popup.getByRole('group', { name: 'Recent' }).count()).toBe(0);
    const due = await rows(popup, 'Due for review');
    // A fresh install has the interview cards due: three by title, then the way to all of them.
    expect(due).toHaveLength(4);
    expect(due[3]).toMatch(/^Review all \d+ due cards ↗$/);
    const first = popup.locator('[role="option"][aria-selected="true"]');
    expect(await first.textContent()).toBe(due[0]);
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: due[0], level: 2 }).waitFor();
    await popup.close();
  });

  it('lists the notes and docs entries opened last, newest first, and reopens them', async () => {
    let popup = await openPopup();
    const box = () => popup.getByRole('combobox', { name: 'Search DevRecall' });
    await box().pressSequentially('select_rel');
    await expect
      .poll(() => popup.locator('.result').first().getAttribute('data-id'))
      .toBe('django/orm');
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'ORM Queries' }).waitFor();
    await popup.keyboard.press('Escape');
    await box().fill('');
    await box().pressSequentially('csrf_exempt');
    // The rows for the whole word, not for a word typed on the way to it.
    await expect.poll(() => popup.locator('.docs-search strong').textContent()).toBe('csrf_exempt');
    const docsRow = popup.locator('.result[data-id^="docs:"]').first();
    await docsRow.waitFor();
    const opened = ext.context.waitForEvent('page');
    await docsRow.click();
    await opened;
    await popup.close().catch(() => {});

    popup = await openPopup();
    const recent = popup.getByRole('group', { name: 'Recent' });
    await recent.waitFor();
    const listed = await rows(popup, 'Recent');
    expect(listed).toHaveLength(2);
    expect(listed[0]).toMatch(/^csrf_exempt.*Docs$/);
    expect(listed[1]).toBe('ORM QueriesDjango');
    // The newest is selected; the next row down is the section, opened in the popup.
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'ORM Queries' }).waitFor();
    await popup.close();
  });
});

describe('a quick user', () => {
  it('keeps the keys typed before the popup has run any script, and searches them', async () => {
    const popup = await ext.context.newPage();
    await popup.addInitScript(() => {
      // Types the moment popup.html's box is parsed, as a user typing on the popup's first frame.
      const watch = new MutationObserver(() => {
        const box = document.querySelector<HTMLInputElement>('[role=combobox]');
        if (!box) return;
        watch.disconnect();
        box.focus();
        document.execCommand('insertText', false, 'select_rel');
        Object.assign(window, { __typedBeforeRender: !document.querySelector('footer') });
      });
      watch.observe(document, { childList: true, subtree: true });
    });
    await popup.goto(`chrome-extension://${ext.id}/popup.html`);
    await expect
      .poll(() => popup.locator('.result').first().getAttribute('data-id'))
      .toBe('django/orm');
    expect(
      await popup.evaluate(() => (window as { __typedBeforeRender?: boolean }).__typedBeforeRender),
    ).toBe(true);
    const box = popup.getByRole('combobox', { name: 'Search DevRecall' });
    expect(await box.inputValue()).toBe('select_rel');
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Search DevRecall');
    await box.press('Backspace');
    expect(await box.inputValue()).toBe('select_re');
    await popup.close();
  });

  it('keeps every key typed while the popup takes over its box', async () => {
    const popup = await ext.context.newPage();
    await popup.addInitScript(() => {
      // A key every few ms from the box's first parse until well after the popup has rendered.
      const typed = { text: '', before: 0, after: 0 };
      Object.assign(window, { __typed: typed });
      const watch = new MutationObserver(() => {
        const box = document.querySelector<HTMLInputElement>('[role=combobox]');
        if (!box) return;
        watch.disconnect();
        box.focus();
        const timer = setInterval(() => {
          const rendered = document.querySelector('footer') !== null;
          if (rendered && typed.after >= 8) return clearInterval(timer);
          const key = 'abcdefghij'[typed.text.length % 10] as string;
          document.execCommand('insertText', false, key);
          typed.text += key;
          if (rendered) typed.after++;
          else typed.before++;
        }, 4);
      });
      watch.observe(document, { childList: true, subtree: true });
    });
    await popup.goto(`chrome-extension://${ext.id}/popup.html`);
    const typed = () =>
      popup.evaluate(
        () => (window as { __typed?: { text: string; before: number; after: number } }).__typed,
      );
    await expect.poll(async () => (await typed())?.after).toBe(8);
    const { text, before } = (await typed()) ?? { text: '', before: 0 };
    expect(before).toBeGreaterThan(0);
    expect(await popup.getByRole('combobox', { name: 'Search DevRecall' }).inputValue()).toBe(text);
    await popup.close();
  });

  it('shows the user’s own match under the box before the popup’s code has loaded, and keeps it as the popup takes over', async () => {
    const library = await ext.openPage('library.html');
    const note = {
      id: 'first-answer',
      title: 'Rotating the signing key',
      body: 'Keep the old key valid for a day after a keyrotation.',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    };
    await putRecords(library, 'notes', [note]);
    await library.evaluate(() => chrome.runtime.sendMessage({ type: 'search:refresh' }));
    await library.close();

    const popup = await ext.context.newPage();
    await popup.addInitScript(() => {
      // Typed the moment the box is parsed; the row is watched for before the popup's UI (its
      // footer) is there, and for any moment it is missing once shown.
      const seen = { beforeUi: false, lost: false };
      Object.assign(window, { __first: seen });
      let typed = false;
      new MutationObserver(() => {
        const box = document.querySelector<HTMLInputElement>('[role=combobox]');
        if (box && !typed) {
          typed = true;
          box.focus();
          document.execCommand('insertText', false, 'keyrotation');
        }
        const row = document.querySelector('.result[data-id="note:first-answer"]');
        if (row && !document.querySelector('footer')) seen.beforeUi = true;
        if (seen.beforeUi && !row) seen.lost = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await popup.goto(`chrome-extension://${ext.id}/popup.html`);
    await popup.locator('footer').waitFor();
    const row = popup.locator('.result[data-id="note:first-answer"]');
    await expect.poll(() => row.locator('mark').first().textContent()).toBe('keyrotation');
    expect(
      await popup.evaluate(
        () => (window as { __first?: { beforeUi: boolean; lost: boolean } }).__first,
      ),
    ).toEqual({ beforeUi: true, lost: false });
    // The popup's own list, the keyboard working on it.
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.locator('h2').first().textContent())
      .toBe('Rotating the signing key');
    await popup.close();
  });
  it('moves among those rows and opens one with Enter before the popup’s code has loaded, acting on it once loaded', async () => {
    const library = await ext.openPage('library.html');
    const note = (id: string, title: string) => ({
      id,
      title,
      body: `Sign-in with a passkeyflow, step ${title}.`,
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await putRecords(library, 'notes', [note('flow-a', 'Register'), note('flow-b', 'Recover')]);
    await library.evaluate(() => chrome.runtime.sendMessage({ type: 'search:refresh' }));
    await library.close();

    // The popup's UI is held back until the keys are pressed: only popup.html's box and the first
    // script's rows are there to take them.
    const { popup, release } = await popupWithUiHeld();
    await popup.getByRole('combobox').pressSequentially('passkeyflow');
    const rows = popup.getByRole('option');
    await expect.poll(() => rows.count()).toBe(2);
    const second = await rows.nth(1).locator('.result-title').textContent();
    await popup.keyboard.press('ArrowDown');
    expect(await rows.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await popup.getByRole('combobox').getAttribute('aria-activedescendant')).toBe(
      'result-1',
    );
    await popup.keyboard.press('Enter');
    expect(await popup.locator('footer').count()).toBe(0);

    release();
    await popup.getByRole('heading', { name: second ?? '', level: 2 }).waitFor();
    await popup.close();
  });
  it('shows the bundled notes’ matches before the popup’s code has loaded, in the order the popup keeps', async () => {
    const { popup, release } = await popupWithUiHeld();
    await popup.getByRole('combobox').pressSequentially('select_rel');
    const rows = popup.getByRole('option');
    await expect.poll(() => rows.first().getAttribute('data-id')).toBe('django/orm');
    expect(await rows.first().getAttribute('aria-selected')).toBe('true');
    const first = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    expect(await popup.locator('footer').count()).toBe(0);

    release();
    await popup.locator('footer').waitFor();
    // The popup's own list starts as the first script's did; docs entries may join it after.
    const taken = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    expect(taken.filter((id) => first.includes(id))).toEqual(first);
    expect(await rows.first().getAttribute('aria-selected')).toBe('true');
    await popup.close();
  });
});
