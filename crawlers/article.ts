/**
 * HTML → article: title, publication date, byline, canonical URL and the body as lines, read
 * with cheerio (htmlparser2). Site selectors where a profile gives them; otherwise generic
 * main-content extraction (`main-content.ts`). Legacy TCVN3 / VNI text is converted to
 * Unicode line by line. The output feeds `extract()` from `extractors/`.
 */
import { load } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { detectLegacyVietnamese, fixLegacyVietnamese } from "../extractors/legacy-vietnamese.ts";
import { findMainContainer, mainContentBlocks } from "./main-content.ts";
import { elementText, pageLandmarks } from "./page-landmarks.ts";
import { findPublished, parseJsonLd } from "./published-date.ts";
import type { SelectedDate } from "./published-date.ts";
import type { ArticleSelectors } from "./site-profile.ts";
import { textBlocks } from "./text-blocks.ts";
import type { TextBlock } from "./text-blocks.ts";
import { emptyUnreadElements } from "./unread-markup.ts";
import { normalizeUrl } from "./url-normalize.ts";

/** What a paragraph of the page is. */
export type ArticleParagraphKind = "body" | "heading" | "caption";

/** One line of the article body. */
export interface ArticleParagraph {
  text: string;
  kind: ArticleParagraphKind;
}

/** An article page, read. */
export interface ArticleContent {
  /** The URL the page was fetched from, when known. */
  url: string | null;
  /** `<link rel=canonical>`, normalized; else `url`. */
  canonicalUrl: string | null;
  title: string | null;
  /** Publication date `YYYY-MM-DD` (Vietnam time). */
  published: string | null;
  author: string | null;
  /** The body as lines (`paragraphs` joined by "\n"); caption lines included, marked in `paragraphs`. */
  text: string;
  /** Image captions, also present in `text`. */
  captions: string[];
  paragraphs: ArticleParagraph[];
  /** Set when legacy-font text was converted. */
  legacyEncoding: "tcvn3" | "vni" | null;
}

/** Options for `htmlToArticle`. */
export interface HtmlToArticleOptions {
  selectors?: ArticleSelectors;
}

const SOFT = /[\u00ad\u200b\u200c\u200d\ufeff]/g;

function clean(text: string): string {
  return text.replace(SOFT, "").replace(/[\u00a0\u202f\s]+/g, " ").trim().normalize("NFC");
}

function fixed(text: string, seen: { encoding: "tcvn3" | "vni" | null }): string {
  // TCVN3 puts ư at 0xAD (a soft hyphen): convert before stripping soft hyphens.
  const raw = text.replace(/[\u00a0\u202f\s]+/g, " ").trim();
  const result = fixLegacyVietnamese(raw, seen.encoding);
  if (result.encoding) seen.encoding = result.encoding;
  return clean(result.text);
}

/** The longest page block that `<title>` starts with (sites append their name after a dash), or null. */
function titleBlockOf(raw: string, blocks: readonly TextBlock[]): string | null {
  const title = raw.replace(/\s+/g, " ").trim();
  let best: string | null = null;
  for (const block of blocks) {
    if (block.text.length >= 10 && title.startsWith(block.text) && block.text.length > (best?.length ?? 0)) best = block.text;
  }
  return best;
}

