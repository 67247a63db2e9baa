/** Every command of the CLI, in the order `vdp --help` lists them. */
import type { Command } from "commander";
import { register as extract } from "./extract.ts";
import { register as load } from "./load.ts";
import { register as search } from "./search.ts";
import { register as directive } from "./directive.ts";
import { register as officials } from "./officials.ts";
import { register as deadlines } from "./deadlines.ts";
import { register as exportCommand } from "./export.ts";
import { register as sites } from "./sites.ts";
import { register as crawl } from "./crawl.ts";
import { register as portal } from "./portal.ts";
import { register as demo } from "./demo.ts";
import { register as worker } from "./worker.ts";
import { register as runs } from "./runs.ts";
import { register as failed } from "./failed.ts";
import { register as retry } from "./retry.ts";
import { register as schedule } from "./schedule.ts";
import { register as dashboard } from "./dashboard.ts";

export const commands: Array<(program: Command) => void> = [extract, load, search, directive, officials, deadlines, exportCommand, sites, crawl, portal, demo, worker, runs, failed, retry, schedule, dashboard];
