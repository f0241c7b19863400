import { useTranslation } from 'react-i18next';
import { Page } from './Page';

/**
 * A placeholder for a page still to be built: its heading, a "coming soon" badge and the API routes
 * it will use. Replace the whole page component when building it.
 */
export function TodoPage({ title, api = [], children }: { title: string; api?: readonly string[]; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Page title={title}>
      <p>
        <span className="kern-badge kern-badge--info">
          <span className="kern-label">{t('todo.badge')}</span>
        </span>
      </p>
      <p className="kern-body">{t('todo.text')}</p>
      {children}
      {api.length > 0 && (
        <>
          <p className="kern-body">{t('todo.api')}</p>
          <ul className="kern-list tb-todo-api" lang="en">
            {api.map((route) => (
              <li key={route}>
                <code>{route}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
