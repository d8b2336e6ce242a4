// Every message `runledger capture` shows a user (warnings go to stderr, prefixed by the command).
import { plural } from './describe.js';

const list = (xs: readonly string[], max = 8) =>
  xs.slice(0, max).join(', ') + (xs.length > max ? ` and ${xs.length - max} more` : '');

export const captureMessages = {
  warning: (text: string) => `runledger capture: warning: ${text}\n`,
  wrote: (file: string) => `runledger capture: wrote ${file}\n`,
  noName: () => 'runledger capture: --name is required (the comparison key, e.g. --name resnet50/cifar10)',
  tooLong: (option: string, max: number) =>
    `runledger capture: ${option} is longer than ${max} characters, the most a manifest allows`,
  badSeed: (v: string) => `runledger capture: --seed ${JSON.stringify(v)} is not a whole number`,
  badTag: (v: string) => `runledger capture: --tag ${JSON.stringify(v)} is not key=value`,
  unreadable: (file: string, reason: string) => `runledger capture: cannot read ${file}: ${reason}`,
  unparsable: (file: string, detail: string) =>
    `runledger capture: cannot parse ${file}: ${detail} (expected JSON, YAML, TOML, CSV/TSV or a single number)`,
  nonFiniteDropped: (file: string, where: string) =>
    `${file}: ${where} is not a finite number (NaN or Infinity); it is left out, not replaced`,
  notNumbers: (file: string, keys: readonly string[]) =>
    `${file}: ${plural(keys.length, 'value')} not read as metrics because they are not numbers: ${list(keys)}`,
  longMetricName: (file: string, name: string) =>
    `${file}: metric name ${JSON.stringify(name.slice(0, 60) + '...')} is longer than 200 characters, the most a manifest allows; it is left out`,
  duplicateMetric: (name: string, file: string) =>
    `metric ${JSON.stringify(name)} appears again in ${file}; its value there is kept`,
  duplicateParam: (key: string, file: string) =>
    `param ${JSON.stringify(key)} appears again in ${file}; its value there is kept`,
  noGit: () =>
    'git is not installed; the manifest has no code version (the clean-tree and commit gates will report it)',
  notARepository: (dir: string) =>
    `${dir} is not inside a git work tree; the manifest has no code version (the clean-tree and commit gates will report it)`,
  noCommits: () => 'the repository has no commit yet; code.commit is left out',
  diffFailed: () => 'could not compute the digest of the uncommitted changes; code.diffDigest is left out',
  statusFailed: (detail: string) => `git status failed (${detail}); code.dirty is left out`,
  pipFailed: () => 'python is installed but `python -m pip freeze` failed; environment.packages is left out',
  pipTimedOut: () => '`python -m pip freeze` took longer than 30 s and was stopped; environment.packages is left out',
  datasetMissing: (p: string) =>
    `runledger capture: --dataset ${p}: no such file or directory (give a path or a URI such as s3://bucket/data)`,
  artifactMissing: (p: string) => `runledger capture: --artifact ${p}: no such file or directory`,
  artifactNotProduced: (p: string) => `--artifact ${p}: the command did not produce it; recorded without a digest`,
  metricsNotWritten: (file: string, exitCode: number) =>
    `--metrics ${file}: the file does not exist after the command (exit code ${exitCode}); its metrics are missing from the manifest`,
  metricsStale: (file: string) =>
    `--metrics ${file} was not written by the command (it is older than the run's start); its values may be an earlier run's`,
  commandDidNotStart: (cmd: string, reason: string) =>
    `the command ${JSON.stringify(cmd)} could not start (${reason === 'ENOENT' ? 'not found on PATH' : reason}); the run is recorded as failed`,
  noCommand: () => 'runledger capture: nothing after `--`; give the command to run, e.g. -- python train.py',
  invalidOutput: (problems: string) => `the captured manifest does not validate (a bug in runledger):\n${problems}`,
};
