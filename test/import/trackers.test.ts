import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MetricObject } from '../../src/manifest/index.js';
import { corpus, importOne, runImport, tempDir } from './helpers.js';

describe('import hf-trainer', () => {
  it('turns log_history into step series, keeps the Trainer names and finds the best metric', async () => {
    const { manifest } = await importOne('hf-trainer', path.join(corpus, 'Whisper_Finetune'));
    const state = JSON.parse(readFileSync(path.join(corpus, 'Whisper_Finetune/trainer_state.json'), 'utf8')) as {
      log_history: Record<string, number>[];
    };
    const expected = state.log_history.filter((e) => 'eval_wer' in e).map((e) => ({ step: e.step, value: e.eval_wer }));
    const wer = manifest.metrics.eval_wer as MetricObject;
    expect(wer.series).toEqual(expected);
    expect(wer.series?.[0]).toEqual({ step: 250, value: 17.713518352730528 });
    expect(wer.value).toBe(28.39570277529096);
    // best_metric 17.71 at step 250 is the minimum of eval_wer: lower is better
    expect(wer.goal).toBe('minimize');
    expect(manifest.metrics.best_metric).toEqual({ value: 17.713518352730528, goal: 'minimize' });
    expect(manifest.params).toMatchObject({
      metric_for_best_model: 'eval_wer',
      best_global_step: 250,
      train_batch_size: 32,
    });
    // all_results.json gives the final values
    expect((manifest.metrics.train_loss as MetricObject).value).toBe(0.2447784274419149);
    expect(manifest.metrics.epoch).toBe(1.364877161055505);
    expect((manifest.metrics.loss as MetricObject).series).toHaveLength(60);
  });

  it('drops NaN losses with a warning', async () => {
    const dir = tempDir('hf');
    writeFileSync(
      path.join(dir, 'trainer_state.json'),
      '{"log_history": [{"loss": NaN, "step": 1}, {"loss": 0.5, "grad_norm": Infinity, "step": 2}], "global_step": 2}',
    );
    const { manifest, stderr } = await importOne('hf-trainer', dir);
    expect(manifest.metrics.loss).toEqual({ value: 0.5, series: [{ step: 2, value: 0.5 }] });
    expect(manifest.metrics.grad_norm).toBeUndefined();
    expect(stderr).toContain('#/log_history/0/loss: NaN or Infinity');
    expect(stderr).toContain('#/log_history/1/grad_norm');
  });
});

