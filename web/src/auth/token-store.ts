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
/** Signing out: the session still shows (the page may leave first) but no request carries the token. */
let withheld = false;

export const tokenStore = {
  /** The session as the UI sees it (useSyncExternalStore's snapshot). */
  get(): string | null {
    return memory;
  },
  /** The token to send: none once signing out has begun. */
  forRequests(): string | null {
    return withheld ? null : memory;
  },
  /**
   * The first step of signing out: requests stop carrying the token at once, so an answer to a dead token
   * (401) cannot end the session on a guarded page and send the person to sign-in; the page moves on first.
   */
  withhold(): void {
    withheld = true;
  },
  set(token: string): void {
    withheld = false;
    memory = token;
    storage()?.setItem(KEY, token);
    listeners.forEach((listener) => listener());
  },
  clear(): void {
    withheld = false;
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
