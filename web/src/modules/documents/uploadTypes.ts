/** What became of one file of an uploaded batch (`result.outcomes` of its job). */
export type UploadOutcome =
  /** `textFound: false`: a document titled by the file's name, whose text can be pasted later. */
  | { fileName: string; status: 'created'; documentId: string; title: string; textFound: boolean }
  | { fileName: string; status: 'skipped' | 'failed'; reason: 'duplicate' | 'empty' | 'too_large' | 'unsupported' | 'invalid' };

export const MAX_FILES_PER_BATCH = 50;
