/**
 * What the content script hands its panel in the frame's URL fragment: the secret that shows the
 * background this is its panel, and the docs page's theme. Never the page itself: the background
 * says which page the panel is on.
 */
export interface PanelState {
  panel: string;
  theme: string;
}

export function readPanelState(hash: string): PanelState | undefined {
  const params = new URLSearchParams(hash.slice(1));
  const panel = params.get('panel');
  if (!panel) return undefined;
  return { panel, theme: params.get('theme') ?? 'system' };
}
