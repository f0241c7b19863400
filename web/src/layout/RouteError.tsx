import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { isApiError } from '../api';
import { Button, ErrorState, Page } from '../components';

/** What a route shows when its page failed to load or render (errorElement): never a stack trace. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isApiError(error)) {
    return (
      <Page title={t('errors.page.title')}>
        <ErrorState error={error} onRetry={() => window.location.reload()} />
      </Page>
    );
  }
  // A page's code could not be loaded (e.g. a new release replaced it) or threw while rendering.
  return (
    <Page title={t('errors.page.title')}>
      <p className="kern-body">{t('errors.page.text')}</p>
      <Button onPress={() => window.location.reload()}>{t('errors.reload')}</Button>
    </Page>
  );
}
