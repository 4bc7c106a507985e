/**
 * Reads the Django docs' reStructuredText source the way Sphinx numbers it: every documented
 * object with the anchor Sphinx gives it, and every page and section heading with docutils' id.
 */

export interface RawEntry {
  kind: string;
  title: string;
  /** The fragment on the rendered page, '' for the page itself. */
  anchor: string;
  summary: string;
  /** Dotted path or other words that name the entry but are not in its title. */
  path?: string;
}

export interface RawPage {
  title: string;
  entries: RawEntry[];
}

const PY_KINDS: Record<string, string> = {
  function: 'function',
  decorator: 'function',
  class: 'class',
  exception: 'exception',
  method: 'method',
  classmethod: 'method',
  staticmethod: 'method',
  attribute: 'attribute',
  data: 'data',
};

/** Django's own cross-reference types: the id is `std-<type>-<name>`, case kept. */
const STD_KINDS: Record<string, string> = {
  setting: 'setting',
  templatetag: 'templatetag',
  templatefilter: 'templatefilter',
  fieldlookup: 'fieldlookup',
};

/** Directives whose content is code, shown as written. */
const LITERAL_DIRECTIVES = new Set([
  'code-block',
  'code',
  'sourcecode',
  'console',
  'parsed-literal',
]);
const DIRECTIVE = /^(\s*)\.\. ([a-z-]+)::\s*(.*)$/;
const LABEL = /^\.\. _([^:`][^:]*|`[^`]+`):\s*$/;
const ADORNMENT = /^([=\-~^"*#+`'.:_<>])\1+\s*$/;

/** docutils' `make_id`: the id a section title or label gets. */
export function makeId(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{ASCII}]/gu, '')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[-0-9]+|-+$/g, '');
}

/** Inline markup as the reader sees it: roles, literals, emphasis and links reduced to their text. */
export function plainText(rst: string): string {
  return rst
    .replace(/:[a-z]+(?::[a-z]+)?:`([^`]*)`/g, (_, inner: string) => {
      const explicit = /^(.*?)\s*<[^>]*>$/.exec(inner);
      if (explicit) return explicit[1] as string;
      const target = inner.replace(/^!/, '');
      return target.startsWith('~') ? (target.slice(1).split('.').pop() as string) : target;
    })
    .replace(/``([^`]+)``/g, '$1')
    .replace(/`([^`<]*?)\s*<[^>]*>`__?/g, '$1')
    .replace(/`([^`]+)`_{0,2}/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*\s][^*]*)\*/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const SUMMARY_LENGTH = 140;

