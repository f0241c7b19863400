import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap, type components, type Concept } from '../../api';
import {
  Button,
  Checkbox,
  EmptyState,
  ErrorState,
  LoadingState,
  Page,
  SaveSearchPanel,
  TaxonomyComboBox,
  TextField,
  useDebouncedValue,
} from '../../components';
import { useAuth } from '../../auth/AuthProvider';
import { useFormat } from '../../format/useFormat';
import { useOfferText } from '../jobs/offer-text';
import {
  apiQuery,
  CONTRACT_TYPES,
  facetOptions,
  PAGE_SIZE,
  readSearch,
  salaryValue,
  toggle,
  WORKPLACES,
  writeSearch,
  type JobSearch,
} from '../jobs/search-query';

type JobOffer = components['schemas']['JobOfferView'];

/** A chosen skill in the URL: its label (readable, and the API resolves it again), the URI if the label has a comma. */
const skillKey = (concept: Concept) => (concept.label.includes(',') && concept.escoUri ? concept.escoUri : concept.label);

/**
 * The public job search: everything the search is lives in the URL (?q=…&cities=…&page=…), so it can be
 * shared, reloaded and walked with the back button. Typing updates the results after a short pause;
 * each filter is a checkbox with the number of offers it would keep (the API's facets).
 */
export default function LandingPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [params, setParams] = useSearchParams();
  const search = readSearch(params);
  const [text, setText] = useState(search.q);
  const [salary, setSalary] = useState(search.minSalary);
  const typed = useDebouncedValue(text, 300);
  const typedSalary = useDebouncedValue(salary, 400);

  const update = (change: Partial<JobSearch>, replace = false) =>
    setParams(writeSearch({ ...search, page: 1, ...change }), { replace, preventScrollReset: true });

  // The URL changed from outside (back button, a shared link): the fields follow it.
  const [seenQ, setSeenQ] = useState(search.q);
  if (search.q !== seenQ) {
    setSeenQ(search.q);
    if (search.q !== text.trim()) setText(search.q);
  }
  const [seenSalary, setSeenSalary] = useState(search.minSalary);
  if (search.minSalary !== seenSalary) {
    setSeenSalary(search.minSalary);
    if (search.minSalary !== salaryValue(salary)) setSalary(search.minSalary);
  }
  // What was typed goes into the URL once typing pauses (replacing the entry: one history step per search, not per letter).
  useEffect(() => {
    const next = typed.trim();
    const cleanSalary = salaryValue(typedSalary) ?? search.minSalary;
    if (next !== search.q || cleanSalary !== search.minSalary) update({ q: next, minSalary: cleanSalary }, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only typing starts this
  }, [typed, typedSalary]);

  const results = useQuery({
    queryKey: ['job-offers', 'search', params.toString()],
    queryFn: () => unwrap(api.GET('/api/v1/job-offers/search', { params: { query: apiQuery(search) } })),
    placeholderData: keepPreviousData,
  });

  return (
    <Page title={t('pages.landing.title')}>
      <p className="kern-body kern-body--large">{t('pages.landing.intro')}</p>
      <div className="tb-search">
        <form
          role="search"
          aria-label={t('pages.landing.searchLabel')}
          className="tb-search__form"
          onSubmit={(event) => {
            event.preventDefault();
            update({ q: text.trim() });
          }}
        >
          <div className="tb-search__query">
            <TextField
              name="q"
              type="search"
              label={t('pages.landing.what')}
              description={t('pages.landing.whatHint')}
              value={text}
              onChange={setText}
            />
            <Button type="submit">{t('pages.landing.search')}</Button>
          </div>
          <Filters search={search} facets={results.data?.facets} salary={salary} setSalary={setSalary} update={update} />
        </form>
        <section className="tb-search__results" aria-labelledby="results-heading">
          <h2 id="results-heading" className="kern-heading-medium">
            {t('pages.landing.results')}
          </h2>
          <p className="kern-body" role="status" aria-live="polite" aria-atomic="true">
            {results.isSuccess ? t('pages.landing.found', { count: results.data.total }) : ''}
          </p>
          {auth.user?.role === 'candidate' && (
            <SaveSearchPanel
              kind="job_offers"
              query={apiQuery(search)}
              suggestedName={search.q || search.cities.join(', ') || t('savedSearches.save.defaultJobs')}
            />
          )}
          <Results
            results={results}
            search={search}
            onRetry={() => void results.refetch()}
            onReset={() => {
              setText('');
              setSalary('');
              setParams(new URLSearchParams());
            }}
          />
        </section>
      </div>
    </Page>
  );
}

