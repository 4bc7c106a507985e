/** Stacks as every page shows them: topics hold stacks, stacks hold notes, notes hold sections. */

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
  /** The stack's source: a bundled stack's name is the docs' framework, a stored one's is not. */
  source: StackSource;
  /** What practice asks about the section, when its title alone is not a question. */
  prompt?: string;
  /** Docs pages the section annotates. */
  pages?: string[];
}

export interface BundledNote {
  id: string;
  title: string;
  summary: string;
  sections: Section[];
}

/** Where a stack comes from: built into DevRecall, written by the user, or installed from a pack. */
export type StackSource = 'bundled' | 'own' | 'installed';

export interface Stack {
  id: string;
  title: string;
  topic: string;
  description: string;
  author: string;
  version: string;
  licence: string;
  source: StackSource;
  notes: BundledNote[];
}
