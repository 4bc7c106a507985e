import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData } from '../backup/backup';
import { db } from '../records/db';
import { createNote } from '../records/notes';
import { practise, recordReview } from '../practice/practice';
import { markRead } from '../practice/progress';
import { practiceItem } from '../practice/practice-items';
import { noteAt, samplePack, sectionAt } from './pack-fixtures';
import {
  createOwnStack,
  installPack,
  newStackId,
  notesAsPackNotes,
  planInstall,
  removeOwnPart,
  removeStack,
  restoreOwnPart,
  restoreStack,
  saveOwnSection,
  saveOwnStack,
} from './store';
import { loadCatalog } from './stored';

beforeEach(() => clearAllData());

const META = {
  title: 'My Django tips',
  topic: 'Backend',
  description: 'What I keep forgetting.',
  author: 'Me',
  licence: 'CC-BY-4.0',
};

/** Version 2 of the sample: hx-swap removed, hx-get changed, hx-trigger added. */
function sampleV2() {
  const v2 = samplePack('2.0.0');
  noteAt(v2, 0).sections = [
    { ...sectionAt(v2, 0, 0), markdown: 'Sends a GET; see also hx-trigger.' },
    { id: 'htmx/hx-trigger', title: 'hx-trigger', markdown: 'Which event sends it.' },
  ];
  return v2;
}

