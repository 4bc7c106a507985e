import { z } from 'zod';
import type { Stack } from './content';
import { blocksMarkdown } from './markdown-blocks';
import { MAX_PACK_BYTES, MAX_SECTIONS, PACK_FORMAT, PACK_FORMAT_VERSION } from './pack-format';

/**
 * The stack pack: one JSON file (`*.devrecall-stack.json`) for the bundled stacks, the stacks users
 * write and the ones they install. The format is documented in docs/stack-format.md; every check
 * here is what `npm run pack:validate` applies too.
 */
const MAX_TITLE = 200;
const MAX_TEXT = 2000;
const MAX_MARKDOWN = 100_000;

const ID_PART = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const VERSION = /^\d{1,6}\.\d{1,6}\.\d{1,6}$/;

const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'is empty')
    .max(max, `is longer than ${max} characters`)
    .refine((s) => !/[\n\r]/.test(s), 'must be a single line');
const text = (max: number) => z.string().max(max, `is longer than ${max} characters`);
const fullId = z
  .string()
  .regex(
    /^[a-z0-9-]+\/[a-z0-9-]+$/,
    'must look like “stack-id/part” (lowercase letters, digits, -)',
  )
  .max(130, 'is too long');

const packSection = z.strictObject({
  id: fullId,
  title: line(MAX_TITLE),
  /** An interview question: the title asks, the Markdown answers. */
  question: z.boolean().optional(),
  /** A practice prompt for the section when it is practised; the section is the answer. */
  prompt: line(MAX_TEXT).optional(),
  keywords: z.array(line(100)).max(50, 'has more than 50 keywords').optional(),
  /** Docs pages the section annotates (https only). */
  pages: z
    .array(
      z
        .string()
        .max(2000)
        .refine(
          (url) => /^https:\/\/[^\s/]+/.test(url) && URL.canParse(url),
          'must be an https URL',
        ),
    )
    .max(50, 'lists more than 50 pages')
    .optional(),
  markdown: text(MAX_MARKDOWN),
});

const packNote = z.strictObject({
  id: fullId,
  title: line(MAX_TITLE),
  summary: text(MAX_TEXT),
  sections: z.array(packSection),
});

const packSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  id: z
    .string()
    .regex(
      ID_PART,
      'must be 1–64 lowercase letters, digits or dashes, not starting or ending with a dash',
    ),
  version: z.string().regex(VERSION, 'must be three numbers like 1.0.0'),
  title: line(MAX_TITLE),
  topic: line(80),
  description: text(MAX_TEXT),
  author: line(MAX_TITLE),
  licence: line(MAX_TITLE),
  notes: z.array(packNote).min(1, 'is empty: a stack has at least one note'),
});

/** A stack the user is still writing may have no notes yet; backups store it as it is. */
export const draftPackSchema = packSchema.extend({ notes: z.array(packNote) });

export type StackPack = z.infer<typeof packSchema>;
export type PackNote = StackPack['notes'][number];
export type PackSection = PackNote['sections'][number];

export type PackCheck =
  { ok: true; pack: StackPack; bytes: number } | { ok: false; reason: string };

/**
 * Every check a pack file passes before anything is installed: size, JSON, format and version,
 * fields and their types, ids inside the pack's own namespace and unique, and no bundled stack's id
 * unless the file is exactly that bundled stack. `bundled` are the packs that come with DevRecall.
 */
export function checkPack(text: string, bundled: readonly StackPack[]): PackCheck {
  const early = fileSizeRefusal(text.length);
  if (early) return refuse(early);
  const bytes = new TextEncoder().encode(text).length;
  const late = fileSizeRefusal(bytes);
  if (late) return refuse(late);
  if (text.trim() === '') return refuse('The file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('The file is not valid JSON: it may be cut short or not a stack pack.');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refuse('The file is not a stack pack: it holds no JSON object.');
  }
  const record = json as Record<string, unknown>;
  if (record.format !== PACK_FORMAT) {
    return refuse(`The file is not a stack pack: it has no "format": "${PACK_FORMAT}".`);
  }
  const formatVersion = record.formatVersion;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return refuse('The pack has no valid "formatVersion" (a whole number from 1).');
  }
  if (formatVersion > PACK_FORMAT_VERSION) {
    return refuse(
      `The pack uses format version ${formatVersion}; this DevRecall reads up to version ${PACK_FORMAT_VERSION}. Update DevRecall to install it.`,
    );
  }
  const parsed = packSchema.safeParse(json);
  if (!parsed.success) return refuse(describeIssue(parsed.error.issues[0], json));
  const pack = parsed.data;
  const problem = idProblem(pack, bundled) ?? sizeProblem(pack);
  return problem ? refuse(problem) : { ok: true, pack, bytes };
}

