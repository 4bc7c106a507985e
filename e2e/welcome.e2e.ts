import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { launchExtension, welcomeUrl } from './extension';

it('opens the welcome page once on install, explaining the badge, the shortcuts and where data lives', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'devrecall-welcome-'));
  try {
    const first = await launchExtension(profile, { keepWelcome: true });
    await expect
      .poll(() => first.context.pages().filter((p) => p.url() === welcomeUrl(first.id)).length, {
        timeout: 15_000,
      })
      .toBe(1);
    const welcome = first.context.pages().find((p) => p.url() === welcomeUrl(first.id));
    if (!welcome) throw new Error('No welcome tab.');
    await expect(welcome.title()).resolves.toBe('Welcome to DevRecall');
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to DevRecall' }).waitFor();
    const shortcuts = welcome.getByRole('region', { name: 'Three shortcuts' });
    for (const key of ['Alt+Shift+D', 'Alt+Shift+S', 'Alt+Shift+E']) {
      await shortcuts.getByText(key, { exact: true }).waitFor();
    }
    await welcome.getByText(/practice cards due for review/).waitFor();
    await welcome.getByText(/this browser’s storage \(IndexedDB\)/).waitFor();
    await welcome.getByRole('link', { name: 'Backup page' }).waitFor();
    await welcome.close();
    await first.close();

    // The same profile again: not a new install, so no welcome tab.
    const again = await launchExtension(profile);
    const popup = await again.openPage('popup.html');
    await popup.getByRole('combobox').waitFor();
    await popup.waitForTimeout(2_000);
    expect(again.context.pages().map((p) => p.url())).not.toContain(welcomeUrl(again.id));
    await again.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
