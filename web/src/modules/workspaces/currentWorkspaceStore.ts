const STORAGE_KEY = 'stadtdialog.workspace';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The workspace the user works in, remembered in this browser across visits; new records go
 * into it unless another is chosen. Other tabs learn of a change through the storage event.
 */
export const currentWorkspaceStore = {
  get: read,
  set(id: string): void {
    try {
      window.localStorage.setItem(STORAGE_KEY, id);
    } catch {
      // Private mode without storage: the choice lasts until the page is reloaded.
    }
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  },
};
