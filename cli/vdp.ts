/**
 * The `vdp` command line: one file per command in `cli/commands/`, each exporting
 * `register(program)`. This file only assembles them: when the first argument names a command,
 * only that command's module is loaded (a long-running `vdp worker` then holds none of the
 * others' dependencies); otherwise (`--help`, a mistyped name) all are, so help and
 * suggestions see every command.
 */
import { Command } from "commander";
import { commands } from "./commands/index.ts";

const program = new Command();
program
  .name("vdp")
  .description(
    "Vietnamese directive pipeline: crawl Party-committee and government news, extract directives, " +
      "dates, officials and deadlines, and load them into PostgreSQL. Start with `vdp demo`.",
  )
  .version("0.1.0")
  .showHelpAfterError("(run with --help for usage)");

const named = commands.find(([name]) => name === process.argv[2]);
for (const [, load] of named ? [named] : commands) (await load()).register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.stderr.write(`vdp: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = process.exitCode || 1;
}
