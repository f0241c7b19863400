import { lazy, Suspense } from 'react';
import type { Concept } from '../api';
import { FieldLabel } from './FieldLabel';
import type { TaxonomyKind } from './taxonomy-suggestions';

export interface TaxonomyComboBoxProps {
  kind: TaxonomyKind;
  /** The field path the API names in its messages (e.g. `skills`, `requiredSkills`, `occupation`). */
  name: string;
  label: string;
  description?: string;
  value: readonly Concept[];
  onChange: (value: Concept[]) => void;
  /** 1 for a single occupation: a new choice replaces the old one. */
  max?: number;
  isRequired?: boolean;
  /** false: no chips under the field (the page shows the choices itself, e.g. as ticked filters). */
  showChosen?: boolean;
}

// The combo box, its popover, list box and chips are the heaviest part of React Aria we use: they load
// with the first page that shows one, not with the app (the landing page paints without them).
const Field = lazy(() => import('./TaxonomyComboBoxField'));

/**
 * Autocomplete over the ESCO skills or occupations (GET /api/v1/taxonomy/skills|occupations?q=&lang=):
 * pick a suggestion, or press Enter to keep the text as written (the API resolves free text too).
 * The choices appear as removable chips `{label, escoUri}` under the field.
 */
export function TaxonomyComboBox(props: TaxonomyComboBoxProps) {
  return (
    <Suspense
      fallback={
        <div className="kern-form-input tb-combobox" data-field={props.name} aria-busy="true">
          <FieldLabel isRequired={props.isRequired} elementType="span">
            {props.label}
          </FieldLabel>
          <div className="kern-form-input__input" />
        </div>
      }
    >
      <Field {...props} />
    </Suspense>
  );
}
