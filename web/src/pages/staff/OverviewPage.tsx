import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api';
import { EmptyState, ErrorState, LoadingState, Page } from '../../components';
import { useFormat } from '../../format/useFormat';

interface Bar {
  key: string;
  label: string;
  /** null: withheld because it is below the threshold. */
  count: number | null;
}

/**
 * A bar chart that is a table: each row has its label, its number (per locale) and a bar drawn with CSS whose
 * width is the share of the largest value. Screen readers read the table; the bars are decoration.
 */
function BarTable({ id, title, unit, bars, threshold }: { id: string; title: string; unit: string; bars: Bar[]; threshold: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const max = Math.max(1, ...bars.map((b) => b.count ?? 0));
  return (
    <section aria-labelledby={id} className="tb-chart">
      <h2 id={id} className="kern-heading-medium">
        {title}
      </h2>
      {bars.length === 0 ? (
        <EmptyState title={t('pages.staff.overview.noData')} headingLevel={3} />
      ) : (
        <div className="tb-table-wrap" tabIndex={0} role="group" aria-labelledby={id}>
          <table className="tb-table">
            <caption className="tb-visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pages.staff.overview.category')}</th>
                <th scope="col" className="tb-num">
                  {unit}
                </th>
                <th scope="col">
                  <span className="tb-visually-hidden">{t('pages.staff.overview.bar')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.key}>
                  <th scope="row">{bar.label}</th>
                  <td className="tb-num">
                    {bar.count === null ? (
                      <abbr title={t('pages.staff.overview.suppressedTitle', { threshold: format.number(threshold) })}>
                        {`< ${format.number(threshold)}`}
                      </abbr>
                    ) : (
                      format.number(bar.count)
                    )}
                  </td>
                  <td className="tb-chart__bar-cell" aria-hidden="true">
                    {bar.count === null ? (
                      <span className="tb-bar tb-bar--suppressed" style={{ width: `${(threshold / max) * 100}%` }} />
                    ) : (
                      <span className="tb-bar" style={{ width: `${(bar.count / max) * 100}%` }} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Figures for the agency (staff only): counts from GET /api/v1/moderation/statistics, small person counts withheld. */
export default function OverviewPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const stats = useQuery({
    queryKey: ['moderation', 'statistics'],
    queryFn: () => unwrap(api.GET('/api/v1/moderation/statistics')),
  });
  const regionNames = new Intl.DisplayNames([format.locale], { type: 'region' });
  const country = (code: string) => {
    if (code === 'unknown') return t('pages.staff.overview.unknown');
    try {
      return regionNames.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const named = (key: string) => (key === 'unknown' ? t('pages.staff.overview.unknown') : key);

  return (
    <Page title={t('pages.staff.overview.title')}>
      <p className="kern-body">{t('pages.staff.overview.intro')}</p>
      <p className="kern-body">
        <strong>{t('pages.staff.overview.privacy', { threshold: 5 })}</strong>
      </p>
      {stats.isPending ? (
        <LoadingState />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        (() => {
          const s = stats.data;
          const th = s.suppressionThreshold;
          const german = i18n.resolvedLanguage === 'de';
          return (
            <>
              <p className="kern-body">{t('pages.staff.overview.generatedAt', { time: format.dateTime(s.generatedAt) })}</p>
              <BarTable
                id="chart-queue"
                title={t('pages.staff.overview.queue')}
                unit={t('pages.staff.overview.items')}
                threshold={th}
                bars={[
                  { key: 'employers', label: t('pages.staff.overview.queueEmployers'), count: s.moderation.queue.employers },
                  { key: 'offers', label: t('pages.staff.overview.queueOffers'), count: s.moderation.queue.jobOffers },
                ]}
              />
              <BarTable
                id="chart-weeks"
                title={t('pages.staff.overview.decisionsPerWeek')}
                unit={t('pages.staff.overview.decisions')}
                threshold={th}
                bars={s.moderation.weeks.map((w) => ({
                  key: w.weekStart,
                  label: t('pages.staff.overview.weekOf', { date: format.date(w.weekStart, 'medium') }),
                  count: w.decisions,
                }))}
              />
              <BarTable
                id="chart-origin"
                title={t('pages.staff.overview.byOrigin')}
                unit={t('pages.staff.overview.candidates')}
                threshold={th}
                bars={s.candidatesByCountryOfOrigin.map((r) => ({ key: r.key, label: country(r.key), count: r.count }))}
              />
              <BarTable
                id="chart-districts"
                title={t('pages.staff.overview.byDistrict')}
                unit={t('pages.staff.overview.candidates')}
                threshold={th}
                bars={s.candidatesByPreferredDistrict.map((r) => ({ key: r.key, label: named(r.key), count: r.count }))}
              />
              <BarTable
                id="chart-commuters"
                title={t('pages.staff.overview.commuters')}
                unit={t('pages.staff.overview.candidates')}
                threshold={th}
                bars={s.crossBorderCommuters.map((r) => ({ key: r.key, label: country(r.key), count: r.count }))}
              />
              <BarTable
                id="chart-offer-districts"
                title={t('pages.staff.overview.offersByDistrict')}
                unit={t('pages.staff.overview.offers')}
                threshold={th}
                bars={s.offersByDistrict.map((r) => ({ key: r.key, label: named(r.key), count: r.count }))}
              />
              <BarTable
                id="chart-offer-groups"
                title={t('pages.staff.overview.offersByGroup')}
                unit={t('pages.staff.overview.offers')}
                threshold={th}
                bars={s.offersByOccupationGroup.map((r) => ({
                  key: r.key,
                  label:
                    r.key === 'unknown'
                      ? t('pages.staff.overview.unknown')
                      : `${r.key} – ${(german ? r.labelDe : null) ?? r.labelEn ?? r.key}`,
                  count: r.count,
                }))}
              />
            </>
          );
        })()
      )}
    </Page>
  );
}
