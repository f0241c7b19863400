import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { Button, ButtonLink } from '../../components';

/**
 * The call to apply on a public job page. A slot: applying itself is built in the candidate's area
 * (/me/matches?apply=<id>); this only leads there. Anonymous visitors are asked to sign in first and come
 * back here; employers and staff see nothing.
 */
export function ApplyPanel({ offerId }: { offerId: string }) {
  const { t } = useTranslation();
  const { status, user } = useAuth();
  const navigate = useNavigate();
  if (status === 'loading') return null;
  if (status === 'anonymous') {
    return (
      <section className="tb-apply kern-card" aria-labelledby="apply-heading">
        <div className="kern-card__container">
          <h2 id="apply-heading" className="kern-title">
            {t('pages.jobs.offer.applyTitle')}
          </h2>
          <p className="kern-body">{t('pages.jobs.offer.signInText')}</p>
          <div className="tb-state__action">
            <ButtonLink to={`/sign-in?next=${encodeURIComponent(`/jobs/${offerId}`)}`} variant="primary">
              {t('pages.jobs.offer.signInToApply')}
            </ButtonLink>
            <ButtonLink to="/sign-up">{t('pages.jobs.offer.signUp')}</ButtonLink>
          </div>
        </div>
      </section>
    );
  }
  if (user?.role !== 'candidate') return null;
  return (
    <section className="tb-apply kern-card" aria-labelledby="apply-heading">
      <div className="kern-card__container">
        <h2 id="apply-heading" className="kern-title">
          {t('pages.jobs.offer.applyTitle')}
        </h2>
        <Button onPress={() => void navigate(`/me/matches?apply=${encodeURIComponent(offerId)}`)}>{t('pages.jobs.offer.apply')}</Button>
      </div>
    </section>
  );
}
