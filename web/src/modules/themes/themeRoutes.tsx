import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const ThemeDetailPage = lazyPage(() => import('./ThemeDetailPage'), 'ThemeDetailPage');
const ThemeFormPage = lazyPage(() => import('./ThemeFormPage'), 'ThemeFormPage');
const ThemesPage = lazyPage(() => import('./ThemesPage'), 'ThemesPage');

export const themeRoutes: RouteObject[] = [
  { path: 'themes', element: <ThemesPage /> },
  { path: 'themes/new', element: <ThemeFormPage /> },
  { path: 'themes/:id', element: <ThemeDetailPage /> },
  { path: 'themes/:id/edit', element: <ThemeFormPage /> },
];
