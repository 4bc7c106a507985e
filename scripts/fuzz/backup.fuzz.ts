// `npm run fuzz:backup`: mutates an exported backup in several hundred ways, imports each through
// the app's own path (size check, parse and validation, merge), and counts what happened. Every
// mutation must be refused with nothing changed, or accepted whole; anything else is a bug.
import { expect, it } from 'vitest';
import {
  clearAllData,
  exportBackup,
  importBackup,
  importBackupFile,
} from '../../data/backup/backup';
import { parseBackup } from '../../data/backup/backup-reader';
import { db, TABLES } from '../../data/records/db';
import { createNote } from '../../data/records/notes';
import { saveStack } from '../../data/records/saved-stacks';
import { createSnippet } from '../../data/records/snippets';
import { practise, recordReview } from '../../data/practice/practice';
import { createOwnStack } from '../../data/stacks/store';

const MUTATIONS = Number(process.env.FUZZ_MUTATIONS ?? 400);

/** A small deterministic generator, so a failing mutation can be found again by its number. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T,
  };
}

async function seed() {
  await saveStack('django', 10);
  for (let i = 0; i < 4; i++) {
    await createNote(
      {
        title: `Note ${i}`,
        body: `# Heading ${i}\n\n\`code\``,
        tags: ['orm'],
        pageUrl: 'https://docs.djangoproject.com/en/5.2/topics/db/queries/',
      },
      11 + i,
    );
  }
  for (let i = 0; i < 3; i++) {
    await createSnippet(
      {
        text: `    indented_${i}()\n`,
        language: 'python',
        pageUrl: 'https://example.com/',
        pageTitle: 'Example',
        tags: ['x'],
      },
      20 + i,
    );
  }
  await practise('django/orm', 30);
  await recordReview('django/orm', 3, 31);
  await practise('django/q-mtv', 32);
  await recordReview('django/q-mtv', 1, 33);
  await db.settings.put({ key: 'theme', value: 'dark' });
  await db.progress.put({ sectionId: 'django/orm', readAt: 14, learnedAt: 15 });
  await createOwnStack({
    title: 'My stack',
    topic: 'Backend',
    description: 'Mine.',
    author: 'Me',
    licence: 'CC-BY-4.0',
  });
}

async function snapshot(): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(TABLES.map(async (t) => [t, await db.table(t).toArray()])),
  );
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in the JSON a value sits, as a path. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => paths(v, [...at, i])));
  if (value && typeof value === 'object') {
    return here.concat(Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k])));
  }
  return here;
}

function getAt(root: Json, path: (string | number)[]): Json {
  return path.reduce<Json>((v, k) => (v as Record<string, Json>)[k] as Json, root);
}

const ODD_VALUES: Json[] = [
  null,
  0,
  -1,
  1e308,
  9e15,
  '',
  'x'.repeat(300_000),
  true,
  [],
  {},
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '2024-01-01',
  1.5,
];

/** One mutation of the backup's text; its name says what it did. */
function mutate(text: string, n: number): { name: string; text: string } {
  const r = random(n + 1);
  const kind = n % 10;
  if (kind === 0) {
    const cut = r.int(text.length);
    return { name: `truncated at ${cut}`, text: text.slice(0, cut) };
  }
  if (kind === 1) {
    const at = r.int(text.length);
    const ch = r.pick(['{', '}', '[', ']', '"', ',', ':', '0', 'x', '\\', ' ']);
    return {
      name: `character ${at} replaced by ${ch}`,
      text: text.slice(0, at) + ch + text.slice(at + 1),
    };
  }
  const json = JSON.parse(text) as Json;
  const all = paths(json).filter((p) => p.length > 0);
  const path = r.pick(all);
  const parent = getAt(json, path.slice(0, -1)) as Record<string | number, Json> | Json[];
  const key = path[path.length - 1] as string | number;
  const where = path.join('.');
  switch (kind) {
    case 2:
    case 3: {
      const value = r.pick(ODD_VALUES);
      (parent as Record<string | number, Json>)[key] = value;
      return {
        name: `${where} set to ${JSON.stringify(value).slice(0, 30)}`,
        text: JSON.stringify(json),
      };
    }
    case 4:
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else Reflect.deleteProperty(parent, key);
      return { name: `${where} removed`, text: JSON.stringify(json) };
    case 5:
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number] as Json));
      else parent[`${key}Extra`] = structuredClone(parent[key] as Json);
      return { name: `${where} duplicated`, text: JSON.stringify(json) };
    case 6: {
      const records = r.pick(paths(json).filter((p) => p.length === 3 && p[0] === 'data'));
      const record = getAt(json, records) as Record<string, Json>;
      const text2 = JSON.stringify(json).replace(
        JSON.stringify(record),
        `{"__proto__":{"polluted":1},${JSON.stringify(record).slice(1)}`,
      );
      return { name: `${records.join('.')} with a __proto__ key`, text: text2 };
    }
    case 7: {
      const value = getAt(json, path);
      (parent as Record<string | number, Json>)[key] =
        typeof value === 'string'
          ? value + r.pick(['', ' ', '\u0000', '\ud800', 'é'])
          : typeof value === 'number'
            ? -value
            : String(value);
      return { name: `${where} changed in kind or content`, text: JSON.stringify(json) };
    }
    case 8: {
      const value = r.pick([0, 1, 2, 3, 4, 99, -1, '3']);
      (json as Record<string, Json>).version = value;
      return { name: `version set to ${JSON.stringify(value)}`, text: JSON.stringify(json) };
    }
    default: {
      const sections = Object.keys((json as { data: Record<string, Json> }).data);
      const section = r.pick(sections);
      const list = (json as { data: Record<string, Json[]> }).data[section] ?? [];
      const other = r.pick(list) as Record<string, Json> | undefined;
      if (other && list.length > 1) {
        const first = list[0] as Record<string, Json>;
        const idKey =
          'id' in first
            ? 'id'
            : 'key' in first
              ? 'key'
              : 'sectionId' in first
                ? 'sectionId'
                : 'stackId';
        first[idKey] = other[idKey] as Json;
        return { name: `data.${section} with a repeated ${idKey}`, text: JSON.stringify(json) };
      }
      return {
        name: `data.${section} emptied`,
        text: JSON.stringify({
          ...(json as object),
          data: { ...(json as { data: object }).data, [section]: [] },
        }),
      };
    }
  }
}

