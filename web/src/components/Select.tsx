import {
  Button as RacButton,
  type Key,
  ListBox,
  ListBoxItem,
  Popover,
  Select as RacSelect,
  type SelectProps as RacSelectProps,
  SelectValue,
  Text,
} from 'react-aria-components';
import { cx } from './cx';
import { FieldError } from './FieldError';
import { FieldLabel } from './FieldLabel';

export interface SelectOption<K extends string = string> {
  value: K;
  label: string;
}

export interface SelectProps<K extends string = string> extends Omit<
  RacSelectProps<SelectOption<K>>,
  'children' | 'className' | 'value' | 'onChange' | 'items'
> {
  name: string;
  label: React.ReactNode;
  description?: React.ReactNode;
  options: readonly SelectOption<K>[];
  value?: K | null;
  onChange?: (value: K | null) => void;
  className?: string;
}

/** A labelled single choice from a list (a button that opens a list box; keyboard: arrows, type-ahead, Enter). */
export function Select<K extends string = string>({ label, description, options, value, onChange, className, ...props }: SelectProps<K>) {
  return (
    <RacSelect
      {...props}
      {...(value !== undefined ? { value: value as Key | null } : {})}
      onChange={(key) => onChange?.(key === null ? null : (String(key) as K))}
      className={cx('kern-form-input tb-select', className)}
      data-field={props.name}
    >
      <FieldLabel isRequired={props.isRequired}>{label}</FieldLabel>
      {description && (
        <Text slot="description" className="kern-hint">
          {description}
        </Text>
      )}
      <FieldError />
      <RacButton className="kern-form-input__input tb-select__button">
        <SelectValue className="tb-select__value" />
        <span className="tb-select__chevron" aria-hidden="true" />
      </RacButton>
      <Popover className="tb-popover">
        <ListBox className="tb-listbox" items={options.map((option) => ({ ...option, id: option.value }))}>
          {(option) => (
            <ListBoxItem id={option.value} textValue={option.label} className="tb-listbox__item">
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </RacSelect>
  );
}
