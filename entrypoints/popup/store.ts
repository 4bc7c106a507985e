import { create } from 'zustand';

type View = { kind: 'list' } | { kind: 'item'; id: string };

interface PopupState {
  query: string;
  selected: number;
  view: View;
  setQuery: (query: string) => void;
  select: (index: number) => void;
  open: (id: string) => void;
  back: () => void;
}

/** What the popup shows; the query and selection survive opening a result and coming back. */
export const usePopupStore = create<PopupState>((set) => ({
  query: '',
  selected: 0,
  view: { kind: 'list' },
  setQuery: (query) => set({ query, selected: 0 }),
  select: (selected) => set({ selected }),
  open: (id) => set({ view: { kind: 'item', id } }),
  back: () => set({ view: { kind: 'list' } }),
}));
