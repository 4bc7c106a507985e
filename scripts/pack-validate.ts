import { readFileSync, statSync } from 'node:fs';
import { loadStackPacks } from '../data/stacks/load';
import { checkPack, fileSizeRefusal } from '../data/stacks/pack';
import { sectionCount } from '../data/stacks/pack-format';

/**
 * `npm run pack:validate -- FILE...`: the checks the extension applies before installing a pack,
 * one line per file (`ok: TITLE (N sections)` or `refused: REASON`); exit 0 only if all are ok.
 */
const bundled = loadStackPacks();
const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run pack:validate -- FILE.devrecall-stack.json...');
  process.exit(2);
}

let refused = 0;
for (const file of files) {
  const line = validate(file);
  if (line.startsWith('refused')) refused++;
  console.log(line);
}
process.exit(refused ? 1 : 0);

function validate(file: string): string {
  let text: string;
  try {
    // The extension refuses an oversized file before reading it; so does this.
    const tooLarge = fileSizeRefusal(statSync(file).size);
    if (tooLarge) return `refused: ${tooLarge}`;
    text = readFileSync(file, 'utf8');
  } catch {
    return `refused: The file ${file} cannot be read.`;
  }
  const result = checkPack(text, bundled);
  return result.ok
    ? `ok: ${result.pack.title} (${sectionCount(result.pack)} sections)`
    : `refused: ${result.reason}`;
}
