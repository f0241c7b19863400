import { tokenStore } from '../auth/token-store';
import { currentLanguage } from '../i18n';
import { createApiClient } from './client';
import { LANG_ROUTES } from './lang-routes.generated';

/** The app's one API client: the signed-in user's token, the chosen language, the session ending on 401. */
export const api = createApiClient({
  getToken: () => tokenStore.forRequests(),
  getLanguage: currentLanguage,
  langRoutes: LANG_ROUTES,
  onUnauthorized: () => tokenStore.clear(),
});
