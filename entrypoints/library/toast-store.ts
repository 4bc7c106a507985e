import { create } from 'zustand';

interface Toast {
  id: number;
  message: string;
  /** Offered as a button, e.g. Undo; also bound to Ctrl/Cmd+Z while the toast shows. */
  undo?: () => Promise<void> | void;
}

interface ToastState {
  toast?: Toast;
  show: (message: string, undo?: Toast['undo']) => void;
  dismiss: () => void;
}

let nextId = 1;

export const useToast = create<ToastState>((set) => ({
  show: (message, undo) => set({ toast: { id: nextId++, message, undo } }),
  dismiss: () => set({ toast: undefined }),
}));
