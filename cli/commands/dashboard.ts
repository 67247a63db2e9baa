/** `vdp dashboard`: serve the queue dashboard (Bull Board) until interrupted. */
import { portNumber } from "../number-options.ts";
import http from "node:http";
import type net from "node:net";
import type { Command } from "commander";
import { dashboardHandler } from "../../pipeline/dashboard.ts";
import { QUEUE_HELP, withQueues } from "../with-queues.ts";

/** Registers `vdp dashboard`. */
export function register(program: Command): void {
  program
    .command("dashboard")
    .description("Serve the queue dashboard (Bull Board): jobs per queue and state, failed jobs with their errors, retry.")
    .option("--port <n>", "port to listen on", portNumber, 3000)
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .addHelpText("after", QUEUE_HELP)
    .action(async (options: { port: number; host: string }) => {
      await withQueues(async (queues) => {
        const server = http.createServer(dashboardHandler(queues, "/"));
        await new Promise<void>((resolve, reject) => {
          server.once("error", reject);
          server.listen(options.port, options.host, () => resolve());
        });
        const { port } = server.address() as net.AddressInfo;
        process.stdout.write(`Queue dashboard at http://${options.host}:${port}/ (Ctrl-C stops)\n`);
        await new Promise<void>((resolve) => {
          process.once("SIGINT", resolve);
          process.once("SIGTERM", resolve);
        });
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      });
    });
}
