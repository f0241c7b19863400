import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from './AuthProvider';
import { tokenStore } from './token-store';

/**
 * Signs out and leaves for a public page (`/` or `/account-deleted`), in that order: the token is withheld
 * from requests first, then the page moves, and only then the session ends. Ending it first would let the
 * route guard of the page still showing send the person to sign-in.
 */
export function useSignOut(): (to?: string) => Promise<void> {
  const auth = useAuth();
  const navigate = useNavigate();
  return useCallback(
    async (to = '/') => {
      tokenStore.withhold();
      await navigate(to, { replace: true });
      auth.signOut();
    },
    [auth, navigate],
  );
}
