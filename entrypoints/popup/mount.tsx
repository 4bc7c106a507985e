import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { takeHeldKeys } from './held-keys';
import { usePopupStore } from './store';

/** Renders the popup over popup.html's own search box, taking over what was typed in it so far. */
export function mountPopup(root: HTMLElement, startBox: HTMLInputElement | undefined): void {
  // What was typed so far is searched as the popup first renders; later keys follow in useStartBox.
  usePopupStore.setState({ query: startBox?.value ?? '' });
  // In one task, with its effects: the box reads the store through a subscription made in an
  // effect, and a render whose effects wait for a later task leaves keys typed in between
  // reverted, the box redrawn from a store it does not yet follow.
  flushSync(() =>
    createRoot(root).render(
      <StrictMode>
        <App startBox={startBox} held={takeHeldKeys()} />
      </StrictMode>,
    ),
  );
}
