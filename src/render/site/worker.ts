// The site builder's worker thread (bundled as dist/site-worker.js): runs one task at a time and
// posts back its result, or the error it threw.
import { parentPort } from 'node:worker_threads';
import { tasks, type TaskKind } from './tasks.js';

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
port.on('message', (req: Request) => {
  const run = tasks[req.kind] as (input: unknown) => unknown;
  Promise.resolve()
    .then(() => run(req.input))
    .then(
      (value) => port.postMessage({ id: req.id, ok: true, value } satisfies Reply),
      (e: unknown) => {
        const err = (e instanceof Error ? e : new Error(String(e))) as NodeJS.ErrnoException;
        const reply: Reply = { id: req.id, ok: false, message: err.message };
        if (err.stack) reply.stack = err.stack;
        if (typeof err.code === 'string') reply.code = err.code;
        if (typeof err.path === 'string') reply.path = err.path;
        port.postMessage(reply);
      },
    );
});
