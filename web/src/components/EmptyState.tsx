import { useTranslation } from 'react-i18next';

export interface EmptyStateProps {
  title?: string;
  children?: React.ReactNode;
  /** A way on: a ButtonLink to create the first item, or to change the search. */
  action?: React.ReactNode;
  /** The heading level in the page's outline (default 2). */
  headingLevel?: 2 | 3 | 4;
}

/** What a list shows when it has nothing: say so plainly and offer the next step. */
export function EmptyState({ title, children, action, headingLevel = 2 }: EmptyStateProps) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="tb-state kern-card">
      <div className="kern-card__container">
        <Heading className="kern-title">{title ?? t('states.emptyTitle')}</Heading>
        {children && <div className="kern-body">{children}</div>}
        {action && <div className="tb-state__action">{action}</div>}
      </div>
    </div>
  );
}
