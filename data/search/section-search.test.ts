import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData } from '../backup/backup';
import { samplePack } from '../stacks/pack-fixtures';
import { installPack, listStoredStacks, removeStack } from '../stacks/store';
import { SectionSearch } from './section-search';

beforeEach(clearAllData);

const titles = (search: SectionSearch, query: string) =>
  search.search(query).map((hit) => hit.doc.title);

describe('SectionSearch', () => {
  it('finds bundled sections from the start', () => {
    expect(titles(new SectionSearch(), 'select_rel')).toContain('ORM Queries');
  });

  it('finds an installed stack once synced, and drops it once uninstalled', async () => {
    const search = new SectionSearch();
    expect(titles(search, 'hx-swap')).not.toContain('hx-swap');
    await installPack(samplePack(), 'htmx.devrecall-stack.json', 100);
    search.syncStacks(await listStoredStacks());
    expect(titles(search, 'hx-swap')).toContain('hx-swap');
    expect(titles(search, 'hx-get')).toContain('hx-get');

    await removeStack('htmx');
    search.syncStacks(await listStoredStacks());
    expect(titles(search, 'hx-get')).not.toContain('hx-get');
    expect(titles(search, 'select_rel')).toContain('ORM Queries');
  });
});
