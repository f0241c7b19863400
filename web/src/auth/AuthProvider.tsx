import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { api, type AuthSession, type paths, type SelfRegisterableRole, unwrap, type User } from '../api';
import { currentLanguage } from '../i18n';
import { tokenStore } from './token-store';

export const ME_QUERY_KEY = ['auth', 'me'] as const;
const LOGOUT_PATH = '/api/v1/auth/logout' satisfies keyof paths;

export type AuthStatus = 'loading' | 'signed-in' | 'anonymous';

export interface AuthState {
  status: AuthStatus;
  user: User | null;
  signIn(credentials: { email: string; password: string }): Promise<User>;
  signUp(account: { email: string; password: string; role: SelfRegisterableRole }): Promise<User>;
  signOut(): void;
}

const AuthContext = createContext<AuthState | null>(null);

/**
 * The session: the token (sessionStorage, see token-store.ts) and the user behind it, restored on
 * load from GET /api/v1/auth/me. A 401 on any request with the token ends the session.
 */
export function AuthProvider({ children }: { children: React.ReactNode }) {
  const queryClient = useQueryClient();
  const token = useSyncExternalStore(tokenStore.subscribe, tokenStore.get, () => null);
  const me = useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/v1/auth/me')),
    enabled: token !== null,
    staleTime: 5 * 60_000,
    retry: false,
  });

  const start = useCallback(
    (session: AuthSession) => {
      // The user first, then the token: the me query then finds fresh data instead of fetching.
      queryClient.setQueryData(ME_QUERY_KEY, session.user);
      tokenStore.set(session.accessToken);
      return session.user;
    },
    [queryClient],
  );

  const value = useMemo<AuthState>(() => {
    const user = token !== null ? (me.data ?? null) : null;
    const status: AuthStatus = token === null ? 'anonymous' : user ? 'signed-in' : me.isPending ? 'loading' : 'anonymous';
    return {
      status,
      user,
      signIn: async (body) => start(await unwrap(api.POST('/api/v1/auth/login', { body }))),
      // Mails come in the language the person signs up in (changeable on the account page).
      signUp: async (body) => start(await unwrap(api.POST('/api/v1/auth/register', { body: { ...body, language: currentLanguage() } }))),
      signOut: () => {
        // The token dies on the server too (on every instance). It is sent explicitly, since useSignOut withholds it
        // from requests before the page moves; plain fetch with keepalive, so the request outlives a closing page and
        // its answer (even a 401 for a token that had expired) cannot touch a session started meanwhile.
        const current = tokenStore.get();
        if (current) {
          void fetch(LOGOUT_PATH, { method: 'POST', headers: { Authorization: `Bearer ${current}` }, keepalive: true }).catch(
            () => undefined,
          );
        }
        tokenStore.clear();
        queryClient.clear();
      },
    };
  }, [token, me.data, me.isPending, start, queryClient]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth() outside <AuthProvider>');
  return state;
}
