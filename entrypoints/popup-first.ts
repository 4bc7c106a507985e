import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answerAsTyped } from './popup/answer-as-typed';

// A classic script in popup.html's head, run as soon as it has loaded, ahead of the page's modules.
export default defineUnlistedScript(() => void answerAsTyped(document, indexedDB));
