import type { FastifyRequest } from 'fastify';
import type { ServiceContext } from '../service-context.js';

/** Passed to every module's routes plugin: how to get the service context of a request. */
export interface ModuleOptions {
  context: (request: FastifyRequest) => ServiceContext;
}
