import { setLocaleSource } from '#web/format.ts';
import { defineCustomClientStrategy, getLocale, isLocale } from '#web/paraglide/runtime.js';

defineCustomClientStrategy('custom-query', {
  getLocale: () => {
    const lang = new URLSearchParams(window.location.search).get('lang');
    return lang !== null && isLocale(lang) ? lang : undefined;
  },
  // The language changes by a full page load of a ?lang= link; nothing to store here.
  setLocale: () => {},
});
setLocaleSource(getLocale);