describe('installed stacks', () => {
  it('installs a pack: its sections join the catalog and its questions are practised', async () => {
    await installPack(samplePack(), 'htmx.devrecall-stack.json', 100);
    const catalog = await loadCatalog();
    expect(catalog.findStack('htmx')?.source).toBe('installed');
    const section = catalog.findSection('htmx/hx-get');
    expect(section && catalog.sectionContext(section)).toBe('htmx essentials › Basics');
    expect(catalog.findSection('django/orm')).toBeDefined();
    expect(await db.cards.get('htmx/q-why')).toMatchObject({ due: 100 });
    expect(await practiceItem('htmx/hx-swap')).toMatchObject({
      kind: 'section',
      source: 'installed',
    });
  });

  it('updates keep history, progress and notes of surviving sections and report the changes', async () => {
    await installPack(samplePack(), 'v1', 100);
    for (const id of ['htmx/q-why', 'htmx/hx-swap']) {
      await practise(id, 100);
      await markRead(id, 150);
      await recordReview(id, 3, 200);
    }
    const note = await createNote({
      title: 'Mine',
      body: 'x',
      tags: [],
      sectionId: 'htmx/hx-swap',
    });
    const unchangedCard = await db.cards.get('htmx/q-why');

    const plan = planInstall(sampleV2(), await db.stacks.get('htmx'));
    expect(plan.kind).toBe('update');
    const { diff } = await installPack(sampleV2(), 'v2', 300);
    expect(diff).toMatchObject({
      added: [{ id: 'htmx/hx-trigger' }],
      changed: [{ id: 'htmx/hx-get' }],
      removed: [{ id: 'htmx/hx-swap' }],
      unchanged: 1,
    });
    expect(await db.cards.get('htmx/q-why')).toEqual(unchangedCard);
    expect(await db.progress.get('htmx/q-why')).toMatchObject({ readAt: 150 });
    expect(await db.cards.get('htmx/hx-swap')).toBeUndefined();
    expect(await db.progress.get('htmx/hx-swap')).toBeUndefined();
    expect(await db.reviewLog.where('cardId').equals('htmx/q-why').count()).toBe(1);
    // The user's note stays, even on a section that went away.
    expect(await db.notes.get(note.id)).toMatchObject({ sectionId: 'htmx/hx-swap' });
  });

  it('refuses a pack that would replace a bundled stack, an own stack or another author’s', async () => {
    const django = { ...samplePack(), id: 'django' };
    expect(planInstall(django, undefined)).toMatchObject({ kind: 'refused' });
    const own = await createOwnStack(META);
    const clash = { ...samplePack(), id: own.id };
    expect(planInstall(clash, own)).toMatchObject({ kind: 'refused', reason: /You wrote/ });
    await expect(installPack(clash, 'x')).rejects.toThrow(/You wrote/);
    await installPack(samplePack(), 'x');
    const stranger = { ...samplePack('9.0.0'), author: 'Someone else' };
    expect(planInstall(stranger, await db.stacks.get('htmx'))).toMatchObject({
      kind: 'refused',
      reason: /by Ada Example/,
    });
    expect((await db.stacks.get('htmx'))?.pack.author).toBe('Ada Example');
  });

  it('uninstalls with cards and progress, and undo puts them back', async () => {
    await installPack(samplePack(), 'x', 100);
    await markRead('htmx/hx-get', 110);
    const removed = await removeStack('htmx');
    if (!removed) throw new Error('nothing was removed');
    expect(await db.stacks.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
    expect(await db.progress.count()).toBe(0);
    await restoreStack(removed);
    expect(await db.stacks.get('htmx')).toEqual(removed.stack);
    expect(await db.progress.get('htmx/hx-get')).toMatchObject({ readAt: 110 });
    expect(await db.cards.get('htmx/q-why')).toBeDefined();
  });
});

describe('stacks the user writes', () => {
  it('gets a fresh id in its own namespace', () => {
    expect(newStackId('My Django tips!', () => 'abcdef12-3456')).toBe('my-django-tips-abcdef');
    expect(newStackId('django', () => 'abcdef12')).not.toBe('django');
  });

  it('turns the user’s notes into a stack, one section each', async () => {
    const a = await createNote({ title: 'Signals', body: 'post_save', tags: ['orm'] });
    const b = await createNote({ title: 'Admin', body: 'list_display', tags: [] });
    const stack = await createOwnStack(META, notesAsPackNotes([a, b]));
    expect(stack.pack.notes.map((n) => n.title)).toEqual(['Signals', 'Admin']);
    const ids = stack.pack.notes.flatMap((n) => [n.id, ...n.sections.map((s) => s.id)]);
    expect(ids.every((id) => id.startsWith(`${stack.id}/`))).toBe(true);
    expect(new Set(ids).size).toBe(4);
    expect(stack.pack.notes[0]?.sections[0]).toMatchObject({
      markdown: 'post_save',
      keywords: ['orm'],
    });
  });

  it('saves edits to the user’s own stacks only', async () => {
    const stack = await createOwnStack(META);
    await saveOwnStack({ ...stack.pack, title: 'Renamed' }, 500);
    expect(await db.stacks.get(stack.id)).toMatchObject({
      updatedAt: 500,
      pack: { title: 'Renamed' },
    });
    await installPack(samplePack(), 'x');
    await expect(saveOwnStack(samplePack())).rejects.toThrow(/Only stacks you wrote/);
  });

  /** An own stack with notes A (sections a1, a2) and B (section b1). */
  async function twoNotes() {
    const stack = await createOwnStack(META);
    const id = (part: string) => `${stack.id}/${part}`;
    const pack = {
      ...stack.pack,
      notes: [
        {
          id: id('a'),
          title: 'A',
          summary: '',
          sections: [
            { id: id('a1'), title: 'a1', markdown: 'one' },
            { id: id('a2'), title: 'a2', markdown: 'two' },
          ],
        },
        {
          id: id('b'),
          title: 'B',
          summary: '',
          sections: [{ id: id('b1'), title: 'b1', markdown: 'x' }],
        },
      ],
    };
    await saveOwnStack(pack, 10);
    return { stackId: stack.id, id, pack };
  }

  const titles = async (stackId: string) =>
    (await db.stacks.get(stackId))?.pack.notes.map((n) => [
      n.title,
      n.sections.map((s) => s.title),
    ]);

  it('saves one edited section, keeping the others as stored', async () => {
    const { stackId, id } = await twoNotes();
    await saveOwnSection(
      stackId,
      { id: id('a2'), title: 'a2 edited', markdown: '**new**', keywords: ['k'] },
      20,
    );
    const stored = await db.stacks.get(stackId);
    expect(stored?.updatedAt).toBe(20);
    expect(stored?.pack.notes[0]?.sections).toEqual([
      { id: id('a1'), title: 'a1', markdown: 'one' },
      { id: id('a2'), title: 'a2 edited', markdown: '**new**', keywords: ['k'] },
    ]);
    await expect(
      saveOwnSection(stackId, { id: id('gone'), title: 'x', markdown: '' }),
    ).rejects.toThrow(/no longer in the stack/);
  });

  it('removes a section with its card and progress, and undo puts all back where it was', async () => {
    const { stackId, id } = await twoNotes();
    await practise(id('a1'), 100);
    await markRead(id('a1'), 150);
    await recordReview(id('a1'), 3, 200);
    const reviews = await db.reviewLog.count();
    const removed = await removeOwnPart(stackId, id('a1'), 300);
    if (!removed) throw new Error('nothing was removed');
    expect(await titles(stackId)).toEqual([
      ['A', ['a2']],
      ['B', ['b1']],
    ]);
    expect(await db.cards.get(id('a1'))).toBeUndefined();
    expect(await db.progress.get(id('a1'))).toBeUndefined();
    expect(await db.reviewLog.count()).toBe(reviews);

    await restoreOwnPart(removed, 400);
    expect(await titles(stackId)).toEqual([
      ['A', ['a1', 'a2']],
      ['B', ['b1']],
    ]);
    expect(await db.cards.get(id('a1'))).toEqual(removed.cards[0]);
    expect(await db.progress.get(id('a1'))).toMatchObject({ readAt: 150 });
  });

  it('removes a whole note and undo puts it back in its place', async () => {
    const { stackId, id } = await twoNotes();
    await markRead(id('a2'), 150);
    const removed = await removeOwnPart(stackId, id('a'));
    if (!removed) throw new Error('nothing was removed');
    expect(await titles(stackId)).toEqual([['B', ['b1']]]);
    expect(await db.progress.count()).toBe(0);
    await restoreOwnPart(removed);
    expect(await titles(stackId)).toEqual([
      ['A', ['a1', 'a2']],
      ['B', ['b1']],
    ]);
    expect(await db.progress.get(id('a2'))).toMatchObject({ readAt: 150 });
  });

  it('refuses an undo whose note is gone or whose id was taken since, changing nothing', async () => {
    const { stackId, id, pack } = await twoNotes();
    const section = await removeOwnPart(stackId, id('b1'));
    const note = await removeOwnPart(stackId, id('b'));
    if (!section || !note) throw new Error('nothing was removed');
    await expect(restoreOwnPart(section)).rejects.toThrow(/note it was in has been removed/);
    await saveOwnStack({
      ...pack,
      notes: [
        ...pack.notes.slice(0, 1),
        { id: id('b'), title: 'B again', summary: '', sections: [] },
      ],
    });
    const before = await db.stacks.get(stackId);
    await expect(restoreOwnPart(note)).rejects.toThrow(/same id was added since/);
    expect(await db.stacks.get(stackId)).toEqual(before);
  });

  it('edits and removes parts of the user’s own stacks only', async () => {
    await installPack(samplePack(), 'x');
    await expect(removeOwnPart('htmx', 'htmx/hx-get')).rejects.toThrow(/Only stacks you wrote/);
    await expect(
      saveOwnSection('htmx', { id: 'htmx/hx-get', title: 'x', markdown: '' }),
    ).rejects.toThrow(/Only stacks you wrote/);
    expect((await db.stacks.get('htmx'))?.pack).toEqual(samplePack());
  });
});
