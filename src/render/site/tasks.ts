// The work a site build hands out: the same functions run in a worker thread or, without workers,
// in the builder's own thread (see pool.ts).
import type { renderEntries as RenderEntries } from './entry-page.js';
import { renderRunName } from './run-pages.js';
import { warmUp } from './warm.js';

/**
 * Loaded when a first entries task comes: a rebuild's workers draw run names only, and need not
 * compile the comparison engine and its statistics (half a megabyte of code) to do it.
 */
const renderEntries = async (task: Parameters<typeof RenderEntries>[0]) =>
  (await import('./entry-page.js')).renderEntries(task);

export const tasks = { entries: renderEntries, runName: renderRunName, warm: warmUp };

export type Tasks = typeof tasks;
export type TaskKind = keyof Tasks;
export type TaskInput<K extends TaskKind> = Parameters<Tasks[K]>[0];
export type TaskOutput<K extends TaskKind> = Awaited<ReturnType<Tasks[K]>>;
