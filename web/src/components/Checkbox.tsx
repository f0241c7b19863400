import { CheckboxButton, CheckboxField, type CheckboxFieldProps, Text } from 'react-aria-components';
import { cx } from './cx';
import { FieldError } from './FieldError';

export interface CheckboxProps extends Omit<CheckboxFieldProps, 'children' | 'className'> {
  name: string;
  label: React.ReactNode;
  description?: React.ReactNode;
  className?: string;
}

/** A single yes/no choice with its label, description and error (e.g. "open to remote work"). */
export function Checkbox({ label, description, className, ...props }: CheckboxProps) {
  return (
    <CheckboxField {...props} className={cx('tb-check', className)} data-field={props.name}>
      <CheckboxButton className="tb-check__control">
        {({ isSelected, isInvalid }) => (
          <>
            <span
              className={cx('tb-check__box', isSelected && 'tb-check__box--checked', isInvalid && 'tb-check__box--error')}
              aria-hidden="true"
            />
            <span className="kern-label">{label}</span>
          </>
        )}
      </CheckboxButton>
      {description && (
        <Text slot="description" className="kern-hint tb-check__hint">
          {description}
        </Text>
      )}
      <FieldError />
    </CheckboxField>
  );
}
