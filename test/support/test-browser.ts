import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A browser talking to the app through `inject`: it keeps cookies between requests and sends
 * the CSRF token of GET /api/auth/session with every change, as the web app does.
 */
export function createTestBrowser(app: FastifyInstance) {
  const cookies = new Map<string, string>();
  let csrfToken: string | undefined;
  // Each browser comes from its own address, as separate people would.
  const remoteAddress = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

  async function send(
    method: Method,
    url: string,
    payload?: unknown,
    extra: { csrf?: boolean; contentType?: string } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (extra.contentType) headers['content-type'] = extra.contentType;
    if (cookies.size > 0) headers.cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (method !== 'GET' && csrfToken && extra.csrf !== false) headers['x-csrf-token'] = csrfToken;
    const options: InjectOptions = { method, url, headers, remoteAddress };
    if (payload !== undefined) options.payload = payload as InjectOptions['payload'];
    const response = await app.inject(options);
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now()) || cookie.value === '';
      if (expired) cookies.delete(cookie.name);
      else cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  return {
    cookies,
    get: (url: string) => send('GET', url),
    post: (url: string, payload?: unknown, extra?: { csrf?: boolean; contentType?: string }) => send('POST', url, payload ?? {}, extra),
    put: (url: string, payload?: unknown) => send('PUT', url, payload ?? {}),
    patch: (url: string, payload?: unknown) => send('PATCH', url, payload ?? {}),
    delete: (url: string) => send('DELETE', url),
    /** Loads the session as the web app does on start, picking up a fresh CSRF token. */
    async session() {
      const response = await send('GET', '/api/auth/session');
      const body = response.json();
      csrfToken = body.csrfToken;
      return body;
    },
    async signUp(input: { email: string; password?: string; displayName?: string; invitationToken?: string }) {
      await this.session();
      const response = await send('POST', '/api/auth/sign-up', {
        password: 'a long enough passphrase',
        displayName: input.email.split('@')[0],
        ...input,
      });
      await this.session();
      return response;
    },
    async signIn(email: string, password = 'a long enough passphrase') {
      await this.session();
      const response = await send('POST', '/api/auth/sign-in', { email, password });
      await this.session();
      return response;
    },
  };
}

export type TestBrowser = ReturnType<typeof createTestBrowser>;
