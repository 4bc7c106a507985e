import type { Stack, StackSource } from './content';
import { markdownBlocks } from './markdown-blocks';
import type { StackPack } from './pack';

/** A pack as the stack every page shows, searches and practises. */
export function packToStack(pack: StackPack, source: StackSource): Stack {
  return {
    id: pack.id,
    title: pack.title,
    topic: pack.topic,
    description: pack.description,
    author: pack.author,
    version: pack.version,
    licence: pack.licence,
    source,
    notes: pack.notes.map((note) => ({
      id: note.id,
      title: note.title,
      summary: note.summary,
      sections: note.sections.map((section) => ({
        id: section.id,
        title: section.title,
        question: section.question ?? false,
        keywords: section.keywords ?? [],
        blocks: markdownBlocks(section.markdown),
        noteId: note.id,
        stackId: pack.id,
        source,
        ...(section.prompt !== undefined && { prompt: section.prompt }),
        ...(section.pages !== undefined && { pages: section.pages }),
      })),
    })),
  };
}
