import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putRecords, readAllTables } from './db';
import { launchExtension, type LoadedExtension } from './extension';

let ext: LoadedExtension;

beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => ext?.close());

async function createNote(title: string, body: string): Promise<string> {
  const page = await ext.openPage('library.html#/new');
  await page.getByLabel('Title').fill(title);
  await page.getByRole('textbox', { name: 'Body' }).fill(body);
  await page.getByRole('button', { name: /^Save/ }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  const id = new URL(page.url()).hash.replace('#/note/', '');
  await page.close();
  return id;
}

async function openEditor(id: string): Promise<Page> {
  const page = await ext.openPage(`library.html#/edit/${id}`);
  await page.getByRole('form', { name: 'Edit note' }).waitFor();
  return page;
}

async function storedNote(page: Page, id: string) {
  const { notes } = await readAllTables(page);
  return (notes as { id: string; title: string; body: string }[]).find((n) => n.id === id);
}

describe('two tabs editing one note', () => {
  it('keeps the title saved in one tab and the body saved in the other', async () => {
    const id = await createNote('Old title', 'Old body');
    const [a, b] = [await openEditor(id), await openEditor(id)];

    await a.getByLabel('Title').fill('New title from A');
    await a.getByRole('button', { name: /^Save/ }).click();
    await a.getByRole('heading', { name: 'New title from A', level: 1 }).waitFor();

    await b.getByText('This note was changed in another tab').waitFor();
    await b.getByRole('textbox', { name: 'Body' }).fill('New body from B');
    await b.getByRole('button', { name: /^Save/ }).click();
    await b.getByRole('status').getByText('merged with the changes made in another tab').waitFor();
    await b.getByRole('heading', { name: 'New title from A', level: 1 }).waitFor();

    expect(await storedNote(b, id)).toMatchObject({
      title: 'New title from A',
      body: 'New body from B',
    });
    await Promise.all([a.close(), b.close()]);
  });

  it('offers the choice when both tabs changed the same field, and overwrites nothing before it', async () => {
    const id = await createNote('Shared', 'First draft');
    const [a, b] = [await openEditor(id), await openEditor(id)];

    await a.getByRole('textbox', { name: 'Body' }).fill('Body written in A');
    await a.keyboard.press('Control+Enter');
    await a.getByText('Body written in A').waitFor();

    await b.getByLabel('Title').fill('Title from B');
    await b.getByRole('textbox', { name: 'Body' }).fill('Body written in B');
    await b.keyboard.press('Control+Enter');
    const chooser = b.getByRole('region', { name: 'Changed in another tab' });
    await chooser.waitFor();
    expect(await chooser.textContent()).toContain('Body written in A');
    expect(await chooser.textContent()).toContain('Body written in B');
    // Nothing is written until the user chooses.
    expect(await storedNote(b, id)).toMatchObject({ title: 'Shared', body: 'Body written in A' });
    const save = chooser.getByRole('button', { name: 'Save with these choices' });
    expect(await save.isDisabled()).toBe(true);

    await chooser.getByLabel('Keep the other tab’s version').check();
    await save.click();
    await b.getByRole('heading', { name: 'Title from B', level: 1 }).waitFor();
    expect(await storedNote(b, id)).toMatchObject({
      title: 'Title from B',
      body: 'Body written in A',
    });
    await Promise.all([a.close(), b.close()]);
  });
});

describe('deleting a note while it is edited in another tab', () => {
  it('keeps the typed text and saves it as a new note', async () => {
    const id = await createNote('About to go', 'Original');
    const editor = await openEditor(id);
    await editor.getByRole('textbox', { name: 'Body' }).fill('Typed while it was deleted');

    const viewer = await ext.openPage(`library.html#/note/${id}`);
    await viewer.getByRole('button', { name: 'Delete' }).click();
    await viewer.getByRole('status').getByText('Deleted').waitFor();

    await editor.getByText('This note was deleted in another tab').waitFor();
    expect(await editor.getByRole('textbox', { name: 'Body' }).inputValue()).toBe(
      'Typed while it was deleted',
    );
    await editor.getByRole('button', { name: /^Save as a new note/ }).click();
    await editor.waitForURL(/#\/note\//);
    await editor.getByText('Typed while it was deleted').waitFor();
    const newId = new URL(editor.url()).hash.replace('#/note/', '');
    expect(newId).not.toBe(id);
    expect(await storedNote(editor, newId)).toMatchObject({
      title: 'About to go',
      body: 'Typed while it was deleted',
    });
    await Promise.all([editor.close(), viewer.close()]);
  });
});

describe('two tabs editing one snippet', () => {
  const snippet = {
    id: 'snippet-two-tabs',
    text: 'Post.objects.select_related("author")',
    language: 'python',
    pageUrl: 'https://example.com/orm',
    pageTitle: 'ORM notes',
    pageKey: 'https://example.com/orm',
    note: '',
    tags: [],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  };

  async function openSnippetEditor(): Promise<Page> {
    const page = await ext.openPage(`library.html#/snippet/${snippet.id}`);
    await page.getByRole('button', { name: 'Edit note, tags, language' }).click();
    return page;
  }

  it('keeps the tags saved in one tab and the note saved in the other', async () => {
    const setup = await ext.openPage('library.html');
    await putRecords(setup, 'snippets', [snippet]);
    const [a, b] = [await openSnippetEditor(), await openSnippetEditor()];
    await a.getByLabel(/^Tags/).fill('orm, joins');
    await a.getByRole('button', { name: 'Save', exact: true }).click();
    await b.getByRole('textbox', { name: 'Note' }).fill('Avoids one query per post');
    await b.getByRole('button', { name: 'Save', exact: true }).click();
    await b.getByText('#joins').waitFor();
    const { snippets } = await readAllTables(b);
    expect(snippets?.find((s) => (s as { id: string }).id === snippet.id)).toMatchObject({
      tags: ['orm', 'joins'],
      note: 'Avoids one query per post',
    });
    await Promise.all([setup.close(), a.close(), b.close()]);
  });
});
