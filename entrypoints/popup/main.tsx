import './popup.css';
import { startSearchEarly } from '../../data/records/early-search';

const root = document.getElementById('root') as HTMLElement;
// popup.html's own search box, which takes keys until the popup's replaces it.
const startBox = root.querySelector('input') ?? undefined;

// The user's index starts loading before the UI's code (React and the popup's components) is even
// evaluated; what is typed meanwhile is looked up at once, so the first render has its answer.
const search = startSearchEarly();
const lookUp = () => search.prefetch(startBox?.value ?? '');
lookUp();
startBox?.addEventListener('input', lookUp);

void import('./mount').then(({ mountPopup }) => {
  startBox?.removeEventListener('input', lookUp);
  mountPopup(root, startBox);
});
