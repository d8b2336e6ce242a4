import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDvcHistory } from '../../src/import/index.js';
import type { RunManifest } from '../../src/manifest/index.js';
import { corpus, expectValid, importOne, runImport, tempDir } from './helpers.js';

const history = path.join(corpus, 'example-get-started-history');
const PR = 'f8fb2db4340246d2ea8bc1d81a61d60447478016';
const BASE = '940e993691e9b44de1cb042a33c41930c72f204e';

describe('import dvc', () => {
  it('reads params.yaml and eval/metrics.json of one commit exactly (dotted names, as dvc metrics show)', async () => {
    const { manifest } = await importOne('dvc', path.join(corpus, 'example-get-started', PR), [
      '--name',
      'get-started',
    ]);
    expect(manifest.run.name).toBe('get-started');
    expect(manifest.metrics['roc_auc.test']).toBe(0.945093365854111);
    expect(manifest.metrics['avg_prec.train']).toBe(0.9993200926993988);
    expect((manifest.params as { train: { n_est: number; min_split: number } }).train).toEqual({
      seed: 20170428,
      n_est: 100,
      min_split: 8,
    });
    // a DVC folder copied inside another repository does not take that repository's commit
    expect(manifest.code).toBeUndefined();
  });

  it('a metrics-only folder reads the usual place', async () => {
    const { manifest } = await importOne('dvc', path.join(corpus, 'example-get-started', BASE));
    expect(manifest.metrics['roc_auc.test']).toBe(0.9460213440787918);
    expect(manifest.params).toBeUndefined();
  });

  it('takes datasets with md5 digests and sizes, stage commands and artifacts from dvc.yaml and dvc.lock', async () => {
    const { manifest, stderr } = await importOne('dvc', path.join(history, '01ea8bbb215dd73b33088ef8ef4e5384c6103029'));
    expect(stderr).toContain('eval/metrics.json');
    expect(manifest.metrics).toEqual({});
    expect(manifest.datasets).toEqual([
      { name: 'data/data.xml', uri: 'data/data.xml', digest: 'md5:22a1a2931c8370d3aeedd7183606fd7f', bytes: 14445097 },
    ]);
    expect(manifest.artifacts).toEqual([
      {
        name: 'model.pkl',
        kind: 'model',
        uri: 'model.pkl',
        digest: 'md5:63cd44fd46b7f76875dc9556a2000cb5',
        bytes: 10322743,
      },
      // a `.dir` hash is DVC's digest of a directory listing: the suffix is stripped, the uri marks the directory
      { name: 'eval', uri: 'eval/', digest: 'md5:bc55587cf8d870b9f861907fe0864d68', bytes: 1186900 },
    ]);
    expect(manifest.run.command).toEqual(['dvc', 'repro']);
    expect(manifest.run.notes).toContain('train: python src/train.py data/features model.pkl');
  });

  it('reads YAML, TOML and CSV metrics files that dvc.yaml lists, and drops NaN with a warning', async () => {
    const dir = tempDir('dvc');
    writeFileSync(
      path.join(dir, 'dvc.yaml'),
      'stages:\n  train:\n    cmd: python train.py\n    params:\n    - lr\n    - conf/extra.toml:\n      - depth\n    metrics:\n    - m.yaml:\n        cache: false\nmetrics:\n- m.toml\n- log.tsv\n- missing.json\n',
    );
    writeFileSync(path.join(dir, 'params.yaml'), 'lr: 0.01\n');
    mkdirSync(path.join(dir, 'conf'));
    writeFileSync(path.join(dir, 'conf/extra.toml'), 'depth = 4\n');
    writeFileSync(path.join(dir, 'm.yaml'), 'acc: 0.5\nloss: .nan\n');
    writeFileSync(path.join(dir, 'm.toml'), '[val]\nf1 = 0.25\n');
    writeFileSync(path.join(dir, 'log.tsv'), 'step\tloss\n0\t1.5\n1\t0.75\n');
    const { manifest, stderr } = await importOne('dvc', dir);
    expect(manifest.metrics).toEqual({
      acc: 0.5,
      'val.f1': 0.25,
      loss: {
        value: 0.75,
        series: [
          { step: 0, value: 1.5 },
          { step: 1, value: 0.75 },
        ],
      },
    });
    expect(manifest.params).toEqual({ lr: 0.01, 'conf/extra.toml': { depth: 4 } });
    expect(stderr).toMatch(/m\.yaml: loss is not a finite number/);
    expect(stderr).toContain('missing.json is listed as metrics in dvc.yaml but is not in the folder');
  });
  it("attaches DVCLive's step series from plots/metrics to the values of metrics.json", async () => {
    const dir = tempDir('dvclive');
    mkdirSync(path.join(dir, 'dvclive/plots/metrics/train'), { recursive: true });
    writeFileSync(path.join(dir, 'dvclive/metrics.json'), '{"train": {"loss": 0.25}, "acc": 0.75, "step": 1}');
    writeFileSync(
      path.join(dir, 'dvclive/plots/metrics/train/loss.tsv'),
      'timestamp\tstep\tloss\n1700000000000\t0\t0.5\n1700000001000\t1\t0.25\n',
    );
    writeFileSync(
      path.join(dir, 'dvclive/plots/metrics/acc.tsv'),
      'timestamp\tstep\tacc\n1700000000000\t0\t0.5\n1700000001000\t1\t0.75\n',
    );
    const { manifest } = await importOne('dvc', dir);
    expect(manifest.metrics).toEqual({
      'train.loss': {
        value: 0.25,
        series: [
          { step: 0, value: 0.5 },
          { step: 1, value: 0.25 },
        ],
      },
      acc: {
        value: 0.75,
        series: [
          { step: 0, value: 0.5 },
          { step: 1, value: 0.75 },
        ],
      },
      step: 1,
    });
  });
});

