/**
 * Empties, before parsing, the elements whose content article reading never looks at:
 * `<aside>`, `<footer>`, `<nav>`, `<svg>`, `<noscript>` and `<template>` (text blocks skip
 * them, see `text-blocks.ts`). A portal's sidebar, menus and footer are often most of a page's
 * bytes; parsing them into a DOM only for the walk to skip them cost more than the rest of
 * reading the page.
 *
 * The page must parse exactly as before, less those elements' content. So one pass over the
 * markup follows htmlparser2's tokenizer (tags, attributes and their quotes, comments, raw
 * text in `<script>`, `<style>`, `<title>`, `<textarea>`, `<xmp>`) and its tree rules (void
 * elements, tags that close an open `<p>` or `<li>`, self-closing tags in SVG and MathML,
 * close tags that close everything up to their element). An element is emptied only when its
 * own close tag ends it; its content must hold nothing the page landmarks read (meta, title,
 * link, `<h1>`, `<time>`, JSON-LD, byline hints), and it must not sit inside an element whose
 * whole text they read (an `<h1>`, a byline). On markup the pass does not follow (CDATA)
 * it stops and the rest of the page is left as it is.
 */

/** Elements whose content text blocks never read. */
const UNREAD = new Set(["aside", "footer", "nav", "svg", "noscript", "template"]);

/** What `pageLandmarks` reads anywhere in a page: such content is kept. */
const LANDMARK_HINT = /<(?:meta|title|link|h1|body|time)[\s/>]|ld\+json|author|byline|tac-?gia|datetime|datepublished/i;

/** Tags whose content the tokenizer reads as raw text up to their own close tag. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp"]);

const VOID = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen",
  "link", "meta", "param", "source", "track", "wbr",
]);

const P = new Set(["p"]);
const FORM = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const DD_DT = new Set(["dd", "dt"]);
const RT_RP = new Set(["rt", "rp"]);
const TABLE_SECTION = new Set(["thead", "tbody"]);
/** An opening tag closes these when they are the innermost open element (htmlparser2's rules). */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ["tr", new Set(["tr", "th", "td"])], ["th", new Set(["th"])], ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])], ["li", new Set(["li"])],
  ["select", FORM], ["input", FORM], ["output", FORM], ["button", FORM], ["datalist", FORM], ["textarea", FORM],
  ["option", new Set(["option"])], ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DD_DT], ["dt", DD_DT], ["rt", RT_RP], ["rp", RT_RP], ["tbody", TABLE_SECTION], ["tfoot", TABLE_SECTION],
  ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "article", "aside", "blockquote", "details", "div", "dl",
    "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section",
    "table", "ul"].map((name) => [name, P] as const),
]);
const FOREIGN = new Set(["math", "svg"]);
const HTML_INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

function isAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** The end of a tag name (whitespace, `/` or `>`), or the text's length. */
function nameEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 0x3e || c === 0x2f || isSpace(c)) break;
    i++;
  }
  return i;
}

/**
 * Reads an opening tag's attributes from `from` (just after its name) as the tokenizer does.
 * Returns the index after its `>` and whether it ended in `/>`, or null when the text ends first.
 */
function openTagEnd(html: string, from: number): { end: number; selfClosing: boolean } | null {
  const n = html.length;
  let i = from;
  for (;;) {
    // Before an attribute name.
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (i >= n) return null;
    let c = html.charCodeAt(i);
    if (c === 0x3e) return { end: i + 1, selfClosing: false };
    if (c === 0x2f) {
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      if (i >= n) return null;
      if (html.charCodeAt(i) === 0x3e) return { end: i + 1, selfClosing: true };
      // Not `/>`: the character starts the next attribute name, or is another `/`.
      if (html.charCodeAt(i) === 0x2f) continue;
    }
    // The attribute name runs to `=`, whitespace, `/` or `>`.
    i++;
    while (i < n) {
      c = html.charCodeAt(i);
      if (c === 0x3d || c === 0x3e || c === 0x2f || isSpace(c)) break;
      i++;
    }
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (i >= n) return null;
    if (html.charCodeAt(i) !== 0x3d) continue; // no value: the next name, `/` or `>`
    i++;
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (i >= n) return null;
    c = html.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      const close = html.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0) return null;
      i = close + 1;
    } else {
      while (i < n) {
        c = html.charCodeAt(i);
        if (c === 0x3e || isSpace(c)) break;
        i++;
      }
    }
  }
}

/** The index just past the raw-text element's close tag (`</name` then whitespace, `/` or `>`), or -1. */
function rawTextEnd(html: string, from: number, name: string): number {
  let at = from;
  for (;;) {
    const lt = html.indexOf("</", at);
    if (lt < 0) return -1;
    const after = lt + 2 + name.length;
    if (html.slice(lt + 2, after).toLowerCase() === name && after < html.length) {
      const c = html.charCodeAt(after);
      if (c === 0x3e || c === 0x2f || isSpace(c)) {
        const gt = html.indexOf(">", after);
        return gt < 0 ? -1 : gt + 1;
      }
    }
    at = lt + 2;
  }
}

