import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const DocumentEditPage = lazyPage(() => import('./DocumentEditPage'), 'DocumentEditPage');
const DocumentNewPage = lazyPage(() => import('./DocumentNewPage'), 'DocumentNewPage');
const DocumentPage = lazyPage(() => import('./DocumentPage'), 'DocumentPage');
const DocumentsPage = lazyPage(() => import('./DocumentsPage'), 'DocumentsPage');
const DocumentUploadPage = lazyPage(() => import('./DocumentUploadPage'), 'DocumentUploadPage');
const ReviewPage = lazyPage(() => import('./ReviewPage'), 'ReviewPage');

export const documentRoutes: RouteObject[] = [
  { path: 'documents', element: <DocumentsPage /> },
  { path: 'documents/new', element: <DocumentNewPage /> },
  { path: 'documents/upload', element: <DocumentUploadPage /> },
  { path: 'documents/:id', element: <DocumentPage /> },
  { path: 'documents/:id/edit', element: <DocumentEditPage /> },
  { path: 'documents/:id/review', element: <ReviewPage /> },
];
