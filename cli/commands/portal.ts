/** `vdp portal`: serve the local sample portal (for the demo and for trying `vdp crawl`). */
import { portNumber } from "../number-options.ts";
import type { Command } from "commander";
import { startPortal } from "../../portal/portal-server.ts";

/** Registers `vdp portal`. */
export function register(program: Command): void {
  program
    .command("portal")
    .description("Serve the local sample portal built from samples/articles until interrupted.")
    .option("--port <n>", "port to listen on", portNumber, 8090)
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .option("--crawl-delay <seconds>", "Crawl-delay announced in robots.txt", (v) => Number(v), 1)
    .option("--faults", "also serve the fault pages (500, 429, slow, reset, truncated, huge, redirect loop, …)")
    .action(async (options: { port: number; host: string; crawlDelay: number; faults?: boolean }) => {
      if (!Number.isFinite(options.crawlDelay) || options.crawlDelay < 0) throw new Error(`--crawl-delay: expected seconds ≥ 0, got ${options.crawlDelay}`);
      const portal = await startPortal({ port: options.port, host: options.host, crawlDelaySeconds: options.crawlDelay, faults: options.faults ?? false });
      process.stdout.write(`Sample portal with ${portal.articles.length} articles at ${portal.url}/chuyen-muc/xay-dung-dang (Ctrl-C stops)\n`);
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      await portal.close();
    });
}
