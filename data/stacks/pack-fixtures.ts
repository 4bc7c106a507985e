import { type PackNote, type PackSection, type StackPack } from './pack';
import { MAX_PACK_BYTES, packText } from './pack-format';

/** A small valid pack, `htmx`, with two notes and three sections; tests derive variants from it. */
export function samplePack(version = '1.0.0'): StackPack {
  return {
    format: 'devrecall-stack',
    formatVersion: 1,
    id: 'htmx',
    version,
    title: 'htmx essentials',
    topic: 'Frontend',
    description: 'Attributes, swaps and triggers.',
    author: 'Ada Example',
    licence: 'CC-BY-4.0',
    notes: [
      {
        id: 'htmx/basics',
        title: 'Basics',
        summary: 'Requests from attributes.',
        sections: [
          {
            id: 'htmx/hx-get',
            title: 'hx-get',
            keywords: ['hx-get', 'hx-target'],
            markdown:
              'Issues a GET request and swaps the response in.\n\n```html\n<button hx-get="/clicked">Click</button>\n```',
          },
          {
            id: 'htmx/hx-swap',
            title: 'hx-swap',
            markdown: 'Controls where the response goes: innerHTML, outerHTML, beforeend.',
          },
        ],
      },
      {
        id: 'htmx/questions',
        title: 'Questions',
        summary: '',
        sections: [
          {
            id: 'htmx/q-why',
            title: 'Why use htmx instead of a SPA framework?',
            question: true,
            markdown: 'Hypermedia keeps state on the server and needs little JavaScript.',
          },
        ],
      },
    ],
  };
}

const withPack = (change: (pack: Record<string, unknown> & StackPack) => void): string => {
  const pack = samplePack() as Record<string, unknown> & StackPack;
  change(pack);
  return JSON.stringify(pack);
};

/** Note `n` of a pack, or section `i` of it; the sample has them, a test failing loudly if not. */
export function noteAt(pack: StackPack, n: number): PackNote {
  const note = pack.notes[n];
  if (!note) throw new Error(`the pack has no note ${n}`);
  return note;
}
export function sectionAt(pack: StackPack, n: number, i: number): PackSection {
  const section = noteAt(pack, n).sections[i];
  if (!section) throw new Error(`note ${n} has no section ${i}`);
  return section;
}

const firstSection = (pack: StackPack) => sectionAt(pack, 0, 0);

/** Files the extension and `pack:validate` must refuse, each with the words its reason must contain. */
export const MALFORMED_PACKS: readonly { name: string; text: string; reason: RegExp }[] = [
  { name: 'empty file', text: '', reason: /empty/ },
  { name: 'truncated', text: packText(samplePack()).slice(0, 200), reason: /not valid JSON/ },
  { name: 'not JSON', text: 'title: htmx\n', reason: /not valid JSON/ },
  { name: 'a list', text: '[]', reason: /no JSON object/ },
  {
    name: 'a backup file',
    text: '{"format":"devrecall-backup","version":2}',
    reason: /not a stack pack/,
  },
  {
    name: 'no format',
    text: withPack((p) => delete (p as Partial<StackPack>).format),
    reason: /not a stack pack/,
  },
  {
    name: 'future format version',
    text: withPack((p) => Object.assign(p, { formatVersion: 2 })),
    reason: /format version 2.*Update DevRecall/,
  },
  {
    name: 'format version as text',
    text: withPack((p) => Object.assign(p, { formatVersion: '1' })),
    reason: /formatVersion/,
  },
  {
    name: 'missing title',
    text: withPack((p) => delete (p as Partial<StackPack>).title),
    reason: /missing “title”/,
  },
  {
    name: 'title is a number',
    text: withPack((p) => Object.assign(p, { title: 42 })),
    reason: /“title” should be text but is a number/,
  },
  {
    name: 'notes is an object',
    text: withPack((p) => Object.assign(p, { notes: {} })),
    reason: /“notes” should be a list/,
  },
  {
    name: 'no notes',
    text: withPack((p) => Object.assign(p, { notes: [] })),
    reason: /at least one note/,
  },
  {
    name: 'no sections',
    text: withPack((p) => p.notes.forEach((n) => (n.sections = []))),
    reason: /no sections/,
  },
  {
    name: 'section markdown missing',
    text: withPack(
      (p) => delete (firstSection(p) as Partial<ReturnType<typeof firstSection>>).markdown,
    ),
    reason: /missing “markdown” of note 1, section 1/,
  },
  {
    name: 'keywords not a list',
    text: withPack((p) => Object.assign(firstSection(p), { keywords: 'a, b' })),
    reason: /“keywords” of note 1, section 1 should be a list/,
  },
  {
    name: 'question is text',
    text: withPack((p) => Object.assign(firstSection(p), { question: 'yes' })),
    reason: /“question”.*true or false/,
  },
  {
    name: 'unknown field',
    text: withPack((p) => Object.assign(p, { script: 'alert(1)' })),
    reason: /unknown field “script”/,
  },
  {
    name: 'bad version',
    text: withPack((p) => Object.assign(p, { version: 'latest' })),
    reason: /three numbers like 1\.0\.0/,
  },
  {
    name: 'bad stack id',
    text: withPack((p) => Object.assign(p, { id: 'Has Spaces' })),
    reason: /lowercase letters/,
  },
  {
    name: 'claims the bundled django id',
    text: withPack((p) => Object.assign(p, { id: 'django' })),
    reason: /comes with DevRecall/,
  },
  {
    name: 'section claims django/',
    text: withPack((p) => Object.assign(firstSection(p), { id: 'django/orm' })),
    reason: /claims “django\/”, which belongs to a stack that comes with DevRecall/,
  },
  {
    name: 'note outside its namespace',
    text: withPack((p) => Object.assign(noteAt(p, 0), { id: 'other/basics' })),
    reason: /outside the pack’s namespace; every id in this pack must start with “htmx\/”/,
  },
  {
    name: 'duplicate section ids',
    text: withPack((p) => Object.assign(sectionAt(p, 0, 1), { id: 'htmx/hx-get' })),
    reason: /“htmx\/hx-get” is used twice/,
  },
  {
    name: 'note and section share an id',
    text: withPack((p) => Object.assign(noteAt(p, 1), { id: 'htmx/hx-swap' })),
    reason: /used twice/,
  },
  {
    name: 'javascript: page link',
    text: withPack((p) => Object.assign(firstSection(p), { pages: ['javascript:alert(1)'] })),
    reason: /item 1 of “pages” of note 1, section 1 must be an https URL/,
  },
  {
    name: 'multi-line title',
    text: withPack((p) => Object.assign(p, { title: 'a\nb' })),
    reason: /single line/,
  },
  {
    name: 'huge',
    text: withPack((p) => Object.assign(firstSection(p), { markdown: 'x'.repeat(MAX_PACK_BYTES) })),
    reason: /stack packs may be at most 5 MB/,
  },
  {
    name: 'section too long',
    text: withPack((p) => Object.assign(firstSection(p), { markdown: 'x'.repeat(100_001) })),
    reason: /longer than 100000 characters/,
  },
];
