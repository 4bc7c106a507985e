import { marked, type Token } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { Block, BundledNote, Section } from './content';
import { stackToPack, type StackPack } from './pack';

export interface StackManifest {
  id: string;
  title: string;
  topic: string;
  description: string;
  author: string;
  version: string;
  licence: string;
  /** Note files in reading order. */
  notes: string[];
}

interface FrontMatter {
  title: string;
  summary: string;
  sections: { id: string; keywords?: string[] }[];
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
const HEADING_ID = /^(.*?)\s*\{#([\w/-]+)\}$/;
const QUESTION_PREFIX = /^Q:\s*/;

function readFrontMatter(source: string, file: string): { meta: FrontMatter; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match?.[1]) throw new Error(`${file}: missing front matter`);
  const meta = parseYaml(match[1]) as Partial<FrontMatter>;
  if (typeof meta.title !== 'string' || typeof meta.summary !== 'string') {
    throw new Error(`${file}: front matter needs a title and a summary`);
  }
  return {
    meta: { title: meta.title, summary: meta.summary, sections: meta.sections ?? [] },
    body: source.slice(match[0].length),
  };
}

/** Parses one note: `## Title {#stack/id}` starts a section; paragraphs and fenced code are its blocks. */
export function parseNote(
  source: string,
  file: string,
  stackId: string,
  noteId: string,
): BundledNote {
  const { meta, body } = readFrontMatter(source, file);
  const keywords = new Map(meta.sections.map((s) => [s.id, s.keywords ?? []]));
  const sections: Section[] = [];
  let current: Section | undefined;

  for (const token of marked.lexer(body) as Token[]) {
    if (token.type === 'heading' && token.depth === 2) {
      const heading = HEADING_ID.exec(token.text);
      if (!heading?.[1] || !heading[2])
        throw new Error(`${file}: section "${token.text}" has no {#id}`);
      const [, rawTitle, id] = heading;
      current = {
        id,
        title: rawTitle.replace(QUESTION_PREFIX, ''),
        question: QUESTION_PREFIX.test(rawTitle),
        keywords: keywords.get(id) ?? [],
        blocks: [],
        noteId,
        stackId,
        source: 'bundled',
      };
      sections.push(current);
      continue;
    }
    let block: Block | undefined;
    if (token.type === 'code') block = { kind: 'code', lang: token.lang ?? '', code: token.text };
    else if (token.type === 'paragraph') block = { kind: 'text', text: token.text };
    if (!block) continue;
    if (!current) throw new Error(`${file}: content before the first section`);
    current.blocks.push(block);
  }
  const declared = [...keywords.keys()].filter((id) => !sections.some((s) => s.id === id));
  if (declared.length)
    throw new Error(`${file}: front matter names unknown sections ${declared.join(', ')}`);
  return { id: noteId, title: meta.title, summary: meta.summary, sections };
}

/** A stack folder as the pack the extension ships: bundled stacks take the same path as installed ones. */
export function parseStack(manifest: StackManifest, readNote: (file: string) => string): StackPack {
  const notes = manifest.notes.map((file) =>
    parseNote(
      readNote(file),
      `${manifest.id}/${file}`,
      manifest.id,
      `${manifest.id}/${file.replace(/\.md$/, '')}`,
    ),
  );
  return stackToPack({ ...manifest, notes }, manifest);
}
