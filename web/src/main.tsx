import '@kern-ux/native/dist/kern.min.css';
import '@kern-ux/native/dist/fonts/fira-sans.css';
import './styles/app.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { isApiError } from './api';
import { AuthProvider } from './auth/AuthProvider';
import { initI18n } from './i18n';
import { LocaleProvider } from './i18n/LocaleProvider';
import { createRouter } from './routes';

const i18n = initI18n();

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; network errors and 5xx may pass.
      retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

// Labels come in the chosen language (`lang`): fetch what is shown again after a switch.
i18n.on('languageChanged', () => void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'auth' }));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <LocaleProvider>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <RouterProvider router={createRouter()} />
          </AuthProvider>
        </QueryClientProvider>
      </LocaleProvider>
    </I18nextProvider>
  </StrictMode>,
);
