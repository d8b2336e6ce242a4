// Every message the ledger (record, verify, reading baselines from a ledger) shows a user.
import { plural } from './describe.js';

const short = (c: string | null) => (c === null ? '(no commit)' : c.slice(0, 10));

export const ledgerMessages = {
  corrupt: (ledger: string, file: string, problem: string) =>
    `${ledger}: ${file}: ${problem}\nThe ledger is corrupt or was edited; nothing was changed. Run \`runledger verify --ledger <ledger>\` for a full check.`,
  badJson: (detail: string) => `invalid JSON (truncated or edited?): ${detail}`,
  emptyFile: () => 'the file is empty (truncated?)',
  noMarker: (names: readonly string[]) =>
    `there is no ledger.json here, but the location is not empty (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}): this is not a runledger ledger; pass an empty or new directory, or an existing ledger`,
  badMarker: () => 'not a runledger ledger marker: expected {"runledger": "ledger", "format": 1, …}',
  badFormat: (v: unknown) =>
    `ledger format ${JSON.stringify(v)} is not one this runledger reads (format 1); upgrade runledger`,
  noIndex: () =>
    'index.json is missing (it is derived from the entries: `runledger verify --ledger <ledger> --rebuild-index` rebuilds it once verify finds the entries intact)',
  badIndex: () =>
    'index.json is not a valid ledger index (it is derived from the entries: `runledger verify --ledger <ledger> --rebuild-index` rebuilds it)',
  entryShape: (what: string) => `not a valid ledger entry: ${what}`,
  hashMismatch: (stored: string, actual: string) =>
    `the content does not match its hash (a recorded value was edited?): the entry says ${stored}, its content hashes to ${actual}`,
  wrongPath: (expected: string) =>
    `the entry is stored under the wrong name (moved or renamed?); its content belongs at ${expected}`,
  missingEntry: () => 'the entry is missing (removed?)',
  strayFile: () =>
    'a file that is not a ledger entry sits among the entries (entries are entries/<c0c1>/<commit>/<seq>-<hash8>.json)',
  badLink: (seq: number, prev: string | null, expected: string | null) =>
    `entry ${seq} links to ${prev ?? 'nothing'} but the entry before it has hash ${expected ?? '(none)'} (an entry was removed, reordered or edited)`,
  gap: (expected: number, got: number) =>
    got > expected
      ? `the chain jumps from entry ${expected - 1} to entry ${got}: ${plural(got - expected, 'entry', 'entries')} ${got - expected === 1 ? 'is' : 'are'} missing (removed?)`
      : `entry ${got} appears twice (two entries claim the same place in the chain)`,
  firstNotZero: (seq: number) => `the chain starts at entry ${seq}, not 0: the first entries are missing (removed?)`,
  headMismatch: (headSeq: number, lastSeq: number) =>
    `index.json says the newest entry is ${headSeq} but the newest entry found is ${lastSeq} (an entry was removed, or an interrupted record: run \`runledger verify --rebuild-index\` once the entries are intact)`,
  headMissing: (path: string) => `index.json names ${path} as the newest entry, but it is missing (removed?)`,
  invalidRun: (index: number, detail: string) => `runs/${index}: ${detail}`,
  badBranch: (branch: string) => `git:${branch}: not a valid branch name (write git:<branch>, e.g. git:runledger)`,
  notInRepo: (loc: string, cwd: string) =>
    `${loc}: ${cwd} is not inside a git repository; a git ledger lives on a branch of the checkout's origin remote`,
  noOrigin: (loc: string, top: string) =>
    `${loc}: the repository at ${top} has no "origin" remote; the ledger branch is read from and pushed to origin`,
  fetchFailed: (loc: string, detail: string) => `${loc}: cannot fetch the ledger branch from origin: ${detail}`,
  pushFailed: (loc: string, detail: string) => `${loc}: cannot push to origin: ${detail}`,
  pushGaveUp: (loc: string, attempts: number) =>
    `${loc}: gave up after ${plural(attempts, 'attempt')}: every push was rejected because other writers kept moving the branch; nothing was recorded, run record again`,
  notADir: (loc: string) => `${loc}: not a directory`,
  lockBusy: (loc: string) =>
    `${loc}: another runledger is writing to this ledger and did not finish in time (lock ${loc}/write.lock); try again`,
  noBaseline: (ledger: string, commit: string) =>
    `${ledger}: no entry recorded for ${short(commit)} or any of its first-parent ancestors`,
  emptyLedger: (ledger: string) => `${ledger}: the ledger has no entries yet`,
  baselineSource: (ledger: string, found: string | null, asked: string | undefined) =>
    found === null
      ? `${ledger} (empty)`
      : asked === undefined
        ? `${ledger} @ ${short(found)} (newest entry)`
        : found === asked || found.startsWith(asked) || asked.startsWith(found)
          ? `${ledger} @ ${short(found)}`
          : `${ledger} @ ${short(found)} (nearest recorded ancestor of ${short(asked)})`,
  recordSummary: (
    ledger: string,
    added: number,
    skipped: number,
    seq: number | null,
    commit: string | null,
    retries: number,
  ) =>
    added === 0
      ? skipped === 1
        ? `${ledger}: nothing to record: the run is already recorded`
        : `${ledger}: nothing to record: all ${skipped} runs are already recorded`
      : `${ledger}: recorded ${plural(added, 'run')} for ${short(commit)} as entry ${seq}${skipped ? ` (${plural(skipped, 'run')} already recorded, skipped)` : ''}${retries ? ` after ${plural(retries, 'retry', 'retries')}` : ''}`,
  verifyOk: (ledger: string, entries: number, runs: number) =>
    `${ledger}: intact: ${plural(entries, 'entry', 'entries')}, ${plural(runs, 'run')}, every hash, link and manifest checks out`,
  verifyBroken: (ledger: string, file: string, problem: string, more: number) =>
    `${ledger}: BROKEN at ${file}: ${problem}${more > 0 ? `\n(${plural(more, 'more problem')} after this one)` : ''}`,
  verifyBrokenSummary: (ledger: string, problems: number) =>
    `${ledger}: tampered or corrupt: ${plural(problems, 'problem')} (the first is shown above)`,
  rebuildGit: () =>
    '--rebuild-index works on directory ledgers; a git ledger is rebuilt by recording on a fresh branch',
  noSuchLedger: (ledger: string) => `${ledger}: there is no ledger here (no such directory or branch)`,
  indexRebuilt: (ledger: string) => `${ledger}: index.json rebuilt from the entries`,
  noManifests: () => 'no manifests given: runledger record --ledger <dir|git:branch> <manifests...>',
  noLedger: (command: string) => `--ledger is required: runledger ${command} --ledger <dir|git:branch>`,
  commitMismatch: (commits: readonly string[]) =>
    `the runs carry different code.commit values (${commits.map(short).join(', ')}); pass --commit to say which commit this batch is for`,
  badCommitArg: (v: string) => `--commit ${JSON.stringify(v)} is not a commit SHA (7 to 64 lower-case hex characters)`,
  invalidManifests: (n: number) => `${plural(n, 'problem')} in the manifests; nothing was recorded`,
  duplicateInBatch: (id: string, a: string, b: string) => `run.id ${JSON.stringify(id)} is used by both ${a} and ${b}`,
};
