import { openOnce } from '../../data/records/open-existing';
import { bundledSectionDocs } from '../../data/search/bundled-docs';
import { mergeRanked } from '../../data/search/combined';
import { DEFAULT_LIMIT, SearchEngine } from '../../data/search/engine';
import { lookingUpFirst } from '../../data/search/first-answer';
import { idbListReads } from '../../data/search/idb-list-reads';
import { answerFromLists } from '../../data/search/list-answer';
import { SEARCH_MARKS } from '../../data/search/marks';
import { urgentRead } from '../../data/search/read-priority';
import type { SearchHit } from '../../data/search/types';
import { renderFirstResults } from './first-results';
import { holdKeys, selectRow } from './held-keys';

/**
 * Answers what is typed in popup.html's own search box and shows the matches under it, before the
 * popup's own code (the database library, the search engine's index, React) has loaded: the
 * bundled sections at once, as this script holds them, then the user's records, from the term
 * lists read straight from IndexedDB, ranked among them as the popup ranks them. The popup's keys
 * work on those rows meanwhile (`held-keys.ts`). Stops, and closes the database, once the popup
 * has taken the box over; its answer is handed on (`first-answer.ts`).
 */
export async function answerAsTyped(page: Document, factory: IDBFactory): Promise<void> {
  const opening = openOnce(factory);
  // Run from the page's head: the box is there once the page has parsed, before its modules run.
  if (page.readyState === 'loading') {
    await new Promise((resolve) =>
      page.addEventListener('readystatechange', resolve, { once: true }),
    );
  }
  const root = page.getElementById('root');
  const box = root?.querySelector('input');
  const main = box?.closest('main');
  if (!root || !box || !main) return (await opening)?.close();
  const list = page.createElement('ul');
  list.className = 'result-list';
  list.id = 'results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  // With no database yet there are no rows, but an Enter pressed early is still the popup's.
  holdKeys(box, list);
  const reading = opening.then((db) => db && idbListReads(db));
  let asked = 0;
  let sections: SearchEngine | undefined;

  /** Shows `hits`, the first selected, or the one selected before when `keep` and still there. */
  const show = (hits: SearchHit[], query: string, keep = false) => {
    const selected = keep
      ? list.querySelector<HTMLElement>('[aria-selected="true"]')?.dataset.id
      : undefined;
    renderFirstResults(list, hits, query);
    if (hits.length) main.append(list);
    else list.remove();
    const at = hits.findIndex((hit) => hit.doc.id === selected);
    selectRow(box, list, Math.max(0, at));
  };

  const lookUp = async () => {
    const query = box.value;
    const turn = ++asked;
    // An empty box browses, and that is the popup's own to draw.
    if (query.trim() === '') return show([], query);
    // Known to the popup's search from the key on, while the database may still be opening.
    const answer = reading
      .then((reads) =>
        reads ? urgentRead(() => answerFromLists(query, DEFAULT_LIMIT, reads)) : undefined,
      )
      // A database closed or changed under it: the popup's own search answers.
      .catch(() => undefined);
    lookingUpFirst(query, answer);
    // Ranked while the database reads: the reads are asked for first.
    await Promise.resolve();
    sections ??= new SearchEngine(bundledSectionDocs());
    const bundled = sections.search(query, { limit: DEFAULT_LIMIT });
    show(bundled, query);
    const own = await answer;
    if (turn !== asked || !box.isConnected || !own) return;
    performance.mark(SEARCH_MARKS.early);
    // The popup's own order: the user's first at equal strength.
    show(mergeRanked(own, bundled, DEFAULT_LIMIT), query, true);
  };
  box.addEventListener('input', () => void lookUp());

  // The popup renders over popup.html's box: from then on it answers, and the database is its own.
  const taken = new MutationObserver(() => {
    if (box.isConnected) return;
    taken.disconnect();
    void opening.then((db) => db?.close());
  });
  taken.observe(root, { childList: true, subtree: true });
  await lookUp();
}
