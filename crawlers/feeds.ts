/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, read with fast-xml-parser: the items' links, titles
 * and dates. A malformed feed gives an error naming the URL, never a crash.
 */
import { XMLParser } from "fast-xml-parser";
import { normalizeUrl } from "./url-normalize.ts";

/** One entry of a feed. */
export interface FeedItem {
  url: string;
  title: string | null;
  /** The item's date as written (RFC 822 or ISO 8601), or null. */
  published: string | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  textNodeName: "#text",
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

function text(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === "string" || typeof node === "number") return String(node).trim() || null;
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === "object") return text((node as Record<string, unknown>)["#text"]);
  return null;
}

function atomLink(links: unknown): string | null {
  const list = Array.isArray(links) ? links : [links];
  let fallback: string | null = null;
  for (const link of list) {
    if (typeof link === "string") return link.trim() || null;
    if (!link || typeof link !== "object") continue;
    const rel = (link as Record<string, unknown>)["@rel"];
    const href = (link as Record<string, unknown>)["@href"];
    if (typeof href !== "string") {
      fallback ??= text(link);
      continue;
    }
    if (rel === undefined || rel === "alternate") return href;
    fallback ??= href;
  }
  return fallback;
}

/**
 * The items of an RSS or Atom document, links resolved against `baseUrl` and normalized.
 * @throws Error when the document is not XML or not a feed.
 */
export function parseFeed(xml: string, baseUrl: string): FeedItem[] {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml, true) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`feed ${baseUrl} is not well-formed XML: ${(err as Error).message}`);
  }
  const rss = doc.rss as Record<string, unknown> | undefined;
  const rdf = doc.RDF as Record<string, unknown> | undefined;
  const atom = doc.feed as Record<string, unknown> | undefined;
  const items: FeedItem[] = [];
  const push = (link: string | null, title: string | null, published: string | null) => {
    const url = link ? normalizeUrl(link, baseUrl) : null;
    if (url) items.push({ url, title, published });
  };
  if (rss || rdf) {
    const channel = (rss?.channel ?? rdf?.channel) as Record<string, unknown> | undefined;
    const list = ((rss ? channel?.item : rdf?.item) ?? []) as Array<Record<string, unknown>>;
    for (const item of list) {
      const link = text(item.link) ?? (isPermalink(item.guid) ? text(item.guid) : null);
      push(link, text(item.title), text(item.pubDate) ?? text(item.date) ?? text(item.published));
    }
    return items;
  }
  if (atom) {
    for (const entry of (atom.entry ?? []) as Array<Record<string, unknown>>) {
      push(atomLink(entry.link), text(entry.title), text(entry.published) ?? text(entry.updated));
    }
    return items;
  }
  throw new Error(`feed ${baseUrl} is neither RSS nor Atom`);
}

function isPermalink(guid: unknown): boolean {
  if (typeof guid === "string") return /^https?:\/\//.test(guid);
  if (guid && typeof guid === "object") return (guid as Record<string, unknown>)["@isPermaLink"] !== "false" && /^https?:\/\//.test(text(guid) ?? "");
  return false;
}