/** JSON with object keys sorted, to compare two packs whatever order their fields were written in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

const refuse = (reason: string): PackCheck => ({ ok: false, reason });

/** Checked on a file's size before it is read, and again on the text. */
export function fileSizeRefusal(bytes: number): string | undefined {
  if (bytes <= MAX_PACK_BYTES) return undefined;
  return `The file is ${bytes.toLocaleString('en')} bytes; stack packs may be at most ${MAX_PACK_BYTES / 1024 / 1024} MB.`;
}

function idProblem(pack: StackPack, bundled: readonly StackPack[]): string | undefined {
  const reserved = bundled.map((b) => b.id);
  const original = bundled.find((b) => b.id === pack.id);
  if (original && canonicalJson(original) !== canonicalJson(pack)) {
    return `The stack id “${pack.id}” belongs to a stack that comes with DevRecall, and this file is not that stack; a pack cannot replace it.`;
  }
  const prefix = `${pack.id}/`;
  const seen = new Set<string>();
  for (const [kind, id] of pack.notes.flatMap((note) => [
    ['note', note.id] as const,
    ...note.sections.map((s) => ['section', s.id] as const),
  ])) {
    if (!id.startsWith(prefix)) {
      const claimed = `${id.split('/')[0] ?? ''}/`;
      return reserved.some((r) => `${r}/` === claimed)
        ? `The ${kind} id “${id}” claims “${claimed}”, which belongs to a stack that comes with DevRecall; every id in this pack must start with “${prefix}”.`
        : `The ${kind} id “${id}” is outside the pack’s namespace; every id in this pack must start with “${prefix}”.`;
    }
    if (seen.has(id)) return `The id “${id}” is used twice; every note and section needs its own.`;
    seen.add(id);
  }
  return undefined;
}

function sizeProblem(pack: StackPack): string | undefined {
  const sections = pack.notes.reduce((n, note) => n + note.sections.length, 0);
  if (sections === 0) return 'The pack has no sections.';
  if (sections > MAX_SECTIONS) {
    return `The pack has ${sections} sections; at most ${MAX_SECTIONS} are allowed.`;
  }
  return undefined;
}

/** One zod issue as a sentence that names the field in the user's terms. */
function describeIssue(issue: z.core.$ZodIssue | undefined, json: unknown): string {
  if (!issue) return 'The pack is not valid.';
  const where = describePath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const fields = issue.keys.map((k) => `“${k}”`).join(', ');
    const plural = issue.keys.length > 1 ? 's' : '';
    return issue.path.length
      ? `The pack has unknown field${plural} ${fields} in ${where}.`
      : `The pack has unknown field${plural} ${fields}.`;
  }
  if (issue.code === 'invalid_type') {
    const value = valueAt(json, issue.path);
    if (value === undefined) return `The pack is missing ${where}.`;
    return `In the pack, ${where} should be ${article(issue.expected)} but is ${typeName(value)}.`;
  }
  if (issue.code === 'invalid_value')
    return `In the pack, ${where} has a value that is not allowed.`;
  return `In the pack, ${where} ${issue.message}.`;
}

const article = (type: string) =>
  ({
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
  })[type] ?? type;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return article(typeof value);
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** ['notes', 0, 'sections', 2, 'title'] → "“title” of note 1, section 3". */
function describePath(path: readonly PropertyKey[]): string {
  const places: string[] = [];
  let field = '';
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    const next = path[i + 1];
    if (typeof next === 'number') i++;
    if ((key === 'notes' || key === 'sections') && typeof next === 'number') {
      places.push(`${key === 'notes' ? 'note' : 'section'} ${next + 1}`);
    } else field = typeof next === 'number' ? `item ${next + 1} of “${key}”` : `“${key}”`;
  }
  if (!field) return places.length ? places.join(', ') : 'the file';
  return places.length ? `${field} of ${places.join(', ')}` : field;
}

/** The pack of a stack parsed from Markdown (the bundled ones, at build time). */
export function stackToPack(
  stack: Omit<Stack, 'source' | 'author' | 'version' | 'licence'>,
  meta: Pick<StackPack, 'author' | 'version' | 'licence'>,
): StackPack {
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: stack.id,
    version: meta.version,
    title: stack.title,
    topic: stack.topic,
    description: stack.description,
    author: meta.author,
    licence: meta.licence,
    notes: stack.notes.map((note) => ({
      id: note.id,
      title: note.title,
      summary: note.summary,
      sections: note.sections.map((section) => ({
        id: section.id,
        title: section.title,
        ...(section.question && { question: true }),
        ...(section.keywords.length > 0 && { keywords: section.keywords }),
        markdown: blocksMarkdown(section.blocks),
      })),
    })),
  };
}
