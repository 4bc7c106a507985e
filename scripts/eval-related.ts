import { readFileSync } from 'node:fs';
import { evaluateRelated, parseLabelFile } from '../data/docs/evaluate-related';
import { loadStacks } from '../data/stacks/load';

const args = process.argv.slice(2);
// `--matcher-only` leaves the docs maps out: how the matcher alone does, as on pages no map covers.
const matcherOnly = args.includes('--matcher-only');
const file = args.find((arg) => !arg.startsWith('--'));
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--matcher-only');
if (!file || unknown.length > 0) {
  console.error('usage: tsx scripts/eval-related.ts [--matcher-only] FILE.json');
  process.exit(1);
}

let labels;
try {
  labels = parseLabelFile(JSON.parse(readFileSync(file, 'utf8')));
} catch (error) {
  console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const sections = loadStacks().flatMap((stack) => stack.notes.flatMap((note) => note.sections));
const { results, scores } = evaluateRelated(labels, sections, matcherOnly ? { maps: [] } : {});

for (const { page, results: found, verdict } of results) {
  const { primary, relevant } = page.labels;
  console.log(`\n${page.url}  [${verdict}]`);
  console.log(`  labels: primary=${primary ?? '-'} relevant=${relevant.join(', ') || '-'}`);
  if (found.length === 0) console.log('  (nothing)');
  for (const r of found.slice(0, 3)) {
    console.log(`  ${r.id.padEnd(24)} ${String(r.score).padStart(6)}  ${r.reason}`);
  }
}
console.log(JSON.stringify(scores));
