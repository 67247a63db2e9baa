/** Every command of the CLI, in the order `vdp --help` lists them. */
import type { Command } from "commander";
import { register as extract } from "./extract.ts";

export const commands: Array<(program: Command) => void> = [extract];
