// Every check the project has, in order: the browsers the end-to-end tests need, types, lint and
// format, unit tests, the Firefox build with web-ext lint and its end-to-end tests, the Chrome build
// and its end-to-end tests. Ends with one line summing every test runner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'devrecall-test-'));
const failures = [];

/** Wall time of each step, printed at the end so slow steps are easy to see. */
const timings = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  timings.push([label, (Date.now() - started) / 1000]);
  if (result.status !== 0) failures.push(label);
  return result.status === 0;
}

function vitest(label, config, report) {
  const args = [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  if (config) args.push('--config', config);
  run(label, 'npx', args);
  try {
    const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8'));
    return { passed: numPassedTests, failed: numFailedTests };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

/** Debian packages the end-to-end tests drive, and where they install the browser. */
const BROWSERS = [
  { name: 'Chromium', pkg: 'chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  {
    name: 'Firefox ESR',
    pkg: 'firefox-esr',
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  },
];

function ensureBrowsers() {
  const missing = BROWSERS.filter((b) => !existsSync(b.path));
  if (!missing.length) return true;
  const pkgs = missing.map((b) => b.pkg);
  if (process.getuid?.() !== 0) {
    console.error(
      `\nThe end-to-end tests need ${missing.map((b) => b.name).join(' and ')}: run ` +
        `\`sudo apt-get install -y ${pkgs.join(' ')}\` (or set CHROMIUM_PATH / FIREFOX_PATH), then npm test again.`,
    );
    return false;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`\n▶ install ${pkgs.join(', ')}`);
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...pkgs]]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) return false;
  }
  return missing.every((b) => existsSync(b.path));
}

if (!ensureBrowsers()) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

run('prepare types', 'npx', ['wxt', 'prepare']);
run('typecheck', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.']);
const unit = vitest('unit tests', undefined, join(reports, 'unit.json'));
let firefox = { passed: 0, failed: 1 };
if (run('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox'])) {
  run('web-ext lint', 'node', ['scripts/lint-firefox.mjs']);
  firefox = vitest(
    'end-to-end tests (Firefox)',
    'vitest.firefox.config.ts',
    join(reports, 'ff.json'),
  );
}
const built = run('build chrome', 'npx', ['wxt', 'build']);
const e2e = built
  ? vitest('end-to-end tests (Chromium)', 'vitest.e2e.config.ts', join(reports, 'e2e.json'))
  : { passed: 0, failed: 1 };

const passed = unit.passed + e2e.passed + firefox.passed;
const failed =
  unit.failed + e2e.failed + firefox.failed + failures.filter((f) => !f.includes('tests')).length;
console.log('\nWall time per step:');
for (const [label, seconds] of timings)
  console.log(`  ${label.padEnd(28)} ${seconds.toFixed(1)} s`);
const total = timings.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log(`  ${'total'.padEnd(28)} ${total.toFixed(1)} s`);
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed; ` +
    `e2e Chromium: ${e2e.passed} passed, ${e2e.failed} failed; ` +
    `e2e Firefox: ${firefox.passed} passed, ${firefox.failed} failed`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
