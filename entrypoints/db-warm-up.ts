import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { warmUpDatabase } from '../data/records/warm-up';

// A classic script in popup.html's head: it runs as soon as it has loaded, ahead of the page's modules.
export default defineUnlistedScript(() => void warmUpDatabase());
