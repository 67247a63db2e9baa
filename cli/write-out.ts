/** Writing to standard output with back-pressure, so a large export does not fill memory. */
import { once } from "node:events";

/** Writes `text` to stdout, waiting for it to drain when its buffer is full. */
export async function writeOut(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
}
