import '@kern-ux/native/dist/kern.min.css';
import './styles/fonts.css';
import './styles/app.css';
import { i18nReady } from './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { appRoutes } from './AppRoutes';
import { prefetchOnIntent, prefetchRoute } from './shell/routePrefetch';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The page's code and first data load while the texts do, not one after the other.
prefetchRoute(appRoutes, window.location.href);
prefetchOnIntent(appRoutes);

// The first render waits for the texts of the user's language (one small chunk).
void i18nReady.finally(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
