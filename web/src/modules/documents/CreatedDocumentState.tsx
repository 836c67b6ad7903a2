import { ExtractionBadge } from './ExtractionBadge';
import { useDocument } from './useDocument';

/** The proposals of a document just made from an uploaded file: being found, then how many wait for review. */
export function CreatedDocumentState({ documentId }: { documentId: string }) {
  const { data } = useDocument(documentId);
  if (!data) return null;
  return <ExtractionBadge document={data} />;
}
