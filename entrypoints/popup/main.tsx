import './popup.css';
import { firstLookup } from '../../data/search/first-answer';

const root = document.getElementById('root') as HTMLElement;
// popup.html's own search box, which takes keys until the popup's replaces it.
const startBox = root.querySelector('input') ?? undefined;

async function start() {
  const { startSearchEarly } = await import('../../data/records/early-search');
  // The user's index starts loading before the UI's code (React and the popup's components) is
  // even evaluated; what is typed meanwhile is looked up at once, so the first render has its answer.
  const search = startSearchEarly();
  const lookUp = () => search.prefetch(startBox?.value ?? '');
  lookUp();
  startBox?.addEventListener('input', lookUp);
  const { mountPopup } = await import('./mount');
  startBox?.removeEventListener('input', lookUp);
  mountPopup(root, startBox);
}

// What was typed before this module ran is being looked up by the page's first script, which
// shows the answer: the rest of the popup's code waits for it rather than hold it up.
void Promise.resolve(firstLookup()).then(start);
