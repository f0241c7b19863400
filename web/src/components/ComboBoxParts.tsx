import { Button as RacButton, Input, ListBox, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { cx } from './cx';

/**
 * The text input of a suggestion combo box with its chevron button. Enter with no suggestion highlighted
 * keeps the text as written (`onFreeText`): the API resolves free text, or answers 400 at the field.
 */
export function SuggestionInput({ text, onFreeText, maxLength }: { text: string; onFreeText: (text: string) => void; maxLength?: number }) {
  const { t } = useTranslation();
  const trimmed = text.trim();
  return (
    <div className="tb-combobox__field">
      <Input
        {...(maxLength !== undefined ? { maxLength } : {})}
        className={({ isInvalid }) => cx('kern-form-input__input', isInvalid && 'kern-form-input__input--error')}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && trimmed && !event.currentTarget.getAttribute('aria-activedescendant')) {
            event.preventDefault();
            onFreeText(trimmed);
          }
        }}
      />
      <RacButton className="tb-combobox__button" aria-label={t('taxonomy.showSuggestions')}>
        <span className="tb-select__chevron" aria-hidden="true" />
      </RacButton>
    </div>
  );
}

/** The suggestions' popover; while it has none it says why: type more, searching, or nothing found (`noMatch`). */
export function SuggestionPopover({
  label,
  text,
  isFetching,
  noMatch,
  children,
}: {
  label: string;
  text: string;
  isFetching: boolean;
  noMatch: string;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const trimmed = text.trim();
  return (
    <Popover className="tb-popover">
      <ListBox
        className="tb-listbox"
        aria-label={label}
        renderEmptyState={() => (
          <span className="tb-listbox__empty">
            {trimmed.length < 2 ? t('taxonomy.typeToSearch') : isFetching ? t('taxonomy.searching') : noMatch}
          </span>
        )}
      >
        {children}
      </ListBox>
    </Popover>
  );
}
