/**
 * One walk over a parsed page collecting what article reading needs besides the body: meta
 * tags, `<title>`, the canonical link, JSON-LD blocks, the first `<h1>`, the first `<time
 * datetime>` and `<body>`. Replaces a dozen full-document selector scans per page.
 */
import type { AnyNode, Element } from "domhandler";

/** What the walk found. */
export interface PageLandmarks {
  /** Meta values by lower-cased `property`, `name` or `itemprop` (first wins). */
  metas: Map<string, string>;
  title: string | null;
  canonicalHref: string | null;
  /** Raw text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  h1: Element | null;
  /** `datetime` of the first `<time>` (or `itemprop=datePublished`) that has one. */
  timeDatetime: string | null;
  body: Element | null;
  /** The first element marked as the byline: `rel=author`, or a class such as `author`, `byline`, `tacgia`. */
  byline: Element | null;
}

const BYLINE_CLASS = /(^|\s)(author|byline|tacgia|tac-gia)(\s|$)/i;

function textOf(node: AnyNode): string {
  if (node.type === "text") return (node as unknown as { data: string }).data;
  const children = (node as Element).children;
  if (!children) return "";
  let out = "";
  for (const child of children) out += textOf(child);
  return out;
}

/** Walks `root` once. */
export function pageLandmarks(root: AnyNode): PageLandmarks {
  const found: PageLandmarks = { metas: new Map(), title: null, canonicalHref: null, jsonLd: [], h1: null, timeDatetime: null, body: null, byline: null };
  const walk = (node: AnyNode) => {
    if (node.type === "tag" || node.type === "script" || node.type === "style") {
      const el = node as Element;
      const name = el.name.toLowerCase();
      const a = el.attribs;
      switch (name) {
        case "meta": {
          const key = (a.property ?? a.name ?? a.itemprop ?? "").toLowerCase();
          if (key && a.content !== undefined && !found.metas.has(key)) found.metas.set(key, a.content.trim());
          return;
        }
        case "title":
          found.title ??= textOf(el);
          return;
        case "link":
          if (found.canonicalHref === null && (a.rel ?? "").toLowerCase().split(/\s+/).includes("canonical") && a.href) found.canonicalHref = a.href;
          return;
        case "script":
          if ((a.type ?? "").toLowerCase() === "application/ld+json") found.jsonLd.push(textOf(el));
          return;
        case "style":
          return;
        case "h1":
          found.h1 ??= el;
          break;
        case "body":
          found.body ??= el;
          break;
      }
      if (found.byline === null && ((a.rel ?? "").toLowerCase() === "author" || (a.class !== undefined && BYLINE_CLASS.test(a.class)))) found.byline = el;
      if (found.timeDatetime === null && a.datetime && (name === "time" || a.itemprop === "datePublished")) found.timeDatetime = a.datetime;
    }
    const children = (node as Element).children;
    if (children) for (const child of children) walk(child);
  };
  walk(root);
  return found;
}

/** The text content of an element. */
export function elementText(el: AnyNode): string {
  return textOf(el);
}
