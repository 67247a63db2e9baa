/**
 * The queue dashboard: Bull Board over the pipeline's four queues (waiting, active, delayed,
 * failed with their errors, retry and clean buttons), as a plain Node request handler.
 */
import type http from "node:http";
import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { ExpressAdapter } from "@bull-board/express";
import { QUEUE_NAMES } from "./queues.ts";
import type { PipelineQueues } from "./queues.ts";

/** A request handler serving the dashboard at `basePath`. */
export function dashboardHandler(queues: PipelineQueues, basePath = "/"): http.RequestListener {
  const server = new ExpressAdapter();
  server.setBasePath(basePath);
  createBullBoard({
    queues: QUEUE_NAMES.map((name) => new BullMQAdapter(queues.queue(name))),
    serverAdapter: server,
    options: { uiConfig: { boardTitle: "vdp queues" } },
  });
  return server.getRouter() as http.RequestListener;
}