describe('import dvc: bulk history', () => {
  it('gives every commit a valid manifest or a stated reason, oldest first, under one name', async () => {
    const commits = readdirSync(history).filter((d) => /^[0-9a-f]{40}$/.test(d));
    expect(commits).toHaveLength(93);
    const r = await importDvcHistory(history);
    expect(r.manifests.length + r.skipped.length).toBe(93);
    expect(r.manifests.length).toBe(52);
    for (const s of r.skipped) expect(s.reason).toMatch(/metrics files dvc\.yaml lists|no metrics file/);
    for (const { commit, manifest } of r.manifests) {
      await expectValid(manifest);
      expect(manifest.code?.commit).toBe(commit);
      expect(manifest.run.name).toBe('example-get-started');
      expect(manifest.run.id).toBe(`dvc-${commit}`);
    }
    const dates = r.manifests.map((m) => m.manifest.run.startedAt!);
    expect([...dates].sort()).toEqual(dates);

    const pr = r.manifests.find((m) => m.commit === PR)!;
    expect(pr.parents).toEqual([BASE]);
    expect(pr.manifest.metrics['roc_auc.test']).toBe(0.945093365854111);
    expect((pr.manifest.params as { train: { n_est: number } }).train.n_est).toBe(100);
    expect(pr.manifest.run.startedAt).toBe('2022-12-18T18:48:13Z');
    expect(pr.manifest.run.tags).toMatchObject({
      'git.parents': BASE,
      'git.refs': 'refs/pull/59/head refs/pull/61/head',
    });
    expect(pr.manifest.run.notes?.split('\n')[0]).toBe(
      readFileSync(path.join(history, PR, 'COMMIT'), 'utf8').split('\n')[3],
    );
    // a merge keeps both parents
    const merge = r.manifests.find((m) => m.parents.length === 2);
    expect(merge?.manifest.run.tags?.['git.parents']?.split(' ')).toHaveLength(2);
    // branch tips (whose metrics are all DVC-cached) come with keepEmpty, and name their branch
    const all = await importDvcHistory(history, { keepEmpty: true });
    expect(all.manifests).toHaveLength(93);
    const main = all.manifests.find((m) => m.manifest.code?.branch === 'main');
    expect(main?.commit).toBe('06ea48980a34ef57041c9b905cafcb40d9c3ddbc');
    expect(main?.manifest.metrics).toEqual({});
  });

  it('writes one file per commit with the CLI, and keeps metric-less commits with --keep-empty', async () => {
    const out = tempDir('dvc-history');
    const r = await runImport(['dvc', history, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote 52 manifests');
    expect(r.stderr).toContain('41 runs skipped');
    expect(readdirSync(out)).toHaveLength(52);
    const out2 = tempDir('dvc-history');
    const small = tempDir('dvc-small');
    for (const c of ['01ea8bbb215dd73b33088ef8ef4e5384c6103029', PR])
      cpSync(path.join(history, c), path.join(small, c), { recursive: true });
    const r2 = await runImport(['dvc', small, '--out', out2, '--keep-empty', '--name', 'gs']);
    expect(r2.code).toBe(0);
    const files = readdirSync(out2).map((f) => JSON.parse(readFileSync(path.join(out2, f), 'utf8')) as RunManifest);
    expect(files.map((m) => m.run.name)).toEqual(['gs', 'gs']);
    expect(files.map((m) => Object.keys(m.metrics).length).sort()).toEqual([0, 4]);
  });

  it('refuses several runs on stdout', async () => {
    const r = await runImport(['dvc', history]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('found 52 runs; give --out <dir>');
  });
});
