import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

/*
 * The docs sidebar lives in a closed shadow root, which neither the docs page's scripts nor
 * Playwright's selectors can enter. The DevTools protocol can: these helpers read inside it and
 * click with real mouse events, as the user does (the launcher ignores synthetic clicks).
 */

/** Runs `fn` on the sidebar's shadow root in the page; undefined when there is no sidebar. */
export const inSidebar = <T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => T,
  arg?: A,
): Promise<T | undefined> => inShadow(page, 'devrecall-sidebar', 0, fn, arg);

/**
 * Runs `fn` on the closed shadow root of the `index`th element matching `host` in the page;
 * undefined when there is none.
 */
export async function inShadow<T, A = undefined>(
  page: Page,
  host: string,
  index: number,
  fn: (root: ShadowRoot, arg: A) => T,
  arg?: A,
): Promise<T | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: host,
    });
    const nodeId = nodeIds[index];
    if (!nodeId) return undefined;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn.toString(),
      arguments: [{ objectId: object.objectId }, { value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

export interface LauncherState {
  visible: boolean;
  count: string;
  label: string;
  expanded: string | null;
}

export const launcherState = (page: Page) =>
  inSidebar(page, (root): LauncherState | null => {
    const launcher = root.querySelector<HTMLElement>('.launcher');
    if (!launcher) return null;
    return {
      visible: !launcher.hidden && launcher.getBoundingClientRect().width > 0,
      count: launcher.querySelector('.count')?.textContent ?? '',
      label: launcher.getAttribute('aria-label') ?? '',
      expanded: launcher.getAttribute('aria-expanded'),
    };
  });

export const isPanelVisible = async (page: Page) =>
  (await inSidebar(page, (root) => {
    const panel = root.querySelector<HTMLElement>('iframe.panel');
    return !!panel && !panel.hidden && panel.getBoundingClientRect().width > 0;
  })) === true;

export const isLauncherVisible = async (page: Page) =>
  (await launcherState(page))?.visible === true;

/** Where an element of the sidebar is on screen, for real mouse clicks and layout checks. */
export const sidebarBox = (page: Page, selector: string) =>
  inSidebar(
    page,
    (root, sel) => {
      const box = root.querySelector(sel)?.getBoundingClientRect();
      return box && { x: box.x, y: box.y, width: box.width, height: box.height };
    },
    selector,
  );

export async function waitForLauncher(page: Page): Promise<LauncherState> {
  await expect.poll(() => launcherState(page), { timeout: 10_000 }).toBeTruthy();
  return (await launcherState(page)) as LauncherState;
}

/** Clicks the launcher with the mouse, as the user does. */
export async function clickLauncher(page: Page): Promise<void> {
  const box = await sidebarBox(page, '.launcher');
  if (!box) throw new Error('No launcher on this page');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The panel's frame, once the panel has been opened. */
export async function panelFrame(page: Page): Promise<Frame> {
  const find = () => page.frames().find((frame) => frame.url().includes('/docs-panel.html'));
  await expect.poll(find, { timeout: 10_000 }).toBeTruthy();
  const frame = find() as Frame;
  await panelTakesClicks(frame);
  return frame;
}

/**
 * Waits until the panel counts clicks: it refuses them until it has been drawn unobscured for a
 * moment, as a reader needs before clicking anyway.
 */
export const panelTakesClicks = (frame: Frame) =>
  frame.locator('main[data-clicks="accepted"]').waitFor({ timeout: 15_000 });

/**
 * Evaluates `expression` in the docs content script's own isolated world, as a bug in the content
 * script (or a compromised docs renderer) could. Playwright cannot evaluate there, so this finds
 * the world through the DevTools protocol: the execution context whose origin is the extension's.
 */
export async function inContentScript(
  page: Page,
  extensionId: string,
  expression: string,
): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    const origin = `chrome-extension://${extensionId}`;
    await expect.poll(() => worlds.some((w) => w.origin === origin)).toBe(true);
    const world = worlds.find((w) => w.origin === origin) as { id: number };
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** Sends `message` to the background from the docs content script's world. */
export const askFromContentScript = (page: Page, extensionId: string, message: unknown) =>
  inContentScript(page, extensionId, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);