/** The first sentence of a paragraph, cut at a word boundary if long. */
export function firstSentence(paragraph: string): string {
  const text = plainText(paragraph);
  const end = /[.!?:](?=\s+[A-Z(`"]|$)/.exec(text);
  let sentence = end ? text.slice(0, end.index + 1) : text;
  if (sentence.endsWith(':')) sentence = sentence.slice(0, -1) + '.';
  if (sentence.length <= SUMMARY_LENGTH) return sentence;
  const cut = sentence.lastIndexOf(' ', SUMMARY_LENGTH - 1);
  return `${sentence.slice(0, cut > 40 ? cut : SUMMARY_LENGTH - 1)}…`;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** A heading's title line index if line `i` starts one (with or without an overline). */
function headingAt(lines: readonly string[], i: number): number | undefined {
  const line = lines[i] ?? '';
  const next = lines[i + 1] ?? '';
  if (line.trim() === '' || /^\s/.test(line) || ADORNMENT.test(line)) return undefined;
  if (ADORNMENT.test(next) && next.trim().length >= Math.min(line.trim().length, 3)) {
    // A line of `..` or a one-word line under `::` is not a heading.
    if (line.startsWith('.. ') || next.trim().length < 2) return undefined;
    return i;
  }
  return undefined;
}

/** The paragraph starting at or after `from` with at least `minIndent`, stopping at a heading. */
function paragraphAfter(lines: readonly string[], from: number, minIndent: number): string {
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    if (indentOf(line) < minIndent) return '';
    if (headingAt(lines, i) !== undefined) return '';
    const trimmed = line.trim();
    // Options of the directive, nested directives and comments carry no summary.
    if (trimmed.startsWith(':') && /^:[\w-]+:/.test(trimmed)) continue;
    // A setting's `Default:` line is a value, not a description.
    if (indentOf(line) === minIndent && trimmed.startsWith('Default:')) {
      while (i + 1 < lines.length && lines[i + 1]?.trim() !== '') i++;
      continue;
    }
    if (trimmed.startsWith('..')) {
      const indent = indentOf(line);
      i++;
      while (i < lines.length && (lines[i]?.trim() === '' || indentOf(lines[i] as string) > indent))
        i++;
      i--;
      continue;
    }
    break;
  }
  const out: string[] = [];
  const indent = indentOf(lines[i] ?? '');
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '' || indentOf(line) !== indent) break;
    out.push(line.trim());
  }
  const text = out.join(' ');
  // A term of a definition list or a lead-in to a literal block is not a summary.
  return text.endsWith('::') ? text.replace(/::$/, '.') : text;
}

/**
 * Text right after a directive without content of its own (signals are documented so): the next
 * paragraph, if comments are all that stand between.
 */
function proseAfter(lines: readonly string[], from: number): string {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    if (line.startsWith('.. ') && !DIRECTIVE.test(line) && !LABEL.test(line)) continue;
    return indentOf(line) === 0 && !line.startsWith('..') ? paragraphAfter(lines, i, 0) : '';
  }
  return '';
}

/** The name a Python object is documented under: its signature up to the arguments. */
function objectName(signature: string): string {
  return (signature.split('(')[0] as string).trim().split(/\s+/).pop() ?? '';
}

export function parseRst(source: string): RawPage {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const entries: RawEntry[] = [];
  const used = new Set<string>();
  let title = '';
  let module = '';
  let pendingLabel: string | undefined;
  /** The section just opened, and the target just declared, while nothing else came between. */
  let section: RawEntry | undefined;
  let target: RawEntry | undefined;
  /** A heading that only names the object documented right below it is that object's entry. */
  const add = (entry: RawEntry) => {
    if (section && sameName(section.title, entry.title)) {
      entries.splice(entries.indexOf(section), 1);
      entry.summary ||= section.summary;
    }
    section = undefined;
    entries.push(entry);
    return entry;
  };
  /** Open class directives: their indent and the name their members are documented under. */
  const classes: { indent: number; name: string }[] = [];

  // Labels give ids too; collect them first, so a heading's own id steers clear of them.
  for (const line of lines) {
    const label = LABEL.exec(line);
    if (label) used.add(makeId((label[1] as string).replace(/`/g, '')));
  }
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };

  /** Indent of the line that opened a literal block being skipped (examples are not docs). */
  let literal: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (literal !== undefined) {
      if (line.trim() === '' || indentOf(line) > literal) continue;
      literal = undefined;
    }
    if (line.trim() !== '') {
      const indent = indentOf(line);
      while (classes.length && indent <= (classes[classes.length - 1] as { indent: number }).indent)
        classes.pop();
    }

    const label = LABEL.exec(line);
    if (label) {
      pendingLabel ??= makeId((label[1] as string).replace(/`/g, ''));
      continue;
    }

    const heading = headingAt(lines, i);
    if (heading !== undefined) {
      const text = plainText(line);
      const own = uniqueId(makeId(text));
      const summary = firstSentence(paragraphAfter(lines, i + 2, 0));
      if (!title) {
        title = text;
        entries.push({ kind: 'page', title: text, anchor: '', summary });
      } else if (target && sameName(target.title, text)) {
        // `.. setting:: X` right above a heading `X`: one entry, described by the section.
        target.summary ||= summary;
      } else {
        section = { kind: 'section', title: text, anchor: pendingLabel ?? own, summary };
        entries.push(section);
      }
      pendingLabel = undefined;
      target = undefined;
      i++;
      continue;
    }

    const directive = DIRECTIVE.exec(line);
    if (line.trim() !== '' && !line.startsWith('.. _')) pendingLabel = undefined;
    if (line.trim() !== '' && !line.startsWith('..')) {
      section = undefined;
      target = undefined;
    }
    if (!directive) {
      if (line.trimEnd().endsWith('::') && !line.trim().startsWith('..')) literal = indentOf(line);
      continue;
    }
    const [, lead = '', name = '', argument = ''] = directive;
    const indent = lead.length;
    if (LITERAL_DIRECTIVES.has(name)) {
      literal = indent;
      continue;
    }
    // More signatures and the options sit on the lines right after the directive.
    let body = i + 1;
    while (body < lines.length && lines[body]?.trim() !== '') body++;
    const summaryFrom = () =>
      firstSentence(paragraphAfter(lines, body, indent + 1) || proseAfter(lines, body));

    if (name === 'module' || name === 'currentmodule') {
      module = argument.trim() === 'None' ? '' : argument.trim();
      if (name === 'module' && module && !hasOption(lines, i, 'noindex')) {
        add({
          kind: 'module',
          title: module,
          anchor: `module-${module}`,
          summary: firstSentence(option(lines, i, 'synopsis') ?? ''),
        });
      }
      continue;
    }
    if (hasOption(lines, i, 'noindex') || hasOption(lines, i, 'no-index')) continue;

    const stdKind = STD_KINDS[name];
    if (stdKind) {
      const targetName = argument.trim();
      target = add({
        kind: stdKind,
        title: targetName,
        anchor: `std-${name}-${targetName}`,
        summary: summaryFrom(),
      });
      continue;
    }
    if (name === 'django-admin') {
      const command = argument.trim().split(/\s+/)[0] ?? '';
      target = add({
        kind: 'command',
        title: command,
        anchor: `django-admin-${command}`,
        summary: summaryFrom(),
      });
      continue;
    }

    const pyKind = PY_KINDS[name];
    if (!pyKind) continue;
    const object = objectName(argument);
    if (!object) continue;
    const owner = classes[classes.length - 1]?.name;
    const full = owner ? `${owner}.${object}` : object;
    const moduleOption = option(lines, i, 'module');
    const inModule = moduleOption === undefined ? module : moduleOption;
    const anchor = inModule ? `${inModule}.${full}` : full;
    const kind =
      pyKind === 'data' && /\.signals$/.test(inModule || anchor.replace(/\.[^.]+$/, ''))
        ? 'signal'
        : pyKind;
    const parts = anchor.split('.');
    // Members read as `Class.member`; everything else by its own name.
    const shown =
      kind === 'method' || kind === 'attribute'
        ? parts.slice(-2).join('.')
        : (parts[parts.length - 1] as string);
    const callable = kind === 'function' || kind === 'method';
    add({
      kind,
      title: callable ? `${shown}()` : shown,
      anchor,
      summary: summaryFrom(),
      path: anchor,
    });
    if (pyKind === 'class' || pyKind === 'exception') classes.push({ indent, name: full });
  }
  return { title, entries };
}

/** Whether a heading and an object name the same thing (`filter()` and `QuerySet.filter()`). */
function sameName(a: string, b: string): boolean {
  const name = (s: string) =>
    (
      s
        .replace(/\(.*\)$/, '')
        .split('.')
        .pop() as string
    ).toLowerCase();
  return name(a) === name(b);
}

/** The directive's options: indented `:name: value` lines right after it. */
function option(lines: readonly string[], at: number, name: string): string | undefined {
  const indent = indentOf(lines[at] ?? '');
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const match = /^\s+:([\w-]+):\s*(.*)$/.exec(line);
    if (!match || indentOf(line) <= indent) return undefined;
    if (match[1] === name) return (match[2] as string).trim();
  }
  return undefined;
}

function hasOption(lines: readonly string[], at: number, name: string): boolean {
  return option(lines, at, name) !== undefined;
}
