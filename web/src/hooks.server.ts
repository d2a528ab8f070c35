import type { Handle, ServerInit } from '@sveltejs/kit/hooks';
import { dashboardDatabaseUrl } from '#web/server/db.ts';
import { setLocaleSource } from '#web/format.ts';
import { paraglideMiddleware } from '#web/paraglide/server.js';
import {
  cookieMaxAge,
  cookieName,
  defineCustomServerStrategy,
  getLocale,
  isLocale,
} from '#web/paraglide/runtime.js';

// ?lang=en in the URL picks the language (a shared link keeps it); the cookie remembers it.
defineCustomServerStrategy('custom-query', {
  getLocale: (request) => {
    const lang = request ? new URL(request.url).searchParams.get('lang') : null;
    return lang !== null && isLocale(lang) ? lang : undefined;
  },
});
// getLocale reads the locale of the request being served (AsyncLocalStorage), never a shared one.
setLocaleSource(getLocale);

// Fails the server's start, with the reason, when it has no database it may read.
export const init: ServerInit = () => {
  dashboardDatabaseUrl();
};

export const handle: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, async ({ locale }) => {
    const asked = event.url.searchParams.get('lang');
    if (asked !== null && isLocale(asked) && event.cookies.get(cookieName) !== asked) {
      event.cookies.set(cookieName, asked, {
        path: '/',
        maxAge: cookieMaxAge,
        httpOnly: false,
        sameSite: 'lax',
      });
    }
    return resolve(event, { transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale) });
  });
