import { TextArea as RacTextArea, TextField as RacTextField, type TextFieldProps as RacTextFieldProps, Text } from 'react-aria-components';
import { cx } from './cx';
import { FieldError } from './FieldError';
import { FieldLabel } from './FieldLabel';

export interface TextAreaProps extends Omit<RacTextFieldProps, 'children' | 'className'> {
  name: string;
  label: React.ReactNode;
  description?: React.ReactNode;
  rows?: number;
  className?: string;
}

/** A labelled multi-line text input (descriptions, messages); same wiring as TextField. */
export function TextArea({ label, description, rows = 5, className, ...props }: TextAreaProps) {
  return (
    <RacTextField {...props} className={cx('kern-form-input', className)} data-field={props.name}>
      <FieldLabel isRequired={props.isRequired}>{label}</FieldLabel>
      {description && (
        <Text slot="description" className="kern-hint">
          {description}
        </Text>
      )}
      <FieldError />
      <RacTextArea
        rows={rows}
        className={({ isInvalid }) => cx('kern-form-input__input tb-textarea', isInvalid && 'kern-form-input__input--error')}
      />
    </RacTextField>
  );
}
