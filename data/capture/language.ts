/** Guesses the language of a saved snippet (highlight.js names) from what is typical of each. */
type Scored = 'python' | 'javascript' | 'bash' | 'sql' | 'xml';
export type SnippetLanguage = Scored | 'typescript' | 'text';

type Rules = readonly (readonly [RegExp, number])[];

// Each rule counts once, however often it matches, so one repeated word cannot outvote structure.
const RULES: Record<Scored, Rules> = {
  python: [
    [/^\s*(async )?def \w+\s*\(.*\)\s*(->.+)?:\s*$/m, 4],
    [/^\s*(from [\w.]+ import [\w*]|import [\w.]+(\s+as \w+)?\s*$)/m, 3],
    [/\bself\.\w/, 3],
    // A block header followed by an indented body.
    [/^\s*(if|elif|else|for|while|with|try|except|finally|class)\b[^;{]*:[ \t]*\n[ \t]+\S/m, 3],
    [/\b(None|elif|lambda|True|False)\b|\bprint\(|^\s*@\w+(\.\w+)*(\(.*\))?\s*$/m, 1],
  ],
  javascript: [
    [/\b(const|let|var)\s+[\w${}[\], ]+\s*=/, 3],
    [/=>/, 2],
    [/\bfunction\b\s*\*?\s*\w*\s*\(/, 3],
    [/^\s*(import .+ from ['"]|export (default|const|function|class)\b)|\brequire\(['"]/m, 3],
    [/\bconsole\.\w+\(|\b(document|window)\.\w|===|!==/, 2],
    [/;\s*$|\{\s*$/m, 1],
  ],
  bash: [
    [/^#!.*\b(ba|z|da)?sh\b/, 5],
    [/^\s*\$ \S/m, 3],
    [/^\s*(sudo |\$ )?(pip3?|np[mx]|yarn|pnpm|brew|apt(-get)?|docker|git|curl|wget)\s+\S/m, 3],
    [/^\s*((sudo|cd|ls|echo|mkdir|rm|cp|mv|cat|chmod|source)\s|export [A-Z_][A-Z0-9_]*=)/m, 2],
    [/\s\|\s*(grep|sort|uniq|head|tail|wc|xargs|awk|sed|less|jq)\b/, 3],
    [/\s--?[a-z][\w-]*|\$[A-Z_]{2,}\b|\$\(/, 1],
  ],
  sql: [
    [/\bSELECT\b[\s\S]+?\bFROM\b/, 4],
    [/\b(INSERT INTO|DELETE FROM|(CREATE|ALTER|DROP) (TABLE|INDEX)|UPDATE \w+ SET)\b/, 4],
    // Lower case reads like English ("delete from the list"), so it needs the shape of a statement.
    [/\bselect\s+(\*|[\w.]+(\s*,\s*[\w.]+)*)\s+from\s+\w+\s*($|;|(where|join|order|limit)\b)/, 4],
    [/\b(insert into \w+\s*(\(|values)|delete from \w+\s*(where|;))/i, 4],
    [/\b(update \w+ set \w+\s*=|create table (if not exists )?\w+\s*\()/i, 4],
    [/\b(WHERE|JOIN|GROUP BY|ORDER BY|VALUES|PRIMARY KEY|NOT NULL|LIMIT)\b/, 2],
  ],
  xml: [
    [/^\s*(<\?xml\b|<!DOCTYPE\b)/i, 5],
    [/<([a-zA-Z][\w:.-]*)(\s[^<>]*)?>[\s\S]*?<\/\1>/, 3],
    [/<[a-zA-Z][\w:.-]*(\s+[\w:.-]+(="[^"]*")?)*\s*\/?>/, 1],
  ],
};

// Only TypeScript has these; they are added to the JavaScript score, since TS is JS plus types.
const TYPESCRIPT: Rules = [
  [/\binterface\s+\w+(<[^>]*>)?\s*(extends\s+[^{]+)?\{/, 4],
  [/\btype\s+\w+(<[^>]*>)?\s*=/, 4],
  [/[\w)\]?]\s*:\s*(string|number|boolean|void|unknown|any|never|[A-Z]\w*(<|\[\]))\b/, 3],
  [/\b(as const|implements\s+\w|readonly\s+\w|enum\s+\w+\s*\{|private\s+\w+\s*:)/, 2],
];

/** Below this nothing is convincing: prose that just mentions `git` or the word "select". */
const MIN_SCORE = 3;

const score = (text: string, rules: Rules): number =>
  rules.reduce((sum, [re, weight]) => (re.test(text) ? sum + weight : sum), 0);

export function detectLanguage(text: string): SnippetLanguage {
  let best: SnippetLanguage = 'text';
  let bestScore = MIN_SCORE - 1;
  for (const [language, rules] of Object.entries(RULES) as [keyof typeof RULES, Rules][]) {
    let total = score(text, rules);
    let name: SnippetLanguage = language;
    if (language === 'javascript') {
      const types = score(text, TYPESCRIPT);
      if (types > 0) [total, name] = [total + types, 'typescript'];
    }
    if (total > bestScore) [best, bestScore] = [name, total];
  }
  return best;
}
