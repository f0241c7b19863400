import { useState } from 'react';
import { ComboBox, type Key, ListBoxItem, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ChipList } from './ChipList';
import { SuggestionInput, SuggestionPopover } from './ComboBoxParts';
import { FieldError } from './FieldError';
import { FieldLabel } from './FieldLabel';
import { usePlaceSuggestions } from './place-suggestions';

export interface PlaceComboBoxProps {
  /** The field the API names in its messages (`preferredCities`). */
  name: string;
  label: string;
  description: string;
  chosenLabel: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  max?: number;
}

/**
 * Autocomplete over the Saxon municipalities (GET /api/v1/places): each suggestion shows its district; pick one,
 * or press Enter to keep the text (the API resolves typos and answers 400 at the field for a place outside Saxony).
 */
export function PlaceComboBox({ name, label, description, chosenLabel, value, onChange, max = 20 }: PlaceComboBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const suggestions = usePlaceSuggestions(text);
  const trimmed = text.trim();
  const chosen = new Set(value.map((v) => v.toLowerCase()));
  const items = (trimmed.length >= 2 ? (suggestions.data?.items ?? []) : []).filter((p) => !chosen.has(p.name.toLowerCase()));

  const add = (city: string) => {
    const clean = city.trim().replace(/\s+/g, ' ');
    if (clean && !chosen.has(clean.toLowerCase())) onChange([...value, clean].slice(0, max));
    setText('');
  };
  const onSelectionChange = (key: Key | null) => {
    const picked = items.find((p) => p.ags === key);
    if (picked) add(picked.name);
  };

  return (
    <div className="kern-form-input tb-combobox" data-field={name}>
      <ComboBox
        name={name}
        items={items}
        inputValue={text}
        onInputChange={setText}
        selectedKey={null}
        onSelectionChange={onSelectionChange}
        allowsCustomValue
        allowsEmptyCollection={trimmed.length > 0}
        menuTrigger="input"
        className="tb-combobox__box"
      >
        <FieldLabel>{label}</FieldLabel>
        <Text slot="description" className="kern-hint">
          {description}
        </Text>
        <FieldError />
        <SuggestionInput text={text} onFreeText={add} maxLength={100} />
        <SuggestionPopover
          label={t('pages.candidate.profile.citiesSuggestions')}
          text={text}
          isFetching={suggestions.isFetching}
          noMatch={t('pages.candidate.profile.citiesNoMatch', { query: trimmed })}
        >
          {items.map((place) => (
            <ListBoxItem
              key={place.ags}
              id={place.ags}
              textValue={t('pages.candidate.profile.citiesDistrict', { name: place.name, district: place.district })}
              className="tb-listbox__item"
            >
              {place.name}
              <span className="tb-listbox__note"> ({place.district})</span>
            </ListBoxItem>
          ))}
        </SuggestionPopover>
      </ComboBox>
      <ChipList
        label={chosenLabel}
        items={value.map((city) => ({ id: city, label: city }))}
        onRemove={(id) => onChange(value.filter((c) => c !== id))}
      />
    </div>
  );
}
