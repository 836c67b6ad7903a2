import * as oidc from 'openid-client';
import type { OidcConfig } from '../../../core/config.js';
import { AppError } from '../../../core/errors.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The provider's metadata, discovered once and kept. Plain-HTTP issuers are accepted only on
 * loopback (a provider on the same machine during development or tests).
 */
export function createOidcClient(config: OidcConfig, redirectUri: string) {
  let discovered: Promise<oidc.Configuration> | undefined;

  const configuration = () => {
    discovered ??= (async () => {
      const issuer = new URL(config.issuer);
      const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
      return oidc.discovery(issuer, config.clientId, config.clientSecret, undefined, insecure ? { execute: [oidc.allowInsecureRequests] } : undefined);
    })().catch((error: unknown) => {
      discovered = undefined;
      throw new AppError('upstream_unavailable', 'The single sign-on provider cannot be reached at the moment; try again shortly', [], {
        cause: error,
      });
    });
    return discovered;
  };

  return {
    issuer: config.issuer,
    redirectUri,
    /** Where to send the browser, and what to remember until it comes back. */
    async authorizationRequest(): Promise<{ url: URL; codeVerifier: string; state: string; nonce: string }> {
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const url = oidc.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUri,
        scope: config.scopes,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, codeVerifier, state, nonce };
    },
    /** Exchanges the code from the callback URL for the verified identity claims. */
    async identityFrom(callbackUrl: URL, expected: { codeVerifier: string; state: string; nonce: string }) {
      const settings = await configuration();
      const tokens = await oidc.authorizationCodeGrant(settings, callbackUrl, {
        pkceCodeVerifier: expected.codeVerifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new AppError('unauthorized', 'The sign-on provider sent no identity');
      // Providers that keep profile claims out of the ID token hand them out at the UserInfo endpoint.
      const claims: Record<string, unknown> =
        typeof idToken.email === 'string' ? idToken : { ...(await oidc.fetchUserInfo(settings, tokens.access_token, idToken.sub)), sub: idToken.sub };
      return {
        subject: String(claims.sub),
        email: typeof claims.email === 'string' ? claims.email : null,
        emailVerified: claims.email_verified === true,
        name: typeof claims.name === 'string' ? claims.name : null,
      };
    },
  };
}

export type OidcClient = ReturnType<typeof createOidcClient>;
