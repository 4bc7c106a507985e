import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllTables } from './db';
import { launchExtension, type LoadedExtension } from './extension';

let ext: LoadedExtension;
let library: Page;

const badge = () => ext.worker.evaluate(() => chrome.action.getBadgeText({}));

beforeAll(async () => {
  ext = await launchExtension();
  library = await ext.openPage('library.html#/review');
});
afterAll(async () => ext?.close());

describe('practice', () => {
  it('starts with a card for every interview question, counted on the toolbar badge', async () => {
    await expect.poll(badge, { timeout: 10_000 }).toBe('6');
    await expect.poll(() => library.getByLabel('Due count').textContent()).toContain('6 due');
    const popup = await ext.openPage('popup.html');
    await expect.poll(() => popup.locator('.due-link').textContent()).toBe('Review · 6 due');
    await popup.close();
  });

  it('reviews three cards with the keyboard and the badge count drops', async () => {
    for (let i = 0; i < 3; i++) {
      await library.getByRole('button', { name: /Show answer/ }).waitFor();
      await library.keyboard.press('Space');
      await library.getByRole('group', { name: 'How well did you recall it?' }).waitFor();
      await library.keyboard.press('3');
      await expect
        .poll(() => library.getByLabel('Due count').textContent())
        .toContain(`${5 - i} due`);
    }
    await expect.poll(badge).toBe('3');
    const { reviewLog: reviews, cards } = await readAllTables(library);
    expect(reviews).toHaveLength(3);
    const graded = (cards as { reps: number; due: number }[]).filter((c) => c.reps === 1);
    expect(graded).toHaveLength(3);
    for (const card of graded) expect(card.due).toBeGreaterThan(Date.now());
  });

  it('shows the intervals each grade would give before grading', async () => {
    await library.getByRole('button', { name: /Show answer/ }).click();
    const labels = await library.locator('.grade').allTextContents();
    expect(labels).toHaveLength(4);
    expect(labels[0]).toMatch(/Again\s*\d+ min/);
    expect(labels[3]).toMatch(/Easy\s*\d+ d/);
  });

  it('updates progress and the 30-day chart, and marks a section learned', async () => {
    await library.goto(`chrome-extension://${ext.id}/library.html#/progress`);
    const stat = (name: string) => library.locator(`[data-stat="${name}"]`).textContent();
    await expect.poll(() => stat('practised')).toBe('6');
    await expect.poll(() => stat('due')).toBe('3');
    const chart = library.getByRole('img', { name: /reviews in the last 30 days/ });
    expect(await chart.getAttribute('aria-label')).toBe('3 reviews in the last 30 days');
    expect(await library.locator('.review-chart rect').count()).toBe(30);
    expect(await library.locator('.review-chart rect').last().getAttribute('data-count')).toBe('3');

    await library
      .locator('tr[data-id="django/orm"]')
      .getByRole('button', { name: 'Mark as learned' })
      .click();
    await expect.poll(() => stat('learned')).toBe('1');
    await expect.poll(() => stat('read')).toBe('1');
  });

  it('practises a note on request, and the badge counts it', async () => {
    await library.goto(`chrome-extension://${ext.id}/library.html#/new`);
    await library.getByLabel('Title').fill('Transactions');
    await library.getByRole('textbox', { name: 'Body' }).fill('Wrap with `transaction.atomic()`.');
    await library.keyboard.press('Control+Enter');
    await library.getByRole('button', { name: 'Practise this' }).click();
    await library.getByRole('button', { name: '✓ Practising' }).waitFor();
    await expect.poll(badge).toBe('4');
  });

  it('keeps cards and the review log through export, delete and import', async () => {
    await library.goto(`chrome-extension://${ext.id}/library.html#/backup`);
    const before = await readAllTables(library);
    expect(before.reviewLog).toHaveLength(3);
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export backup (JSON)' }).click(),
    ]);
    const file = join(tmpdir(), `devrecall-practice-${Date.now()}.json`);
    await download.saveAs(file);
    await library.getByRole('button', { name: 'Delete all data…' }).click();
    await library.getByRole('button', { name: 'Yes, delete everything' }).click();
    // A fresh install's state: only the interview cards, none reviewed, all due.
    await expect.poll(async () => (await readAllTables(library)).reviewLog?.length).toBe(0);
    const fresh = (await readAllTables(library)).cards as { reps: number }[];
    expect(fresh.map((c) => c.reps)).toEqual([0, 0, 0, 0, 0, 0]);
    await expect.poll(badge).toBe('6');
    await library.locator('input[type=file]').setInputFiles(file);
    await library.locator('.import-report').getByText('Import complete.').waitFor();
    expect(await readAllTables(library)).toEqual(before);
    await expect.poll(badge).toBe('4');
  });
});
