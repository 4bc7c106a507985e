import { fakeBrowser } from 'wxt/testing';
import { beforeEach, expect, it } from 'vitest';
import { takeWelcome } from './welcome';

beforeEach(() => fakeBrowser.reset());

it('shows the welcome page once, however often the install is reported', async () => {
  await expect(takeWelcome()).resolves.toBe(true);
  await expect(takeWelcome()).resolves.toBe(false);
  await expect(takeWelcome()).resolves.toBe(false);
});
