import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleOptions } from '../../core/http/module-options.js';
import { registerDocumentTimelineSource } from './documents/document-timeline.js';
import { documentsRoutes } from './documents/documents.routes.js';
import { reviewRoutes } from './review/review.routes.js';
import { searchRoutes } from './search/search.routes.js';
import { thesaurusRoutes } from './search/thesaurus/thesaurus.routes.js';
import { registerInvolvementSource } from '../involvement/involvement.service.js';
import { documentInvolvement } from './documents/document-involvement.js';

export interface KnowledgeModuleOptions extends ModuleOptions {
  /** The largest file attached to a document (bytes). */
  fileLimitBytes: number;
  /** The service context of the system, for loading a town of the bundled gazetteer that a proposal names. */
  systemContext: ModuleOptions['context'];
}

/** The knowledge base: documents with their files, links, comments and proposals for review, and the one search. */
export const knowledgeRoutes: FastifyPluginAsyncZod<KnowledgeModuleOptions> = async (app, options) => {
  registerDocumentTimelineSource();
  registerInvolvementSource(documentInvolvement);
  await app.register(documentsRoutes, options);
  await app.register(reviewRoutes, options);
  await app.register(searchRoutes, options);
  await app.register(thesaurusRoutes, options);
};
