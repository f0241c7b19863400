import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { api, type AuthSession, type SelfRegisterableRole, unwrap, type User } from '../api';
import { tokenStore } from './token-store';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

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
      signUp: async (body) => start(await unwrap(api.POST('/api/v1/auth/register', { body }))),
      signOut: () => {
        // TODO(accounts): also POST /api/v1/auth/logout once the API has it (docs/api.md, Accounts), so the token dies on the server too.
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