/** Whether the database after an import holds the file's records and nothing else changed. */
function acceptedWhole(
  before: Record<string, unknown[]>,
  after: Record<string, unknown[]>,
  file: Record<string, object[]>,
): boolean {
  const keyOf = (t: string, r: Record<string, unknown>) =>
    String(r[db.table(t).schema.primKey.keyPath as string]);
  const sectionOf: Record<string, string> = { reviewLog: 'reviews' };
  for (const table of TABLES) {
    const incoming = new Map(
      (file[sectionOf[table] ?? table] ?? []).map((r) => [
        keyOf(table, r as Record<string, unknown>),
        r,
      ]),
    );
    const old = new Map(
      (before[table] ?? []).map((r) => [keyOf(table, r as Record<string, unknown>), r]),
    );
    const now = new Map(
      (after[table] ?? []).map((r) => [keyOf(table, r as Record<string, unknown>), r]),
    );
    for (const [key, record] of now) {
      const expected =
        incoming.has(key) && !(table === 'reviewLog' && old.has(key))
          ? incoming.get(key)
          : old.get(key);
      if (JSON.stringify(sorted(record)) !== JSON.stringify(sorted(expected))) return false;
    }
    for (const key of new Set([...incoming.keys(), ...old.keys()])) if (!now.has(key)) return false;
  }
  return true;
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sorted(v)]),
    );
  }
  return value;
}

it(`imports ${MUTATIONS} mutated backups: each refused with nothing changed, or accepted whole`, async () => {
  await clearAllData();
  await seed();
  const base = JSON.stringify(await exportBackup(1_700_000_000_000), null, 2);
  const counts = { refused: 0, accepted: 0, other: 0 };
  const others: string[] = [];
  for (let n = 0; n < MUTATIONS; n++) {
    const { name, text } = mutate(base, n);
    await clearAllData();
    await importBackup(
      ((await parseBackup(base)) as { ok: true; backup: Parameters<typeof importBackup>[0] })
        .backup,
    );
    const before = await snapshot();
    let outcome: keyof typeof counts;
    try {
      // Small batches, so a fault late in the file comes after records were already staged.
      const result = await importBackupFile(new Blob([text]), { batchRecords: 3 });
      if (!result.ok) {
        const unchanged = JSON.stringify(await snapshot()) === JSON.stringify(before);
        outcome = unchanged && /\w.*\./.test(result.error) ? 'refused' : 'other';
      } else {
        const parsed = await parseBackup(text);
        outcome =
          parsed.ok &&
          acceptedWhole(
            before,
            await snapshot(),
            parsed.backup.data as unknown as Record<string, object[]>,
          )
            ? 'accepted'
            : 'other';
      }
    } catch {
      outcome = JSON.stringify(await snapshot()) === JSON.stringify(before) ? 'refused' : 'other';
    }
    if ((await db.importStaging.count()) > 0) outcome = 'other';
    if ((Object.prototype as Record<string, unknown>).polluted !== undefined) outcome = 'other';
    counts[outcome]++;
    if (outcome === 'other') others.push(`#${n} ${name}`);
  }
  console.log(
    [
      `Mutated backups: ${MUTATIONS}`,
      `refused with no change: ${counts.refused}`,
      `accepted whole: ${counts.accepted}`,
      `anything else: ${counts.other}`,
      ...others.map((o) => `  ${o}`),
    ].join('\n'),
  );
  expect(others).toEqual([]);
}, 600_000);
