/**
 * Signing a browser profile in to a server that needs a login cookie, as its own sign-in would:
 * a page of corsmatrix's on the server's host, on another port (a cookie belongs to a host, not a
 * port: RFC 6265 8.5), answers with the Set-Cookie headers. The browser stores them by its own
 * rules (Secure, SameSite, Domain) and later sends them to the server only where it would for a
 * real user: its third-party policy included, so nothing is forced into the jar.
 *
 * The values are secrets: the page's URL carries a one-time token, never a value, and the page
 * is gone once visited.
 */
import { randomBytes } from 'node:crypto';
import Router from '@koa/router';
import { stringifySetCookie, type SetCookie } from 'cookie';
import Koa from 'koa';

export const signInPathPrefix = '/corsmatrix/sign-in/';

export class SignInPages {
  private readonly pending = new Map<string, readonly SetCookie[]>();

  /** A one-time page that sets these cookies; its path (served on the sign-in listener, any host). */
  register(cookies: readonly SetCookie[]): string {
    const token = randomBytes(12).toString('hex');
    this.pending.set(token, cookies);
    return `${signInPathPrefix}${token}`;
  }

  app(): Koa {
    const router = new Router();
    router.get(`${signInPathPrefix}:token`, (ctx) => {
      const cookies = this.pending.get(ctx.params.token ?? '');
      if (!cookies) {
        ctx.status = 404;
        ctx.body = 'corsmatrix: no such sign-in page (each is visited once)';
        return;
      }
      this.pending.delete(ctx.params.token ?? '');
      // The value is written as given: the config checked it is made of cookie-octets already.
      ctx.set('Set-Cookie', cookies.map((cookie) => stringifySetCookie(cookie, { encode: (value) => value })));
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'text/plain';
      ctx.body = `corsmatrix: ${cookies.length} cookie(s) set for ${ctx.hostname}`;
    });
    const app = new Koa();
    app.use(router.routes());
    return app;
  }
}
