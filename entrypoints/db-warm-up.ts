import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { warmUpDatabase } from '../data/records/warm-up';

// A classic script at the top of popup.html, run before the page's modules have even loaded.
export default defineUnlistedScript(() => void warmUpDatabase());
