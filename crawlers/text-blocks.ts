/**
 * Splits a parsed HTML document into text blocks: runs of inline text between block-level
 * boundaries (`<p>`, `<div>`, `<td>`, `<li>`, headings, `<br>`…), each with its link text,
 * the element it sits in, and whether it is a heading or an image caption. Main-content
 * extraction scores these blocks; the article keeps the ones it chooses.
 */
import type { AnyNode, Element } from "domhandler";

/** One run of text between block boundaries. */
export interface TextBlock {
  /** Whitespace-collapsed text. */
  text: string;
  /** Characters of `text` inside links. */
  linkChars: number;
  /** The nearest block-level element containing the text. */
  container: Element;
  /** Inside `<h1>`–`<h6>`. */
  heading: boolean;
  /** Inside a `<figcaption>` or an element whose class or id names a caption. */
  caption: boolean;
  /** Position in document order. */
  index: number;
}

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
  "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
  "thead", "tr", "ul", "caption", "br",
]);

/** Elements whose content is never article text. */
const SKIP_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "select", "option",
  "button", "input", "textarea", "head", "nav", "map", "video", "audio",
]);

const CAPTION_HINT = /(^|[\s_-])(caption|figcaption|image[_-]?desc|img[_-]?desc|photo[_-]?desc|chu[_-]?thich|chuthich|pic[_-]?desc|expnote|desc[_-]?img)([\s_-]|$)/i;

/** Options for block extraction. */
export interface TextBlockOptions {
  /** Also skip `<header>`, `<footer>` and `<aside>` (semantic page chrome). Default true. */
  skipChrome?: boolean;
  /** Elements to leave out (e.g. a profile's `remove` selectors, already resolved). */
  exclude?: ReadonlySet<AnyNode>;
}

/** The blocks under `root`, in document order. */
export function textBlocks(root: AnyNode, options: TextBlockOptions = {}): TextBlock[] {
  const skipChrome = options.skipChrome ?? true;
  const exclude = options.exclude;
  const blocks: TextBlock[] = [];
  let buffer = "";
  let linkChars = 0;
  let container: Element | null = null;
  let headingDepth = 0;
  let captionDepth = 0;
  let linkDepth = 0;

  const flush = () => {
    const trimmed = buffer.trim();
    // A block that is all link text (menus, related lists) is never kept: skip collapsing its spaces.
    const text = linkChars >= trimmed.length ? trimmed : trimmed.replace(/\s+/g, " ");
    if (text && container) {
      blocks.push({
        text,
        linkChars: Math.min(linkChars, text.length),
        container,
        heading: headingDepth > 0,
        caption: captionDepth > 0,
        index: blocks.length,
      });
    }
    buffer = "";
    linkChars = 0;
  };

  const walk = (node: AnyNode, block: Element | null) => {
    if (node.type === "text") {
      const data = (node as unknown as { data: string }).data;
      if (block !== container) {
        flush();
        container = block;
      }
      buffer += data;
      if (linkDepth > 0) linkChars += data.trim().length;
      return;
    }
    if (node.type !== "tag" && node.type !== "root") return;
    if (exclude?.has(node)) return;
    const el = node as Element;
    const name = node.type === "tag" ? el.name.toLowerCase() : "";
    if (SKIP_TAGS.has(name)) return;
    if (skipChrome && (name === "footer" || name === "aside" || (name === "header" && !hasHeading(el)))) return;
    if (name === "br") {
      flush();
      return;
    }
    const isBlock = BLOCK_TAGS.has(name);
    if (isBlock) flush();
    const heading = /^h[1-6]$/.test(name);
    const cls = name ? `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}` : "";
    const caption = name === "figcaption" || (cls.trim() !== "" && CAPTION_HINT.test(cls));
    const link = name === "a";
    if (heading) headingDepth++;
    if (caption) captionDepth++;
    if (link) linkDepth++;
    const nextBlock = isBlock && node.type === "tag" ? el : block;
    for (const child of el.children ?? []) walk(child, nextBlock);
    if (isBlock || heading || caption) {
      flush();
      container = block;
    }
    if (heading) headingDepth--;
    if (caption) captionDepth--;
    if (link) linkDepth--;
  };

  walk(root, root.type === "tag" ? (root as Element) : null);
  flush();
  return blocks;
}

function hasHeading(el: Element): boolean {
  for (const child of el.children ?? []) {
    if (child.type !== "tag") continue;
    const c = child as Element;
    if (/^h[1-6]$/i.test(c.name) || hasHeading(c)) return true;
  }
  return false;
}
