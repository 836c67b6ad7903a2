import type { RouteObject } from 'react-router';
import { ThemeDetailPage } from './ThemeDetailPage';
import { ThemeFormPage } from './ThemeFormPage';
import { ThemesPage } from './ThemesPage';

export const themeRoutes: RouteObject[] = [
  { path: 'themes', element: <ThemesPage /> },
  { path: 'themes/new', element: <ThemeFormPage /> },
  { path: 'themes/:id', element: <ThemeDetailPage /> },
  { path: 'themes/:id/edit', element: <ThemeFormPage /> },
];
