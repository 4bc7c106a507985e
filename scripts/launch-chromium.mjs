// Starts Chromium with the built extension in a throwaway profile (build first with `npm run build`).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const extension = resolve(import.meta.dirname, '../.output/chrome-mv3');
if (!existsSync(join(extension, 'manifest.json'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const profile = mkdtempSync(join(tmpdir(), 'devrecall-profile-'));
spawn(
  process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    'https://docs.djangoproject.com/en/5.2/topics/db/queries/',
  ],
  { stdio: 'inherit' },
);
