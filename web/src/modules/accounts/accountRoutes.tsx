import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const ForgotPasswordPage = lazyPage(() => import('./ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('./ResetPasswordPage'), 'ResetPasswordPage');
const SignInPage = lazyPage(() => import('./SignInPage'), 'SignInPage');
const SignUpPage = lazyPage(() => import('./SignUpPage'), 'SignUpPage');
const VerifyEmailPage = lazyPage(() => import('./VerifyEmailPage'), 'VerifyEmailPage');

/** Open to everyone; the links in e-mails lead to /verify-email/… and /reset-password/…. */
export const accountRoutes: RouteObject[] = [
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'sign-up', element: <SignUpPage /> },
  { path: 'forgot-password', element: <ForgotPasswordPage /> },
  { path: 'reset-password/:token', element: <ResetPasswordPage /> },
  { path: 'verify-email/:token', element: <VerifyEmailPage /> },
];
