import '@kern-ux/native/dist/kern.min.css';
import './styles/fonts.css';
import './styles/app.css';
import { i18nReady } from './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { appRoutes } from './AppRoutes';
import { queryClient } from './lib/queryClient';
import { MAIN_NAV_MODULES } from './shell/mainNavModules';
import { prefetchOnIntent, prefetchRoute, whenIdle } from './shell/routePrefetch';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The page's code and first data load while the texts do, not one after the other.
prefetchRoute(appRoutes, window.location.href);
prefetchOnIntent(appRoutes);
// The main navigation's pages are the likely next step: their code comes once the page is idle.
whenIdle(
  () => {
    for (const module of MAIN_NAV_MODULES) prefetchRoute(appRoutes, module.path, { data: false });
  },
  () => queryClient.isFetching() > 0,
);

// The first render waits for the texts of the user's language (one small chunk).
void i18nReady.finally(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
