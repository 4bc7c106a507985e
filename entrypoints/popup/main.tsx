import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../assets/theme.css';
import '../../assets/ui.css';
import './popup.css';
import { App } from './App';
import { usePopupStore } from './store';
import { startSearchEarly } from '../../data/records/live';

const root = document.getElementById('root') as HTMLElement;
// popup.html's own search box, which takes keys until the popup's replaces it.
const startBox = root.querySelector('input') ?? undefined;

const typed = startBox?.value ?? '';
startSearchEarly(typed);
// What was typed so far is searched as the popup first renders; later keys follow in useStartBox.
usePopupStore.setState({ query: typed });

createRoot(root).render(
  <StrictMode>
    <App startBox={startBox} />
  </StrictMode>,
);
