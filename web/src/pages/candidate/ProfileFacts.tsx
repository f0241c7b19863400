import { useTranslation } from 'react-i18next';
import type { Concept } from '../../api';
import { Button, ChipList, Select, TaxonomyComboBox, TextField, type SelectOption } from '../../components';
import { MAX_CITIZENSHIPS } from './profile-reference';

/** An experience row as typed: the years stay text until they are sent (the API judges them). */
export interface ExperienceRow {
  key: string;
  occupation: Concept | null;
  years: string;
}

/** Citizenships as chips: each one chosen from the country list is added (at most five, as the API allows). */
export function CitizenshipsField({
  value,
  countries,
  onChange,
}: {
  value: readonly string[];
  countries: readonly SelectOption[];
  onChange: (value: string[]) => void;
}) {
  const { t } = useTranslation();
  const names = new Map(countries.map((c) => [c.value, c.label]));
  const full = value.length >= MAX_CITIZENSHIPS;
  return (
    <div className="tb-profile-cities">
      <Select
        name="citizenships"
        label={t('pages.candidate.profile.citizenships')}
        description={full ? t('pages.candidate.profile.citizenshipsFull') : t('pages.candidate.profile.citizenshipsHint')}
        options={countries.filter((c) => !value.includes(c.value))}
        value={null}
        isDisabled={full}
        onChange={(code) => code && onChange([...value, code])}
      />
      <ChipList
        label={t('pages.candidate.profile.citizenshipsChosen')}
        items={value.map((code) => ({ id: code, label: names.get(code) ?? code }))}
        onRemove={(code) => onChange(value.filter((c) => c !== code))}
      />
    </div>
  );
}

/** Work experience per occupation (ESCO, one per row) with its years; rows are added and removed like degrees. */
export function ExperienceFields({
  rows,
  onChange,
  newKey,
}: {
  rows: ExperienceRow[];
  onChange: (rows: ExperienceRow[]) => void;
  newKey: () => string;
}) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<ExperienceRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...change } : r)));
  return (
    <fieldset className="kern-fieldset tb-profile-group" data-field="experience">
      <legend className="kern-label">{t('pages.candidate.profile.experience')}</legend>
      <p className="kern-hint">{t('pages.candidate.profile.experienceHint')}</p>
      {rows.length === 0 && <p className="kern-body kern-body--muted">{t('pages.candidate.profile.noExperience')}</p>}
      {rows.map((row, index) => (
        <div key={row.key} role="group" aria-label={t('pages.candidate.profile.experienceN', { n: index + 1 })} className="tb-profile-row">
          <TaxonomyComboBox
            kind="occupation"
            name={`experience.${index}.occupation`}
            label={t('pages.candidate.profile.experienceOccupation')}
            value={row.occupation ? [row.occupation] : []}
            onChange={(v) => update(index, { occupation: v[0] ?? null })}
            max={1}
            isRequired
          />
          <TextField
            name={`experience.${index}.years`}
            label={t('pages.candidate.profile.experienceYears')}
            description={t('pages.candidate.profile.experienceYearsHint')}
            inputMode="decimal"
            width={4}
            isRequired
            value={row.years}
            onChange={(v) => update(index, { years: v })}
          />
          <Button variant="tertiary" onPress={() => onChange(rows.filter((_, i) => i !== index))}>
            {t('pages.candidate.profile.removeExperience', { n: index + 1 })}
          </Button>
        </div>
      ))}
      {rows.length < 20 && (
        <Button variant="secondary" onPress={() => onChange([...rows, { key: newKey(), occupation: null, years: '' }])}>
          {t('pages.candidate.profile.addExperience')}
        </Button>
      )}
    </fieldset>
  );
}

/** Years as typed ("2", "1,5", "1.5") as a number, else the text itself: the API names what is wrong at its field. */
export const yearsOrText = (text: string): number => {
  const clean = text.trim().replace(',', '.');
  return (/^\d+(\.\d+)?$/.test(clean) ? Number(clean) : text.trim()) as number;
};
