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

export const commands: Array<(program: Command) => void> = [extract, load, search, directive, officials, deadlines, exportCommand, sites, crawl, portal];
