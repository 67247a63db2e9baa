/**
 * `npm run eval`: scores the extractors on the gold corpus with the shared scorer and
 * prints its table. `--check` compares each field with the floors in `eval/floors.json`
 * and fails when a score falls below its floor (the quality gate `.ci/run` applies).
 *
 * The gold corpus is not part of the repository: it is read from `../shared` (or
 * `VDP_SHARED_DIR`). Without it the command says so plainly and exits 0.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(process.env.VDP_SHARED_DIR ?? join(root, "..", "shared"));
const scorer = join(shared, "tools", "score.mjs");
const gold = join(shared, "corpus", "dev");
const check = process.argv.includes("--check");
const verbose = process.argv.includes("--verbose");

if (!existsSync(scorer) || !existsSync(gold)) {
  console.log(`eval: no gold corpus at ${shared} (set VDP_SHARED_DIR); nothing scored.`);
  process.exit(0);
}

const run = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, "bin", "vdp.js"))} extract --json`;
const args = [scorer, "--gold", gold, "--run", run];
const table = execFileSync(process.execPath, [...args, ...(verbose ? ["--verbose"] : [])], { encoding: "utf8" });
console.log(table.trim());
if (!check) process.exit(0);

interface Prf { f1: number }
const summary = JSON.parse(execFileSync(process.execPath, [...args, "--json"], { encoding: "utf8" }).trim().split("\n").at(-1)!) as Record<string, unknown>;
const floors = JSON.parse(readFileSync(join(root, "eval", "floors.json"), "utf8")) as Record<string, number>;
const paragraphs = summary.paragraphs as { repeatedLeft: number; lost: number; extra: number; predicted: number };
const value = (field: string): number => {
  switch (field) {
    case "roleAccuracy":
    case "eventDateAccuracy":
      return Number(summary[field] ?? 0);
    case "paragraphsRepeatedLeft":
      return -paragraphs.repeatedLeft;
    case "paragraphsLost":
      return -paragraphs.lost;
    default:
      return (summary[field] as Prf).f1;
  }
};
let failed = 0;
console.log("\nquality gate (eval/floors.json; paragraph counts as negatives: fewer is better)");
for (const [field, floor] of Object.entries(floors)) {
  const v = value(field);
  const ok = v >= floor - 1e-9;
  if (!ok) failed++;
  console.log(`  ${ok ? "ok  " : "FAIL"} ${field.padEnd(24)} ${v.toFixed(4)}  floor ${floor.toFixed(4)}`);
}
if (failed) {
  console.error(`eval: ${failed} field(s) fell below their floor`);
  process.exit(1);
}
