import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api';
import {
  Button,
  Checkbox,
  ChipList,
  EmptyState,
  ErrorState,
  LoadingState,
  Page,
  SaveSearchPanel,
  Select,
  TaxonomyComboBox,
  TextField,
  useDebouncedValue,
} from '../../components';
import { useFormat } from '../../format/useFormat';
import {
  isNotVerified,
  LANGUAGE_CODES,
  LanguageLevels,
  LEVELS,
  NotVerified,
  useCountryName,
  useLanguageName,
  useListFormat,
  type CandidateView,
} from './candidate-parts';

const LIMIT = 20;
const PERMITS = ['eu_citizen', 'has_permit', 'needs_visa'] as const;
const DEGREES = ['vocational', 'bachelor', 'master', 'phd'] as const;
type Level = (typeof LEVELS)[number];

const split = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

/**
 * Candidate search for verified employers: GET /api/v1/candidates/search. The URL holds the whole
 * query (q, skills, languages=de:B2, cities, availableBefore, workPermit, minDegree,
 * crossBorderCommuter, page), so a search can be bookmarked and the back button works.
 */
export default function CandidatesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const languageName = useLanguageName();
  const countryName = useCountryName();

  const q = params.get('q') ?? '';
  const skills = split(params.get('skills'));
  const languages = split(params.get('languages'));
  const cities = split(params.get('cities'));
  const page = Math.max(1, Number(params.get('page')) || 1);

  /** Sets (or clears) URL parameters; any change of filter goes back to page 1. */
  const update = (changes: Record<string, string | null>) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };
  const setList = (key: string, values: readonly string[]) => update({ [key]: values.length ? [...new Set(values)].join(',') : null });

  const [text, setText] = useState(q);
  const debouncedText = useDebouncedValue(text, 300);
  useEffect(() => {
    // The typed words settled: put them into the URL (which drives the query).
    const words = debouncedText.trim();
    if (words !== (params.get('q') ?? '')) update({ q: words || null });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the typed words settle
  }, [debouncedText]);

  const query = {
    q: q || undefined,
    skills: skills.length ? skills.join(',') : undefined,
    languages: languages.length ? languages.join(',') : undefined,
    cities: cities.length ? cities.join(',') : undefined,
    availableBefore: params.get('availableBefore') || undefined,
    workPermit: params.get('workPermit') || undefined,
    minDegree: (params.get('minDegree') as (typeof DEGREES)[number] | null) || undefined,
    crossBorderCommuter: params.get('crossBorderCommuter') === 'true' ? ('true' as const) : undefined,
    page,
    limit: LIMIT,
  };
  const search = useQuery({
    queryKey: ['candidates', 'search', query],
    queryFn: () => unwrap(api.GET('/api/v1/candidates/search', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  /**
   * The ESCO concept of each skill picked in the combo box (null: free text, shown as "not in ESCO").
   * Skills from a facet or the URL are stored labels, shown without that note. The API gets the labels.
   */
  const [picked, setPicked] = useState<Record<string, string | null>>({});
  const [language, setLanguage] = useState<string | null>(null);
  const [level, setLevel] = useState<Level | null>('B2');

  if (isNotVerified(search.error)) {
    return (
      <Page title={t('pages.employer.candidates.title')}>
        <NotVerified />
      </Page>
    );
  }

  const facets = search.data?.facets;
  const facetButtons = (key: 'skills' | 'cities', counts: Record<string, number> | undefined, chosen: readonly string[]) => {
    const entries = Object.entries(counts ?? {})
      .filter(([value]) => !chosen.includes(value))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    if (entries.length === 0) return null;
    const heading = key === 'skills' ? t('pages.employer.candidates.facetSkills') : t('pages.employer.candidates.facetCities');
    return (
      <div role="group" aria-label={heading}>
        <h3 className="kern-heading-small">{heading}</h3>
        <div className="tb-facet-buttons">
          {entries.map(([value, count]) => (
            <Button key={value} variant="secondary" onPress={() => setList(key, [...chosen, value])}>
              {t('pages.employer.candidates.facetAdd', { value, count })}
            </Button>
          ))}
        </div>
      </div>
    );
  };
  const countsList = (heading: string, counts: Record<string, number> | undefined, name: (code: string) => string) => {
    const entries = Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1]);
    if (entries.length === 0) return null;
    return (
      <div>
        <h3 className="kern-heading-small">{heading}</h3>
        <ul className="tb-tags">
          {entries.map(([code, count]) => (
            <li key={code} className="tb-tag">
              {t('pages.employer.candidates.facetAdd', { value: name(code), count })}
            </li>
          ))}
        </ul>
      </div>
    );
  };
  return (
    <Page title={t('pages.employer.candidates.title')}>
      <p className="kern-body">{t('pages.employer.candidates.intro')}</p>
      <search className="tb-search" aria-label={t('pages.employer.candidates.filters')}>
        <form className="tb-filters" onSubmit={(e) => e.preventDefault()}>
          <h2 className="kern-heading-medium">{t('pages.employer.candidates.filters')}</h2>
          <TextField
            name="q"
            type="search"
            label={t('pages.employer.candidates.q')}
            description={t('pages.employer.candidates.qHint')}
            value={text}
            onChange={setText}
          />
          <TaxonomyComboBox
            kind="skill"
            name="skills"
            label={t('pages.employer.candidates.skills')}
            value={skills.map((label) => ({ label, escoUri: label in picked ? (picked[label] ?? null) : `facet:${label}` }))}
            onChange={(next) => {
              setPicked((prev) => ({
                ...prev,
                ...Object.fromEntries(next.filter((c) => !c.escoUri?.startsWith('facet:')).map((c) => [c.label, c.escoUri])),
              }));
              setList(
                'skills',
                next.map((c) => c.label),
              );
            }}
            max={20}
          />
          <fieldset>
            <legend className="kern-label">{t('pages.employer.candidates.languagesLegend')}</legend>
            <ChipList
              label={t('pages.employer.candidates.languagesChosen')}
              items={languages.map((entry) => {
                const [code, lvl] = entry.split(':');
                return { id: entry, label: `${languageName(code ?? '')} ${lvl ?? ''}` };
              })}
              onRemove={(id) =>
                setList(
                  'languages',
                  languages.filter((l) => l !== id),
                )
              }
            />
            <div className="tb-row">
              <Select
                name="language"
                label={t('pages.employer.candidates.language')}
                value={language}
                onChange={setLanguage}
                options={LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code) }))}
              />
              <Select
                name="level"
                label={t('pages.employer.candidates.minLevel')}
                value={level}
                onChange={setLevel}
                options={LEVELS.map((value) => ({ value, label: value }))}
              />
              <Button
                variant="secondary"
                isDisabled={!language || !level}
                onPress={() => {
                  if (!language || !level) return;
                  setList('languages', [...languages.filter((l) => !l.startsWith(`${language}:`)), `${language}:${level}`]);
                  setLanguage(null);
                }}
              >
                {t('pages.employer.candidates.addLanguage')}
              </Button>
            </div>
          </fieldset>
          <ChipList
            label={t('pages.employer.candidates.cities')}
            items={cities.map((c) => ({ id: c, label: c }))}
            onRemove={(id) =>
              setList(
                'cities',
                cities.filter((c) => c !== id),
              )
            }
          />
          <TextField
            name="availableBefore"
            type="date"
            label={t('pages.employer.candidates.availableBefore')}
            description={t('pages.employer.candidates.availableBeforeHint')}
            value={params.get('availableBefore') ?? ''}
            onChange={(v) => update({ availableBefore: v || null })}
          />
          <Select
            name="workPermit"
            label={t('pages.employer.candidates.workPermit')}
            value={params.get('workPermit') ?? 'any'}
            onChange={(v) => update({ workPermit: v && v !== 'any' ? v : null })}
            options={[
              { value: 'any', label: t('pages.employer.candidates.anyPermit') },
              ...PERMITS.map((p) => ({ value: p, label: t(`pages.employer.candidates.permit.${p}`) })),
            ]}
          />
          <Select
            name="minDegree"
            label={t('pages.employer.candidates.minDegree')}
            value={params.get('minDegree') ?? 'any'}
            onChange={(v) => update({ minDegree: v && v !== 'any' ? v : null })}
            options={[
              { value: 'any', label: t('pages.employer.candidates.anyDegree') },
              ...DEGREES.map((d) => ({ value: d, label: t(`pages.employer.matches.why.degreeLevel.${d}`) })),
            ]}
          />
          <Checkbox
            name="crossBorderCommuter"
            label={t('pages.employer.candidates.crossBorder')}
            isSelected={params.get('crossBorderCommuter') === 'true'}
            onChange={(v) => update({ crossBorderCommuter: v ? 'true' : null })}
          />
          <Button
            variant="tertiary"
            onPress={() => {
              setText('');
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            {t('pages.employer.candidates.reset')}
          </Button>
          {facets && (
            <section aria-labelledby="facets-heading">
              <h2 id="facets-heading" className="kern-heading-medium">
                {t('pages.employer.candidates.facets')}
              </h2>
              {facetButtons('skills', facets.skills, skills)}
              {facetButtons('cities', facets.cities, cities)}
              {countsList(t('pages.employer.candidates.facetLanguages'), facets.languages, languageName)}
              {countsList(t('pages.employer.candidates.facetCountries'), facets.countries, countryName)}
            </section>
          )}
        </form>
        <div>
          <SaveSearchPanel
            kind="candidates"
            query={{ ...query, page: undefined, limit: undefined }}
            suggestedName={q || t('savedSearches.save.defaultCandidates')}
          />
          <Results state={search} page={page} onPage={(p) => update({ page: p > 1 ? String(p) : null })} />
        </div>
      </search>
    </Page>
  );
}

