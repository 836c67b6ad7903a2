import { createContext } from 'react';
import type { SessionState } from './SessionState';

export const SessionContext = createContext<SessionState | null>(null);
