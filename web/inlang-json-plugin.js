/**
 * Reads and writes the dashboard's messages as flat JSON files, one per locale:
 * { "kpi_visitors": "Fréquentation", "range": "Du {from} au {to}" }. A local inlang plugin
 * because the usual one is fetched from a CDN at compile time and builds here run offline.
 */
const SETTINGS = 'plugin.datamag360.json';

function toPattern(text) {
  const pattern = [];
  let last = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) pattern.push({ type: 'text', value: text.slice(last, m.index) });
    pattern.push({ type: 'expression', arg: { type: 'variable-reference', name: m[1] } });
    last = m.index + m[0].length;
  }
  if (last < text.length) pattern.push({ type: 'text', value: text.slice(last) });
  return pattern;
}

function fromPattern(pattern) {
  return pattern.map((p) => (p.type === 'text' ? p.value : `{${p.arg.name}}`)).join('');
}

function pathOf(settings, locale) {
  return settings[SETTINGS].pathPattern.replace('{locale}', locale);
}

export default {
  key: SETTINGS,
  toBeImportedFiles: ({ settings }) =>
    settings.locales.map((locale) => ({ locale, path: pathOf(settings, locale) })),
  importFiles: ({ files }) => {
    const bundles = new Map();
    const messages = [];
    const variants = [];
    for (const file of files) {
      const json = JSON.parse(new TextDecoder().decode(file.content));
      for (const [id, text] of Object.entries(json)) {
        if (id.startsWith('$')) continue;
        const bundle = bundles.get(id) ?? { id, declarations: [] };
        for (const m of text.matchAll(/\{(\w+)\}/g)) {
          if (!bundle.declarations.some((d) => d.name === m[1])) {
            bundle.declarations.push({ type: 'input-variable', name: m[1] });
          }
        }
        bundles.set(id, bundle);
        messages.push({ bundleId: id, locale: file.locale, selectors: [] });
        variants.push({
          messageBundleId: id,
          messageLocale: file.locale,
          matches: [],
          pattern: toPattern(text),
        });
      }
    }
    return { bundles: [...bundles.values()], messages, variants };
  },
  exportFiles: ({ messages, variants, settings }) =>
    settings.locales.map((locale) => {
      const json = {};
      for (const message of messages.filter((m) => m.locale === locale)) {
        const variant = variants.find((v) => v.messageId === message.id);
        if (variant) json[message.bundleId] = fromPattern(variant.pattern);
      }
      return {
        locale,
        name: pathOf(settings, locale).split('/').at(-1),
        content: new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`),
      };
    }),
};
