// Builders of run manifests for the compare tests: complete provenance unless a test takes it away.
import type { RunManifest } from '../../src/manifest/index.js';

export const BASE_SHA = '3f1d2c9a8b7e6f5d4c3b2a1908f7e6d5c4b3a291';
export const HEAD_SHA = '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b';
const DIGEST = 'sha256:' + 'ab'.repeat(32);

let counter = 0;

export function run(
  name: string,
  metrics: RunManifest['metrics'],
  extra: Partial<Omit<RunManifest, 'run'>> & { run?: Partial<RunManifest['run']>; side?: 'baseline' | 'current' } = {},
): RunManifest {
  const { side = 'current', run: runExtra, ...rest } = extra;
  return {
    schemaVersion: 1,
    run: { id: `${name}-${side}-${counter++}`, name, status: 'succeeded', ...runExtra },
    code: { repository: 'acme/ml', commit: side === 'baseline' ? BASE_SHA : HEAD_SHA, dirty: false },
    datasets: [{ name: 'train', digest: DIGEST, records: 1000 }],
    environment: { python: '3.11.7', packages: { torch: '2.5.1' } },
    metrics,
    ...rest,
  };
}

/** n replicas of one run, metric values from per-replica arrays. */
export function replicas(
  name: string,
  values: Record<string, number[]>,
  side: 'baseline' | 'current',
  goal: 'maximize' | 'minimize' | undefined = 'maximize',
): RunManifest[] {
  const n = Object.values(values)[0]!.length;
  return Array.from({ length: n }, (_, i) =>
    run(name, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, goal ? { value: v[i]!, goal } : v[i]!])), {
      side,
      run: { seed: i, replica: i },
    }),
  );
}
