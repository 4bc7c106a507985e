// A deterministic synthetic library of notes and snippets, shaped like a developer's: Zipf-
// distributed prose words, identifiers in snake_case and CamelCase whose number grows with the
// library, short titles and tags, and code blocks of several lines.
import type { SearchDoc } from '../data/search/types';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROSE = `the a to of and in is for that it with on as this be use can when you are by not
or from an if but at your request response query model view field database cache user test data
value return function class method object list string error default settings template form url
page session token permission serializer migration index table column filter order group count
update delete create save load read write async await promise callback event handler state store
component render props hook effect context route router server client api endpoint header body
json schema validate parse format date time timezone locale file path upload download stream
queue worker task retry timeout limit offset cursor pagination search rank score fuzzy match
transaction commit rollback lock isolation replica shard backup restore deploy build bundle
config environment variable secret key hash encrypt sign verify login logout password email
signal middleware decorator generator iterator closure scope module package import export type
interface generic union enum record tuple array map set queue heap tree graph node edge`
  .split(/\s+/)
  .filter(Boolean);

const STEMS = `get set fetch load save build parse render handle create update delete find make
resolve compute validate ensure apply sync merge split format convert check count sort`.split(
  /\s+/,
);

export function syntheticCorpus(count: number, seed = 42): SearchDoc[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  // Zipf: low ranks far more often than high ones.
  const zipf = () => PROSE[Math.floor(PROSE.length * rand() ** 2.2)] as string;
  // Distinct identifiers grow with the library, as a real one's do (Heaps' law).
  const identifiers: string[] = [];
  const identifierCount = Math.max(50, Math.round(40 * Math.sqrt(count)));
  for (let i = 0; i < identifierCount; i++) {
    const words = [pick(STEMS), zipf(), zipf()];
    identifiers.push(
      rand() < 0.6
        ? words.join('_')
        : words.map((w) => (w[0] ?? '').toUpperCase() + w.slice(1)).join(''),
    );
  }
  const identifier = () => identifiers[Math.floor(identifiers.length * rand() ** 1.5)] as string;
  const sentence = (words: number) =>
    Array.from({ length: words }, () => (rand() < 0.08 ? identifier() : zipf())).join(' ') + '.';

  return Array.from({ length: count }, (_, i): SearchDoc => {
    const kind = rand() < 0.7 ? 'note' : 'snippet';
    const lines = 2 + Math.floor(rand() * 10);
    const code = Array.from({ length: lines }, () => {
      const indent = '    '.repeat(Math.floor(rand() * 3));
      return `${indent}${identifier()} = ${identifier()}(${zipf()}=${Math.floor(rand() * 100)})`;
    }).join('\n');
    const paragraphs = 1 + Math.floor(rand() * 4);
    return {
      id: `${kind}:synthetic-${i}`,
      kind,
      title: `${zipf()} ${identifier()} ${zipf()}`,
      context: kind === 'note' ? 'My notes' : `Page ${Math.floor(rand() * 500)}`,
      keywords: Array.from({ length: Math.floor(rand() * 3) }, zipf),
      text: Array.from({ length: paragraphs }, () => sentence(12 + Math.floor(rand() * 60))).join(
        '\n',
      ),
      code,
    };
  });
}
