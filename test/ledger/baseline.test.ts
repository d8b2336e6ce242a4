import { afterAll, describe, expect, it } from 'vitest';
import { appendToLedger, resolveBaseline } from '../../src/publish/ledger/index.js';
import { RECENT_LIMIT } from '../../src/publish/ledger/layout.js';
import { cleanup, makeRepo, manifest, sh, tempDir } from './helpers.js';

afterAll(cleanup);

/**
 * main: c0 - c1 - c2 - c3 - c4 - m (merge of feature) - c5
 * feature (from c2): f1
 * recorded: c0 (0.80), c1 (0.81), c3 (0.83 and 0.85: two replicas), f1 (0.99, never on main's first-parent line)
 */
async function scenario(location: string) {
  const { work, shas } = makeRepo(5, { allowFilter: location.startsWith('git:') });
  const [c0, c1, c2, c3, c4] = shas as [string, string, string, string, string];
  sh(work, ['checkout', '-q', '-b', 'feature', c2]);
  sh(work, ['commit', '-q', '--allow-empty', '-m', 'f1']);
  const f1 = sh(work, ['rev-parse', 'HEAD']);
  sh(work, ['checkout', '-q', 'main']);
  sh(work, ['merge', '-q', '--no-ff', '-m', 'merge feature', 'feature']);
  const m = sh(work, ['rev-parse', 'HEAD']);
  sh(work, ['commit', '-q', '--allow-empty', '-m', 'c5']);
  const c5 = sh(work, ['rev-parse', 'HEAD']);
  sh(work, ['push', '-q', 'origin', 'main']);
  const rec = (commit: string, values: number[], branch = 'main') =>
    appendToLedger(
      location,
      {
        commit,
        branch,
        parents: sh(work, ['rev-parse', `${commit}^@`])
          .split('\n')
          .filter(Boolean),
        runs: values.map((v, i) => manifest(`${commit}-${i}`, 'model', { accuracy: v, loss: 1 - v }, commit)),
      },
      { cwd: work },
    );
  await rec(c0, [0.8]);
  await rec(c1, [0.81]);
  await rec(c3, [0.83, 0.85]);
  await rec(f1, [0.99], 'feature');
  return { work, c0, c1, c2, c3, c4, m, c5, f1 };
}

describe('resolveBaseline', () => {
  it('finds the entry of a commit or of its nearest recorded first-parent ancestor, with history', async () => {
    const s = await scenario('.runledger');
    const at = (commit?: string, historyLength?: number) =>
      resolveBaseline({
        location: '.runledger',
        cwd: s.work,
        ...(commit ? { commit } : {}),
        ...(historyLength ? { historyLength } : {}),
      });

    const exact = await at(s.c3);
    expect(exact.commit).toBe(s.c3);
    expect(exact.runs.map((r) => r.run.id)).toEqual([`${s.c3}-0`, `${s.c3}-1`]);
    expect(exact.source).toBe(`ledger .runledger @ ${s.c3.slice(0, 10)}`);

    // c5 -> m (merge, not recorded) -> c4 -> c3: the feature commit f1 is newer but not on the first-parent line
    const nearest = await at(s.c5);
    expect(nearest.commit).toBe(s.c3);
    expect(nearest.source).toMatch(/nearest recorded ancestor of/);
    expect(nearest.history.model!.accuracy!.map((v) => +v.toFixed(4))).toEqual([0.8, 0.81, 0.84]);
    expect(nearest.history.model!.loss).toHaveLength(3);

    expect((await at(s.c2)).commit).toBe(s.c1);
    expect((await at(s.c2)).history.model!.accuracy).toEqual([0.8, 0.81]);
    expect((await at(s.c5, 2)).history.model!.accuracy!.map((v) => +v.toFixed(4))).toEqual([0.81, 0.84]);
    // an abbreviated commit is expanded by the repository
    expect((await at(s.c3.slice(0, 8))).commit).toBe(s.c3);
    // no commit: the newest entry
    expect((await at()).commit).toBe(s.f1);
  });

  it('works the same on a git branch', async () => {
    const s = await scenario('git:runledger');
    const r = await resolveBaseline({ location: 'git:runledger', cwd: s.work, commit: s.c5 });
    expect(r.commit).toBe(s.c3);
    expect(r.source).toMatch(/^ledger git:runledger @ /);
    expect(r.history.model!.accuracy!.map((v) => +v.toFixed(4))).toEqual([0.8, 0.81, 0.84]);
  });

  it('follows the parents the entries recorded when the repository does not know the commit', async () => {
    const s = await scenario('.runledger');
    const elsewhere = tempDir();
    const { cpSync } = await import('node:fs');
    cpSync(`${s.work}/.runledger`, `${elsewhere}/.runledger`, { recursive: true });
    const r = await resolveBaseline({ location: '.runledger', cwd: elsewhere, commit: s.c1 });
    expect(r.commit).toBe(s.c1);
    expect(r.history.model!.accuracy).toEqual([0.8, 0.81]);
    const none = await resolveBaseline({ location: '.runledger', cwd: elsewhere, commit: s.c5 });
    expect(none).toMatchObject({ commit: null, runs: [], history: {} });
    expect(none.source).toMatch(/no entry recorded for/);
  });

  it('looks beyond the bounded recent index for older ancestors', async () => {
    const n = RECENT_LIMIT + 20;
    const { work } = makeRepo(1);
    // n more commits on main, fast (fast-import), recorded one entry each
    const lines: string[] = [];
    for (let i = 0; i < n; i++)
      lines.push(
        `commit refs/heads/main`,
        `committer T <t@t> ${1700000000 + i} +0000`,
        `data 2`,
        `c${i % 10}`,
        i === 0 ? 'from refs/heads/main^0' : '',
        '',
      );
    sh(work, ['fast-import', '--quiet'], lines.filter((l, i) => l !== '' || i % 6 === 5).join('\n') + '\n');
    const line = sh(work, ['rev-list', '--first-parent', '--reverse', 'main']).split('\n');
    for (const [i, c] of line.entries())
      if (i !== 5)
        await appendToLedger('led', { commit: c, runs: [manifest(`r${i}`, 'model', { accuracy: i })] }, { cwd: work });
    // commit 6 is far outside the recent window; 5 was never recorded, so 6's history is 0..4 and 6
    const r = await resolveBaseline({ location: 'led', cwd: work, commit: line[6]!, historyLength: 4 });
    expect(r.commit).toBe(line[6]);
    expect(r.history.model!.accuracy).toEqual([2, 3, 4, 6]);
    const tip = await resolveBaseline({ location: 'led', cwd: work, commit: line.at(-1)! });
    expect(tip.history.model!.accuracy).toHaveLength(20);
  }, 60_000);
});
