import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { openOnce } from '../data/records/open-existing';

// A tiny classic script first in popup.html's head: the database opens (measured at 20,000 notes,
// 10 to 90 ms) while the script that reads it (`popup-first.ts`) is still loading.
export default defineUnlistedScript(() => void openOnce(indexedDB));
