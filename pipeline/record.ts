/**
 * The one place where a page read by the crawler becomes an `ArticleRecord`: the page's
 * title, publication date and byline are handed to `extract()` as context, so the
 * extractor and the page metadata agree.
 */
import { htmlToArticle, type ArticleContent } from "../crawlers/article.ts";
import { extract } from "../extractors/index.ts";
import type { ArticleRecord, ExtractContext } from "../extractors/types.ts";

/** Builds the record of a page already read by `htmlToArticle`. */
export function recordFromArticle(article: ArticleContent, context: ExtractContext = {}): ArticleRecord {
  const title = context.title ?? article.title;
  const text = title && !article.text.startsWith(title) ? `${title}\n${article.text}` : article.text;
  const record = extract(text, { ...context, title, published: context.published ?? article.published });
  if (!record.authors.length && article.author) record.authors = [article.author];
  if (article.canonicalUrl ?? article.url) record.url = (article.canonicalUrl ?? article.url)!;
  return record;
}

/** Builds the record of an HTML page. */
export function recordFromHtml(html: string, url: string | null = null, context: ExtractContext = {}): ArticleRecord {
  return recordFromArticle(htmlToArticle(html, url), context);
}
