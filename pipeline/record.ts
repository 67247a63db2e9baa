/**
 * The one place where a page read by the crawler becomes an `ArticleRecord`: the page's
 * title, publication date and byline are handed to `extract()` as context, so the
 * extractor and the page metadata agree.
 */
import { htmlToArticle, type ArticleContent } from "../crawlers/article.ts";
import { extract, type ExtractInput } from "../extractors/index.ts";
import type { ArticleRecord, ExtractContext } from "../extractors/types.ts";

/** What `extract()` reads of a page already read by `htmlToArticle`: its text under its title, and the page's metadata as context. */
export function extractInputOf(article: ArticleContent, context: ExtractContext = {}): ExtractInput {
  const title = context.title ?? article.title;
  const text = title && !article.text.startsWith(title) ? `${title}\n${article.text}` : article.text;
  return { text, context: { ...context, title, published: context.published ?? article.published } };
}

/** Completes the record extracted from a page with what only the page knows: its byline when the text has none, its URL. */
export function completeRecord(record: ArticleRecord, article: ArticleContent): ArticleRecord {
  if (!record.authors.length && article.author) record.authors = [article.author];
  if (article.canonicalUrl ?? article.url) record.url = (article.canonicalUrl ?? article.url)!;
  return record;
}

/** Builds the record of a page already read by `htmlToArticle`. */
export function recordFromArticle(article: ArticleContent, context: ExtractContext = {}): ArticleRecord {
  const input = extractInputOf(article, context);
  return completeRecord(extract(input.text, input.context), article);
}

/** Builds the record of an HTML page. */
export function recordFromHtml(html: string, url: string | null = null, context: ExtractContext = {}): ArticleRecord {
  return recordFromArticle(htmlToArticle(html, url), context);
}
