import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './panel.css';
import { App } from './App';
import { readPanelState } from './state';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App state={readPanelState(location.hash)} />
  </StrictMode>,
);
