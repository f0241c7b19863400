import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, isApiError, unwrap, type components, type Concept } from '../../api';
import {
  Button,
  ButtonLink,
  Checkbox,
  ErrorState,
  Form,
  LoadingState,
  Page,
  Select,
  StaleVersionAlert,
  TaxonomyComboBox,
  TextArea,
  TextField,
} from '../../components';
import { canSubmit, OfferStatusBadge, useOfferActionError, type JobOffer } from './offer-status';

type CreateBody = components['schemas']['CreateJobOfferDto'];
type UpdateBody = components['schemas']['UpdateJobOfferDto'];
type Workplace = CreateBody['workplace'];
type ContractType = CreateBody['contractType'];
type Period = CreateBody['salary']['period'];
type Degree = NonNullable<CreateBody['minDegree']>;
type Level = CreateBody['languages'][number]['minLevel'];
type Language = { code: string; minLevel: Level | null };

const WORKPLACES: readonly Workplace[] = ['onsite', 'hybrid', 'remote'];
const CONTRACTS: readonly ContractType[] = ['permanent', 'fixed_term', 'internship', 'apprenticeship'];
const PERIODS: readonly Period[] = ['year', 'month', 'hour'];
const DEGREES: readonly Degree[] = ['vocational', 'bachelor', 'master', 'phd'];
const LEVELS: readonly Level[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];
/** The languages employers ask for most; named in the reader's language by Intl.DisplayNames. */
const LANGUAGE_CODES = ['de', 'en', 'pl', 'cs', 'uk', 'ru', 'vi', 'ar', 'tr', 'es', 'fr', 'it', 'pt', 'ro', 'hu', 'sk', 'hi', 'zh'];
const SUGGESTIONS_SHOWN = 12;

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

/**
 * An amount as typed: "48000", "48.000", "48 000", "3.200,50" or "3200.50". What cannot be read is
 * sent as typed, so the API names the field ("salary.min must be a number …") and the message shows there.
 */
export function parseAmount(raw: string): number {
  const compact = raw.replace(/[\s\u00a0€]/g, '');
  if (compact === '') return Number.NaN;
  const normalised = compact.includes(',')
    ? compact.replace(/\./g, '').replace(',', '.')
    : /^\d{1,3}(\.\d{3})+$/.test(compact)
      ? compact.replace(/\./g, '')
      : compact;
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}
const amount = (data: FormData, name: string): number => {
  const raw = text(data, name);
  const value = parseAmount(raw);
  return (Number.isNaN(value) ? raw : value) as number;
};

const concept = (c: { label: string; escoUri: string | null }): Concept => ({ label: c.label, escoUri: c.escoUri });
const asValue = (c: Concept) => c.escoUri ?? c.label;
const sameConcept = (a: Concept, b: Concept) =>
  a.escoUri && b.escoUri ? a.escoUri === b.escoUri : a.label.toLowerCase() === b.label.toLowerCase();

