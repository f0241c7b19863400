import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Form as RacForm, type FormProps as RacFormProps } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api';
import { cx } from './cx';
import { describeFieldMessage } from './field-messages';
import { FormError, type FieldProblem } from './FormError';

export interface FormProps extends Omit<RacFormProps, 'validationErrors' | 'onSubmit' | 'className'> {
  /** The error of the last submit (an ApiError from `unwrap`, or anything thrown): shown at its fields and above. */
  error?: unknown;
  /** Called with the form's data; the browser's own submit is prevented. */
  onSubmit: (data: FormData, form: HTMLFormElement) => void;
  className?: string;
}

/** The field names this form renders (each field component marks its wrapper with data-field). */
function renderedFields(form: HTMLFormElement | null): Map<string, HTMLElement> {
  const fields = new Map<string, HTMLElement>();
  form?.querySelectorAll<HTMLElement>('[data-field]').forEach((element) => fields.set(element.dataset.field!, element));
  return fields;
}

/** Inputs where the browser fires `change` on leaving the field (React's onChange comes from `input` events there). */
function isTextEntry(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'file', 'range', 'color'].includes(target.type);
}

/**
 * Keeps the API's messages at their fields until the next submit, as the public-sector design systems do
 * (GOV.UK, KERN): React Aria drops a server error on the input's native `change` event, that is when the
 * person leaves the field — the message vanished under the pointer on its way to the submit button, the
 * button moved up, and the click missed it. Stopping that one event before it reaches the input changes
 * nothing else: React takes text input from `input` events.
 */
function useErrorsUntilNextSubmit(ref: React.RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const form = ref.current;
    if (!form) return;
    const keep = (event: Event) => {
      if (isTextEntry(event.target)) event.stopPropagation();
    };
    form.addEventListener('change', keep, true);
    return () => form.removeEventListener('change', keep, true);
  }, [ref]);
}

/** The rendered field an API field path belongs to: itself, else its closest rendered parent (`languages.0.level` → `languages`). */
function closestField(path: string, fields: Map<string, HTMLElement>): string | null {
  for (let parts = path.split('.'); parts.length; parts = parts.slice(0, -1)) {
    if (fields.has(parts.join('.'))) return parts.join('.');
  }
  return null;
}

/**
 * A form whose API errors show where they belong: each message that names a field appears at that
 * field (linked through aria-describedby, in the reader's language where we know the rule), and an
 * error summary (role=alert, focused) above the form lists them with links, plus what concerns no
 * rendered field. Uses aria validation: nothing blocks submit, the API is the judge.
 *
 *   <Form error={mutation.error} onSubmit={(data) => mutation.mutate(…)}> <TextField name="email" …/> </Form>
 */
export function Form({ error, onSubmit, className, children, ...props }: FormProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<Map<string, HTMLElement>>(new Map());
  useErrorsUntilNextSubmit(ref);
  useLayoutEffect(() => setFields(renderedFields(ref.current)), [error]);

  const { validationErrors, problems } = useMemo(() => {
    const byField: Record<string, string[]> = {};
    const list: FieldProblem[] = [];
    if (isApiError(error)) {
      for (const [path, messages] of Object.entries(error.fieldErrors)) {
        const field = closestField(path, fields);
        for (const message of messages) {
          const text = describeFieldMessage(message, t);
          if (field) (byField[field] ??= []).push(text);
          list.push({ field, text, element: field ? (fields.get(field) ?? null) : null });
        }
      }
    }
    return { validationErrors: byField, problems: list };
  }, [error, fields, t]);

  return (
    <RacForm
      {...props}
      ref={ref}
      validationBehavior="aria"
      validationErrors={validationErrors}
      className={cx('tb-form', className)}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(new FormData(event.currentTarget), event.currentTarget);
      }}
    >
      {error !== undefined && error !== null && <FormError error={error} problems={problems} />}
      {children}
    </RacForm>
  );
}