function Results({
  state,
  page,
  onPage,
}: {
  state: ReturnType<typeof useQuery<{ items: CandidateView[]; total: number }>>;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (state.isPending) return <LoadingState />;
  if (state.isError) return <ErrorState error={state.error} onRetry={() => void state.refetch()} />;
  const { items, total } = state.data;
  const pages = Math.max(1, Math.ceil(total / LIMIT));
  return (
    <section aria-labelledby="results-heading" aria-busy={state.isFetching}>
      <h2 id="results-heading" className="kern-heading-medium" aria-live="polite">
        {t('pages.employer.candidates.results', { count: total })}
      </h2>
      {items.length === 0 ? (
        <EmptyState title={t('pages.employer.candidates.noResults')} headingLevel={3}>
          <p>{t('pages.employer.candidates.noResultsText')}</p>
        </EmptyState>
      ) : (
        <ul className="tb-results">
          {items.map((candidate) => (
            <li key={candidate.id}>
              <CandidateCard candidate={candidate} />
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label={t('pages.employer.candidates.pageOf', { page, pages })} className="tb-row">
          <Button variant="secondary" isDisabled={page <= 1} onPress={() => onPage(page - 1)}>
            {t('pages.employer.candidates.previous')}
          </Button>
          <span>{t('pages.employer.candidates.pageOf', { page, pages })}</span>
          <Button variant="secondary" isDisabled={page >= pages} onPress={() => onPage(page + 1)}>
            {t('pages.employer.candidates.next')}
          </Button>
        </nav>
      )}
    </section>
  );
}

export function CandidateCard({ candidate, headingLevel = 3 }: { candidate: CandidateView; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListFormat();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="tb-result">
      <Heading className="kern-heading-small">
        <Link className="kern-link" to={`/employer/candidates/${candidate.id}`}>
          {candidate.firstName}
        </Link>
      </Heading>
      {candidate.headline && <p className="kern-body">{candidate.headline}</p>}
      {candidate.skills.length > 0 && (
        <ul className="tb-tags" aria-label={t('pages.employer.candidates.skillsList')}>
          {candidate.skills.map((s) => (
            <li key={s.escoUri ?? s.label} className="tb-tag">
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <LanguageLevels languages={candidate.languages} label={t('pages.employer.candidates.languagesList')} />
      <p className="kern-body">
        {candidate.preferredCities.length
          ? t('pages.employer.candidates.citiesList', { cities: list(candidate.preferredCities) })
          : t('pages.employer.candidates.noCities')}
      </p>
      <p className="kern-body">
        {candidate.availableFrom
          ? t('pages.employer.candidates.availableFrom', { date: format.date(candidate.availableFrom) })
          : t('pages.employer.candidates.availableNow')}
      </p>
    </article>
  );
}
