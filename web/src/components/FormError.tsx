import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api';
import { errorText } from './error-text';

export interface FieldProblem {
  /** The rendered field it concerns (null: none of this form's fields). */
  field: string | null;
  text: string;
  element: HTMLElement | null;
}

/**
 * The error summary above a form (role=alert, focused when it appears): the plain-language reason of
 * the failure, the problems of the fields as links to them, and messages that concern no field.
 * <Form error> renders it; use it alone only for forms that are not <Form>.
 */
export function FormError({ error, problems = [] }: { error: unknown; problems?: readonly FieldProblem[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => ref.current?.focus(), [error]);
  const status = isApiError(error) ? error.status : -1;
  const general = isApiError(error) ? error.generalMessages : [];
  const { title, text } = errorText(t, status);
  const atFields = problems.filter((p) => p.element);
  const elsewhere = problems.filter((p) => !p.element);
  const focusField = (element: HTMLElement) => {
    const target = element.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button, [tabindex="0"]');
    target?.focus();
    element.scrollIntoView?.({ block: 'center' });
  };
  return (
    <div ref={ref} className="kern-alert kern-alert--danger tb-form-error" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title" id={titleId}>
          {atFields.length || elsewhere.length ? t('form.errorSummary') : title}
        </span>
      </div>
      <div className="kern-alert__body">
        {!atFields.length && !elsewhere.length && <p className="kern-body">{text}</p>}
        {atFields.length > 0 && <p className="kern-body">{t('form.errorSummaryFields', { count: atFields.length })}</p>}
        {(atFields.length > 0 || elsewhere.length > 0 || general.length > 0) && (
          <ul className="kern-list">
            {atFields.map((problem, index) => (
              <li key={`f${index}`}>
                <a
                  className="kern-link"
                  href={`#${problem.field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(problem.element!);
                  }}
                >
                  {labelOf(problem.element!)}: {problem.text}
                </a>
              </li>
            ))}
            {elsewhere.map((problem, index) => (
              <li key={`e${index}`}>{problem.text}</li>
            ))}
            {general.map((message, index) => (
              <li key={`g${index}`}>{message}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function labelOf(element: HTMLElement): string {
  const label = element.querySelector('.kern-label');
  const optional = label?.querySelector('.kern-label__optional')?.textContent ?? '';
  return (label?.textContent ?? '').replace(optional, '').trim();
}