/** The ESCO skills of the chosen occupation, each one click away from the required or optional list. */
function SkillSuggestions({
  occupation,
  chosen,
  onAdd,
}: {
  occupation: Concept;
  chosen: readonly Concept[];
  onAdd: (skill: Concept, list: 'required' | 'optional') => void;
}) {
  const { t } = useTranslation();
  const id = occupation.escoUri!.split('/').pop()!;
  const skills = useQuery({
    queryKey: ['taxonomy', 'occupation-skills', id],
    queryFn: () => unwrap(api.GET('/api/v1/taxonomy/occupations/{id}/skills', { params: { path: { id } } })),
  });
  if (skills.isPending) return <LoadingState label={t('pages.employer.offer.suggestionsLoading')} />;
  if (skills.isError) return null; // Suggestions are a help: without them the fields work as before.
  const open = (list: readonly { label: string; escoUri: string }[]) =>
    list.filter((s) => !chosen.some((c) => c.escoUri === s.escoUri)).slice(0, SUGGESTIONS_SHOWN);
  const groups = [
    { key: 'essential', items: open(skills.data.essential), list: 'required' as const },
    { key: 'optional', items: open(skills.data.optional), list: 'optional' as const },
  ].filter((g) => g.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <section className="tb-suggestions" aria-labelledby="tb-skill-suggestions">
      <h3 className="kern-title kern-title--small" id="tb-skill-suggestions">
        {t('pages.employer.offer.suggestionsTitle', { occupation: occupation.label })}
      </h3>
      <p className="kern-hint">{t('pages.employer.offer.suggestionsHint')}</p>
      {groups.map((group) => (
        <div key={group.key}>
          <p className="kern-label kern-label--small">{t(`pages.employer.offer.suggestions.${group.key as 'essential' | 'optional'}`)}</p>
          <ul className="tb-suggestion-list">
            {group.items.map((skill) => (
              <li key={skill.escoUri}>
                <Button
                  variant="secondary"
                  onPress={() => onAdd({ label: skill.label, escoUri: skill.escoUri }, group.list)}
                  aria-label={t(group.list === 'required' ? 'pages.employer.offer.addRequired' : 'pages.employer.offer.addOptional', {
                    skill: skill.label,
                  })}
                >
                  + {skill.label}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** The Blue Card and other warnings the API gave on the last save: the offer is saved, but it may not work as meant. */
function Warnings({ warnings }: { warnings: readonly string[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  const blueCard = warnings.some((w) => /Blue Card/i.test(w));
  return (
    <div className="kern-alert kern-alert--warning tb-state" role="alert" aria-labelledby="tb-offer-warnings">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title" id="tb-offer-warnings">
          {t('pages.employer.offer.warningsTitle')}
        </h2>
      </div>
      <div className="kern-alert__body">
        {blueCard && <p className="kern-body">{t('pages.employer.offer.blueCardExplained')}</p>}
        <p className="kern-body">{t('pages.employer.offer.warningsDetail')}</p>
        <ul className="kern-list">
          {warnings.map((warning) => (
            <li key={warning} lang="en">
              {warning}
            </li>
          ))}
        </ul>
        <p className="kern-body">{t('pages.employer.offer.warningsNext')}</p>
      </div>
    </div>
  );
}

function LanguagesField({ value, onChange }: { value: Language[]; onChange: (value: Language[]) => void }) {
  const { t, i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const set = (index: number, change: Partial<Language>) => onChange(value.map((l, i) => (i === index ? { ...l, ...change } : l)));
  const codes = [...new Set([...LANGUAGE_CODES, ...value.map((l) => l.code).filter(Boolean)])];
  return (
    <fieldset className="kern-fieldset tb-languages" data-field="languages">
      <legend className="kern-label">{t('pages.employer.offer.languages')}</legend>
      <p className="kern-hint">{t('pages.employer.offer.languagesHint')}</p>
      {value.map((language, index) => (
        <div className="tb-language-row" key={index}>
          <Select
            name={`languages.${index}.code`}
            label={t('pages.employer.offer.language', { number: index + 1 })}
            value={language.code || null}
            onChange={(code) => set(index, { code: code ?? '' })}
            options={codes.map((code) => ({ value: code, label: names.of(code) ?? code }))}
          />
          <Select<Level>
            name={`languages.${index}.minLevel`}
            label={t('pages.employer.offer.minLevel', { number: index + 1 })}
            value={language.minLevel}
            onChange={(minLevel) => set(index, { minLevel })}
            options={LEVELS.map((level) => ({ value: level, label: t(`pages.employer.offer.level.${level}`) }))}
          />
          <Button
            variant="tertiary"
            onPress={() => onChange(value.filter((_, i) => i !== index))}
            aria-label={t('pages.employer.offer.removeLanguage', { number: index + 1 })}
          >
            {t('pages.employer.offer.remove')}
          </Button>
        </div>
      ))}
      <Button variant="secondary" onPress={() => onChange([...value, { code: '', minLevel: null }])}>
        {t('pages.employer.offer.addLanguage')}
      </Button>
    </fieldset>
  );
}

interface Saved {
  warnings: readonly string[];
  saved: boolean;
}

function OfferForm({
  offer,
  result,
  onResult,
  onReload,
}: {
  offer: JobOffer | null;
  result: Saved;
  onResult: (result: Saved) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const describe = useOfferActionError();
  const [occupation, setOccupation] = useState<Concept[]>(offer ? [concept(offer.occupation)] : []);
  const [required, setRequired] = useState<Concept[]>(offer?.requiredSkills.map(concept) ?? []);
  const [optional, setOptional] = useState<Concept[]>(offer?.optionalSkills.map(concept) ?? []);
  const [languages, setLanguages] = useState<Language[]>(offer?.languages ?? [{ code: 'de', minLevel: 'B1' }]);
  const [workplace, setWorkplace] = useState<Workplace | null>(offer?.workplace ?? null);
  const [contract, setContract] = useState<ContractType | null>(offer?.contractType ?? null);
  const [period, setPeriod] = useState<Period | null>(offer?.salary.period ?? 'year');
  const [degree, setDegree] = useState<Degree | 'none'>(offer?.minDegree ?? 'none');
  const [visa, setVisa] = useState(offer?.visaSponsorship ?? false);
  const [relocation, setRelocation] = useState(offer?.relocationSupport ?? false);

  const save = useMutation({
    mutationFn: async (body: CreateBody) => {
      if (!offer) return unwrap(api.POST('/api/v1/job-offers', { body }));
      const update: UpdateBody = { ...body, version: offer.version };
      return unwrap(api.PATCH('/api/v1/job-offers/{id}', { params: { path: { id: offer.id } }, body: update }));
    },
    onSuccess: (result) => {
      const { warnings: found, ...stored } = result;
      client.setQueryData(['job-offers', stored.id], stored);
      void client.invalidateQueries({ queryKey: ['job-offers', 'mine'] });
      onResult({ warnings: found, saved: true });
      if (!offer) void navigate(`/employer/offers/${stored.id}`, { replace: true });
    },
  });
  const submit = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/job-offers/{id}/submit', { params: { path: { id } } })),
    onSuccess: (stored) => {
      onResult({ warnings: result.warnings, saved: false });
      client.setQueryData(['job-offers', stored.id], stored);
      void client.invalidateQueries({ queryKey: ['job-offers', 'mine'] });
    },
  });
  const stale = isApiError(save.error) && save.error.status === 409;

  const addSuggested = (skill: Concept, list: 'required' | 'optional') => {
    if (list === 'required') setRequired((current) => [...current.filter((c) => !sameConcept(c, skill)), skill]);
    else setOptional((current) => [...current.filter((c) => !sameConcept(c, skill)), skill]);
  };

  const toBody = (data: FormData): CreateBody => {
    const clear = offer ? null : undefined; // on an edit, an emptied optional field is cleared
    const postalCode = text(data, 'postalCode');
    const startDate = text(data, 'startDate');
    return {
      title: text(data, 'title'),
      description: text(data, 'description'),
      occupation: occupation[0] ? asValue(occupation[0]) : '',
      requiredSkills: required.map(asValue),
      optionalSkills: optional.filter((o) => !required.some((r) => sameConcept(r, o))).map(asValue),
      languages: languages.map((l) => ({ code: l.code, minLevel: (l.minLevel ?? '') as Level })),
      city: text(data, 'city'),
      workplace: (workplace ?? '') as Workplace,
      contractType: (contract ?? '') as ContractType,
      salary: { min: amount(data, 'salary.min'), max: amount(data, 'salary.max'), currency: 'EUR', period: (period ?? '') as Period },
      visaSponsorship: visa,
      relocationSupport: relocation,
      ...(postalCode ? { postalCode } : clear === null ? { postalCode: null } : {}),
      ...(startDate ? { startDate } : clear === null ? { startDate: null } : {}),
      ...(degree !== 'none' ? { minDegree: degree } : clear === null ? { minDegree: null } : {}),
    };
  };

  const status = offer?.status;
  return (
    <>
      {stale && (
        <StaleVersionAlert message={t('pages.employer.offer.stale')} reloadLabel={t('pages.employer.offer.reload')} onReload={onReload} />
      )}
      {offer?.status === 'published' && <p className="kern-body tb-aside">{t('pages.employer.offer.publishedEditNote')}</p>}
      <Form error={stale ? undefined : save.error} onSubmit={(data) => save.mutate(toBody(data))}>
        <TextField
          name="title"
          label={t('pages.employer.offer.offerTitle')}
          description={t('pages.employer.offer.offerTitleHint')}
          defaultValue={offer?.title ?? ''}
          isRequired
        />
        <TaxonomyComboBox
          kind="occupation"
          name="occupation"
          label={t('pages.employer.offer.occupation')}
          description={t('pages.employer.offer.occupationHint')}
          value={occupation}
          onChange={setOccupation}
          max={1}
          isRequired
        />
        {occupation[0]?.escoUri && <SkillSuggestions occupation={occupation[0]} chosen={[...required, ...optional]} onAdd={addSuggested} />}
        <TaxonomyComboBox
          kind="skill"
          name="requiredSkills"
          label={t('pages.employer.offer.requiredSkills')}
          value={required}
          onChange={setRequired}
        />
        <TaxonomyComboBox
          kind="skill"
          name="optionalSkills"
          label={t('pages.employer.offer.optionalSkills')}
          value={optional}
          onChange={setOptional}
        />
        <TextArea
          name="description"
          label={t('pages.employer.offer.description')}
          description={t('pages.employer.offer.descriptionHint')}
          defaultValue={offer?.description ?? ''}
          rows={8}
          isRequired
        />
        <LanguagesField value={languages} onChange={setLanguages} />
        <TextField name="city" label={t('pages.employer.offer.city')} defaultValue={offer?.city ?? ''} isRequired />
        <TextField
          name="postalCode"
          label={t('pages.employer.offer.postalCode')}
          defaultValue={offer?.postalCode ?? ''}
          inputMode="numeric"
          width={4}
        />
        <Select<Workplace>
          name="workplace"
          label={t('pages.employer.offer.workplace')}
          value={workplace}
          onChange={setWorkplace}
          options={WORKPLACES.map((value) => ({ value, label: t(`pages.employer.offer.workplaces.${value}`) }))}
          isRequired
        />
        <Select<ContractType>
          name="contractType"
          label={t('pages.employer.offer.contractType')}
          value={contract}
          onChange={setContract}
          options={CONTRACTS.map((value) => ({ value, label: t(`pages.employer.offer.contracts.${value}`) }))}
          isRequired
        />
        <fieldset className="kern-fieldset" data-field="salary">
          <legend className="kern-label">{t('pages.employer.offer.salary')}</legend>
          <p className="kern-hint">{t('pages.employer.offer.salaryHint')}</p>
          <TextField
            name="salary.min"
            label={t('pages.employer.offer.salaryMin')}
            defaultValue={offer ? String(offer.salary.min) : ''}
            inputMode="decimal"
            isRequired
          />
          <TextField
            name="salary.max"
            label={t('pages.employer.offer.salaryMax')}
            defaultValue={offer ? String(offer.salary.max) : ''}
            inputMode="decimal"
            isRequired
          />
          <Select<Period>
            name="salary.period"
            label={t('pages.employer.offer.salaryPeriod')}
            value={period}
            onChange={setPeriod}
            options={PERIODS.map((value) => ({ value, label: t(`pages.employer.offer.periods.${value}`) }))}
            isRequired
          />
        </fieldset>
        <Checkbox
          name="visaSponsorship"
          label={t('pages.employer.offer.visaSponsorship')}
          description={t('pages.employer.offer.visaSponsorshipHint')}
          isSelected={visa}
          onChange={setVisa}
        />
        <Checkbox
          name="relocationSupport"
          label={t('pages.employer.offer.relocationSupport')}
          isSelected={relocation}
          onChange={setRelocation}
        />
        <Select<Degree | 'none'>
          name="minDegree"
          label={t('pages.employer.offer.minDegree')}
          value={degree}
          onChange={(value) => setDegree(value ?? 'none')}
          options={[
            { value: 'none', label: t('pages.employer.offer.degrees.none') },
            ...DEGREES.map((value) => ({ value, label: t(`pages.employer.offer.degrees.${value}`) })),
          ]}
        />
        <TextField name="startDate" type="date" label={t('pages.employer.offer.startDate')} defaultValue={offer?.startDate ?? ''} />
        <Button type="submit" isPending={save.isPending}>
          {offer ? t('pages.employer.offer.save') : t('pages.employer.offer.create')}
        </Button>
      </Form>
      <p className="kern-body" role="status">
        {result.saved && !save.isPending ? t('pages.employer.offer.saved') : ''}
      </p>
      <Warnings warnings={result.warnings} />
      {offer && status && (
        <section className="tb-submit" aria-labelledby="tb-offer-submit">
          <h2 className="kern-heading-small" id="tb-offer-submit">
            {t('pages.employer.offer.statusTitle')}
          </h2>
          <p className="kern-body">
            <OfferStatusBadge status={status} /> {t(`pages.employer.offer.statusText.${status}`)}
          </p>
          {status === 'rejected' && offer.rejectionReason && (
            <p className="kern-body">
              <strong>{t('pages.employer.offers.rejectionReason')}</strong> {offer.rejectionReason}
            </p>
          )}
          {canSubmit(status) && <p className="kern-hint">{t('pages.employer.offer.submitHint')}</p>}
          {canSubmit(status) && (
            <Button variant="primary" isPending={submit.isPending} onPress={() => submit.mutate(offer.id)}>
              {t('pages.employer.offer.submit')}
            </Button>
          )}
          {submit.isError && (
            <p className="kern-body tb-error-text" role="alert">
              {describe(submit.error)}{' '}
              {isApiError(submit.error) && submit.error.code === 'employer.not_verified' && (
                <Link className="kern-link" to="/employer/organisation">
                  {t('pages.employer.offer.toOrganisation')}
                </Link>
              )}
            </p>
          )}
        </section>
      )}
      <p className="kern-body tb-aside">
        <Link className="kern-link" to="/employer/offers">
          {t('pages.employer.offer.back')}
        </Link>
      </p>
    </>
  );
}

/** Whether the organisation exists and is verified: an unverified one may prepare offers, not publish them. */
function OrganisationNote() {
  const { t } = useTranslation();
  const organisation = useQuery({
    queryKey: ['employers', 'me'],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/employers/me'));
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
  if (!organisation.isSuccess || organisation.data?.verificationStatus === 'verified') return null;
  return (
    <div className="kern-alert kern-alert--info tb-state">
      <div className="kern-alert__body">
        <p className="kern-body">
          {organisation.data === null ? t('pages.employer.offer.noOrganisation') : t('pages.employer.offer.notVerifiedNote')}
        </p>
        <ButtonLink to="/employer/organisation">{t('pages.employer.offer.toOrganisation')}</ButtonLink>
      </div>
    </div>
  );
}

/**
 * `/employer/offers/new` and `/employer/offers/:id` are one route: after the first save the address
 * becomes the offer's, and the form stays as it is (focus, announcements), only now editing the stored offer.
 */
export default function OfferPage() {
  const { t } = useTranslation();
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const offer = useQuery({
    queryKey: ['job-offers', id],
    queryFn: () => unwrap(api.GET('/api/v1/job-offers/{id}', { params: { path: { id } } })),
    enabled: !isNew,
  });
  // Kept here: the warnings of the last save, and a counter that starts the form afresh after a reload.
  const [result, setResult] = useState<Saved>({ warnings: [], saved: false });
  const [reloads, setReloads] = useState(0);
  if (!isNew && offer.isPending)
    return (
      <Page title={t('pages.employer.offer.title')}>
        <LoadingState />
      </Page>
    );
  if (!isNew && offer.isError)
    return (
      <Page title={t('pages.employer.offer.title')}>
        <ErrorState error={offer.error} onRetry={() => void offer.refetch()} />
      </Page>
    );
  const current = isNew ? null : (offer.data ?? null);
  const reload = () =>
    void offer.refetch().then(() => {
      setResult({ warnings: [], saved: false });
      setReloads((n) => n + 1);
    });
  return (
    <Page title={current ? t('pages.employer.offer.editTitle', { title: current.title }) : t('pages.employer.offer.newTitle')}>
      <OrganisationNote />
      {current?.status === 'closed' ? (
        <>
          <p className="kern-body">
            <OfferStatusBadge status="closed" /> {t('pages.employer.offer.statusText.closed')}
          </p>
          <ButtonLink to="/employer/offers">{t('pages.employer.offer.back')}</ButtonLink>
        </>
      ) : (
        <OfferForm key={reloads} offer={current} result={result} onResult={setResult} onReload={reload} />
      )}
    </Page>
  );
}
