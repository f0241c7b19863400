import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isApiError } from '../api';
import { Button, ButtonLink } from './Button';
import { errorText } from './error-text';

export interface ErrorStateProps {
  /** What the query or loader threw: an ApiError gives a message per status, anything else a generic one. */
  error: unknown;
  /** Offer "Try again" (e.g. `() => query.refetch()`): shown for errors that may pass (network, 429, 5xx). */
  onRetry?: () => void;
  headingLevel?: 2 | 3;
}

/**
 * A request failed: in plain language what happened and what to do (sign in, wait a minute, try
 * again). Never the raw answer. For forms use <Form error> instead, which also marks the fields.
 */
export function ErrorState({ error, onRetry, headingLevel = 2 }: ErrorStateProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const status = isApiError(error) ? error.status : -1;
  const { title, text } = errorText(t, status);
  const Heading = `h${headingLevel}` as const;
  const passing = status === 0 || status === 429 || status >= 500 || status === -1;
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <div className="kern-alert kern-alert--danger tb-state" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <Heading className="kern-title">{title}</Heading>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{text}</p>
        <div className="tb-state__action">
          {status === 401 && (
            <ButtonLink to={`/sign-in?next=${next}`} variant="primary">
              {t('errors.signIn')}
            </ButtonLink>
          )}
          {passing && onRetry && (
            <Button variant="secondary" onPress={onRetry}>
              {t('errors.retry')}
            </Button>
          )}
          {(status === 404 || status === 403) && <ButtonLink to="/">{t('errors.goHome')}</ButtonLink>}
        </div>
      </div>
    </div>
  );
}
