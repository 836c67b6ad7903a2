import { extractReport } from './extraction.service.js';
import type { Extraction, ExtractOptions } from './extraction.types.js';

export interface ExtractionTask {
  text: string;
  options: ExtractOptions;
}

/** Runs on a worker thread (see extraction-threads.ts). */
export default function extractOnThread({ text, options }: ExtractionTask): Extraction {
  return extractReport(text, options);
}
