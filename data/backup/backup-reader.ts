import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupChecker,
  SECTIONS,
  type Backup,
  type BackupData,
  type Checked,
  type Section,
} from './backup-schema';

/**
 * The longest record a backup may hold, as JSON text: above the largest one the app saves (a 5 MB
 * stack pack, written out with escapes), and the most one record may take in memory while read.
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

export interface ReadRecord {
  section: Section;
  record: object;
}

export interface ReadOptions {
  /** Records handed over at once, at most. */
  batchRecords?: number;
  maxRecordChars?: number;
}

const NOT_JSON = 'The file is not valid JSON: it may be cut short or not a DevRecall backup.';

/** A refusal found while reading: the sentence for the user. */
class Refused extends Error {}

/** The file's text as it arrives, holding only what is not yet read (and the value being read). */
class Source {
  private buf = '';
  private pos = 0;
  private ended = false;
  private readonly chunks: AsyncIterator<string> | Iterator<string>;

  constructor(
    chunks: AsyncIterable<string> | Iterable<string>,
    private readonly maxValueChars: number,
  ) {
    this.chunks =
      Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  }

  /** Reads the next chunk, dropping what is before `keepFrom`; how many characters were dropped, or -1 at the end. */
  private async more(keepFrom: number): Promise<number> {
    if (this.ended) return -1;
    const next = await this.chunks.next();
    if (next.done) {
      this.ended = true;
      return -1;
    }
    this.buf = this.buf.slice(keepFrom) + next.value;
    this.pos -= keepFrom;
    return keepFrom;
  }

  /** The next character that is not white space, without taking it; '' at the end of the file. */
  async peek(): Promise<string> {
    for (;;) {
      while (this.pos < this.buf.length) {
        const c = this.buf.charCodeAt(this.pos);
        if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return this.buf[this.pos] ?? '';
        this.pos++;
      }
      if ((await this.more(this.pos)) < 0) return '';
    }
  }

  /** Takes `char`, the next character that is not white space, or refuses the file. */
  async take(char: string): Promise<void> {
    if ((await this.peek()) !== char) throw new Refused(NOT_JSON);
    this.pos++;
  }

  /** The next character that is not white space, taken if it is one of `chars`. */
  async takeOneOf(chars: string): Promise<string> {
    const c = await this.peek();
    if (!c || !chars.includes(c)) throw new Refused(NOT_JSON);
    this.pos++;
    return c;
  }

  /** Reads one whole JSON value (an object, array, string or literal) and parses it. */
  async value(): Promise<unknown> {
    await this.peek();
    let buf = this.buf;
    let start = this.pos;
    let i = start;
    let depth = 0;
    let inString = false;
    let scalar = true;
    // The next backslash and quote at or after `i` (-1: none in `buf`), each found once.
    let slash = -2;
    let quote = -2;
    for (;;) {
      if (i >= buf.length) {
        if (i - start > this.maxValueChars) {
          throw new Refused(
            `The backup holds a record over ${Math.round(this.maxValueChars / 1024 / 1024)} MB, more than DevRecall ever saves.`,
          );
        }
        const dropped = await this.more(start);
        if (dropped < 0) break;
        buf = this.buf;
        start -= dropped;
        i -= dropped;
        slash = quote = -2;
        continue;
      }
      if (inString) {
        // Strings hold most of a backup: jump to their end rather than step through them.
        if (slash !== -1 && slash < i) slash = buf.indexOf('\\', i);
        if (quote !== -1 && quote < i) quote = buf.indexOf('"', i);
        if (slash !== -1 && (quote === -1 || slash < quote)) i = slash + 2;
        else if (quote === -1) i = buf.length;
        else {
          i = quote + 1;
          inString = false;
          if (depth === 0) break;
        }
        continue;
      }
      const c = buf.charCodeAt(i);
      if (c === 0x22) {
        inString = true;
        scalar = false;
      } else if (c === 0x7b || c === 0x5b) {
        depth++;
        scalar = false;
      } else if (c === 0x7d || c === 0x5d) {
        if (depth === 0) break;
        if (--depth === 0) {
          i++;
          break;
        }
      } else if (depth === 0 && scalar && (c === 0x2c || c <= 0x20)) break;
      i++;
    }
    const text = buf.slice(start, i);
    this.pos = i;
    try {
      return JSON.parse(text);
    } catch {
      throw new Refused(NOT_JSON);
    }
  }

  async key(): Promise<string> {
    if ((await this.peek()) !== '"') throw new Refused(NOT_JSON);
    const key = await this.value();
    await this.take(':');
    return key as string;
  }
}

/**
 * Reads a backup file as it arrives, one record at a time, checking each as `BackupChecker` does,
 * and hands the checked records over in batches (awaited, so at most a batch is held). Any fault,
 * wherever it is in the file, refuses it; the caller keeps what it was handed until this succeeds.
 * `format`, `version` and `exportedAt` must come before `data`, as every export writes them.
 */
