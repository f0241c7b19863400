import { useCallback, useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAuth } from './AuthProvider';
import { tokenStore } from './token-store';

/** Set on the navigation that leaves a page because the session ends (see useSignOut). */
interface SignOutState {
  endSession: true;
}
function isSignOutState(state: unknown): state is SignOutState {
  return typeof state === 'object' && state !== null && (state as Partial<SignOutState>).endSession === true;
}

/**
 * Signs out and leaves for a public page (`/` or `/account-deleted`): the token is withheld from requests at
 * once, the page moves, and the session ends only once the new page is on screen (<SessionEndOnArrival>).
 * Ending it earlier lets the guard of the page still showing send the person to sign-in: React Router
 * renders the new page in a transition, and the session's end would render the old one first.
 */
export function useSignOut(): (to?: string) => Promise<void> {
  const navigate = useNavigate();
  return useCallback(
    async (to = '/') => {
      tokenStore.withhold();
      await navigate(to, { replace: true, state: { endSession: true } satisfies SignOutState });
    },
    [navigate],
  );
}

/** In the app shell: ends the session after a sign-out navigation has arrived. */
export function SessionEndOnArrival() {
  const location = useLocation();
  const navigate = useNavigate();
  const auth = useAuth();
  const arrived = isSignOutState(location.state);
  useEffect(() => {
    if (!arrived) return;
    auth.signOut();
    // Forget the mark, so that coming Back to this entry after signing in again does not sign out once more.
    void navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: null });
  }, [arrived, auth, navigate, location.pathname, location.search, location.hash]);
  return null;
}
