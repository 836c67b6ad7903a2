import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';
import { queryClient } from './lib/queryClient';
import { SessionProvider } from './modules/accounts/SessionProvider';
import { createFocusTracker } from './shell/createFocusTracker';
import { FocusTrackerContext } from './shell/FocusTrackerContext';

export function App() {
  const [focusTracker] = useState(createFocusTracker);
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <FocusTrackerContext value={focusTracker}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </FocusTrackerContext>
      </SessionProvider>
    </QueryClientProvider>
  );
}
