import type { EngineSnapshot } from './engine';

/**
 * An engine snapshot as one binary file, for an index built ahead of time and shipped in the
 * package and for the stored index: a small JSON header, each string's UTF-8 bytes, then each typed
 * array's bytes, 8-byte aligned so they are read as views of the buffer with no copy. The strings
 * stay out of the JSON: escaped inside it, the documents' JSON (7 MB at 55,000 items) took longer
 * to decode than all the rest of a restore.
 */

const MAGIC = 0x44525832; // "DRX2"
const STRINGS = ['docs', 'terms', 'compounds', 'bigramKeys', 'trigramKeys'] as const;
type StringName = (typeof STRINGS)[number];
const ARRAYS = {
  postings: Uint8Array,
  offsets: Uint32Array,
  frequencies: Uint32Array,
  codeTable: Uint16Array,
  topOffsets: Uint32Array,
  bigramOffsets: Uint32Array,
  bigramIds: Int32Array,
  trigramOffsets: Uint32Array,
  trigramIds: Int32Array,
} as const;
type ArrayName = keyof typeof ARRAYS;
type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array;

interface Header {
  version: number;
  /** Per string, in `STRINGS` order: its length in UTF-8 bytes. */
  strings: number[];
  /** `tops` is 16- or 32-bit depending on the longest posting. */
  topsWide: boolean;
  /** Per array, in file order: name and element count. */
  arrays: [ArrayName | 'tops', number][];
}

const align = (n: number) => Math.ceil(n / 8) * 8;

function stringsOf(s: EngineSnapshot): Record<StringName, string> {
  return {
    docs: s.docs,
    terms: s.terms,
    compounds: s.compounds,
    bigramKeys: s.grams.bigrams.keys,
    trigramKeys: s.grams.trigrams.keys,
  };
}

function arraysOf(s: EngineSnapshot): [ArrayName | 'tops', TypedArray][] {
  return [
    ['postings', s.postings],
    ['offsets', s.offsets],
    ['frequencies', s.frequencies],
    ['codeTable', s.codeTable],
    ['topOffsets', s.topOffsets],
    ['tops', s.tops],
    ['bigramOffsets', s.grams.bigrams.offsets],
    ['bigramIds', s.grams.bigrams.ids],
    ['trigramOffsets', s.grams.trigrams.offsets],
    ['trigramIds', s.grams.trigrams.ids],
  ];
}

export function encodeSnapshot(s: EngineSnapshot): Uint8Array {
  const arrays = arraysOf(s);
  const encoder = new TextEncoder();
  const texts = stringsOf(s);
  const strings = STRINGS.map((name) => encoder.encode(texts[name]));
  const header: Header = {
    version: s.version,
    strings: strings.map((bytes) => bytes.length),
    topsWide: s.tops instanceof Uint32Array,
    arrays: arrays.map(([name, array]) => [name, array.length]),
  };
  const json = encoder.encode(JSON.stringify(header));
  let size = 8 + json.length;
  for (const bytes of strings) size += bytes.length;
  size = align(size);
  for (const [, array] of arrays) size = align(size + array.byteLength);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  let at = 8 + json.length;
  for (const bytes of strings) {
    out.set(bytes, at);
    at += bytes.length;
  }
  at = align(at);
  for (const [, array] of arrays) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at = align(at + array.byteLength);
  }
  return out;
}

/** Throws on a buffer that is not a whole snapshot file. */
export function decodeSnapshot(buffer: ArrayBuffer): EngineSnapshot {
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== MAGIC) {
    throw new Error('Not an index file.');
  }
  const length = view.getUint32(4, true);
  if (8 + length > buffer.byteLength) throw new Error('The index file is cut short.');
  const decoder = new TextDecoder();
  const header = JSON.parse(decoder.decode(new Uint8Array(buffer, 8, length))) as Header;
  const text = {} as Record<StringName, string>;
  let at = 8 + length;
  STRINGS.forEach((name, i) => {
    const bytes = header.strings[i] ?? 0;
    if (at + bytes > buffer.byteLength) throw new Error('The index file is cut short.');
    text[name] = decoder.decode(new Uint8Array(buffer, at, bytes));
    at += bytes;
  });
  at = align(at);
  const read: Partial<Record<ArrayName | 'tops', TypedArray>> = {};
  for (const [name, count] of header.arrays) {
    const type = name === 'tops' ? (header.topsWide ? Uint32Array : Uint16Array) : ARRAYS[name];
    if (at + count * type.BYTES_PER_ELEMENT > buffer.byteLength) {
      throw new Error('The index file is cut short.');
    }
    read[name] = new type(buffer, at, count);
    at = align(at + count * type.BYTES_PER_ELEMENT);
  }
  const get = <T extends TypedArray>(name: ArrayName | 'tops') => {
    const array = read[name];
    if (!array) throw new Error(`The index file has no ${name}.`);
    return array as T;
  };
  return {
    version: header.version,
    docs: text.docs,
    terms: text.terms,
    compounds: text.compounds,
    grams: {
      bigrams: { keys: text.bigramKeys, offsets: get('bigramOffsets'), ids: get('bigramIds') },
      trigrams: {
        keys: text.trigramKeys,
        offsets: get('trigramOffsets'),
        ids: get('trigramIds'),
      },
    },
    postings: get('postings'),
    offsets: get('offsets'),
    frequencies: get('frequencies'),
    codeTable: get('codeTable'),
    topOffsets: get('topOffsets'),
    tops: get('tops'),
  };
}
