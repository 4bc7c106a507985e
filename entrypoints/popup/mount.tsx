import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { usePopupStore } from './store';

/** Renders the popup over popup.html's own search box, taking over what was typed in it so far. */
export function mountPopup(root: HTMLElement, startBox: HTMLInputElement | undefined): void {
  // What was typed so far is searched as the popup first renders; later keys follow in useStartBox.
  usePopupStore.setState({ query: startBox?.value ?? '' });
  createRoot(root).render(
    <StrictMode>
      <App startBox={startBox} />
    </StrictMode>,
  );
}
