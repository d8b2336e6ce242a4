// The site builder's worker thread (bundled as dist/site-worker.js): runs its tasks one at a time and
// posts back each one's result, or the error it threw.
import { parentPort } from 'node:worker_threads';
import { tasks, type TaskKind } from './tasks.js';
import { warmUp } from './warm.js';

export interface Request {
  id: number;
  kind: TaskKind;
  input: unknown;
}

export type Reply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string; stack?: string; code?: string; path?: string };

const port = parentPort;
if (!port) throw new Error('the site worker runs in a worker thread');
// one task at a time, in the order they came: the pool posts a worker its next task before the
// current one ends (so that it never waits for the builder's thread to hand one over)
let chain = Promise.resolve();
/** tasks posted and not yet started */
let waiting = 0;
port.on('message', (req: Request) => {
  waiting++;
  chain = chain.then(() => handle(req));
});

async function handle(req: Request): Promise<void> {
  waiting--;
  try {
    // the warm-up goes on until a real task is waiting
    const value = await (req.kind === 'warm'
      ? warmUp(() => waiting > 0)
      : (tasks[req.kind] as (input: unknown) => unknown)(req.input));
    port!.postMessage({ id: req.id, ok: true, value } satisfies Reply);
  } catch (e: unknown) {
    const err = (e instanceof Error ? e : new Error(String(e))) as NodeJS.ErrnoException;
    const reply: Reply = { id: req.id, ok: false, message: err.message };
    if (err.stack) reply.stack = err.stack;
    if (typeof err.code === 'string') reply.code = err.code;
    if (typeof err.path === 'string') reply.path = err.path;
    port!.postMessage(reply);
  }
}
