/** What a server-rendered page tells crawlers and link previews before the web app runs. */
export interface PageHead {
  language: string;
  title: string;
  description: string;
  /** schema.org data, embedded as JSON-LD. */
  structuredData: object;
  alternates: { type: string; href: string; title: string }[];
  /** The main content as plain HTML, replaced by the web app once it starts. */
  body: { heading: string; lines: string[] };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
/** JSON inside a script element must not close it. */
const escapeScriptJson = (value: object) => JSON.stringify(value).replace(/</g, '\\u003c');

/** index.html with the page's language, title, description, JSON-LD, alternates and content. */
export function withPageHead(indexHtml: string, head: PageHead): string {
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
    ...head.alternates.map((alternate) => `<link rel="alternate" type="${escapeHtml(alternate.type)}" href="${escapeHtml(alternate.href)}" title="${escapeHtml(alternate.title)}" />`),
    `<script type="application/ld+json">${escapeScriptJson(head.structuredData)}</script>`,
  ].join('\n    ');
  const body = [`<main><h1>${escapeHtml(head.body.heading)}</h1>`, ...head.body.lines.map((line) => `<p>${escapeHtml(line)}</p>`), '</main>'].join('');
  return indexHtml
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(head.language)}">`)
    .replace(/<meta name="description"[^>]*>\s*/, '')
    .replace(/<title>[^<]*<\/title>/, tags)
    .replace('<div id="root"></div>', `<div id="root">${body}</div>`);
}
