/**
 * `emptyUnreadElements`: the page must parse to the same tree as before, less the content of
 * the unread elements, and give article reading the same landmarks and text blocks. Checked on
 * hand-written markup, on the generated benchmark portal's pages, and on fuzzed tag soup built
 * from the constructs the pass has to follow (quotes, comments, raw text, SVG, implied closes).
 */
import fc from "fast-check";
import { parseDocument } from "htmlparser2";
import type { AnyNode, Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { htmlToArticle } from "../../crawlers/article.ts";
import { pageLandmarks, elementText } from "../../crawlers/page-landmarks.ts";
import { textBlocks } from "../../crawlers/text-blocks.ts";
import { emptyUnreadElements } from "../../crawlers/unread-markup.ts";
import { generateCorpus } from "../../bench/corpus.ts";
import { startGeneratedPortal } from "../../portal/generated-portal.ts";
import { SAMPLE_ARTICLES_DIR, startPortal } from "../../portal/portal-server.ts";

const UNREAD = new Set(["aside", "footer", "nav", "svg", "noscript", "template"]);

/** The tree as text, the content of unread elements left out. */
function shape(node: AnyNode): string {
  if (node.type === "text") return JSON.stringify((node as unknown as { data: string }).data);
  if (node.type === "comment") return `<!--${(node as unknown as { data: string }).data}-->`;
  if (node.type === "directive") return `<!${(node as unknown as { data: string }).data}>`;
  if (node.type === "cdata" || node.type === "root" || node.type === "tag" || node.type === "script" || node.type === "style") {
    const el = node as Element;
    const name = el.name ?? node.type;
    const inner = el.name && UNREAD.has(el.name) ? "" : (el.children ?? []).map(shape).join("");
    return `<${name} ${JSON.stringify(el.attribs ?? {})}>${inner}</${name}>`;
  }
  return `?${node.type}`;
}

/** What article reading takes from a parsed page. */
function reading(html: string) {
  const doc = parseDocument(html, { decodeEntities: true });
  const marks = pageLandmarks(doc);
  return {
    tree: shape(doc),
    metas: [...marks.metas],
    title: marks.title,
    canonical: marks.canonicalHref,
    jsonLd: marks.jsonLd,
    h1: marks.h1 ? elementText(marks.h1) : null,
    time: marks.timeDatetime,
    byline: marks.byline ? elementText(marks.byline) : null,
    blocks: textBlocks(marks.body ?? doc).map((b) => [b.text, b.linkChars, b.container.name, b.heading, b.caption, b.index]),
  };
}

function expectSameReading(html: string) {
  expect(reading(emptyUnreadElements(html))).toEqual(reading(html));
}

describe("emptyUnreadElements", () => {
  it("empties sidebars, menus and footers and keeps their tags", () => {
    const html = `<body><nav class="menu"><a href="/">Trang chủ</a></nav><main><p>Tin chính</p></main><aside id="phai"><ul><li><a href="/a">Tin khác</a></li></ul></aside><footer><p>Bản quyền</p></footer></body>`;
    expect(emptyUnreadElements(html)).toBe(`<body><nav class="menu"></nav><main><p>Tin chính</p></main><aside id="phai"></aside><footer></footer></body>`);
    expectSameReading(html);
  });

  it("empties the outermost unread element once, with what is nested in it", () => {
    const html = `<p>a</p><aside><nav><a>x</a></nav><aside><p>y</p></aside><svg><path d="M0 0"/></svg></aside><p>b</p>`;
    expect(emptyUnreadElements(html)).toBe(`<p>a</p><aside></aside><p>b</p>`);
  });

  it("keeps content that holds a landmark: a byline, a time, a heading, JSON-LD, meta tags", () => {
    for (const inner of [
      `<span class="author">Minh Khôi</span>`,
      `<time datetime="2024-03-02">2/3/2024</time>`,
      `<h1>Tiêu đề</h1>`,
      `<script type="application/ld+json">{}</script>`,
      `<meta property="og:title" content="x">`,
      `<a rel="author" href="/tg">Tác giả</a>`,
    ]) {
      const html = `<body><aside>${inner}<p>tin khác</p></aside><p>Tin</p></body>`;
      expect(emptyUnreadElements(html)).toBe(html);
    }
  });

  it("leaves an element that a close tag from outside ends, or that never ends", () => {
    for (const html of [
      `<div><aside><p>x</p></div><p>sau</p>`,
      `<li><aside><li>a<li>b</li></li></aside>tiếp</li>`,
      `<body><aside><p>không đóng</p>`,
      `<p>đầu</p><aside><![CDATA[ x ]]></aside>`,
    ]) {
      expect(emptyUnreadElements(html)).toBe(html);
      expectSameReading(html);
    }
  });

  it("reads tags inside quotes, comments and raw text as the parser does", () => {
    for (const html of [
      `<aside title="</aside><p>giả</p>">x</aside><p>thật</p>`,
      `<aside><a title='a > b' href=/x>y</a></aside><p>thật</p>`,
      `<!-- <aside> --><p>một</p><aside>x</aside>`,
      `<!--><aside>x</aside><p>hai</p>`,
      `<aside><script>var s = "</aside>";</script>x</aside><p>ba</p>`,
      `<script>document.write("<aside>")</script><p>bốn</p></aside>`,
      `<textarea><aside></textarea><p>năm</p></aside>`,
      `<svg><title>Biểu tượng</title><aside/></svg><p>sáu</p>`,
      `<ASIDE CLASS=X>x</Aside ><p>bảy</p>`,
      `<aside/><p>tám</p></aside><p>chín</p>`,
      `<math><mi><aside>x</aside></mi></math><p>mười</p>`,
    ]) {
      expectSameReading(html);
    }
  });

  it("makes no difference to the generated portal's pages", async () => {
    const { articles } = generateCorpus({ bytes: 64 * 1024, seed: 11, minArticleBytes: 2048, maxArticleBytes: 8192 });
    const portal = await startGeneratedPortal({ hosts: ["127.0.0.1"], pagesPerHost: 12, texts: articles.map((a) => a.text) });
    try {
      const base = new URL(portal.startUrls[0]!);
      for (let n = 0; n < 12; n++) {
        const html = await (await fetch(new URL(`/bai-viet/tin-xay-dung-dang-so-${n}.html`, base))).text();
        // The sidebar is most of the page.
        expect(emptyUnreadElements(html).length).toBeLessThan(html.length / 2);
        expectSameReading(html);
        expect(htmlToArticle(html).paragraphs.length).toBeGreaterThan(3);
      }
    } finally {
      await portal.close();
    }
  });

  it("makes no difference to the sample portal's pages, in every page style", async () => {
    const portal = await startPortal({ articleDirs: [SAMPLE_ARTICLES_DIR], crawlDelaySeconds: 0 });
    try {
      for (const article of portal.articles) {
        // Latin-1 keeps every byte as one character: the markup is what matters here.
        const html = Buffer.from(await (await fetch(portal.url + article.path)).arrayBuffer()).toString("latin1");
        expectSameReading(html);
      }
    } finally {
      await portal.close();
    }
  });

  it("gives the same reading on fuzzed tag soup", () => {
    const piece = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(
        "<aside>", "</aside>", "<aside class='x'>", "<ASIDE>", "</Aside >", "<nav>", "</nav>", "<footer/>", "</footer>",
        "<svg>", "</svg>", "<path d='M0'/>", "<noscript>", "</noscript>", "<template>", "</template>",
        "<div class=\"a\">", "</div>", "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<table>", "<tr>", "<td>", "</td>",
        "<h1>", "</h1>", "<h3>", "<br/>", "</br>", "<hr>", "<img src=x>", "<a href=\"/x>y\">", "<a title='</aside>'>", "</a>",
        "<script>", "</script>", "<style>", "</style>", "<title>", "</title>", "<textarea>", "</textarea>",
        "<!--", "-->", "<!-->", "<!DOCTYPE html>", "<?xml ?>", "<![CDATA[", "]]>", "< aside>", "</ aside>", "</>",
        "<math>", "<mi>", "</mi>", "</math>", "<foreignObject>", "</foreignObject>", "<span class=\"author\">",
        "<time datetime=\"2024-01-02\">", "<meta name=\"author\" content=\"A\">", "<body>", "<head>", "</head>",
        "<select>", "<option>", "<dd>", "<dt>", "<tbody>", "<tfoot>",
      ) },
      { weight: 3, arbitrary: fc.constantFrom("Tin ", "Quận ủy Tây Khê ", "x", " ", "\n", "=", "\"", "'", "/", ">", "<", "&amp;") },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        expectSameReading(pieces.join(""));
      }),
      { numRuns: 3000 },
    );
  });
});
