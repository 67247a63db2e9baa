/**
 * The portal's articles: the project's sample texts (`samples/articles/*.txt`, UTF-8, first
 * line usually the headline), each given an id, a URL slug and a publication date (from the
 * sample's `.expected.json` when it has one).
 */
import fs from "node:fs";
import path from "node:path";

/** One article as the portal serves it. */
export interface PortalArticle {
  /** Numeric id used in URLs (from 1001). */
  id: number;
  /** The file name without `.txt`. */
  slug: string;
  title: string;
  /** Body lines after the headline, in order, exactly as in the source (trimmed). */
  paragraphs: string[];
  /** `YYYY-MM-DD`. */
  published: string;
}

const CAPTION = /(^|\s)\(?Ảnh\s*:/;

/** True for a source line the portal renders as an image caption. */
export function isCaptionLine(line: string): boolean {
  return CAPTION.test(line) && line.length < 240;
}

function looksLikeBody(line: string): boolean {
  return line.length > 160 && /[.!?…]$/.test(line);
}

/** The headline of a sample as its expected record gives it: a string, null (none), or undefined (no record). */
function titleFor(file: string): string | null | undefined {
  try {
    const json = JSON.parse(fs.readFileSync(file.replace(/\.txt$/, ".expected.json"), "utf8")) as { title?: unknown };
    return typeof json.title === "string" ? json.title : json.title === null ? null : undefined;
  } catch {
    return undefined;
  }
}

function publishedFor(file: string, index: number): string {
  const expected = file.replace(/\.txt$/, ".expected.json");
  try {
    const json = JSON.parse(fs.readFileSync(expected, "utf8")) as { published?: unknown; eventDate?: unknown; dates?: unknown };
    const day = (v: unknown) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
    if (day(json.published)) return json.published as string;
    // A text without a date line is published on the day of its event, as news is.
    if (day(json.eventDate)) return json.eventDate as string;
    const days = Array.isArray(json.dates) ? (json.dates as unknown[]).filter(day).map(String).sort() : [];
    if (days.length) return days.at(-1)!;
  } catch {
    // No expected record: fall back to a date derived from the position.
  }
  const day = new Date(Date.UTC(2024, 0, 1) + index * 3 * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * Reads the `.txt` articles of `dirs` (missing folders are skipped), sorted by file name.
 * A first line that reads as body gets a headline made from its first words.
 */
export function loadSampleArticles(dirs: readonly string[]): PortalArticle[] {
  const files: string[] = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) if (name.endsWith(".txt")) files.push(path.join(dir, name));
  }
  return files.flatMap((file, index) => {
    const lines = fs
      .readFileSync(file, "utf8")
      .split(/\r?\n/)
      .map((l) => l.replace(/\s+/g, " ").trim())
      .filter(Boolean);
    const first = lines[0];
    if (!first) return [];
    // The headline as the expected record reads it (a text may open with a date line, a
    // breadcrumb or a byline); without one, the first line unless it reads as body.
    const expectedTitle = titleFor(file);
    const known = expectedTitle ? lines.findIndex((l) => l.normalize("NFC") === expectedTitle.normalize("NFC")) : -1;
    const headlineIsBody = known < 0 && (expectedTitle === null || looksLikeBody(first));
    const lead = lines.find(looksLikeBody) ?? first;
    const title = known >= 0 ? lines[known]! : headlineIsBody ? `${lead.split(" ").slice(0, 12).join(" ")}…` : first;
    return [
      {
        id: 1001 + index,
        slug: path.basename(file, ".txt"),
        title,
        paragraphs: known >= 0 ? lines.filter((_, i) => i !== known) : headlineIsBody ? lines : lines.slice(1),
        published: publishedFor(file, index),
      },
    ];
  });
}
