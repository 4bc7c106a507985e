/**
 * The popup's keys, pressed in popup.html's own box while its first script shows the user's rows
 * and before the popup's UI has loaded: the arrows move the selection among those rows, Esc clears
 * the box, and Enter is held for the UI to act on the moment it takes over, on the row that was
 * selected. Kept on the page's global object: the first script and the UI are separate bundles.
 */
export interface HeldKeys {
  /** The search id of the row selected in the first script's rows, if any was shown. */
  selectedId?: string;
  /** Enter, pressed before the UI took over; with Shift, it copies the row's link. */
  enter?: { shift: boolean };
}

const KEY = Symbol.for('devrecall.held-keys');
const slot = () => globalThis as unknown as Record<symbol, (() => HeldKeys) | undefined>;

const rowsOf = (list: HTMLElement) => [...list.querySelectorAll<HTMLElement>('[role=option]')];

/** Shows `index` as the selected row, for the eye and for assistive technology. */
export function selectRow(box: HTMLInputElement, list: HTMLElement, index: number): void {
  rowsOf(list).forEach((row, i) => row.setAttribute('aria-selected', String(i === index)));
  const row = rowsOf(list)[index];
  if (row?.isConnected) {
    box.setAttribute('aria-activedescendant', row.id);
    row.scrollIntoView?.({ block: 'nearest' });
  } else box.removeAttribute('aria-activedescendant');
}

/** Follows the popup's keys in `box`, whose rows are drawn in `list`, until the UI takes over. */
export function holdKeys(box: HTMLInputElement, list: HTMLElement): void {
  let enter: HeldKeys['enter'];
  const selected = () => {
    const rows = rowsOf(list);
    return { rows, index: rows.findIndex((row) => row.getAttribute('aria-selected') === 'true') };
  };
  slot()[KEY] = () => {
    const { rows, index } = selected();
    return { selectedId: list.isConnected ? rows[index]?.dataset.id : undefined, enter };
  };
  box.addEventListener('keydown', (event) => {
    // A key that ends a composition (an input method's Enter) is the composition's.
    if (event.isComposing || enter) return;
    const { rows, index } = selected();
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      if (rows.length && list.isConnected) {
        selectRow(box, list, (index + step + rows.length) % rows.length);
      }
    } else if (event.key === 'Enter') {
      enter = { shift: event.shiftKey };
    } else if (event.key === 'Escape' && box.value !== '') {
      // As the popup does: Esc clears a query first, and closes the popup only on an empty box.
      box.value = '';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    } else return;
    event.preventDefault();
  });
}

/** The keys held so far, once: the UI that takes over acts on them. */
export function takeHeldKeys(): HeldKeys | undefined {
  const held = slot()[KEY]?.();
  slot()[KEY] = undefined;
  return held;
}
