// What an extension page can do at all on this machine, for the start-up benchmark to set its
// figures beside: the popup's own page with none of its scripts (its box on screen), and the same
// page with one small classic script that opens the user's database and reads what the first
// result needs (a word's term list and its note). Both are added to a copy of the build, so they
// share the popup's origin, database and browser.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedExtension } from '../e2e/extension';

export const BARE_PAGE = 'floor.html';
const READ_PAGE = 'floor-read.html';
const READ_SCRIPT = 'floor-read.js';
/** Marked on the read page's timeline once the term list and the note are in the page. */
const READ_MARK = 'floor:read';

// A classic script, as plain as a page can run: no modules, no library.
const READ_SOURCE = `
const params = new URLSearchParams(location.search);
const open = indexedDB.open('devrecall');
open.onsuccess = () => {
  const db = open.result;
  const tx = db.transaction(['searchLists', 'notes']);
  let left = 2;
  const done = () => {
    if (--left > 0) return;
    performance.mark('${READ_MARK}');
    db.close();
  };
  tx.objectStore('searchLists').get(params.get('term')).onsuccess = done;
  tx.objectStore('notes').get(params.get('id')).onsuccess = done;
};
`;

/** A copy of the build in `dir` with the bare pages added; `remove` deletes it. */
export function buildWithFloorPages(dir: string): { dir: string; remove: () => void } {
  const copy = mkdtempSync(join(tmpdir(), 'devrecall-floor-'));
  cpSync(dir, copy, { recursive: true });
  const popup = readFileSync(join(copy, 'popup.html'), 'utf8');
  const bare = popup.replace(
    /<script\b[^>]*>\s*<\/script>\s*|<link rel="modulepreload"[^>]*>\s*/g,
    '',
  );
  writeFileSync(join(copy, BARE_PAGE), bare);
  writeFileSync(
    join(copy, READ_PAGE),
    bare.replace('</head>', `<script src="/${READ_SCRIPT}"></script></head>`),
  );
  writeFileSync(join(copy, READ_SCRIPT), READ_SOURCE);
  return { dir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export interface Floor {
  /** The bare popup page's first paint (its box on screen), ms from navigation. */
  boxShown: number;
  /** The term list and note read by the read page, ms from navigation. */
  read: number;
}

/** Opens each bare page `runs` times: medians, in ms from navigation. */
export async function floorOpens(
  ext: LoadedExtension,
  runs: number,
  term: string,
  noteId: string,
): Promise<Floor> {
  const shown: number[] = [];
  const read: number[] = [];
  for (let i = 0; i < runs; i++) {
    const bare = await ext.context.newPage();
    await bare.goto(`chrome-extension://${ext.id}/${BARE_PAGE}`);
    const paint = 'first-contentful-paint';
    await bare.waitForFunction((name) => performance.getEntriesByName(name).length > 0, paint);
    shown.push(
      await bare.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN, paint),
    );
    await bare.close();
    const page = await ext.context.newPage();
    const query = new URLSearchParams({ term, id: noteId });
    await page.goto(`chrome-extension://${ext.id}/${READ_PAGE}?${query}`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READ_MARK);
    read.push(
      await page.evaluate(
        (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
        READ_MARK,
      ),
    );
    await page.close();
  }
  return { boxShown: median(shown), read: median(read) };
}
