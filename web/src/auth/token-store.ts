/**
 * The access token, in sessionStorage: it survives a reload but not the closing of the tab, and is not
 * shared with other tabs. Many of our users sign in on shared computers (agencies, libraries, advice
 * centres), so a session that ends with the tab is the safer default; "stay signed in" is not offered.
 * Any script on the page could read it (as with localStorage): the CSP (script-src 'self') is the guard.
 */
const KEY = 'tb.accessToken';
type Listener = () => void;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled: the session lives in memory only
  }
}

let memory: string | null = storage()?.getItem(KEY) ?? null;

export const tokenStore = {
  get(): string | null {
    return memory;
  },
  set(token: string): void {
    memory = token;
    storage()?.setItem(KEY, token);
    listeners.forEach((listener) => listener());
  },
  clear(): void {
    if (memory === null) return;
    memory = null;
    storage()?.removeItem(KEY);
    listeners.forEach((listener) => listener());
  },
  /** For useSyncExternalStore. */
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
