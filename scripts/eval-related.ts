import { readFileSync } from 'node:fs';
import { relatedSections } from '../data/docs/related';
import { loadStacks } from '../data/stacks/load';

/** One labelled page, as in the related-dev fixture. */
interface LabelledPage {
  url: string;
  title: string;
  headings: string[];
  intro: string;
  labels: { primary: string | null; relevant: string[] };
}

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/eval-related.ts FILE.json');
  process.exit(1);
}

const pages = JSON.parse(readFileSync(file, 'utf8')) as LabelledPage[];
const sections = loadStacks().flatMap((stack) => stack.notes.flatMap((note) => note.sections));

let labelled = 0;
let primaryHits = 0;
let anyHits = 0;
let unlabelled = 0;
let falsePositives = 0;

for (const page of pages) {
  const results = relatedSections(
    { url: page.url, title: page.title, headings: page.headings, text: page.intro },
    sections,
  );
  const top = results.slice(0, 3).map((r) => r.id);
  const { primary, relevant } = page.labels;
  let verdict: string;
  if (primary === null && relevant.length === 0) {
    unlabelled++;
    if (results.length > 0) falsePositives++;
    verdict = results.length > 0 ? 'FALSE POSITIVE' : 'ok (nothing)';
  } else if (primary !== null) {
    labelled++;
    const primaryHit = top.includes(primary);
    const anyHit = top.some((id) => relevant.includes(id) || id === primary);
    if (primaryHit) primaryHits++;
    if (anyHit) anyHits++;
    verdict = primaryHit ? 'ok' : anyHit ? 'MISSED PRIMARY' : 'MISSED';
  } else {
    verdict = 'no primary';
  }

  console.log(`\n${page.url}  [${verdict}]`);
  console.log(`  labels: primary=${primary ?? '-'} relevant=${relevant.join(', ') || '-'}`);
  if (results.length === 0) console.log('  (nothing)');
  for (const r of results.slice(0, 3)) {
    console.log(`  ${r.id.padEnd(24)} ${String(r.score).padStart(6)}  ${r.reason}`);
  }
}

const share = (hits: number, total: number) =>
  total ? Math.round((hits / total) * 1000) / 1000 : 0;
console.log(
  JSON.stringify({
    pages: pages.length,
    primaryAt3: share(primaryHits, labelled),
    anyAt3: share(anyHits, labelled),
    falsePositiveRate: share(falsePositives, unlabelled),
  }),
);
