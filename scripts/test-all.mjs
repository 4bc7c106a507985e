// Every check the project has, in order: types, lint and format, unit tests, both builds, end-to-end
// tests against the built Chrome extension. Ends with one line summing both test runners.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'devrecall-test-'));
const failures = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
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

run('prepare types', 'npx', ['wxt', 'prepare']);
run('typecheck', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.']);
const unit = vitest('unit tests', undefined, join(reports, 'unit.json'));
run('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
const built = run('build chrome', 'npx', ['wxt', 'build']);
const e2e = built
  ? vitest('end-to-end tests', 'vitest.e2e.config.ts', join(reports, 'e2e.json'))
  : { passed: 0, failed: 1 };

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + failures.filter((f) => !f.endsWith('tests')).length;
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
