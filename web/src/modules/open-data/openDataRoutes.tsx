import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const OpenDataPage = lazyPage(() => import('./OpenDataPage'), 'OpenDataPage');

export const openDataRoutes: RouteObject[] = [{ path: 'open-data', element: <OpenDataPage /> }];
