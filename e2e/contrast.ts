/**
 * Every piece of text on the page whose colour does not stand out from what is behind it by at
 * least `minimum` (WCAG's contrast ratio; AA asks 4.5:1 for body text). The colours are the
 * browser's computed ones, so a theme variable, a highlight.js class or an inline style counts the
 * same. Runs inside the page (it is serialised by Playwright).
 */
export function lowContrastText(minimum: number): string[] {
  type Rgba = [number, number, number, number];
  const parse = (value: string): Rgba => {
    const parts = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
    const [r = 0, g = 0, b = 0, a = 1] = value.startsWith('color(srgb')
      ? [...parts.slice(0, 3).map((c) => c * 255), parts[3] ?? 1]
      : parts;
    return [r, g, b, a];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3];
    return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (bottom[i] ?? 0) * (1 - a)).concat(1) as Rgba;
  };
  const luminance = ([r, g, b]: Rgba) => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const ratio = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  /** The colour behind an element: its own background over its ancestors', down to the page. */
  const backdrop = (element: Element): Rgba => {
    const layers: Rgba[] = [];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    const canvas = parse(getComputedStyle(document.documentElement).backgroundColor);
    let result: Rgba = canvas[3] >= 1 ? canvas : [255, 255, 255, 1];
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };
  const shown = (element: Element) => {
    if (element.getClientRects().length === 0) return false;
    for (let node: Element | null = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
    }
    return true;
  };

  const failures: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const element = text.parentElement;
    if (!element || seen.has(element) || !text.textContent?.trim()) continue;
    seen.add(element);
    // WCAG leaves disabled controls out; hidden text is not read by anyone.
    if (!shown(element) || element.closest(':disabled, [aria-disabled="true"]')) continue;
    const background = backdrop(element);
    const colour = over(parse(getComputedStyle(element).color), background);
    const measured = ratio(colour, background);
    if (measured < minimum) {
      const classes = String(element.className).trim().replace(/\s+/g, '.');
      const name = `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}`;
      const pair = `${getComputedStyle(element).color} on rgb(${background.slice(0, 3).map(Math.round).join(', ')})`;
      // One line per kind of element and pair of colours, with the first text as an example.
      const key = `${name} ${pair}`;
      if (failures.some((f) => f.startsWith(key))) continue;
      failures.push(
        `${key}: ${measured.toFixed(2)}:1, e.g. "${text.textContent.trim().slice(0, 30)}"`,
      );
    }
  }
  return failures;
}
