import './popup.css';
import { firstAnswerDone } from '../../data/search/first-answer';

const root = document.getElementById('root') as HTMLElement;
// popup.html's own search box, which takes keys until the popup's replaces it.
const startBox = root.querySelector('input') ?? undefined;

// The first script answering what was typed has the page to itself for a moment: on two cores, the
// popup's own code loading beside it holds its answer back. An empty box has nothing to wait for.
const first = firstAnswerDone();
if (first && startBox?.value.trim()) {
  await Promise.race([first, new Promise((resolve) => setTimeout(resolve, 150))]);
}

// The user's index starts loading before the UI's code (React and the popup's components) is even
// evaluated; what is typed meanwhile is looked up at once, so the first render has its answer.
const { startSearchEarly } = await import('../../data/records/early-search');
const search = startSearchEarly();
const lookUp = () => search.prefetch(startBox?.value ?? '');
lookUp();
startBox?.addEventListener('input', lookUp);

void import('./mount').then(({ mountPopup }) => {
  startBox?.removeEventListener('input', lookUp);
  mountPopup(root, startBox);
});