/** The longest dash-separated part of `<title>` ("Headline - Site name"). */
function longestTitlePart(raw: string): string | null {
  const parts = raw.split(/\s+[|–—-]\s+|\s+::\s+/).map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** A line that reads as a headline: 10–250 characters, four words or more, no sentence's end. */
function readsAsHeadline(text: string): boolean {
  return text.length >= 10 && text.length <= 250 && text.split(/\s+/u).length >= 4 && !/[.:;!?]$/u.test(text);
}

/** The text's opening block when it is a heading that reads as a headline (`<h3 class="asset-title">`). */
function headingFirst(chosen: readonly TextBlock[]): string | null {
  const first = chosen[0];
  if (!first?.heading) return null;
  const text = first.text.trim();
  return readsAsHeadline(text) ? text : null;
}

/** A short stamp line above an article's text: its date ("Ngày 15/05/2024 | 14:20"), not a headline. */
const STAMP = /^(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|^\d{1,2}:\d{2}/iu;

/**
 * The headline printed above the article's text on a page that marks it with no `<h1>` (a
 * styled `<div>`): among the three blocks before the first block read, past date stamps, the
 * nearest short line of words that is not a link and does not end a sentence.
 */
function headlineAbove(blocks: readonly TextBlock[], first: TextBlock | undefined): string | null {
  // The first block read, among all the page's blocks (a profile's body selector reads its own).
  const at = first ? blocks.findIndex((b) => b.container === first.container && b.text === first.text) : -1;
  for (let i = at - 1, looked = 0; at > 0 && i >= 0 && looked < 3; i--, looked++) {
    const block = blocks[i];
    if (!block) break;
    const text = block.text.trim();
    if (STAMP.test(text) && text.length <= 60) continue;
    return readsAsHeadline(text) && block.linkChars <= text.length / 2 ? text : null;
  }
  return null;
}

function authorFromLd(ld: unknown[]): string | null {
  for (const item of ld.flatMap((v) => (Array.isArray(v) ? v : [v]))) {
    if (!item || typeof item !== "object") continue;
    const record = item as Record<string, unknown>;
    const graph = Array.isArray(record["@graph"]) ? (record["@graph"] as unknown[]) : [];
    for (const node of [record, ...graph]) {
      const author = (node as Record<string, unknown> | null)?.author;
      const first = Array.isArray(author) ? author[0] : author;
      if (typeof first === "string" && first.trim()) return first.trim();
      if (first && typeof first === "object" && typeof (first as Record<string, unknown>).name === "string") {
        return ((first as Record<string, unknown>).name as string).trim() || null;
      }
    }
  }
  return null;
}

/**
 * Reads an article page. `url` resolves the canonical link; `selectors` come from the site
 * profile. Never throws on odd HTML: a page without prose gives an empty `text`.
 * @example htmlToArticle("<h1>Tin</h1><p>Chiều 20/11, Quận ủy Tây Khê tổ chức hội nghị.</p>").text
 */
export function htmlToArticle(html: string, url?: string | null, options: HtmlToArticleOptions = {}): ArticleContent {
  const selectors = options.selectors ?? {};
  // Site selectors may point anywhere in the page: only generic reading skips unread markup.
  const generic = !Object.values(selectors).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
  const $ = load(generic ? emptyUnreadElements(html) : html, { xml: { xmlMode: false, decodeEntities: true } });
  const seen = { encoding: null as "tcvn3" | "vni" | null };
  const landmarks = pageLandmarks($.root()[0] as AnyNode);
  let ldCache: unknown[] | null = null;
  const ld = () => (ldCache ??= parseJsonLd(landmarks.jsonLd));

  const remove = new Set<AnyNode>();
  for (const sel of selectors.remove ?? []) $(sel).each((_, el) => void remove.add(el));

  const root = (landmarks.body ?? $.root()[0]) as AnyNode;
  let allBlocks: TextBlock[] | null = null;
  const everyBlock = () => (allBlocks ??= textBlocks(root, { exclude: remove }));
  let chosen: TextBlock[] = [];
  if (selectors.body) {
    for (const el of $(selectors.body).toArray()) chosen.push(...textBlocks(el, { exclude: remove }));
  }
  if (chosen.length === 0) {
    const container = findMainContainer(everyBlock(), root);
    chosen = container ? mainContentBlocks(everyBlock(), container as Element) : [];
  }

  // Decide the page's legacy encoding on plenty of text, so short lines get converted too.
  seen.encoding = detectLegacyVietnamese(chosen.slice(0, 40).map((b) => b.text).join("\n"));

  let title: string | null = null;
  if (selectors.title) title = $(selectors.title).first().text() || null;
  title ??= landmarks.metas.get("og:title") || null;
  title ??= (landmarks.h1 ? elementText(landmarks.h1) : "") || null;
  // From <title>: the block it starts with, else the headline of the text (a title of the
  // site's name alone matches no block): its opening heading or the line above it; else
  // <title>'s longest part.
  const headline = () => headingFirst(chosen) ?? headlineAbove(everyBlock(), chosen[0]);
  if (!title && landmarks.title) title = titleBlockOf(landmarks.title, everyBlock()) ?? headline() ?? longestTitlePart(landmarks.title);
  if (!title) title = headline();
  title = title ? fixed(title, seen) || null : null;

  const paragraphs: ArticleParagraph[] = [];
  let droppedTitle = false;
  for (const block of chosen) {
    const text = fixed(block.text, seen);
    if (!text) continue;
    if (!droppedTitle && title && text === title) {
      droppedTitle = true;
      continue;
    }
    paragraphs.push({ text, kind: block.caption ? "caption" : block.heading ? "heading" : "body" });
  }

  let author: string | null = null;
  if (selectors.author) author = clean($(selectors.author).first().text()) || null;
  author ??= landmarks.metas.get("author") || authorFromLd(ld());
  author ??= (landmarks.byline ? clean(elementText(landmarks.byline)) : "") || null;
  if (author && author.length > 80) author = null;

  let selected: SelectedDate | null = null;
  if (selectors.published) {
    const el = $(selectors.published).first();
    if (el.length > 0) selected = { attribute: el.attr("datetime") ?? el.attr("content") ?? null, text: fixed(el.text(), seen) };
  }
  const published = findPublished({
    selected,
    metas: landmarks.metas,
    jsonLd: ld,
    timeDatetime: landmarks.timeDatetime,
    visibleText: () => everyBlock().map((b) => fixed(b.text, seen)),
  });

  const base = url ?? undefined;
  const canonicalUrl = (landmarks.canonicalHref ? normalizeUrl(landmarks.canonicalHref, base) : null) ?? (url ? normalizeUrl(url) : null);

  return {
    url: url ?? null,
    canonicalUrl,
    title,
    published,
    author,
    text: paragraphs.map((p) => p.text).join("\n"),
    captions: paragraphs.filter((p) => p.kind === "caption").map((p) => p.text),
    paragraphs,
    legacyEncoding: seen.encoding,
  };
}
