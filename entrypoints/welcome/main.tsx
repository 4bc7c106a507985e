import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../assets/theme.css';
import '../../assets/ui.css';
import '../options/options.css';
import { App } from './App';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
