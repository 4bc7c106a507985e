/** Bundled, read-only content: topics hold stacks, stacks hold notes, notes hold sections. */

export type Block = { kind: 'text'; text: string } | { kind: 'code'; lang: string; code: string };

export interface Section {
  /** Stable id, e.g. `django/orm`: used by search, the sidebar, review cards and backups. */
  id: string;
  title: string;
  /** Interview-style sections are a question whose body is the answer. */
  question: boolean;
  /** Curated identifiers and phrases the section is about; weighted like the title in search. */
  keywords: string[];
  blocks: Block[];
  noteId: string;
  stackId: string;
}

export interface BundledNote {
  id: string;
  title: string;
  summary: string;
  sections: Section[];
}

export interface Stack {
  id: string;
  title: string;
  topic: string;
  description: string;
  notes: BundledNote[];
}
