import type { PageContext } from '../../data/docs/docs-page';

export interface PanelState {
  page: PageContext;
  theme: string;
}

/** The docs page's context, handed over in the iframe's URL fragment by the content script. */
export function readPanelState(hash: string): PanelState | undefined {
  try {
    const state = JSON.parse(decodeURIComponent(hash.slice(1))) as Partial<PanelState>;
    const page = state.page;
    if (
      typeof page?.url !== 'string' ||
      typeof page.title !== 'string' ||
      typeof page.text !== 'string' ||
      !Array.isArray(page.headings)
    ) {
      return undefined;
    }
    return { page, theme: typeof state.theme === 'string' ? state.theme : 'system' };
  } catch {
    return undefined;
  }
}
