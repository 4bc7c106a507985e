import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { interviewCardCount } from './bundled';
import { readAllTables } from './db';
import { launchExtension, type LoadedExtension } from './extension';

let ext: LoadedExtension;
let library: Page;

const badge = () => ext.worker.evaluate(() => chrome.action.getBadgeText({}));
const dueText = () => library.getByLabel('Due count').textContent();
const dueNumber = async () => Number((await dueText())?.match(/(\d+) due/)?.[1] ?? 0);
const reviewCount = async () => (await readAllTables(library)).reviewLog?.length ?? 0;

/** Grades the card on screen "Good" with the keyboard, as a person would. */
async function reviewOne() {
  const due = await dueNumber();
  await library.getByRole('button', { name: /Show answer/ }).waitFor();
  await library.keyboard.press('Space');
  await library.getByRole('group', { name: 'How well did you recall it?' }).waitFor();
  await library.keyboard.press('3');
  await expect.poll(dueNumber).toBe(due - 1);
}

const FRESH_CARDS = interviewCardCount();

beforeAll(async () => {
  ext = await launchExtension();
  library = await ext.openPage('library.html#/review');
});
afterAll(async () => ext?.close());

beforeEach(async () => {
  // A fresh document, so nothing a previous test left on screen (a shown answer) carries over.
  await library.goto('about:blank');
  await library.goto(`chrome-extension://${ext.id}/library.html#/review`);
  await library.getByLabel('Due count').waitFor();
});

describe('practice', () => {
  it('starts with a card for every interview question, counted on the toolbar badge', async () => {
    // A fresh install of its own: the other tests review cards in the shared one.
    const fresh = await launchExtension();
    try {
      const freshBadge = () => fresh.worker.evaluate(() => chrome.action.getBadgeText({}));
      await expect.poll(freshBadge, { timeout: 10_000 }).toBe(String(FRESH_CARDS));
      const review = await fresh.openPage('library.html#/review');
      await expect
        .poll(() => review.getByLabel('Due count').textContent())
        .toContain(`${FRESH_CARDS} due`);
      const popup = await fresh.openPage('popup.html');
      await expect
        .poll(() => popup.locator('.due-link').textContent())
        .toBe(`Review ${FRESH_CARDS}`);
    } finally {
      await fresh.close();
    }
  });

  it('reviews three cards with the keyboard and the badge count drops', async () => {
    const due = await dueNumber();
    const reviewed = await reviewCount();
    for (let i = 0; i < 3; i++) await reviewOne();
    await expect.poll(badge).toBe(String(due - 3));
    const { reviewLog, cards } = await readAllTables(library);
    expect(reviewLog).toHaveLength(reviewed + 3);
    const graded = (reviewLog as { cardId: string }[]).slice(-3).map((r) => r.cardId);
    for (const card of cards as { id: string; reps: number; due: number }[]) {
      if (graded.includes(card.id)) expect(card.due).toBeGreaterThan(Date.now());
    }
  });

  it("marks a reviewed question's section read, shown on the progress page", async () => {
    const reviewed = await reviewCount();
    await reviewOne();
    const { reviewLog, progress } = await readAllTables(library);
    const cardId = (reviewLog as { cardId: string }[])[reviewed]?.cardId;
    expect(cardId).toMatch(/^django\/q-/);
    expect(progress).toContainEqual(
      expect.objectContaining({ sectionId: cardId, readAt: expect.any(Number) }),
    );
    await library.goto(`chrome-extension://${ext.id}/library.html#/progress`);
    const state = library.locator(`tr[data-id="${cardId}"] td.muted`);
    await expect.poll(() => state.textContent()).toMatch(/^read · /);
  });

  it('shows the intervals each grade would give before grading', async () => {
    await library.getByRole('button', { name: /Show answer/ }).click();
    const labels = await library.locator('.grade').allTextContents();
    expect(labels).toHaveLength(4);
    expect(labels[0]).toMatch(/Again\s*\d+ min/);
    expect(labels[3]).toMatch(/Easy\s*\d+ d/);
  });

  it('updates progress and the 30-day chart, and marks a section learned', async () => {
    await reviewOne();
    const { cards, reviewLog } = await readAllTables(library);
    const due = (cards as { due: number }[]).filter((c) => c.due <= Date.now()).length;
    await library.goto(`chrome-extension://${ext.id}/library.html#/progress`);
    const stat = (name: string) => library.locator(`[data-stat="${name}"]`).textContent();
    await expect.poll(() => stat('practised')).toBe(String(cards?.length));
    await expect.poll(() => stat('due')).toBe(String(due));
    const reviews = reviewLog?.length ?? 0;
    const chart = library.getByRole('img', { name: /reviews in the last 30 days/ });
    expect(await chart.getAttribute('aria-label')).toBe(`${reviews} reviews in the last 30 days`);
    expect(await library.locator('.review-chart rect').count()).toBe(30);
    expect(await library.locator('.review-chart rect').last().getAttribute('data-count')).toBe(
      String(reviews),
    );

    const learned = Number(await stat('learned'));
    await library
      .locator('tr[data-id="django/orm"]')
      .getByRole('button', { name: 'Mark as learned' })
      .click();
    await expect.poll(() => stat('learned')).toBe(String(learned + 1));
    await expect.poll(async () => Number(await stat('read'))).toBeGreaterThanOrEqual(1);
  });

  it('practises a note on request, and the badge counts it', async () => {
    const due = Number(await badge());
    await library.goto(`chrome-extension://${ext.id}/library.html#/new`);
    await library.getByLabel('Title').fill('Transactions');
    await library.getByRole('textbox', { name: 'Body' }).fill('Wrap with `transaction.atomic()`.');
    await library.keyboard.press('Control+Enter');
    await library.getByRole('button', { name: 'Practise this' }).click();
    await library.getByRole('button', { name: '✓ Practising' }).waitFor();
    await expect.poll(badge).toBe(String(due + 1));
  });

  it('keeps cards and the review log through export, delete and import', async () => {
    await reviewOne();
    const dueBefore = await badge();
    await library.goto(`chrome-extension://${ext.id}/library.html#/backup`);
    const before = await readAllTables(library);
    expect(before.reviewLog?.length).toBeGreaterThan(0);
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
    expect(fresh.map((c) => c.reps)).toEqual(Array(FRESH_CARDS).fill(0));
    await expect.poll(badge).toBe(String(FRESH_CARDS));
    await library.locator('input[type=file]').setInputFiles(file);
    await library.locator('.import-report').getByText('Import complete.').waitFor();
    expect(await readAllTables(library)).toEqual(before);
    await expect.poll(badge).toBe(dueBefore);
  });
});
