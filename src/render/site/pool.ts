// Worker threads for the site build. A big ledger's build is thousands of independent pages (each
// entry's comparison and page, each run name's charts and metric pages); the builder's thread reads
// the ledger and keeps the history, and hands the pages out to one worker per core. Tasks and their
// results are plain data (structured clone), so the same task functions (tasks.ts) run in-process
// when there are no workers: from the TypeScript sources (tests), on one core, or with jobs 0.
//
// Hand-rolled on node:worker_threads rather than a pool library: piscina and tinypool start their
// own bootstrap script from their package folder, which a bundled dist/ (the action's) does not have.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { tasks, type TaskInput, type TaskKind, type TaskOutput } from './tasks.js';
import type { Reply, Request } from './worker.js';

/** The worker script's file name next to the bundle's entry points; set by scripts/build.mjs. */
declare const RUNLEDGER_SITE_WORKER: string | undefined;

/** The bundled worker script, when this code runs from the bundle (dist/ or a benchmark's build). */
export function workerScript(): URL | undefined {
  if (typeof RUNLEDGER_SITE_WORKER === 'undefined') return undefined;
  // entry points sit in the bundle's folder, shared code in its chunks/ folder
  let dir = path.dirname(fileURLToPath(import.meta.url));
  if (path.basename(dir) === 'chunks') dir = path.dirname(dir);
  const file = path.join(dir, RUNLEDGER_SITE_WORKER);
  return existsSync(file) ? pathToFileURL(file) : undefined;
}

/** Workers to use by default: one per core, none on a single core. */
export function defaultJobs(): number {
  const n = availableParallelism();
  return n > 1 ? Math.min(n, 8) : 0;
}

export interface Pool {
  /** workers this pool runs tasks on (0: the calling thread) */
  readonly size: number;
  /** starts the workers now (they load the bundle while the caller does other work) */
  warm(): void;
  /** `transfer`: buffers the input holds that the caller gives up (moved to the worker, not copied) */
  run<K extends TaskKind>(kind: K, input: TaskInput<K>, transfer?: ArrayBuffer[]): Promise<TaskOutput<K>>;
  close(): Promise<void>;
}

/** A pool of `jobs` workers, started as tasks arrive; in-process when jobs is 0 or there is no bundle. */
export function createPool(jobs = defaultJobs()): Pool {
  const script = jobs > 0 ? workerScript() : undefined;
  return script ? new WorkerPool(script, jobs) : inProcess();
}

/** Tasks in the calling thread: for work too small to pay for starting workers. */
export const localPool = (): Pool => inProcess();

/** Tasks run in the calling thread, one after another (as a single worker would run them). */
function inProcess(): Pool {
  let last: Promise<unknown> = Promise.resolve();
  return {
    size: 0,
    warm: () => undefined,
    run(kind, input) {
      const task = tasks[kind] as (i: typeof input) => TaskOutput<typeof kind>;
      // started from the event loop, as a worker's reply arrives: not before the caller's own code
      // up to its next await of the event loop (which, after reading new entries, hands the workers
      // their tasks first); a result crosses a structured clone, as a worker's does: nothing is
      // shared with the caller
      const result = last
        .then(() => new Promise((resolve) => setImmediate(resolve)))
        .then(() => task(input))
        .then((r) => structuredClone(r));
      last = result.catch(() => undefined);
      return result;
    },
    close: async () => undefined,
  };
}

interface Job {
  req: Request;
  transfer?: ArrayBuffer[];
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** the tasks posted to this worker and not answered yet, oldest first (it runs them in order) */
  jobs: Job[];
}

/**
 * Tasks posted to a worker at once: the one it runs and the next. A worker's reply reaches the
 * builder's thread only when that thread turns to its event loop, which it does not while it writes
 * the commit lists and the saved state; with its next task already posted, a worker does not wait.
 */
const DEPTH = 2;

/** A task's error as thrown in the worker: message, stack, errno code (e.g. EACCES) and path kept. */
function taskError(r: Extract<Reply, { ok: false }>): Error {
  const e = new Error(r.message) as NodeJS.ErrnoException;
  if (r.stack) e.stack = r.stack;
  if (r.code) e.code = r.code;
  if (r.path) e.path = r.path;
  return e;
}

class WorkerPool implements Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private failure: Error | undefined;
  /** closed: no task is dispatched any more (a late reply must not start a new worker) */
  private closed = false;

  constructor(
    private readonly script: URL,
    readonly size: number,
  ) {}

  warm(): void {
    // each worker's first task: made-up metric pages, drawn while the builder reads (see warm.ts);
    // no one waits for it, and the tasks posted after it run when it is done
    while (this.slots.length < this.size) {
      const slot = this.spawn();
      slot.worker.postMessage({ id: this.nextId++, kind: 'warm', input: undefined } satisfies Request);
    }
  }

  run<K extends TaskKind>(kind: K, input: TaskInput<K>, transfer?: ArrayBuffer[]): Promise<TaskOutput<K>> {
    if (this.closed) return Promise.reject(new Error('the site build workers are closed'));
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({
        req: { id: this.nextId++, kind, input },
        ...(transfer ? { transfer } : {}),
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      // an idle worker first, then a new one, then one that has a single task to run
      let slot = this.slots.find((s) => !s.jobs.length);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      slot ??= this.slots.find((s) => s.jobs.length < DEPTH);
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.jobs.push(job);
      slot.worker.postMessage(job.req, job.transfer);
    }
  }

  private spawn(): Slot {
    // a young generation twice V8's default: the tasks allocate many short-lived strings and objects
    const worker = new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 32 } });
    const slot: Slot = { worker, jobs: [] };
    worker.on('message', (r: Reply) => {
      // replies come in the order the tasks were posted (a warm-up's has no job)
      const job = slot.jobs[0];
      if (!job || job.req.id !== r.id) return;
      slot.jobs.shift();
      if (r.ok) job.resolve(r.value);
      else job.reject(taskError(r));
      this.dispatch();
    });
    const broken = (e: Error) => {
      // a worker that died (out of memory, a crash) fails the build: its task is lost
      this.failure ??= e;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      for (const job of slot.jobs.splice(0)) job.reject(e);
      for (const job of this.queue.splice(0)) job.reject(e);
    };
    worker.on('error', broken);
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) broken(new Error(`a site build worker stopped (exit code ${code})`));
    });
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    this.closed = true;
    // tasks never started are dropped (their callers have stopped waiting: the build failed or ended)
    this.queue.splice(0);
    const all = this.slots.splice(0);
    await Promise.all(all.map((s) => s.worker.terminate()));
  }
}
