import { create } from 'zustand';

interface Toast {
  id: number;
  message: string;
  /** Offered as a button, e.g. Undo; also bound to Ctrl/Cmd+Z while the toast shows. */
  undo?: () => Promise<void> | void;
  /** Names the button when it is not an undo (then Ctrl/Cmd+Z does not trigger it). */
  label?: string;
}

interface ToastState {
  toast?: Toast;
  show: (message: string, undo?: Toast['undo'], label?: string) => void;
  dismiss: () => void;
}

let nextId = 1;

export const useToast = create<ToastState>((set) => ({
  show: (message, undo, label) => set({ toast: { id: nextId++, message, undo, label } }),
  dismiss: () => set({ toast: undefined }),
}));
