import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError, unwrap, type components, type Concept } from '../../api';
import {
  Button,
  Checkbox,
  ErrorState,
  Form,
  LoadingState,
  Page,
  RadioGroup,
  Select,
  StaleVersionAlert,
  TaxonomyComboBox,
  TextArea,
  TextField,
} from '../../components';
import { PlaceComboBox } from '../../components/PlaceComboBox';
import { useFormat } from '../../format/useFormat';
import { AccountSection } from './ProfileAccountSection';
import { CitizenshipsField, ExperienceFields, yearsOrText, type ExperienceRow } from './ProfileFacts';
import {
  COMMON_LANGUAGES,
  COUNTRY_CODES,
  DEGREE_LEVELS,
  displayNames,
  LANGUAGE_LEVELS,
  monthNames,
  RECOGNITION_STATUSES,
  RESIDENCE_TITLES,
  WORK_PERMITS,
  type DegreeLevel,
  type LanguageLevel,
  type RecognitionStatus,
  type ResidenceTitle,
  type WorkPermit,
} from './profile-reference';

type Profile = components['schemas']['CandidateOwnView'];
type PutBody = components['schemas']['PutCandidateProfileDto'];
type Visibility = Profile['visibility'];

/** A degree row as typed: the year stays text until it is sent (the API judges it). */
interface DegreeRow {
  key: string;
  level: DegreeLevel | null;
  field: string;
  institution: string;
  country: string | null;
  graduationYear: string;
  recognition: RecognitionStatus;
  /** "1" … "12", or null when not stated. */
  graduationMonth: string | null;
}
interface LanguageRow {
  key: string;
  code: string | null;
  level: LanguageLevel | null;
}
interface Draft {
  firstName: string;
  lastName: string;
  headline: string;
  summary: string;
  skills: Concept[];
  desiredOccupations: Concept[];
  degrees: DegreeRow[];
  languages: LanguageRow[];
  workPermit: WorkPermit | null;
  citizenships: string[];
  /** Sent only with `has_permit` (the title held now); kept in the draft while the permit answer changes. */
  residenceTitle: ResidenceTitle | null;
  experience: ExperienceRow[];
  preferredCities: string[];
  crossBorderCommuter: boolean;
  openToRemote: boolean;
  availableFrom: string;
  salary: string;
  countryOfOrigin: string | null;
  residenceCountry: string | null;
  visibility: Visibility;
}

let rowKey = 0;
const nextKey = () => `row-${++rowKey}`;

function toDraft(profile: Profile | null, locale: string): Draft {
  const years = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false });
  return {
    firstName: profile?.firstName ?? '',
    lastName: profile?.lastName ?? '',
    headline: profile?.headline ?? '',
    summary: profile?.summary ?? '',
    skills: (profile?.skills ?? []).map(({ label, escoUri }) => ({ label, escoUri })),
    desiredOccupations: (profile?.desiredOccupations ?? []).map(({ label, escoUri }) => ({ label, escoUri })),
    degrees: (profile?.degrees ?? []).map((d) => ({
      ...d,
      key: nextKey(),
      graduationYear: String(d.graduationYear),
      recognition: d.recognition ?? 'unknown',
      graduationMonth: d.graduationMonth ? String(d.graduationMonth) : null,
    })),
    languages: (profile?.languages ?? []).map((l) => ({ ...l, key: nextKey() })),
    workPermit: profile?.workPermit ?? null,
    citizenships: profile?.citizenships ?? [],
    residenceTitle: profile?.residenceTitle ?? null,
    experience: (profile?.experience ?? []).map((e) => ({
      key: nextKey(),
      occupation: { label: e.label, escoUri: e.escoUri },
      years: years.format(e.years),
    })),
    preferredCities: profile?.preferredCities ?? [],
    crossBorderCommuter: profile?.crossBorderCommuter ?? false,
    openToRemote: profile?.openToRemote ?? false,
    availableFrom: profile?.availableFrom ?? '',
    salary: profile?.salaryExpectation ? String(profile.salaryExpectation.min) : '',
    countryOfOrigin: profile?.countryOfOrigin ?? null,
    residenceCountry: profile?.residenceCountry ?? null,
    visibility: profile?.visibility ?? 'hidden',
  };
}

/** A whole number as typed, else the text itself: the API names what is wrong at its field. */
const integerOrText = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : (text.trim() as unknown as number));
const orNull = (text: string) => (text.trim() ? text : null);

