import type { FastifyRequest } from 'fastify';
import type { ModuleOptions } from '../../core/http/module-options.js';
import type { ServiceContext } from '../../core/service-context.js';

export interface ExchangesModuleOptions extends ModuleOptions {
  /** The address users reach, for invitation links and calendar addresses. */
  publicUrl: string;
  /** A context acting for nobody in particular, for invitation links and calendar feeds whose secret is the permission. */
  systemContext: (request: FastifyRequest) => ServiceContext;
  /** Called after a committed change queued e-mail. */
  mailQueued: () => void;
}
