// `web-ext lint` on the Firefox build. Fails on any error, and on any warning except the few that
// come from libraries we bundle, recognised by the code around the flagged spot.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const BUILD = resolve(import.meta.dirname, '../.output/firefox-mv2');

/** innerHTML assignments inside libraries; none of them receives user data unsanitised. */
const LIBRARY_WARNINGS = [
  // React DOM applying a `dangerouslySetInnerHTML` prop (ours get DOMPurify's output only).
  { code: 'UNSAFE_VAR_ASSIGNMENT', library: 'react-dom', marker: '"dangerouslySetInnerHTML"' },
  // highlight.js `highlightElement`, which we never call (we highlight strings).
  { code: 'UNSAFE_VAR_ASSIGNMENT', library: 'highlight.js', marker: 'highlightjs' },
  // DOMPurify parsing the input into an inert document before sanitising it.
  { code: 'UNSAFE_VAR_ASSIGNMENT', library: 'dompurify', marker: 'parseFromString' },
];

const lint = spawnSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', BUILD, '--output', 'json', '--no-input'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let report;
try {
  report = JSON.parse(lint.stdout);
} catch {
  console.error(lint.stdout, lint.stderr);
  console.error('web-ext lint did not produce a report.');
  process.exit(1);
}

function libraryOf(message) {
  if (!message.file || !message.line) return undefined;
  const line = readFileSync(join(BUILD, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  const around = line.slice(Math.max(0, column - 400), column + 200);
  return LIBRARY_WARNINGS.find((w) => w.code === message.code && around.includes(w.marker))
    ?.library;
}

const ours = [...report.errors];
const fromLibraries = [];
for (const warning of report.warnings) {
  const library = libraryOf(warning);
  if (library) fromLibraries.push(`${warning.code} in ${warning.file} (${library})`);
  else ours.push(warning);
}
for (const m of ours)
  console.log(`${m._type} ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
if (fromLibraries.length) console.log(`From bundled libraries: ${fromLibraries.join('; ')}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${fromLibraries.length} from bundled libraries), ${report.notices.length} notices`,
);
process.exit(ours.length ? 1 : 0);
