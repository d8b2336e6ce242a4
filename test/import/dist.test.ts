// The bundle the way users run it: better-sqlite3 stays external (loaded at run time), csv-parse and
// the rest are bundled, and exit codes reach the shell. Needs a fresh dist/ (test/build.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDist } from '../helpers/cli.js';
import { corpus, expectValid } from './helpers.js';

describe('dist/cli.js capture and import', () => {
  it('imports a DVC commit and an MLflow run', async () => {
    const dvc = runDist([
      'import',
      'dvc',
      path.join(corpus, 'example-get-started/f8fb2db4340246d2ea8bc1d81a61d60447478016'),
    ]);
    expect(dvc.stderr).toBe('');
    expect(dvc.code).toBe(0);
    const m = JSON.parse(dvc.stdout);
    await expectValid(m);
    expect(m.metrics['roc_auc.test']).toBe(0.945093365854111);
    const mlflow = runDist(['import', 'mlflow', path.join(corpus, 'Iris_MLFlow')]);
    expect(mlflow.code).toBe(0);
    expect(JSON.parse(mlflow.stdout).metrics).toEqual({ metric_0: 0.9333333333333333 });
  });

  it("passes a wrapped command's exit code through to the shell", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'runledger-dist-capture-'));
    try {
      const r = runDist(['capture', '--name', 'x', '--no-python', '--', 'sh', '-c', 'exit 5'], { cwd: dir });
      expect(r.code).toBe(5);
      expect(JSON.parse(r.stdout).run).toMatchObject({ status: 'failed', exitCode: 5 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
