import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireRole } from './auth/RequireRole';
import { AppShell } from './layout/AppShell';
import { RouteError } from './layout/RouteError';
import SignInPage from './pages/auth/SignInPage';
import SignUpPage from './pages/auth/SignUpPage';
import LandingPage from './pages/landing/LandingPage';
import NotFoundPage from './pages/NotFoundPage';

/** A page loaded when first visited (its own chunk): `page(() => import('./pages/area/XPage'))`. */
function page(load: () => Promise<{ default: ComponentType }>): RouteObject['lazy'] {
  return async () => ({ Component: (await load()).default });
}

/**
 * Every route of the app. To add a page: create web/src/pages/<area>/<Name>Page.tsx (default export,
 * starting with <Page title>), add its route here under the right role, and its link in
 * layout/Navigation.tsx if it belongs in the menu. The public pages are in the first chunk; the
 * role pages load on first visit.
 */
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      {
        // Inside the shell: a failing page keeps the header and navigation.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <LandingPage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'account-deleted', lazy: page(() => import('./pages/auth/AccountDeletedPage')) },
          { path: 'jobs/:id', lazy: page(() => import('./pages/jobs/JobOfferPage')) },
          // The pages the links in account mails open, and "forgot your password?".
          { path: 'verify-email', lazy: page(() => import('./pages/auth/VerifyEmailPage')) },
          { path: 'forgot-password', lazy: page(() => import('./pages/auth/ForgotPasswordPage')) },
          { path: 'reset-password', lazy: page(() => import('./pages/auth/ResetPasswordPage')) },
          {
            element: <RequireRole roles={['candidate', 'employer', 'staff']} />,
            children: [
              { path: 'account', lazy: page(() => import('./pages/account/AccountPage')) },
              { path: 'notifications', lazy: page(() => import('./pages/account/NotificationsPage')) },
            ],
          },
          {
            element: <RequireRole roles={['candidate', 'employer']} />,
            children: [{ path: 'saved-searches', lazy: page(() => import('./pages/account/SavedSearchesPage')) }],
          },
          {
            element: <RequireRole roles={['candidate']} />,
            children: [
              { path: 'me/profile', lazy: page(() => import('./pages/candidate/ProfilePage')) },
              { path: 'me/matches', lazy: page(() => import('./pages/candidate/MatchesPage')) },
              { path: 'me/invitations', lazy: page(() => import('./pages/candidate/InvitationsPage')) },
            ],
          },
          {
            element: <RequireRole roles={['employer']} />,
            children: [
              { path: 'employer/organisation', lazy: page(() => import('./pages/employer/OrganisationPage')) },
              { path: 'employer/offers', lazy: page(() => import('./pages/employer/OffersPage')) },
              // Also /employer/offers/new (the same page, so the form stays mounted when the first save gives it an id).
              { path: 'employer/offers/:id', lazy: page(() => import('./pages/employer/OfferPage')) },
              { path: 'employer/offers/:id/matches', lazy: page(() => import('./pages/employer/MatchesForOfferPage')) },
              { path: 'employer/offers/:id/responses', lazy: page(() => import('./pages/employer/ResponsesPage')) },
              { path: 'employer/candidates', lazy: page(() => import('./pages/employer/CandidatesPage')) },
              { path: 'employer/candidates/:id', lazy: page(() => import('./pages/employer/CandidatePage')) },
            ],
          },
          {
            element: <RequireRole roles={['staff']} />,
            children: [
              { path: 'staff/moderation', lazy: page(() => import('./pages/staff/ModerationPage')) },
              { path: 'staff/audit-log', lazy: page(() => import('./pages/staff/AuditLogPage')) },
              { path: 'staff/overview', lazy: page(() => import('./pages/staff/OverviewPage')) },
            ],
          },
          // Every shared component in its states, for page authors and the browser tests (not linked).
          { path: 'dev/components', lazy: page(() => import('./pages/dev/ComponentsPage')) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
