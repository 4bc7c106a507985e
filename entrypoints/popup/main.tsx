import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../assets/theme.css';
import '../../assets/ui.css';
import './popup.css';
import { App } from './App';
import { startSearchEarly } from '../../data/records/live';

const root = document.getElementById('root') as HTMLElement;
// popup.html's own search box, which takes keys until the popup's replaces it.
const startBox = root.querySelector('input') ?? undefined;

startSearchEarly(startBox?.value);

createRoot(root).render(
  <StrictMode>
    <App startBox={startBox} />
  </StrictMode>,
);
