import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../assets/theme.css';
import '../../assets/ui.css';
import './popup.css';
import { App } from './App';
import { openEarly } from '../../data/records/live';

openEarly();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
