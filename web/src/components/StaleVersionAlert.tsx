import { Button } from './Button';

export interface StaleVersionAlertProps {
  /** What happened, in plain words (someone else saved in between). */
  message: string;
  /** Optional heading above the message. */
  title?: string;
  reloadLabel: string;
  onReload: () => void;
}

/** The answer to a 409 stale `version`: say the data changed elsewhere and offer to load the current state. */
export function StaleVersionAlert({ message, title, reloadLabel, onReload }: StaleVersionAlertProps) {
  return (
    <div className={title ? 'kern-alert kern-alert--warning' : 'kern-alert kern-alert--warning tb-state'} role="alert">
      {title && (
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--warning" aria-hidden="true" />
          <h2 className="kern-title">{title}</h2>
        </div>
      )}
      <div className="kern-alert__body">
        <p className="kern-body">{message}</p>
        <Button variant="secondary" onPress={onReload}>
          {reloadLabel}
        </Button>
      </div>
    </div>
  );
}
