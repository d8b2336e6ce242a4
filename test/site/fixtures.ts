// Hand-made ledger entries for the site tests: two run names with replicas, a step in one metric,
// cases, and (optionally) a run whose every string is hostile markup.
import { createHash } from 'node:crypto';
import type { RunManifest } from '../../src/manifest/manifest.gen.js';
import type { LedgerEntry } from '../../src/publish/ledger/types.js';
import { entryHash } from '../../src/publish/ledger/index.js';

export const EVIL = `<img src=x onerror=alert(1)><script>alert(2)</script>"'><svg onload=alert(3)>`;

function sha(i: number): string {
  return createHash('sha1').update(`commit ${i}`).digest('hex');
}

function wave(i: number, seed: number): number {
  // deterministic, noise-like
  const x = Math.sin(i * 12.9898 + seed * 78.233) * 43758.5453;
  return x - Math.floor(x) - 0.5;
}

export function manifest(i: number, name: string, replica: number, evil = false, stepAt = 8): RunManifest {
  const step = i >= stepAt ? -0.04 : 0;
  const m: RunManifest = {
    schemaVersion: 1,
    run: {
      id: `${name.replace(/\W/g, '-')}-${i}-r${replica}`,
      name,
      group: 'vision',
      seed: replica,
      replica,
      status: 'succeeded',
      startedAt: '2026-11-20T10:00:00Z',
      command: ['python', 'train.py', '--lr', '0.1', '--note', "it's fine"],
      tags: { owner: 'vision' },
    },
    code: { repository: 'acme/vision', commit: sha(i), branch: 'main', dirty: false },
    params: { optimizer: { name: 'sgd', lr: 0.1 }, epochs: 30 },
    datasets: [
      {
        name: 'cifar10-train',
        uri: 'https://example.org/cifar10/train',
        digest: 'sha256:81ca8d40fc0c2df7cd2c9d5f9f424a28e20878099ca4bcd350db5704632899ec',
      },
    ],
    environment: { os: 'linux', python: '3.11.7', packages: { torch: '2.5.1' } },
    metrics: {
      accuracy: {
        value: 0.9 + step + 0.004 * wave(i, replica),
        goal: 'maximize',
        samples: [0.9 + step, 0.9 + step + 0.002],
      },
      'val/loss': { value: 0.3 + 0.01 * wave(i, 7 + replica), goal: 'minimize', unit: 'nats' },
      throughput: 1200 + 10 * wave(i, 3),
    },
    artifacts: [{ name: 'model', kind: 'model', uri: 's3://bucket/model.pt', digest: 'sha256:aa' }],
    cases: [
      { id: 'task-1', outcome: 'pass', score: 1 },
      { id: 'task-2', outcome: i % 2 ? 'fail' : 'pass', score: i % 2 ? 0 : 1 },
    ],
  };
  if (evil) {
    m.run.name = `evil ${EVIL}`;
    m.run.id = `evil-${i}-${EVIL}`;
    m.run.group = EVIL;
    m.run.notes = EVIL;
    m.run.tags = { [EVIL]: EVIL, link: 'javascript:alert(4)' };
    m.run.command = ['sh', '-c', EVIL];
    m.code!.repository = `javascript:alert(5)//${EVIL}`;
    m.code!.branch = EVIL;
    m.params = { [EVIL]: EVIL, nested: { 'a"b': "x' onmouseover='alert(6)" } };
    m.datasets = [
      { name: EVIL, uri: 'javascript:alert(7)', digest: 'sha256:00' },
      { name: 'data-uri', uri: 'data:text/html,<script>alert(8)</script>' },
      { name: 'quoted', uri: `https://example.org/"><script>alert(9)</script>` },
    ];
    m.artifacts = [{ name: EVIL, kind: EVIL, uri: ` JaVaScRiPt:alert(10)` }];
    m.environment = { os: EVIL, packages: { [EVIL]: EVIL } };
    m.metrics = { [`${EVIL} metric`]: { value: i, goal: 'maximize', unit: EVIL }, accuracy: 0.5 };
    m.cases = [{ id: EVIL, outcome: 'fail', metrics: { [EVIL]: 1 } }];
  }
  return m;
}

/** `n` entries, each with two replicas of resnet and one of bert (and the evil run when asked); accuracy drops by 0.04 at entry `stepAt`. */
export function entries(n: number, opts: { evil?: boolean; stepAt?: number } = {}): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  let prev: string | null = null;
  for (let i = 0; i < n; i++) {
    const runs = [0, 1].map((r) => manifest(i, 'resnet50/cifar10', r, false, opts.stepAt));
    runs.push(manifest(i, 'bert/glue', 0));
    if (opts.evil) runs.push(manifest(i, 'evil', 0, true));
    const e = {
      format: 1,
      seq: i,
      commit: sha(i),
      parents: i ? [sha(i - 1)] : [],
      branch: 'main',
      recordedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
      source: { tool: 'test', subject: opts.evil ? EVIL : `commit number ${i}` },
      runs,
      prev,
    };
    const hash = entryHash(e);
    out.push({ ...e, hash });
    prev = hash;
  }
  return out;
}
