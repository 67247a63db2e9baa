/**
 * The generated benchmark portal as a child process: 10,500 article pages (~45 KB) over 20
 * loopback hosts (127.0.0.2–21) by default (`BENCH_HOSTS`, `BENCH_PAGES_PER_HOST`). It prints
 * `{ startUrls, pages }` as one JSON line and serves until its standard input closes.
 * The crawl and pipeline benchmarks run it as `--serve` so that serving costs neither of them CPU.
 */
import { generateCorpus } from "./corpus.ts";

/** Loopback host names 127.0.0.2 … for `n` hosts. */
export function benchHosts(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `127.0.0.${i + 2}`);
}

/** Serves the benchmark portal until standard input ends. */
export async function serveBenchPortal(): Promise<void> {
  const { startGeneratedPortal } = await import("../portal/generated-portal.ts");
  const corpus = generateCorpus({ bytes: 4 * 1024 * 1024, seed: 7, minArticleBytes: 2048, maxArticleBytes: 8192 });
  const portal = await startGeneratedPortal({
    hosts: benchHosts(Number(process.env.BENCH_HOSTS ?? 20)),
    pagesPerHost: Number(process.env.BENCH_PAGES_PER_HOST ?? 525),
    texts: corpus.articles.map((a) => a.text),
    prerender: true,
  });
  process.stdout.write(JSON.stringify({ startUrls: portal.startUrls, pages: portal.pages }) + "\n");
  process.stdin.resume();
  await new Promise((resolve) => process.stdin.once("end", resolve));
  await portal.close();
}
