import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type components } from '../../api';
import { useAuth } from '../../auth/AuthProvider';
import { Button, ButtonLink, EmptyState, ErrorState, LoadingState, Page, SAVED_SEARCHES_QUERY_KEY } from '../../components';
import { useFormat } from '../../format/useFormat';

type SavedSearch = components['schemas']['SavedSearchView'];
const LIMIT = 100;
const PRESENTATION = new Set(['page', 'limit', 'lang']);

/** Where a saved search's results are: the search page with its parameters (the job page takes language codes only). */
export function searchLink(saved: Pick<SavedSearch, 'kind' | 'query'>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(saved.query)) {
    if (PRESENTATION.has(name)) continue;
    params.set(name, saved.kind === 'job_offers' && name === 'languages' ? value.replace(/:[A-Za-z0-9]+/g, '') : value);
  }
  const path = saved.kind === 'job_offers' ? '/' : '/employer/candidates';
  return params.size ? `${path}?${params}` : path;
}

/** My saved searches (jobs for graduates, candidates for employers), with their alert setting: open or delete. */
export default function SavedSearchesPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const list = useQuery({
    queryKey: SAVED_SEARCHES_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/v1/saved-searches', { params: { query: { limit: LIMIT } } })),
  });
  const searchPage = auth.user?.role === 'employer' ? '/employer/candidates' : '/';
  return (
    <Page title={t('savedSearches.title')}>
      <p className="kern-body">{t('savedSearches.intro')}</p>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('savedSearches.emptyTitle')} action={<ButtonLink to={searchPage}>{t('savedSearches.toSearch')}</ButtonLink>}>
          <p>{t('savedSearches.emptyText')}</p>
        </EmptyState>
      ) : (
        <ul className="tb-saved-searches" aria-label={t('savedSearches.listLabel')}>
          {list.data.items.map((saved) => (
            <li key={saved.id}>
              <SavedSearchCard saved={saved} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

function SavedSearchCard({ saved }: { saved: SavedSearch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const titleId = useId();
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/saved-searches/{id}', { params: { path: { id: saved.id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: SAVED_SEARCHES_QUERY_KEY }),
  });
  const terms = Object.entries(saved.query).filter(([name]) => !PRESENTATION.has(name));
  return (
    <article className="kern-card tb-saved-search" aria-labelledby={titleId}>
      <div className="kern-card__container">
        <h2 id={titleId} className="kern-title">
          <Link to={searchLink(saved)} className="kern-link">
            {saved.name}
          </Link>
        </h2>
        <p className="kern-body kern-body--small">
          {t('savedSearches.alertLabel')}: <strong>{t(`savedSearches.alert.${saved.alert}`)}</strong> ·{' '}
          {saved.lastAlertAt
            ? t('savedSearches.lastAlert', { date: format.dateTime(saved.lastAlertAt) })
            : t('savedSearches.saved', { date: format.date(saved.createdAt) })}
        </p>
        <p className="kern-body kern-body--small">
          {terms.length ? terms.map(([name, value]) => `${name}: ${value}`).join(' · ') : t('savedSearches.everything')}
        </p>
        <Button variant="tertiary" className="kern-btn--x-small" isPending={remove.isPending} onPress={() => remove.mutate()}>
          {t('savedSearches.delete', { name: saved.name })}
        </Button>
      </div>
    </article>
  );
}