/**
 * `html` with the content of unread elements removed (their tags kept), parsed by htmlparser2
 * into the same tree less that content.
 * @example emptyUnreadElements('<p>Tin</p><aside class="x"><a href="/">Tin khác</a></aside>') // '<p>Tin</p><aside class="x"></aside>'
 */
export function emptyUnreadElements(html: string): string {
  /** Open elements, innermost last; `foreign` as htmlparser2 keeps it (innermost last). */
  const stack: string[] = [];
  /** Per open element: where its attributes start and end (to look for byline hints). */
  const attrs: number[] = [];
  /** Whether an open element is one whose whole text landmarks read (`<h1>`, a byline). */
  const insideRead = () => {
    for (let k = 0; k < stack.length; k++) {
      if (stack[k] === "h1" || LANDMARK_HINT.test(html.slice(attrs[2 * k]!, attrs[2 * k + 1]!))) return true;
    }
    return false;
  };
  const foreign: boolean[] = [false];
  const pieces: string[] = [];
  let copied = 0;
  /** The outermost open unread element: where its content starts and its depth in `stack`. */
  let region: { start: number; depth: number } | null = null;
  const n = html.length;
  let i = 0;

  const popTo = (index: number) => {
    stack.length = index;
    attrs.length = 2 * index;
    if (region && stack.length < region.depth) region = null;
  };

  scan: for (;;) {
    const lt = html.indexOf("<", i);
    if (lt < 0 || lt + 1 >= n) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 0x21) {
      // `<!--` comment, `<!…>` declaration; CDATA is left to the parser.
      if (html.startsWith("<!--", lt)) {
        // The opener's dashes count: `<!-->` and `<!--->` are whole comments.
        const end = html.indexOf("-->", lt + 2);
        if (end < 0) break;
        i = end + 3;
      } else if (html.startsWith("<![", lt)) {
        break;
      } else {
        const end = html.indexOf(">", lt + 2);
        if (end < 0) break;
        i = end + 1;
      }
      continue;
    }
    if (c === 0x3f) {
      const end = html.indexOf(">", lt + 2);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    if (c === 0x2f) {
      // A close tag: `</` then optional whitespace and a letter, else a bogus comment to `>`.
      let at = lt + 2;
      while (at < n && isSpace(html.charCodeAt(at))) at++;
      if (at >= n) break;
      const first = html.charCodeAt(at);
      if (!isAlpha(first)) {
        if (first === 0x3e) {
          i = at + 1;
          continue;
        }
        const end = html.indexOf(">", at);
        if (end < 0) break;
        i = end + 1;
        continue;
      }
      let stop = at;
      while (stop < n && html.charCodeAt(stop) !== 0x3e && !isSpace(html.charCodeAt(stop))) stop++;
      const name = html.slice(at, stop).toLowerCase();
      const gt = html.indexOf(">", stop);
      if (gt < 0) break;
      i = gt + 1;
      if (FOREIGN.has(name) || HTML_INTEGRATION.has(name)) foreign.pop();
      if (VOID.has(name)) continue;
      const pos = stack.lastIndexOf(name);
      if (pos < 0) continue;
      if (region && pos === region.depth - 1) {
        // The unread element ends with its own close tag: drop what it held.
        const content = html.slice(region.start, lt);
        if (!LANDMARK_HINT.test(content)) {
          pieces.push(html.slice(copied, region.start));
          copied = lt;
        }
      }
      popTo(pos);
      continue;
    }
    if (!isAlpha(c)) {
      i = lt + 1;
      continue;
    }
    // An opening tag.
    const stop = nameEnd(html, lt + 1);
    const name = html.slice(lt + 1, stop).toLowerCase();
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1]!)) popTo(stack.length - 1);
    const isVoid = VOID.has(name);
    if (!isVoid) {
      stack.push(name);
      if (FOREIGN.has(name)) foreign.push(true);
      else if (HTML_INTEGRATION.has(name)) foreign.push(false);
    }
    const tag = openTagEnd(html, stop);
    if (!tag) break;
    if (!isVoid) attrs.push(stop, tag.end);
    i = tag.end;
    if (tag.selfClosing && !isVoid && foreign[foreign.length - 1]) {
      // Self-closing in SVG or MathML: the element ends here.
      if (stack[stack.length - 1] === name) popTo(stack.length - 1);
      continue;
    }
    if (RAW_TEXT.has(name) && !tag.selfClosing) {
      const end = rawTextEnd(html, i, name);
      if (end < 0) break scan;
      // The raw text's close tag closes the element as any close tag does.
      i = end;
      if (FOREIGN.has(name) || HTML_INTEGRATION.has(name)) foreign.pop();
      const pos = stack.lastIndexOf(name);
      if (pos >= 0) popTo(pos);
      continue;
    }
    if (!region && !isVoid && UNREAD.has(name) && !insideRead()) region = { start: i, depth: stack.length };
  }
  if (pieces.length === 0) return html;
  pieces.push(html.slice(copied));
  return pieces.join("");
}