interface FiltersProps {
  search: JobSearch;
  facets: components['schemas']['JobOfferFacets'] | undefined;
  salary: string;
  setSalary(value: string): void;
  update(change: Partial<JobSearch>): void;
}

function Filters({ search, facets, salary, setSalary, update }: FiltersProps) {
  const { t } = useTranslation();
  const text = useOfferText();
  const format = useFormat();
  const count = (value: number | null) => (value === null ? '' : ` (${format.number(value)})`);
  const chosen =
    search.cities.length +
    search.skills.length +
    search.languages.length +
    search.workplace.length +
    search.contractType.length +
    (search.visaSponsorship ? 1 : 0) +
    (search.minSalary ? 1 : 0);
  // Open on wide screens and whenever a filter is set; on a phone closed at first, so the results come soon.
  const [open, setOpen] = useState(
    () => chosen > 0 || typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 60em)').matches,
  );
  return (
    <details className="tb-search__filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="kern-heading-small tb-search__summary">
        {chosen ? t('pages.landing.filtersChosen', { count: chosen }) : t('pages.landing.filters')}
      </summary>
      <FacetGroup
        legend={t('pages.landing.cities')}
        name="cities"
        options={facetOptions(facets?.cities, search.cities)}
        chosen={search.cities}
        label={(value, n) => `${value}${count(n)}`}
        onChange={(cities) => update({ cities })}
      />
      <TaxonomyComboBox
        kind="skill"
        name="skills"
        label={t('pages.landing.addSkill')}
        description={t('pages.landing.addSkillHint')}
        value={[]}
        showChosen={false}
        onChange={(added) => update({ skills: added.reduce((skills, concept) => toggle(skills, skillKey(concept), true), search.skills) })}
      />
      <FacetGroup
        legend={t('pages.landing.skills')}
        name="skills"
        options={facetOptions(facets?.skills, search.skills)}
        chosen={search.skills}
        label={(value, n) => `${value}${count(n)}`}
        onChange={(skills) => update({ skills })}
      />
      <FacetGroup
        legend={t('pages.landing.languages')}
        description={t('pages.landing.languagesHint')}
        name="languages"
        options={facetOptions(facets?.languages, search.languages)}
        chosen={search.languages}
        label={(value, n) => `${text.language(value)}${count(n)}`}
        onChange={(languages) => update({ languages })}
      />
      <FacetGroup
        legend={t('pages.landing.workplace')}
        name="workplace"
        options={WORKPLACES.map((value) => ({ value, count: null }))}
        chosen={search.workplace}
        label={(value) => text.workplace(value as JobOffer['workplace'])}
        onChange={(workplace) => update({ workplace: workplace as JobSearch['workplace'] })}
      />
      <FacetGroup
        legend={t('pages.landing.contractType')}
        name="contractType"
        options={CONTRACT_TYPES.map((value) => ({ value, count: null }))}
        chosen={search.contractType}
        label={(value) => text.contractType(value as JobOffer['contractType'])}
        onChange={(contractType) => update({ contractType: contractType as JobSearch['contractType'] })}
      />
      <Checkbox
        name="visaSponsorship"
        label={t('pages.landing.visaOnly')}
        isSelected={search.visaSponsorship}
        onChange={(visaSponsorship) => update({ visaSponsorship })}
      />
      <TextField
        name="minSalary"
        inputMode="numeric"
        label={t('pages.landing.minSalary')}
        description={t('pages.landing.minSalaryHint')}
        value={salary}
        onChange={setSalary}
        validationBehavior="aria"
        validate={(value) => (salaryValue(value) === null ? t('pages.landing.minSalaryInvalid') : null)}
      />
    </details>
  );
}

