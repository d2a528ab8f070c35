/** The /docs page: plain HTML rendered from the OpenAPI document, no scripts or CDN (no internet). */
import type { OpenApiDocument } from './openapi.ts';

const escape = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required: boolean; description?: string; example?: unknown }[];
  responses: Record<string, { description: string }>;
}

export function docsPage(doc: OpenApiDocument): string {
  const sections = Object.entries(doc.paths as Record<string, { get: Operation }>).map(
    ([path, { get: op }]) => {
      const params = op.parameters ?? [];
      const example = params
        .filter((p) => p.in === 'query' && p.example !== undefined && p.required)
        .map((p) => `${p.name}=${encodeURIComponent(String(p.example))}`)
        .join('&');
      const rows = params
        .map(
          (p) =>
            `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td>` +
            `<td>${escape(p.description ?? '')}</td><td>${p.example === undefined ? '' : `<code>${escape(p.example)}</code>`}</td></tr>`,
        )
        .join('');
      const statuses = Object.entries(op.responses)
        .map(([code, r]) => `<li><b>${escape(code)}</b> ${escape(r.description)}</li>`)
        .join('');
      return `<section><h2><span class="verb">GET</span> <code>${escape(path)}</code></h2>
<p class="tag">${escape((op.tags ?? []).join(', '))}</p><p>${escape(op.summary ?? '')}</p>
${op.description ? `<p>${escape(op.description)}</p>` : ''}
${rows ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Required</th><th>Description</th><th>Example</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
${example && !path.includes('{') ? `<p>Try: <a href="${escape(`${path}?${example}`)}"><code>${escape(`${path}?${example}`)}</code></a></p>` : ''}
<ul>${statuses}</ul></section>`;
    },
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.info.title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;color:#1d2330}
h1{margin-bottom:.2rem}section{border-top:1px solid #d8dce4;padding:.6rem 0}
h2{font-size:1.1rem}.verb{background:#1f6feb;color:#fff;border-radius:4px;padding:0 .4rem;font-size:.85rem}
.tag{color:#667;margin:0;font-size:.85rem}table{border-collapse:collapse;width:100%;font-size:.9rem}
td,th{border:1px solid #d8dce4;padding:.25rem .45rem;text-align:left;vertical-align:top}code{font-size:.9em}
</style></head><body>
<h1>${escape(doc.info.title)}</h1><p>${escape(doc.info.description)}</p>
<p>Errors are JSON <code>{error, message, details}</code>. Machine-readable description: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${escape(doc.openapi)}).</p>
${sections.join('\n')}
</body></html>`;
}
