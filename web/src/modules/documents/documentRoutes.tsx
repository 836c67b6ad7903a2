import type { RouteObject } from 'react-router';
import { DocumentEditPage } from './DocumentEditPage';
import { DocumentNewPage } from './DocumentNewPage';
import { DocumentPage } from './DocumentPage';
import { DocumentsPage } from './DocumentsPage';
import { DocumentUploadPage } from './DocumentUploadPage';
import { ReviewPage } from './ReviewPage';

export const documentRoutes: RouteObject[] = [
  { path: 'documents', element: <DocumentsPage /> },
  { path: 'documents/new', element: <DocumentNewPage /> },
  { path: 'documents/upload', element: <DocumentUploadPage /> },
  { path: 'documents/:id', element: <DocumentPage /> },
  { path: 'documents/:id/edit', element: <DocumentEditPage /> },
  { path: 'documents/:id/review', element: <ReviewPage /> },
];
