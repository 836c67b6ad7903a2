import type { FastifyInstance, InjectOptions } from 'fastify';
import type { TestUser } from './test-users.js';

/** JSON (and CSV) requests as a user (or a visitor) through `app.inject`, answering the whole response. */
export function requestsAs(app: () => FastifyInstance) {
  const inject = (options: InjectOptions) => app().inject(options);
  return (user?: TestUser) => ({
    get: (url: string) => inject({ method: 'GET', url, headers: user?.headers }),
    post: (url: string, payload: object = {}) => inject({ method: 'POST', url, headers: user?.headers, payload }),
    patch: (url: string, payload: object) => inject({ method: 'PATCH', url, headers: user?.headers, payload }),
    delete: (url: string) => inject({ method: 'DELETE', url, headers: user?.headers }),
    csv: (url: string, csv: string) => inject({ method: 'POST', url, headers: { ...user?.headers, 'content-type': 'text/csv' }, payload: csv }),
  });
}
