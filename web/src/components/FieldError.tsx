import { FieldError as RacFieldError } from 'react-aria-components';

/**
 * The error text of a field (KERN .kern-error), rendered only while the field is invalid and linked to
 * its input through aria-describedby by React Aria. Server messages arrive through <Form error>.
 */
export function FieldError() {
  return (
    <RacFieldError className="kern-error">
      {({ validationErrors }) => (
        <>
          <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
          <span className="kern-body">{validationErrors.join(' ')}</span>
        </>
      )}
    </RacFieldError>
  );
}
