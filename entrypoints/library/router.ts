import { useSyncExternalStore } from 'react';
import { parseRoute, type LibraryRoute } from '../../components/links';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The library's location lives in the URL hash, so every view can be linked and reloaded. */
export function useRoute(): LibraryRoute {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/** Goes to a route built by `routes`. */
export function navigate(route: string): void {
  window.location.hash = route;
}
