import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Writes a pack file and chooses it on the library's install page, which shows its preview. */
export async function installFromFile(page: Page, extensionId: string, name: string, text: string) {
  const file = join(tmpdir(), `${Date.now()}-${name.replace(/\W+/g, '-')}.devrecall-stack.json`);
  writeFileSync(file, text);
  await page.goto(`chrome-extension://${extensionId}/library.html#/install`);
  await page.getByLabel('From a file').setInputFiles(file);
}