export async function readBackup(
  chunks: AsyncIterable<string> | Iterable<string>,
  onBatch: (batch: ReadRecord[]) => Promise<void>,
  { batchRecords = 1000, maxRecordChars = MAX_RECORD_CHARS }: ReadOptions = {},
): Promise<Checked<{ exportedAt: number; records: number }>> {
  const source = new Source(chunks, maxRecordChars);
  const checker = new BackupChecker();
  let batch: ReadRecord[] = [];
  let records = 0;
  const hand = async (record: ReadRecord) => {
    batch.push(record);
    records++;
    if (batch.length >= batchRecords) {
      const full = batch;
      batch = [];
      await onBatch(full);
    }
  };
  const unwrap = <T>(checked: Checked<T>): T => {
    if (!checked.ok) throw new Refused(checked.error);
    return checked.value;
  };

  try {
    const first = await source.peek();
    if (first === '') return { ok: false, error: 'The file is empty.' };
    if (first !== '{') {
      // Another JSON value is not read through: no backup starts that way.
      const json = '["-0123456789tfn'.includes(first);
      throw new Refused(json ? 'This is not a DevRecall backup (no "format" field).' : NOT_JSON);
    }
    await source.take('{');
    const head = new Map<string, unknown>();
    let header: { version: number; exportedAt: number } | undefined;
    const checkHeader = () => {
      const checked = unwrap(checker.header(Object.fromEntries(head)));
      const extra = [...head.keys()].find((k) => !['format', 'version', 'exportedAt'].includes(k));
      if (extra) throw new Refused(`The backup is damaged at ${extra}: unknown field.`);
      return checked;
    };
    let hasData = false;
    if ((await source.peek()) === '}') await source.take('}');
    else {
      for (;;) {
        const key = await source.key();
        if (head.has(key) || (key === 'data' && hasData)) {
          throw new Refused(`The backup is damaged at ${key}: given twice.`);
        }
        if (key !== 'data') {
          if (header) throw new Refused(`The backup is damaged at ${key}: unknown field.`);
          head.set(key, await source.value());
        } else {
          hasData = true;
          header = checkHeader();
          await readData(source, checker, header.version, hand);
        }
        if ((await source.takeOneOf(',}')) === '}') break;
      }
    }
    if ((await source.peek()) !== '') throw new Refused(NOT_JSON);
    header ??= checkHeader();
    if (!hasData) throw new Refused('The backup is damaged at data: missing.');
    const done = unwrap(checker.finish());
    for (const record of done.reviews ?? []) await hand({ section: 'reviews', record });
    if (batch.length) await onBatch(batch);
    return { ok: true, value: { exportedAt: header.exportedAt, records } };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.message };
    throw error;
  }
}

async function readData(
  source: Source,
  checker: BackupChecker,
  version: number,
  hand: (record: ReadRecord) => Promise<void>,
): Promise<void> {
  if ((await source.peek()) !== '{') {
    await source.value();
    throw new Refused('The backup is damaged at data: missing.');
  }
  await source.take('{');
  if ((await source.peek()) === '}') {
    await source.take('}');
    return;
  }
  const sections = new Set<string>();
  for (;;) {
    const name = await source.key();
    if (sections.has(name))
      throw new Refused(`The backup is damaged at data.${name}: given twice.`);
    sections.add(name);
    const known = checker.section(name);
    if (!known.ok) throw new Refused(known.error);
    const section = known.value;
    if ((await source.peek()) !== '[') {
      await source.value();
      throw new Refused(`The backup is damaged at data.${section}: not a list.`);
    }
    await source.take('[');
    // Reviews of files before version 3 get their ids once all are read (see BackupChecker).
    const held = section === 'reviews' && version < 3;
    if ((await source.peek()) === ']') await source.take(']');
    else {
      for (let index = 0; ; index++) {
        const checked = checker.record(section, index, await source.value());
        if (!checked.ok) throw new Refused(checked.error);
        if (!held) await hand({ section, record: checked.value });
        if ((await source.takeOneOf(',]')) === ']') break;
      }
    }
    if ((await source.takeOneOf(',}')) === '}') return;
  }
}

/** Reads a whole backup held in memory (for tools and tests; the app reads files as they arrive). */
export async function parseBackup(
  text: string,
): Promise<{ ok: true; backup: Backup } | { ok: false; error: string }> {
  const data = Object.fromEntries(SECTIONS.map((s) => [s, [] as object[]])) as Record<
    Section,
    object[]
  >;
  const read = await readBackup([text], async (batch) => {
    for (const { section, record } of batch) data[section].push(record);
  });
  if (!read.ok) return read;
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: read.value.exportedAt,
      data: data as unknown as BackupData,
    },
  };
}
