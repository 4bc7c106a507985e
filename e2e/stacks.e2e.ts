import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MALFORMED_PACKS, noteAt, samplePack, sectionAt } from '../data/stacks/pack-fixtures';
import { checkPack, type StackPack } from '../data/stacks/pack';
import { packText } from '../data/stacks/pack-format';
import { loadStackPacks } from '../data/stacks/load';
import { readAllTables } from './db';
import { EXTENSION_DIR, launchExtension, type LoadedExtension } from './extension';
import { installFromFile as installPackFile } from './packs';

let ext: LoadedExtension;
const PACK_HOST = 'https://packs.example.com';

beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => ext?.close());

const libraryUrl = (route: string) => `chrome-extension://${ext.id}/library.html#${route}`;

/**
 * Headless Chromium cannot show the permission prompt, so the test answers it: the page's
 * `chrome.permissions.request` is replaced by one that records the origins asked for and returns
 * the user's answer. The served pack carries `Access-Control-Allow-Origin`, as raw file hosts do.
 */
async function answerPermissionPrompt(page: Page, allow: boolean) {
  await page.evaluate((answer) => {
    const asked: string[][] = [];
    (window as unknown as { askedOrigins: string[][] }).askedOrigins = asked;
    Object.defineProperty(chrome.permissions, 'request', {
      configurable: true,
      value: async (request: { origins?: string[] }) => {
        asked.push(request.origins ?? []);
        return answer;
      },
    });
  }, allow);
}

/** Serves a pack file at PACK_HOST; the answer counts the times it was downloaded. */
async function servePack(path: string, text: string): Promise<{ downloads: number }> {
  const served = { downloads: 0 };
  await ext.context.route(`${PACK_HOST}${path}`, (route) => {
    served.downloads++;
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: text,
    });
  });
  return served;
}

const installFromFile = (page: Page, name: string, text: string) =>
  installPackFile(page, ext.id, name, text);

/** The sample pack under another id, so a test installs a stack no other test touches. */
function renamed(pack: StackPack, id: string): StackPack {
  const from = `${pack.id}/`;
  pack.id = id;
  for (const note of pack.notes) {
    note.id = note.id.replace(from, `${id}/`);
    for (const s of note.sections) s.id = s.id.replace(from, `${id}/`);
  }
  return pack;
}

const stacksTable = async (page: Page) => (await readAllTables(page)).stacks ?? [];
const stackIds = async (page: Page) =>
  ((await stacksTable(page)) as { id: string }[]).map((s) => s.id);

