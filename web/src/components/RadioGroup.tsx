import {
  RadioButton,
  RadioField,
  RadioGroup as RacRadioGroup,
  type RadioGroupProps as RacRadioGroupProps,
  Text,
} from 'react-aria-components';
import { cx } from './cx';
import { FieldError } from './FieldError';
import { FieldLabel } from './FieldLabel';

export interface RadioOption<K extends string = string> {
  value: K;
  label: React.ReactNode;
  /** A line under the option, linked to it as its description. */
  description?: React.ReactNode;
}

export interface RadioGroupProps<K extends string = string> extends Omit<
  RacRadioGroupProps,
  'children' | 'className' | 'value' | 'onChange'
> {
  name: string;
  label: React.ReactNode;
  description?: React.ReactNode;
  options: readonly RadioOption<K>[];
  value?: K | null;
  onChange?: (value: K) => void;
  className?: string;
}

/** One choice out of a few, all visible (a radio group: arrow keys move and select). */
export function RadioGroup<K extends string = string>({ label, description, options, onChange, className, ...props }: RadioGroupProps<K>) {
  return (
    <RacRadioGroup
      {...props}
      {...(onChange ? { onChange: (value: string) => onChange(value as K) } : {})}
      className={cx('kern-fieldset tb-radio-group', className)}
      data-field={props.name}
    >
      <FieldLabel isRequired={props.isRequired} elementType="span">
        {label}
      </FieldLabel>
      {description && (
        <Text slot="description" className="kern-hint">
          {description}
        </Text>
      )}
      <FieldError />
      <div className="kern-fieldset__body">
        {options.map((option) => (
          <RadioField key={option.value} value={option.value} className="tb-check">
            <RadioButton className="tb-check__control">
              {({ isSelected, isInvalid }) => (
                <>
                  <span
                    className={cx('tb-radio__dot', isSelected && 'tb-radio__dot--checked', isInvalid && 'tb-check__box--error')}
                    aria-hidden="true"
                  />
                  <span className="kern-label">{option.label}</span>
                </>
              )}
            </RadioButton>
            {option.description && (
              <Text slot="description" className="kern-hint tb-check__hint">
                {option.description}
              </Text>
            )}
          </RadioField>
        ))}
      </div>
    </RacRadioGroup>
  );
}
