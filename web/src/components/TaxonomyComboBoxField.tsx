import { useState } from 'react';
import { ComboBox, type Key, ListBoxItem, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Concept } from '../api';
import type { TaxonomyComboBoxProps } from './TaxonomyComboBox';
import { ChipList } from './ChipList';
import { SuggestionInput, SuggestionPopover } from './ComboBoxParts';
import { FieldError } from './FieldError';
import { FieldLabel } from './FieldLabel';
import { useTaxonomySuggestions } from './taxonomy-suggestions';

/** The combo box itself, loaded on first use: see TaxonomyComboBox.tsx for what it does. */
export default function TaxonomyComboBoxField({
  kind,
  name,
  label,
  description,
  value,
  onChange,
  max,
  isRequired,
  showChosen = true,
}: TaxonomyComboBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const suggestions = useTaxonomySuggestions(kind, text);
  const trimmed = text.trim();
  const items = (trimmed.length >= 2 ? (suggestions.data?.items ?? []) : []).filter((s) => !value.some((v) => v.escoUri === s.escoUri));

  const add = (concept: Concept) => {
    const rest = value.filter((v) =>
      concept.escoUri ? v.escoUri !== concept.escoUri : v.label.toLowerCase() !== concept.label.toLowerCase(),
    );
    const next = max === 1 ? [concept] : [...rest, concept].slice(0, max ?? Infinity);
    onChange(next);
    setText('');
  };
  const onSelectionChange = (key: Key | null) => {
    const picked = items.find((s) => s.escoUri === key);
    if (picked) add({ label: picked.label, escoUri: picked.escoUri });
  };

  // The live region says what the closed list cannot: type a little more.
  const status = trimmed.length === 1 ? t('taxonomy.typeToSearch') : '';

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
        // Open from the first letter, even before suggestions arrive (saying "type more", "searching" or "none").
        // Opening only from the second letter raced React Aria's open-on-input check: a fast typist's first
        // keystrokes were judged with the old setting, and the list never opened.
        allowsEmptyCollection={trimmed.length > 0}
        menuTrigger="input"
        isRequired={isRequired ?? false}
        className="tb-combobox__box"
      >
        <FieldLabel isRequired={isRequired}>{label}</FieldLabel>
        <Text slot="description" className="kern-hint">
          {description ? `${description} ` : ''}
          {t('taxonomy.escoHint')}
        </Text>
        <FieldError />
        <SuggestionInput text={text} onFreeText={(typed) => add({ label: typed, escoUri: null })} />
        <SuggestionPopover
          label={t('taxonomy.suggestions')}
          text={text}
          isFetching={suggestions.isFetching}
          noMatch={t('taxonomy.noSuggestion', { query: trimmed })}
        >
          {items.map((item) => (
            <ListBoxItem key={item.escoUri} id={item.escoUri} textValue={item.label} className="tb-listbox__item">
              {item.label}
              {item.matchedLabel && item.matchedLabel.toLowerCase() !== item.label.toLowerCase() && (
                <span className="tb-listbox__note"> ({item.matchedLabel})</span>
              )}
            </ListBoxItem>
          ))}
        </SuggestionPopover>
      </ComboBox>
      {/* Announced by itself (a live region); the field's description and error are linked by React Aria. */}
      <span className="kern-sr-only" aria-live="polite">
        {status}
      </span>
      {showChosen && (
        <ChipList
          label={t('taxonomy.selected')}
          items={value.map((concept) => ({
            id: concept.escoUri ?? `text:${concept.label}`,
            label: concept.label,
            ...(concept.escoUri ? {} : { note: t('taxonomy.notInEsco') }),
          }))}
          onRemove={(id) => onChange(value.filter((concept) => (concept.escoUri ?? `text:${concept.label}`) !== id))}
        />
      )}
    </div>
  );
}