describe('stacks anyone can write, export, install and update', () => {
  it('the build writes the Django stack as a pack file that validates', () => {
    const text = readFileSync(join(EXTENSION_DIR, 'stacks/django.devrecall-stack.json'), 'utf8');
    const result = checkPack(text, loadStackPacks());
    expect(result.ok && result.pack.title).toBe('Django');
  });

  it('creates a stack with two notes, exports it, deletes it, imports the file back and installs it from a URL unchanged', async () => {
    const page = await ext.openPage('library.html#/new-stack');
    await page.getByLabel('Title').fill('My ORM tricks');
    await page.getByLabel(/^Topic/).fill('Backend');
    await page.getByLabel('Description').fill('Things I look up.');
    await page.getByLabel(/^Author/).fill('Sam');
    await page.getByRole('button', { name: 'Create stack' }).click();
    await page.getByRole('heading', { name: 'My ORM tricks', level: 1 }).waitFor();

    for (const [note, section, body] of [
      ['Queries', 'Avoid N+1', 'Use `select_related` for foreign keys.'],
      ['Migrations', 'Squash', '```bash\npython manage.py squashmigrations app 0004\n```'],
    ] as const) {
      await page.getByLabel('New note title').fill(note);
      await page.getByRole('button', { name: 'Add note' }).click();
      const form = page.getByRole('form', { name: `Add a section to ${note}` });
      await form.getByLabel('Section title').fill(section);
      await form.getByRole('textbox', { name: 'Section Markdown' }).fill(body);
      await form.getByRole('button', { name: 'Add section' }).click();
      await page.getByRole('link', { name: section }).waitFor();
    }

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export stack' }).click(),
    ]);
    const file = join(tmpdir(), download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as StackPack;
    expect(exported.notes.map((n) => n.sections.map((s) => s.title))).toEqual([
      ['Avoid N+1'],
      ['Squash'],
    ]);

    await page.getByRole('button', { name: 'Delete stack' }).click();
    await page.getByText('Deleted “My ORM tricks”.').waitFor();
    expect(await stackIds(page)).not.toContain(exported.id);

    await page.goto(libraryUrl('/install'));
    await page.getByLabel('From a file').setInputFiles(file);
    await page.getByRole('region', { name: 'Stack preview' }).getByText('Sam').waitFor();
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await page.getByRole('status', { name: 'Installed' }).waitFor();
    const stored = ((await stacksTable(page)) as { id: string; pack: StackPack }[]).find(
      (s) => s.id === exported.id,
    );
    expect(stored?.pack).toEqual(exported);

    // The same file from a URL, once the imported copy is uninstalled.
    await page.goto(libraryUrl(`/stack/${exported.id}`));
    await page.getByRole('button', { name: 'Uninstall' }).click();
    await expect.poll(() => stackIds(page)).not.toContain(exported.id);
    const url = `${PACK_HOST}/${download.suggestedFilename()}`;
    await servePack(`/${download.suggestedFilename()}`, readFileSync(file, 'utf8'));
    await page.goto(libraryUrl('/install'));
    await answerPermissionPrompt(page, true);
    await page.getByLabel('From a URL').fill(url);
    await page.getByRole('button', { name: 'Fetch' }).click();
    await page
      .getByRole('region', { name: 'Stack preview' })
      .getByText('2 notes, 2 sections')
      .waitFor();
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await page.getByRole('status', { name: 'Installed' }).waitFor();
    const fromUrl = (
      (await stacksTable(page)) as { id: string; pack: StackPack; origin: string }[]
    ).find((s) => s.id === exported.id);
    expect(fromUrl?.pack).toEqual(exported);
    expect(fromUrl?.origin).toBe(url);
    await page.close();
  }, 90_000);

  it('installs from a URL once the origin is granted, and downloads nothing when it is refused', async () => {
    const pack = renamed(samplePack(), 'htmx-from-url');
    const served = await servePack('/htmx.devrecall-stack.json', packText(pack));
    const page = await ext.openPage('library.html#/install');

    await answerPermissionPrompt(page, false);
    await page.getByLabel('From a URL').fill(`${PACK_HOST}/htmx.devrecall-stack.json`);
    await page.getByRole('button', { name: 'Fetch' }).click();
    await page
      .getByRole('alert')
      .getByText(/was not allowed to read packs\.example\.com/)
      .waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { askedOrigins: string[][] }).askedOrigins),
    ).toEqual([[`${PACK_HOST}/*`]]);
    expect(await stackIds(page)).not.toContain(pack.id);
    expect(served.downloads).toBe(0);

    await answerPermissionPrompt(page, true);
    await page.getByRole('button', { name: 'Fetch' }).click();
    const preview = page.getByRole('region', { name: 'Stack preview' });
    await preview.getByRole('heading', { name: 'htmx essentials' }).waitFor();
    await preview.getByText('2 notes, 3 sections').waitFor();
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await page.getByRole('status', { name: 'Installed' }).waitFor();
    const installed = (await stacksTable(page)).find((s) => (s as { id: string }).id === pack.id);
    expect(installed).toMatchObject({ pack, origin: `${PACK_HOST}/htmx.devrecall-stack.json` });
    expect(served.downloads).toBe(1);
    await page.close();
  });

  it('installs version 2 over version 1: kept history for the unchanged section, the changes listed', async () => {
    const page = await ext.openPage('library.html#/review');
    if (!(await stackIds(page)).includes('htmx')) {
      await installFromFile(page, 'htmx-v1', packText(samplePack()));
      await page.getByRole('button', { name: 'Install', exact: true }).click();
      await page.getByRole('status', { name: 'Installed' }).waitFor();
    }
    // The interview question of version 1 was installed as a card: review it once (the
    // bundled questions come first in the queue, so review those too until it is done).
    const reviewsOf = async (id: string) =>
      ((await readAllTables(page)).reviewLog as { cardId: string }[]).filter(
        (r) => r.cardId === id,
      );
    await page.goto(libraryUrl('/review'));
    for (let i = 0; i < 40 && (await reviewsOf('htmx/q-why')).length === 0; i++) {
      const reviews = ((await readAllTables(page)).reviewLog ?? []).length;
      await page.getByRole('button', { name: /Show answer/ }).click();
      await page.getByRole('group', { name: 'How well did you recall it?' }).waitFor();
      await page.keyboard.press('3');
      await expect
        .poll(async () => ((await readAllTables(page)).reviewLog ?? []).length)
        .toBe(reviews + 1);
    }
    const history = await reviewsOf('htmx/q-why');
    expect(history).toHaveLength(1);
    await page.goto(libraryUrl('/section/htmx/q-why'));
    await page.getByRole('heading', { name: /Why use htmx/ }).waitFor();
    const before = (await readAllTables(page)).cards?.find(
      (c) => (c as { id: string }).id === 'htmx/q-why',
    ) as { reps: number } | undefined;
    expect(before?.reps).toBe(1);

    const v2 = samplePack('2.0.0');
    noteAt(v2, 0).sections = [{ ...sectionAt(v2, 0, 0), markdown: 'Changed in version 2.' }];
    await installFromFile(page, 'htmx-v2', packText(v2));
    const preview = page.getByRole('region', { name: 'Stack preview' });
    await preview.getByText(/1 changed, 1 removed/).waitFor();
    await page.getByRole('button', { name: 'Update from 1.0.0' }).click();
    const report = page.getByRole('status', { name: 'Installed' });
    await report.getByText('Changed: hx-get').waitFor();
    await report.getByText('Removed: hx-swap').waitFor();
    const tables = await readAllTables(page);
    expect(tables.cards?.find((c) => (c as { id: string }).id === 'htmx/q-why')).toEqual(before);
    expect(await reviewsOf('htmx/q-why')).toEqual(history);
    expect(
      tables.progress?.find((p) => (p as { sectionId: string }).sectionId === 'htmx/q-why'),
    ).toBeDefined();
    await page.close();
  }, 90_000);

  it('renders hostile HTML in a pack as text and loads no remote image', async () => {
    const hostile = renamed(samplePack(), 'hostile');
    sectionAt(hostile, 0, 0).markdown =
      '<img src=x onerror="window.pwned=1"> <script>window.pwned=2</script>\n\n![tracker](https://tracker.example.com/pixel.png) [x](javascript:window.pwned=3)';
    let imageRequested = false;
    await ext.context.route('https://tracker.example.com/**', (route) => {
      imageRequested = true;
      return route.abort();
    });
    const page = await ext.openPage('library.html#/install');
    await installFromFile(page, 'hostile', packText(hostile));
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await page.getByRole('status', { name: 'Installed' }).waitFor();
    await page.goto(libraryUrl('/section/hostile/hx-get'));
    const article = page.locator('article.section-view');
    await article.getByText('<script>window.pwned=2</script>', { exact: false }).waitFor();
    await article.getByRole('link', { name: 'Image: tracker' }).waitFor();
    expect(await article.locator('img, script').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    expect(imageRequested).toBe(false);
    await page.close();
  });

  it('refuses a pack that claims django/ and every malformed pack, writing nothing', async () => {
    const page = await ext.openPage('library.html#/install');
    const before = await readAllTables(page);
    for (const { name, text, reason } of MALFORMED_PACKS) {
      await installFromFile(page, name, text);
      await expect
        .poll(() => page.getByRole('alert').textContent(), { message: name })
        .toMatch(reason);
      await expect(
        page.getByRole('button', { name: 'Install', exact: true }).count(),
      ).resolves.toBe(0);
    }
    expect(MALFORMED_PACKS.length).toBeGreaterThanOrEqual(20);
    expect(MALFORMED_PACKS.some((p) => p.name === 'section claims django/')).toBe(true);
    expect(await readAllTables(page)).toEqual(before);
    await page.close();
  });

  it('edits, reorders and removes sections of a written stack, with Undo', async () => {
    const page = await ext.openPage('library.html#/new-stack');
    await page.getByLabel('Title').fill('Edited stack');
    await page.getByLabel(/^Topic/).fill('Backend');
    await page.getByLabel(/^Author/).fill('Sam');
    await page.getByRole('button', { name: 'Create stack' }).click();
    await page.getByRole('heading', { name: 'Edited stack', level: 1 }).waitFor();
    await page.getByLabel('New note title').fill('Queries');
    await page.getByRole('button', { name: 'Add note' }).click();
    const add = page.getByRole('form', { name: 'Add a section to Queries' });
    for (const title of ['First', 'Second', 'Third']) {
      await add.getByLabel('Section title').fill(title);
      await add.getByRole('textbox', { name: 'Section Markdown' }).fill(`About ${title}.`);
      await add.getByRole('button', { name: 'Add section' }).click();
      await page.getByRole('link', { name: title }).waitFor();
    }
    const note = page.getByRole('region', { name: 'Note Queries' });
    const order = () => note.locator('.section-links > li > a').allTextContents();
    const storedSections = async () => {
      const [stack] = (await stacksTable(page)).filter(
        (s) => (s as { pack: StackPack }).pack.title === 'Edited stack',
      ) as { pack: StackPack }[];
      return stack?.pack.notes[0]?.sections ?? [];
    };

    // Edit: Markdown, keywords and an annotated page; a bad address is refused, nothing saved.
    await note.getByRole('button', { name: 'Edit section First' }).click();
    const edit = page.getByRole('form', { name: 'Edit section First' });
    await expect(edit.getByLabel('Section title').inputValue()).resolves.toBe('First');
    await edit.getByLabel('Section title').fill('First, edited');
    await edit.getByRole('textbox', { name: 'Section Markdown' }).fill('Use **select_related**.');
    await edit.getByLabel(/^Keywords/).fill('select_related, joins');
    await edit.getByLabel(/^Docs pages it annotates/).fill('http://example.com/');
    await edit.getByRole('button', { name: 'Save section' }).click();
    await edit
      .getByRole('alert')
      .getByText(/not a web address starting with https/)
      .waitFor();
    expect((await storedSections())[0]?.title).toBe('First');
    await edit
      .getByLabel(/^Docs pages it annotates/)
      .fill('https://docs.djangoproject.com/en/5.2/topics/db/queries/');
    await edit.getByRole('tab', { name: 'Preview' }).click();
    await edit.locator('.preview strong', { hasText: 'select_related' }).waitFor();
    await edit.getByRole('button', { name: 'Save section' }).click();
    await note.getByRole('link', { name: 'First, edited' }).waitFor();
    expect((await storedSections())[0]).toMatchObject({
      title: 'First, edited',
      markdown: 'Use **select_related**.',
      keywords: ['select_related', 'joins'],
      pages: ['https://docs.djangoproject.com/en/5.2/topics/db/queries/'],
    });

    // Esc leaves an edit without saving.
    await note.getByRole('button', { name: 'Edit section Second' }).click();
    const second = page.getByRole('form', { name: 'Edit section Second' });
    await second.getByLabel('Section title').fill('Not saved');
    await second.getByLabel('Section title').press('Escape');
    await second.waitFor({ state: 'detached' });
    expect(await order()).toEqual(['First, edited', 'Second', 'Third']);

    // Reorder.
    await note.getByRole('button', { name: 'Move Third up' }).click();
    await expect.poll(order).toEqual(['First, edited', 'Third', 'Second']);
    expect((await storedSections()).map((s) => s.title)).toEqual([
      'First, edited',
      'Third',
      'Second',
    ]);

    // Remove with Undo: back in its place; removed again it is gone from its page too.
    await note.getByRole('button', { name: 'Remove section Third' }).click();
    const toast = page.getByRole('status').filter({ hasText: 'Removed “Third”.' });
    await expect.poll(order).toEqual(['First, edited', 'Second']);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(order).toEqual(['First, edited', 'Third', 'Second']);
    await note.getByRole('button', { name: 'Remove section Third' }).click();
    await expect.poll(order).toEqual(['First, edited', 'Second']);
    expect((await storedSections()).map((s) => s.title)).toEqual(['First, edited', 'Second']);

    // Search follows the edits: the new keyword finds the section, the removed one is gone.
    const search = page.getByRole('combobox', { name: 'Search DevRecall' });
    const results = page.getByRole('listbox', { name: 'Search results' });
    await search.fill('joins');
    await results.getByRole('option').filter({ hasText: 'First, edited' }).first().waitFor();
    await search.fill('About Third');
    await results.getByRole('option').first().waitFor();
    await expect(results.getByRole('option').filter({ hasText: 'Third' }).count()).resolves.toBe(0);
    await search.fill('');

    await note.getByRole('link', { name: 'First, edited' }).click();
    const article = page.locator('article.section-view');
    await article.locator('strong', { hasText: 'select_related' }).waitFor();
    await page.close();
  });
});
