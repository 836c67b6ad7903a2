import { createContext } from 'react';
import { createFocusTracker, type FocusTracker } from './createFocusTracker';

export const FocusTrackerContext = createContext<FocusTracker>(createFocusTracker());