interface FacetGroupProps {
  legend: string;
  description?: string;
  name: string;
  options: { value: string; count: number | null }[];
  chosen: readonly string[];
  label(value: string, count: number | null): string;
  onChange(values: string[]): void;
}

function FacetGroup({ legend, description, name, options, chosen, label, onChange }: FacetGroupProps) {
  const hint = useId();
  if (!options.length) return null;
  return (
    <fieldset className="tb-facet" aria-describedby={description ? hint : undefined}>
      <legend className="kern-label">{legend}</legend>
      {description && (
        <p id={hint} className="kern-hint">
          {description}
        </p>
      )}
      {options.map(({ value, count }) => (
        <Checkbox
          key={value}
          name={name}
          label={label(value, count)}
          isSelected={chosen.includes(value)}
          onChange={(on) => onChange(toggle(chosen, value, on))}
        />
      ))}
    </fieldset>
  );
}

interface ResultsProps {
  results: ReturnType<typeof useQuery<components['schemas']['JobOfferSearchResult']>>;
  search: JobSearch;
  onRetry(): void;
  onReset(): void;
}

function Results({ results, search, onRetry, onReset }: ResultsProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  if (results.isPending) return <LoadingState />;
  if (results.isError) return <ErrorState error={results.error} onRetry={onRetry} headingLevel={3} />;
  const { items, total } = results.data;
  if (!items.length) {
    return (
      <EmptyState
        title={t('pages.landing.emptyTitle')}
        headingLevel={3}
        action={
          params.size > 0 && (
            <Button variant="secondary" onPress={onReset}>
              {t('pages.landing.reset')}
            </Button>
          )
        }
      >
        {t('pages.landing.emptyText')}
      </EmptyState>
    );
  }
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageLink = (page: number) => `/?${writeSearch({ ...search, page }).toString()}`;
  return (
    <>
      <ul className="tb-results" aria-busy={results.isFetching}>
        {items.map((offer) => (
          <li key={offer.id}>
            <OfferCard offer={offer} />
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav className="tb-pagination" aria-label={t('pages.landing.pagination')}>
          {search.page > 1 && (
            <Link to={pageLink(search.page - 1)} className="kern-link" rel="prev">
              {t('pages.landing.previous')}
            </Link>
          )}
          <span className="kern-body">{t('pages.landing.pageOf', { page: search.page, pages })}</span>
          {search.page < pages && (
            <Link to={pageLink(search.page + 1)} className="kern-link" rel="next">
              {t('pages.landing.next')}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}

function OfferCard({ offer }: { offer: JobOffer }) {
  const { t } = useTranslation();
  const text = useOfferText();
  const format = useFormat();
  return (
    <article className="kern-card tb-offer-card">
      <div className="kern-card__container">
        <h3 className="kern-title">
          <Link to={`/jobs/${offer.id}`} className="kern-link">
            {offer.title}
          </Link>
        </h3>
        <p className="kern-body">
          {offer.employer.name} · {offer.city}
        </p>
        <dl className="tb-facts">
          <div>
            <dt>{t('pages.jobs.salary')}</dt>
            <dd>{text.salary(offer)}</dd>
          </div>
          <div>
            <dt>{t('pages.jobs.workplaceLabel')}</dt>
            <dd>{text.workplace(offer.workplace)}</dd>
          </div>
          <div>
            <dt>{t('pages.jobs.contractTypeLabel')}</dt>
            <dd>{text.contractType(offer.contractType)}</dd>
          </div>
          {offer.publishedAt && (
            <div>
              <dt>{t('pages.jobs.published')}</dt>
              <dd>{format.date(offer.publishedAt, 'medium')}</dd>
            </div>
          )}
        </dl>
        {offer.visaSponsorship && <span className="kern-badge kern-badge--info">{t('pages.jobs.visaBadge')}</span>}
      </div>
    </article>
  );
}