describe('import lm-eval', () => {
  const file = path.join(corpus, 'lm-evaluation-harness/results_2025-01-21T00-40-03.356274.json');
  it('reads every metric with its stderr and goal, seeds, revision and the harness commit', async () => {
    const { manifest } = await importOne('lm-eval', file);
    expect(manifest.metrics['mmlu_abstract_algebra/acc,none']).toEqual({
      value: 0.34,
      goal: 'maximize',
      stderr: 0.047609522856952344,
    });
    expect(Object.keys(manifest.metrics)).toEqual(['mmlu_abstract_algebra/acc,none']);
    expect(manifest.code).toEqual({ commit: 'e16afa2f' });
    expect(manifest.params).toMatchObject({
      model_revision: 'main',
      model_sha: 'c5ebcd40d208330abc697524c919956e692655cf',
      random_seed: 0,
      numpy_seed: 1234,
      torch_seed: 1234,
      fewshot_seed: 1234,
      'n-shot': { mmlu_abstract_algebra: 0 },
    });
    expect(manifest.run.seed).toBe(0);
    // date is Unix seconds (a float); the end is date + total_evaluation_time_seconds (a string)
    expect(manifest.run.startedAt).toBe(new Date(Math.round(1737419939.4888458 * 1000)).toISOString());
    expect(manifest.run.endedAt).toBe(
      new Date(Math.round((1737419939.4888458 + 70.06234502233565) * 1000)).toISOString(),
    );
    expect(manifest.datasets).toEqual([
      {
        name: 'mmlu_abstract_algebra',
        uri: 'hf://datasets/hails/mmlu_no_train',
        version: 'abstract_algebra',
        split: 'test',
        records: 100,
      },
    ]);
    expect(manifest.environment?.hardware?.gpus).toHaveLength(2);
    expect(manifest.environment?.packages?.torch).toBe('2.5.1+cu124');
  });

  it('turns --log_samples files into pass/fail cases per document', async () => {
    const dir = tempDir('lm-samples');
    cpSync(file, path.join(dir, path.basename(file)));
    const line = (id: number, acc: number) =>
      JSON.stringify({ doc_id: id, filter: 'none', metrics: ['acc'], acc, doc: { question: 'q' } });
    writeFileSync(
      path.join(dir, 'samples_mmlu_abstract_algebra_2025-01-21T00-40-03.356274.jsonl'),
      [line(0, 1), line(1, 0), line(2, 1)].join('\n') + '\n',
    );
    const { manifest } = await importOne('lm-eval', dir);
    expect(manifest.cases).toEqual([
      { id: 'mmlu_abstract_algebra/0', outcome: 'pass', score: 1 },
      { id: 'mmlu_abstract_algebra/1', outcome: 'fail', score: 0 },
      { id: 'mmlu_abstract_algebra/2', outcome: 'pass', score: 1 },
    ]);
  });

  it('finds results files in an output folder', async () => {
    const out = tempDir('lm');
    const r = await runImport(['lm-eval', path.join(corpus, 'lm-evaluation-harness'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote 1 manifest');
  });
});

describe('import mlflow (file store)', () => {
  it('reads the Iris run: metric, integer status, times in milliseconds', async () => {
    const { manifest } = await importOne('mlflow', path.join(corpus, 'Iris_MLFlow/mlruns'));
    expect(manifest.metrics).toEqual({ metric_0: 0.9333333333333333 });
    expect(manifest.run).toMatchObject({
      id: 'mlflow-1c00447556424067ae62fe39e167bb34',
      name: 'DT',
      status: 'succeeded',
      startedAt: '2024-11-13T07:54:35.675Z',
      endedAt: '2024-11-13T07:54:41.801Z',
    });
    // user_id and the artifact path under a home folder are personal: not copied
    expect(JSON.stringify(manifest)).not.toContain('muskaanjain');
  });

  it('reads params, tags (git commit) and step series with a nested key, and drops nan with a warning', async () => {
    const root = tempDir('mlruns');
    cpSync(path.join(corpus, 'Iris_MLFlow/mlruns'), root, { recursive: true });
    const run = path.join(root, '853099972095872099/1c00447556424067ae62fe39e167bb34');
    writeFileSync(
      path.join(root, '853099972095872099/meta.yaml'),
      "experiment_id: '853099972095872099'\nname: iris\nlifecycle_stage: active\n",
    );
    mkdirSync(path.join(run, 'metrics/val'), { recursive: true });
    writeFileSync(path.join(run, 'metrics/val/loss'), '1000 0.9 0\n2000 nan 1\n3000 0.5 2\n');
    mkdirSync(path.join(run, 'params'));
    writeFileSync(path.join(run, 'params/max_depth'), '3');
    mkdirSync(path.join(run, 'tags'));
    writeFileSync(path.join(run, 'tags/mlflow.source.git.commit'), 'a'.repeat(40));
    writeFileSync(path.join(run, 'tags/mlflow.user'), 'someone');
    writeFileSync(path.join(run, 'tags/team'), 'vision');
    const { manifest, stderr } = await importOne('mlflow', root);
    expect(manifest.run.group).toBe('iris');
    expect(manifest.code).toEqual({ commit: 'a'.repeat(40) });
    expect(manifest.params).toEqual({ max_depth: '3' });
    expect(manifest.run.tags).toMatchObject({ team: 'vision' });
    expect(JSON.stringify(manifest)).not.toContain('someone');
    expect(manifest.metrics['val/loss']).toEqual({
      value: 0.5,
      series: [
        { step: 0, value: 0.9, timestamp: '1970-01-01T00:00:01Z' },
        { step: 2, value: 0.5, timestamp: '1970-01-01T00:00:03Z' },
      ],
    });
    expect(stderr).toContain('metric "val/loss" is NaN or Infinity');
  });
});

describe('import mlflow (SQLite store)', () => {
  it("reads mlflow.db with MLflow's table layout: string status, is_nan, Infinity stand-ins", async () => {
    const { default: Database } = await import('better-sqlite3');
    const dir = tempDir('mlflow-db');
    const db = new Database(path.join(dir, 'mlflow.db'));
    db.exec(`
      CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
      CREATE TABLE experiments (experiment_id INTEGER NOT NULL, name VARCHAR(256) NOT NULL, artifact_location VARCHAR(256),
        lifecycle_stage VARCHAR(32), creation_time BIGINT, last_update_time BIGINT, CONSTRAINT experiment_pk PRIMARY KEY (experiment_id), UNIQUE (name));
      CREATE TABLE runs (run_uuid VARCHAR(32) NOT NULL, name VARCHAR(250), source_type VARCHAR(20), source_name VARCHAR(500),
        entry_point_name VARCHAR(50), user_id VARCHAR(256), status VARCHAR(9), start_time BIGINT, end_time BIGINT, deleted_time BIGINT,
        source_version VARCHAR(50), lifecycle_stage VARCHAR(20), artifact_uri VARCHAR(200), experiment_id INTEGER,
        CONSTRAINT run_pk PRIMARY KEY (run_uuid), FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id));
      CREATE TABLE metrics (key VARCHAR(250) NOT NULL, value FLOAT NOT NULL, timestamp BIGINT NOT NULL, run_uuid VARCHAR(32) NOT NULL,
        step BIGINT DEFAULT '0' NOT NULL, is_nan BOOLEAN DEFAULT '0' NOT NULL,
        CONSTRAINT metric_pk PRIMARY KEY (key, timestamp, step, run_uuid, value, is_nan), FOREIGN KEY(run_uuid) REFERENCES runs (run_uuid));
      CREATE TABLE latest_metrics (key VARCHAR(250) NOT NULL, value FLOAT NOT NULL, timestamp BIGINT, step BIGINT NOT NULL,
        is_nan BOOLEAN NOT NULL, run_uuid VARCHAR(32) NOT NULL, CONSTRAINT latest_metric_pk PRIMARY KEY (key, run_uuid));
      CREATE TABLE params (key VARCHAR(250) NOT NULL, value VARCHAR(8000) NOT NULL, run_uuid VARCHAR(32) NOT NULL,
        CONSTRAINT param_pk PRIMARY KEY (key, run_uuid));
      CREATE TABLE tags (key VARCHAR(250) NOT NULL, value VARCHAR(8000), run_uuid VARCHAR(32) NOT NULL, CONSTRAINT tag_pk PRIMARY KEY (key, run_uuid));
    `);
    db.exec(`
      CREATE TABLE datasets (dataset_uuid VARCHAR(36) NOT NULL, experiment_id INTEGER NOT NULL, name VARCHAR(500) NOT NULL,
        digest VARCHAR(36) NOT NULL, dataset_source_type VARCHAR(36) NOT NULL, dataset_source TEXT NOT NULL, dataset_schema TEXT,
        dataset_profile TEXT, CONSTRAINT dataset_pk PRIMARY KEY (experiment_id, name, digest));
      CREATE TABLE inputs (input_uuid VARCHAR(36) NOT NULL, source_type VARCHAR(36) NOT NULL, source_id VARCHAR(36) NOT NULL,
        destination_type VARCHAR(36) NOT NULL, destination_id VARCHAR(36) NOT NULL,
        CONSTRAINT inputs_pk PRIMARY KEY (source_type, source_id, destination_type, destination_id));
      CREATE TABLE input_tags (input_uuid VARCHAR(36) NOT NULL, name VARCHAR(255) NOT NULL, value VARCHAR(500) NOT NULL,
        CONSTRAINT input_tags_pk PRIMARY KEY (input_uuid, name));
    `);
    db.prepare('INSERT INTO datasets VALUES (?,?,?,?,?,?,?,?)').run(
      'd1',
      1,
      'iris',
      '6f2a9c1b',
      'local',
      '{"uri": "/data/iris.csv"}',
      null,
      '{"num_rows": 150, "num_elements": 750}',
    );
    db.prepare('INSERT INTO inputs VALUES (?,?,?,?,?)').run(
      'i1',
      'DATASET',
      'd1',
      'RUN',
      '1c00447556424067ae62fe39e167bb34',
    );
    db.prepare('INSERT INTO input_tags VALUES (?,?,?)').run('i1', 'mlflow.data.context', 'training');
    db.prepare('INSERT INTO experiments VALUES (?,?,?,?,?,?)').run(
      1,
      'iris',
      'mlflow-artifacts:/1',
      'active',
      1731484475000,
      1731484475000,
    );
    const runs = db.prepare('INSERT INTO runs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
    runs.run(
      '1c00447556424067ae62fe39e167bb34',
      'DT',
      'LOCAL',
      'train.py',
      '',
      'alice',
      'FINISHED',
      1731484475675,
      1731484481801,
      null,
      '',
      'active',
      'file:///home/alice/a',
      1,
    );
    runs.run(
      '2d00447556424067ae62fe39e167bb35',
      'RF',
      'LOCAL',
      'train.py',
      '',
      'alice',
      'FAILED',
      1731484490000,
      1731484491000,
      null,
      '',
      'active',
      'x',
      1,
    );
    runs.run(
      '3e00447556424067ae62fe39e167bb36',
      'old',
      'LOCAL',
      'train.py',
      '',
      'alice',
      'FINISHED',
      1731484400000,
      1731484401000,
      1731484402000,
      '',
      'deleted',
      'x',
      1,
    );
    const metric = db.prepare('INSERT INTO metrics VALUES (?,?,?,?,?,?)');
    metric.run('accuracy', 0.9333333333333333, 1731484475712, '1c00447556424067ae62fe39e167bb34', 0, 0);
    metric.run('loss', 0.7, 1731484475800, '1c00447556424067ae62fe39e167bb34', 0, 0);
    metric.run('loss', 0, 1731484475900, '1c00447556424067ae62fe39e167bb34', 1, 1); // NaN as MLflow stores it
    metric.run('loss', 0.4, 1731484476000, '1c00447556424067ae62fe39e167bb34', 2, 0);
    metric.run('accuracy', 1.7976931348623157e308, 1731484490500, '2d00447556424067ae62fe39e167bb35', 0, 0); // +Infinity
    db.prepare('INSERT INTO params VALUES (?,?,?)').run('max_depth', '3', '1c00447556424067ae62fe39e167bb34');
    db.prepare('INSERT INTO tags VALUES (?,?,?)').run(
      'mlflow.source.git.commit',
      'b'.repeat(40),
      '1c00447556424067ae62fe39e167bb34',
    );
    db.prepare('INSERT INTO tags VALUES (?,?,?)').run('mlflow.user', 'alice', '1c00447556424067ae62fe39e167bb34');
    db.close();

    const out = tempDir('mlflow-out');
    const r = await runImport(['mlflow', path.join(dir, 'mlflow.db'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote 2 manifests');
    expect(r.stderr).toContain('deleted');
    expect(r.stderr).toContain('metric "loss" is NaN or Infinity');
    expect(r.stderr).toContain('metric "accuracy" is NaN or Infinity');
    const toStdout = await runImport(['mlflow', path.join(dir, 'mlflow.db')]);
    expect(toStdout.code).toBe(2); // two runs: stdout holds exactly one
    const files = readdirSync(out).sort();
    const dt = JSON.parse(
      readFileSync(
        path.join(
          out,
          files.find((f) => f.includes('DT'))!,
        ),
        'utf8',
      ),
    );
    expect(dt.metrics).toEqual({
      accuracy: 0.9333333333333333,
      loss: {
        value: 0.4,
        series: [
          { step: 0, value: 0.7, timestamp: '2024-11-13T07:54:35.800Z' },
          { step: 2, value: 0.4, timestamp: '2024-11-13T07:54:36Z' },
        ],
      },
    });
    expect(dt.run).toMatchObject({ name: 'DT', group: 'iris', status: 'succeeded' });
    expect(dt.code).toEqual({ commit: 'b'.repeat(40) });
    // MLflow's dataset digest is its own short hash: kept as the version, not as a content digest
    expect(dt.datasets).toEqual([
      { name: 'iris', uri: '/data/iris.csv', version: '6f2a9c1b', split: 'training', records: 150 },
    ]);
    expect(JSON.stringify(dt)).not.toContain('alice');
    const rf = JSON.parse(
      readFileSync(
        path.join(
          out,
          files.find((f) => f.includes('RF'))!,
        ),
        'utf8',
      ),
    );
    expect(rf.run.status).toBe('failed');
    expect(rf.metrics).toEqual({});
  });
});

describe('import wandb', () => {
  it('reads the old {desc, value} config and the summary of an offline run', async () => {
    const { manifest } = await importOne('wandb', path.join(corpus, 'VerySimpleTransformer/wandb'));
    expect(manifest.params).toEqual({
      dataset: 'IMDB',
      epochs: 10,
      optimizer: { bs: 4, lr: 0.0003, method: 'adam_torch' },
      project: 'IMDB',
      seed: 67,
      use_wandb: true,
    });
    expect(manifest.metrics).toEqual({
      lr: 0.0003,
      train_loss_local: 0.0010167383588850498,
      grad_norm_square: 0.00030851162431991817,
      train_loss_epoch: 0.03230130756344957,
      test_acc_epoch: 0.83648,
    });
    expect(manifest.run).toMatchObject({ id: 'wandb-r8mtbfdx', name: 'VerySimpleTransformer', seed: 67 });
    // _wandb.start_time (Unix seconds) is the start; the folder name is local time and not used
    expect(manifest.run.startedAt).toBe('2023-03-28T23:53:19.358Z');
    expect(manifest.environment).toMatchObject({ python: '3.8.5', packages: { wandb: '0.14.0' } });
  });

  it('reads the newer config form and metadata without personal fields; NaN summaries are dropped', async () => {
    const run = path.join(tempDir('wandb'), 'proj/wandb/offline-run-20250101_120000-abc123xy');
    mkdirSync(path.join(run, 'files'), { recursive: true });
    writeFileSync(path.join(run, 'run-abc123xy.wandb'), '');
    writeFileSync(
      path.join(run, 'files/config.yaml'),
      '_wandb:\n  value:\n    cli_version: 0.19.1\n    python_version: 3.12.2\n    start_time: 1735732800.5\nlr:\n  value: 0.001\nlayers: 4\n',
    );
    writeFileSync(
      path.join(run, 'files/wandb-summary.json'),
      '{"acc": 0.9, "loss": NaN, "eval": {"f1": 0.7}, "table": {"_type": "table-file"}, "_runtime": 60, "_step": 10}',
    );
    writeFileSync(
      path.join(run, 'files/wandb-metadata.json'),
      JSON.stringify({
        os: 'Linux-6.8.0-x86_64-with-glibc2.39',
        python: 'CPython 3.12.2',
        startedAt: '2025-01-01T12:00:00.500000Z',
        program: '/home/alice/proj/train.py',
        codePath: 'train.py',
        args: ['--epochs', '3', '--token=ghp_' + 'x'.repeat(36)],
        git: { remote: 'https://alice:pw123@github.com/acme/proj.git', commit: 'c'.repeat(40) },
        email: 'alice@example.com',
        username: 'alice',
        host: 'alice-laptop',
        root: '/home/alice/proj',
        executable: '/home/alice/.venv/bin/python',
        cpu_count_logical: 16,
        gpu_nvidia: [{ name: 'NVIDIA A100-SXM4-80GB', memoryTotal: '85899345920' }],
        cudaVersion: '12.4',
        memory: { total: '68719476736' },
      }),
    );
    const { manifest, stderr } = await importOne('wandb', run);
    expect(manifest.params).toEqual({ lr: 0.001, layers: 4 });
    expect(manifest.metrics).toEqual({ acc: 0.9, 'eval.f1': 0.7 });
    expect(stderr).toContain('#/loss: NaN or Infinity');
    expect(stderr).toContain('binary .wandb log');
    expect(manifest.run).toMatchObject({
      id: 'wandb-abc123xy',
      name: 'proj',
      startedAt: '2025-01-01T12:00:00.500Z',
      endedAt: '2025-01-01T12:01:00.500Z',
      command: ['python', 'train.py', '--epochs', '3', '--token=[redacted]'],
    });
    expect(manifest.code).toEqual({ commit: 'c'.repeat(40), repository: 'acme/proj' });
    expect(manifest.environment).toMatchObject({
      os: 'linux',
      arch: 'x86_64',
      python: '3.12.2',
      hardware: { cpus: 16, memoryGiB: 64, gpus: [{ name: 'NVIDIA A100-SXM4-80GB', memoryGiB: 80 }], cuda: '12.4' },
    });
    const text = JSON.stringify(manifest);
    for (const personal of ['alice', 'example.com', 'laptop', 'pw123', 'ghp_']) expect(text).not.toContain(personal);
  });
});

describe('import wandb: old clients', () => {
  it('reads step series from wandb-history.jsonl and drops NaN points with a warning', async () => {
    const run = path.join(tempDir('wandb-old'), 'wandb/run-20200101_000000-old1');
    mkdirSync(path.join(run, 'files'), { recursive: true });
    writeFileSync(path.join(run, 'files/config.yaml'), 'wandb_version: 1\nlr:\n  desc: null\n  value: 0.1\n');
    writeFileSync(path.join(run, 'files/wandb-summary.json'), '{"loss": 0.5, "_step": 2}');
    writeFileSync(
      path.join(run, 'files/wandb-history.jsonl'),
      '{"loss": 1.5, "_step": 0}\n{"loss": NaN, "_step": 1}\n{"loss": 0.5, "_step": 2}\n',
    );
    const { manifest, stderr } = await importOne('wandb', path.dirname(run), ['--name', 'old']);
    expect(manifest.metrics.loss).toEqual({
      value: 0.5,
      series: [
        { step: 0, value: 1.5 },
        { step: 2, value: 0.5 },
      ],
    });
    expect(stderr).toContain('wandb-history.jsonl:2#/loss: NaN or Infinity');
    expect(manifest.run.name).toBe('old');
  });
});

describe('import: usage', () => {
  it('names the formats and fails with exit 2 on a bad one or a missing path', async () => {
    const r = await runImport(['csv', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected "dvc", "hf-trainer", "lm-eval", "mlflow" or "wandb"');
    const r3 = await runImport(['dvc', corpus, '--name', '']);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toContain('--name must be 1 to 200 characters');
    const r2 = await runImport(['dvc', 'no/such/dir']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('no such file or directory');
  });
});
