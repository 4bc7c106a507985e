import { useEffect } from 'react';
import { useSettings } from '../data/records/live';

/** Applies the chosen theme to the page; "system" leaves it to prefers-color-scheme. */
export function useTheme(): void {
  const theme = useSettings()?.theme;
  useEffect(() => {
    const root = document.documentElement;
    if (!theme || theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
