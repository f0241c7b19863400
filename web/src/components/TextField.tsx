import { Input, TextField as RacTextField, type TextFieldProps as RacTextFieldProps, Text } from 'react-aria-components';
import { cx } from './cx';
import { FieldError } from './FieldError';
import { FieldLabel } from './FieldLabel';

export interface TextFieldProps extends Omit<RacTextFieldProps, 'children' | 'className'> {
  /** The field path the API names in its messages (e.g. `email`, `languages.0.level`). */
  name: string;
  label: React.ReactNode;
  description?: React.ReactNode;
  placeholder?: string;
  /** KERN input widths for short values: 2 (postcode) or 4 characters wide. */
  width?: 2 | 4;
  className?: string;
}

/**
 * A labelled text input. Label, description and error are linked to the input (aria-labelledby,
 * aria-describedby); inside <Form error> the API's messages for `name` appear here.
 */
export function TextField({ label, description, placeholder, width, className, ...props }: TextFieldProps) {
  return (
    <RacTextField {...props} className={cx('kern-form-input', className)} data-field={props.name}>
      <FieldLabel isRequired={props.isRequired}>{label}</FieldLabel>
      {description && (
        <Text slot="description" className="kern-hint">
          {description}
        </Text>
      )}
      <FieldError />
      <Input
        placeholder={placeholder}
        className={({ isInvalid }) =>
          cx('kern-form-input__input', width && `kern-form-input__input--width-${width}`, isInvalid && 'kern-form-input__input--error')
        }
      />
    </RacTextField>
  );
}
