// The work a site build hands out: the same functions run in a worker thread or, without workers,
// in the builder's own thread (see pool.ts).
import { renderEntries } from './entry-page.js';
import { renderRunName } from './run-pages.js';
import { warmUp } from './warm.js';

export const tasks = { entries: renderEntries, runName: renderRunName, warm: warmUp };

export type Tasks = typeof tasks;
export type TaskKind = keyof Tasks;
export type TaskInput<K extends TaskKind> = Parameters<Tasks[K]>[0];
export type TaskOutput<K extends TaskKind> = Awaited<ReturnType<Tasks[K]>>;
