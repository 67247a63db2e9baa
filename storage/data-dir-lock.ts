/**
 * PGlite allows one process per data folder, and a second one would silently lose writes.
 * The folder's `lock` file holds the PID of the process that has it open; a second process
 * gets a {@link DataDirLockedError} naming that PID. A lock left by a dead process is taken over.
 */
import fs from "node:fs";
import path from "node:path";

/** A second process tried to open a data folder another live process holds. */
export class DataDirLockedError extends Error {
  override readonly name = "DataDirLockedError";
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the data folder ${dataDir} is in use by process ${pid} (lock file ${path.join(dataDir, "lock")}): ` +
        `stop that process, or point VDP_DATA_DIR elsewhere, or set DATABASE_URL to use a PostgreSQL server`,
    );
  }
}

/** A held lock; `release()` removes the lock file (also done on process exit). */
export interface DataDirLock {
  readonly file: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock of `dataDir` (created if missing) for this process, or throws
 * {@link DataDirLockedError} when a live process holds it, this one included.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "lock");
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = fs.openSync(file, "wx");
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        process.off("exit", release);
        if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
      };
      process.on("exit", release);
      return { file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const holder = readPid(file);
    if (holder !== null && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
    // Stale (dead PID) or unreadable lock: take it over. A file written this instant by a
    // starting process may still be empty, so wait a moment before treating it as stale.
    if (holder === null) {
      const waitUntil = Date.now() + 50;
      while (Date.now() < waitUntil) {
        /* brief spin: the writer needs microseconds */
      }
      const again = readPid(file);
      if (again !== null && isAlive(again)) throw new DataDirLockedError(dataDir, again);
    }
    fs.rmSync(file, { force: true });
  }
  throw new Error(`could not take the lock of the data folder ${dataDir}`);
}
