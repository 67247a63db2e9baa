/** Runs tasks with bounded concurrency while workers keep adding new ones. */

/**
 * Processes `initial` and everything workers `push`, at most `concurrency` at a time;
 * resolves when the queue is empty and every worker has finished. A worker that throws does
 * not stop the others: its error goes to `onError`.
 */
export async function drainQueue<T>(
  initial: Iterable<T>,
  concurrency: number,
  worker: (task: T, push: (task: T) => void) => Promise<void>,
  onError: (error: unknown, task: T) => void = () => undefined,
): Promise<void> {
  const queue: T[] = [...initial];
  let active = 0;
  await new Promise<void>((resolve) => {
    const pump = () => {
      while (active < concurrency && queue.length > 0) {
        const task = queue.shift()!;
        active++;
        worker(task, (t) => {
          queue.push(t);
        })
          .catch((err: unknown) => onError(err, task))
          .finally(() => {
            active--;
            pump();
          });
      }
      if (active === 0 && queue.length === 0) resolve();
    };
    pump();
  });
}