function toBody(draft: Draft, version: number | undefined): PutBody {
  const salary = draft.salary.replace(/[\s.,']/g, '');
  return {
    firstName: draft.firstName,
    lastName: draft.lastName,
    headline: orNull(draft.headline),
    summary: orNull(draft.summary),
    skills: draft.skills.map((c) => c.escoUri ?? c.label),
    desiredOccupations: draft.desiredOccupations.map((c) => c.escoUri ?? c.label),
    // Unchosen values are sent as such: the API answers which one is missing, at its field.
    degrees: draft.degrees.map((d) => ({
      level: (d.level ?? '') as DegreeLevel,
      field: d.field,
      institution: d.institution,
      country: d.country ?? '',
      graduationYear: integerOrText(d.graduationYear),
      recognition: d.recognition,
      graduationMonth: d.graduationMonth ? Number(d.graduationMonth) : null,
    })),
    languages: draft.languages.map((l) => ({ code: l.code ?? '', level: (l.level ?? '') as LanguageLevel })),
    workPermit: draft.workPermit,
    citizenships: draft.citizenships,
    residenceTitle: draft.workPermit === 'has_permit' ? draft.residenceTitle : null,
    experience: draft.experience.map((e) => ({
      occupation: e.occupation?.escoUri ?? e.occupation?.label ?? '',
      years: yearsOrText(e.years),
    })),
    preferredCities: draft.preferredCities,
    crossBorderCommuter: draft.crossBorderCommuter,
    openToRemote: draft.openToRemote,
    availableFrom: orNull(draft.availableFrom),
    salaryExpectation: salary ? { min: integerOrText(salary), currency: 'EUR' } : null,
    countryOfOrigin: draft.countryOfOrigin,
    residenceCountry: draft.residenceCountry,
    visibility: draft.visibility,
    ...(version !== undefined ? { version } : {}),
  };
}

const PROFILE_KEY = ['candidates', 'me'] as const;

export default function ProfilePage() {
  const { t } = useTranslation();
  // A reload (after a 409) starts the form again from what the API holds now.
  const [generation, setGeneration] = useState(0);
  const profile = useQuery({
    queryKey: PROFILE_KEY,
    // 404: no profile yet, an empty form.
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/candidates/me'));
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
  return (
    <Page title={t('pages.candidate.profile.title')}>
      {profile.isPending ? (
        <LoadingState />
      ) : profile.isError ? (
        <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <>
          <ProfileForm
            key={generation}
            profile={profile.data}
            onReload={() => void profile.refetch().then(() => setGeneration((g) => g + 1))}
          />
          <AccountSection email={profile.data?.email ?? null} />
        </>
      )}
    </Page>
  );
}

function Notices({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      {profile.hiddenByStaff && (
        <div className="kern-alert kern-alert--warning" role="status">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <h2 className="kern-title">{t('pages.candidate.profile.hiddenByStaffTitle')}</h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t('pages.candidate.profile.hiddenByStaffText')}</p>
            {profile.moderation.reason && (
              <p className="kern-body">{t('pages.candidate.profile.hiddenByStaffReason', { reason: profile.moderation.reason })}</p>
            )}
          </div>
        </div>
      )}
      {profile.retentionNotice && (
        <div className="kern-alert kern-alert--warning" role="status">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <h2 className="kern-title">{t('pages.candidate.profile.retentionTitle')}</h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">
              {t('pages.candidate.profile.retentionText', { date: format.date(profile.retentionNotice.erasureDueAt, 'long') })}
            </p>
          </div>
        </div>
      )}
    </>
  );
}

function ProfileForm({ profile, onReload }: { profile: Profile | null; onReload: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(profile, format.locale));
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const save = useMutation({
    mutationFn: (body: PutBody) => unwrap(api.PUT('/api/v1/candidates/me', { body })),
    onSuccess: (next) => {
      setSaved(true);
      // The chips now show what the API resolved (ESCO labels); the next save carries the new version.
      setDraft(toDraft(next, format.locale));
      queryClient.setQueryData(PROFILE_KEY, next);
    },
  });
  const stale = isApiError(save.error) && save.error.status === 409;

  const countries = useMemo(() => displayNames(format.locale, 'region', COUNTRY_CODES), [format.locale]);
  const languageOptions = useMemo(() => {
    const codes = new Set([...COMMON_LANGUAGES, ...draft.languages.map((l) => l.code).filter((c): c is string => !!c)]);
    return displayNames(format.locale, 'language', [...codes]);
  }, [format.locale, draft.languages]);
  const levelOptions = LANGUAGE_LEVELS.map((level) => ({ value: level, label: t(`pages.candidate.profile.levels.${level}`) }));
  const degreeOptions = DEGREE_LEVELS.map((level) => ({ value: level, label: t(`pages.candidate.profile.degreeLevels.${level}`) }));
  const permitOptions = WORK_PERMITS.map((permit) => ({ value: permit, label: t(`pages.candidate.profile.permits.${permit}`) }));
  const titleOptions = RESIDENCE_TITLES.map((title) => ({ value: title, label: t(`pages.candidate.profile.residenceTitles.${title}`) }));
  const recognitionOptions = RECOGNITION_STATUSES.map((status) => ({
    value: status,
    label: t(`pages.candidate.profile.recognitionStatuses.${status}`),
  }));
  const monthOptions = useMemo(
    () => [{ value: '0', label: t('pages.candidate.profile.graduationMonthUnknown') }, ...monthNames(format.locale)],
    [format.locale, t],
  );

  const updateDegree = (index: number, change: Partial<DegreeRow>) =>
    set(
      'degrees',
      draft.degrees.map((d, i) => (i === index ? { ...d, ...change } : d)),
    );
  const updateLanguage = (index: number, change: Partial<LanguageRow>) =>
    set(
      'languages',
      draft.languages.map((l, i) => (i === index ? { ...l, ...change } : l)),
    );

  return (
    <>
      {profile ? <Notices profile={profile} /> : <p className="kern-body">{t('pages.candidate.profile.noProfileYet')}</p>}
      {profile && (
        <p className="kern-body" role="status">
          {profile.searchable ? t('pages.candidate.profile.searchableNow') : t('pages.candidate.profile.notSearchableNow')}
        </p>
      )}
      {stale && (
        <StaleVersionAlert
          title={t('pages.candidate.profile.staleTitle')}
          message={t('pages.candidate.profile.staleText')}
          reloadLabel={t('pages.candidate.profile.reload')}
          onReload={onReload}
        />
      )}
      <Form
        error={stale ? undefined : save.error}
        aria-label={t('pages.candidate.profile.formLabel')}
        onSubmit={() => save.mutate(toBody(draft, profile?.version))}
      >
        <fieldset className="kern-fieldset tb-profile-group">
          <legend className="kern-label">{t('pages.candidate.profile.aboutYou')}</legend>
          <TextField
            name="firstName"
            label={t('pages.candidate.profile.firstName')}
            autoComplete="given-name"
            maxLength={100}
            isRequired
            value={draft.firstName}
            onChange={(v) => set('firstName', v)}
          />
          <TextField
            name="lastName"
            label={t('pages.candidate.profile.lastName')}
            description={t('pages.candidate.profile.lastNameHint')}
            autoComplete="family-name"
            maxLength={100}
            isRequired
            value={draft.lastName}
            onChange={(v) => set('lastName', v)}
          />
          <TextField
            name="headline"
            label={t('pages.candidate.profile.headline')}
            description={t('pages.candidate.profile.headlineHint')}
            maxLength={200}
            value={draft.headline}
            onChange={(v) => set('headline', v)}
          />
          <TextArea
            name="summary"
            label={t('pages.candidate.profile.summary')}
            description={t('pages.candidate.profile.summaryHint')}
            maxLength={5000}
            value={draft.summary}
            onChange={(v) => set('summary', v)}
          />
          <Select
            name="countryOfOrigin"
            label={t('pages.candidate.profile.countryOfOrigin')}
            options={countries}
            value={draft.countryOfOrigin}
            onChange={(v) => set('countryOfOrigin', v)}
          />
          <Select
            name="residenceCountry"
            label={t('pages.candidate.profile.residenceCountry')}
            options={countries}
            value={draft.residenceCountry}
            onChange={(v) => set('residenceCountry', v)}
          />
          <CitizenshipsField value={draft.citizenships} countries={countries} onChange={(v) => set('citizenships', v)} />
        </fieldset>

        <fieldset className="kern-fieldset tb-profile-group">
          <legend className="kern-label">{t('pages.candidate.profile.skillsGroup')}</legend>
          <TaxonomyComboBox
            kind="skill"
            name="skills"
            label={t('pages.candidate.profile.skills')}
            description={t('pages.candidate.profile.skillsHint')}
            value={draft.skills}
            onChange={(v) => set('skills', v)}
          />
          <TaxonomyComboBox
            kind="occupation"
            name="desiredOccupations"
            label={t('pages.candidate.profile.occupations')}
            description={t('pages.candidate.profile.occupationsHint')}
            value={draft.desiredOccupations}
            onChange={(v) => set('desiredOccupations', v)}
            max={20}
          />
        </fieldset>

        <fieldset className="kern-fieldset tb-profile-group" data-field="degrees">
          <legend className="kern-label">{t('pages.candidate.profile.degrees')}</legend>
          {draft.degrees.length === 0 && <p className="kern-body kern-body--muted">{t('pages.candidate.profile.noDegrees')}</p>}
          {draft.degrees.map((degree, index) => (
            <div
              key={degree.key}
              role="group"
              aria-label={t('pages.candidate.profile.degreeN', { n: index + 1 })}
              className="tb-profile-row"
            >
              <Select
                name={`degrees.${index}.level`}
                label={t('pages.candidate.profile.degreeLevel')}
                options={degreeOptions}
                value={degree.level}
                onChange={(v) => updateDegree(index, { level: v })}
                isRequired
              />
              <TextField
                name={`degrees.${index}.field`}
                label={t('pages.candidate.profile.degreeField')}
                maxLength={200}
                isRequired
                value={degree.field}
                onChange={(v) => updateDegree(index, { field: v })}
              />
              <TextField
                name={`degrees.${index}.institution`}
                label={t('pages.candidate.profile.degreeInstitution')}
                maxLength={200}
                isRequired
                value={degree.institution}
                onChange={(v) => updateDegree(index, { institution: v })}
              />
              <Select
                name={`degrees.${index}.country`}
                label={t('pages.candidate.profile.degreeCountry')}
                options={countries}
                value={degree.country}
                onChange={(v) => updateDegree(index, { country: v })}
                isRequired
              />
              <TextField
                name={`degrees.${index}.graduationYear`}
                label={t('pages.candidate.profile.graduationYear')}
                description={t('pages.candidate.profile.graduationYearHint')}
                inputMode="numeric"
                width={4}
                isRequired
                value={degree.graduationYear}
                onChange={(v) => updateDegree(index, { graduationYear: v })}
              />
              <Select
                name={`degrees.${index}.graduationMonth`}
                label={t('pages.candidate.profile.graduationMonth')}
                description={t('pages.candidate.profile.graduationMonthHint')}
                options={monthOptions}
                value={degree.graduationMonth ?? '0'}
                onChange={(v) => updateDegree(index, { graduationMonth: v && v !== '0' ? v : null })}
              />
              <Select
                name={`degrees.${index}.recognition`}
                label={t('pages.candidate.profile.recognition')}
                description={t('pages.candidate.profile.recognitionHint')}
                options={recognitionOptions}
                value={degree.recognition}
                onChange={(v) => updateDegree(index, { recognition: v ?? 'unknown' })}
              />
              <Button
                variant="tertiary"
                onPress={() =>
                  set(
                    'degrees',
                    draft.degrees.filter((_, i) => i !== index),
                  )
                }
              >
                {t('pages.candidate.profile.removeDegree', { n: index + 1 })}
              </Button>
            </div>
          ))}
          {draft.degrees.length < 20 && (
            <Button
              variant="secondary"
              onPress={() =>
                set('degrees', [
                  ...draft.degrees,
                  {
                    key: nextKey(),
                    level: null,
                    field: '',
                    institution: '',
                    country: null,
                    graduationYear: '',
                    recognition: 'unknown',
                    graduationMonth: null,
                  },
                ])
              }
            >
              {t('pages.candidate.profile.addDegree')}
            </Button>
          )}
        </fieldset>

        <ExperienceFields rows={draft.experience} onChange={(v) => set('experience', v)} newKey={nextKey} />

        <fieldset className="kern-fieldset tb-profile-group" data-field="languages">
          <legend className="kern-label">{t('pages.candidate.profile.languages')}</legend>
          <p className="kern-hint">{t('pages.candidate.profile.languagesHint')}</p>
          {draft.languages.length === 0 && <p className="kern-body kern-body--muted">{t('pages.candidate.profile.noLanguages')}</p>}
          {draft.languages.map((language, index) => (
            <div
              key={language.key}
              role="group"
              aria-label={t('pages.candidate.profile.languageN', { n: index + 1 })}
              className="tb-profile-row"
            >
              <Select
                name={`languages.${index}.code`}
                label={t('pages.candidate.profile.language')}
                options={languageOptions}
                value={language.code}
                onChange={(v) => updateLanguage(index, { code: v })}
                isRequired
              />
              <Select
                name={`languages.${index}.level`}
                label={t('pages.candidate.profile.level')}
                options={levelOptions}
                value={language.level}
                onChange={(v) => updateLanguage(index, { level: v })}
                isRequired
              />
              <Button
                variant="tertiary"
                onPress={() =>
                  set(
                    'languages',
                    draft.languages.filter((_, i) => i !== index),
                  )
                }
              >
                {t('pages.candidate.profile.removeLanguage', { n: index + 1 })}
              </Button>
            </div>
          ))}
          {draft.languages.length < 20 && (
            <Button variant="secondary" onPress={() => set('languages', [...draft.languages, { key: nextKey(), code: null, level: null }])}>
              {t('pages.candidate.profile.addLanguage')}
            </Button>
          )}
        </fieldset>

        <fieldset className="kern-fieldset tb-profile-group">
          <legend className="kern-label">{t('pages.candidate.profile.workGroup')}</legend>
          <Select
            name="workPermit"
            label={t('pages.candidate.profile.workPermit')}
            description={t('pages.candidate.profile.workPermitHint')}
            options={permitOptions}
            value={draft.workPermit}
            onChange={(v) => set('workPermit', v)}
          />
          {draft.workPermit === 'has_permit' && (
            <Select
              name="residenceTitle"
              label={t('pages.candidate.profile.residenceTitle')}
              description={t('pages.candidate.profile.residenceTitleHint')}
              options={titleOptions}
              value={draft.residenceTitle}
              onChange={(v) => set('residenceTitle', v)}
            />
          )}
          <CityField cities={draft.preferredCities} onChange={(v) => set('preferredCities', v)} />
          <Checkbox
            name="crossBorderCommuter"
            label={t('pages.candidate.profile.crossBorder')}
            description={t('pages.candidate.profile.crossBorderHint')}
            isSelected={draft.crossBorderCommuter}
            onChange={(v) => set('crossBorderCommuter', v)}
          />
          <Checkbox
            name="openToRemote"
            label={t('pages.candidate.profile.openToRemote')}
            isSelected={draft.openToRemote}
            onChange={(v) => set('openToRemote', v)}
          />
          <TextField
            name="availableFrom"
            type="date"
            label={t('pages.candidate.profile.availableFrom')}
            description={t('pages.candidate.profile.availableFromHint')}
            value={draft.availableFrom}
            onChange={(v) => set('availableFrom', v)}
          />
          <TextField
            name="salaryExpectation.min"
            label={t('pages.candidate.profile.salary')}
            description={t('pages.candidate.profile.salaryHint')}
            inputMode="numeric"
            value={draft.salary}
            onChange={(v) => set('salary', v)}
          />
        </fieldset>

        <RadioGroup<Visibility>
          name="visibility"
          label={t('pages.candidate.profile.visibility')}
          value={draft.visibility}
          onChange={(v) => set('visibility', v)}
          options={[
            {
              value: 'employers',
              label: t('pages.candidate.profile.visibilityEmployers'),
              description: t('pages.candidate.profile.visibilityEmployersHint'),
            },
            {
              value: 'hidden',
              label: t('pages.candidate.profile.visibilityHidden'),
              description: t('pages.candidate.profile.visibilityHiddenHint'),
            },
          ]}
        />

        <div className="tb-profile-actions">
          <Button type="submit" isPending={save.isPending}>
            {t('pages.candidate.profile.save')}
          </Button>
          <span role="status" className="kern-body">
            {saved && !save.isPending ? t('pages.candidate.profile.saved') : ''}
          </span>
        </div>
      </Form>
    </>
  );
}

/** Preferred Saxon towns as chips, with suggestions from the official list (district shown). */
function CityField({ cities, onChange }: { cities: string[]; onChange: (cities: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <div className="tb-profile-cities">
      <PlaceComboBox
        name="preferredCities"
        label={t('pages.candidate.profile.cities')}
        description={t('pages.candidate.profile.citiesHint')}
        chosenLabel={t('pages.candidate.profile.citiesChosen')}
        value={cities}
        onChange={onChange}
      />
    </div>
  );
}
