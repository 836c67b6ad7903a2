import { InvalidArgumentError } from 'commander';
import { DOCUMENT_KINDS, type DocumentKind } from '../modules/knowledge/documents/documents.types.js';
import { VISIBILITIES, type Visibility } from '../core/records/visibilities.js';

export interface IngestCommandOptions {
  workspace?: string;
  kind: DocumentKind;
  visibility: Visibility;
  extract: boolean;
  publishedFromName: boolean;
}

export function parseDocumentKind(value: string): DocumentKind {
  if (!(DOCUMENT_KINDS as readonly string[]).includes(value)) throw new InvalidArgumentError(`must be one of ${DOCUMENT_KINDS.join(', ')}.`);
  return value as DocumentKind;
}

export function parseVisibility(value: string): Visibility {
  if (!(VISIBILITIES as readonly string[]).includes(value)) throw new InvalidArgumentError(`must be one of ${VISIBILITIES.join(', ')}.`);
  return value as Visibility;
}
