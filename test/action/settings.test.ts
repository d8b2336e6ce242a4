// The inputs, read with the runner's conventions and parsed once; bad values name the input.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputEnvName, readSettings } from '../../src/settings/index.js';

const runner = { GITHUB_REPOSITORY: 'acme/vision', GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/rt' };
const withInputs = (inputs: Record<string, string>) => {
  const env: Record<string, string> = { ...runner };
  for (const [k, v] of Object.entries(inputs)) env[inputEnvName(k)] = v;
  return env;
};

describe('settings', () => {
  it('keeps hyphens in INPUT_ names, like the runner', () => {
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
    const s = readSettings({
      ...runner,
      'INPUT_GITHUB-TOKEN': ' ghs_x \n',
      INPUT_MANIFESTS: 'a/*.json\n b/*.json, c.json\n\n',
    });
    expect(s.token).toBe('ghs_x');
    expect(s.manifests).toEqual(['a/*.json', 'b/*.json', 'c.json']);
  });

  it('defaults match action.yml and paths resolve against the workspace', () => {
    const s = readSettings(withInputs({}));
    expect(s).toMatchObject({
      policy: path.resolve('/ws/runledger.yml'),
      policyExplicit: false,
      ledgerBranch: 'runledger',
      comment: true,
      commentKey: '',
      failOn: undefined,
      mode: 'auto',
      record: 'auto',
      reportDir: path.join('/tmp/rt', 'runledger-report'),
      workdir: path.resolve('/ws'),
      maxCommentLength: 60000,
    });
    expect(s.runner.apiUrl).toBe('https://api.github.com');
    const t = readSettings(
      withInputs({
        'working-directory': 'ml',
        policy: 'conf/p.yml',
        'fail-on': 'regression, provenance',
        comment: 'False',
      }),
    );
    expect(t).toMatchObject({
      workdir: path.resolve('/ws/ml'),
      policy: path.resolve('/ws/ml/conf/p.yml'),
      policyExplicit: true,
      failOn: ['regression', 'provenance'],
      comment: false,
    });
    expect(readSettings(withInputs({ 'fail-on': 'none' })).failOn).toEqual([]);
  });

  it.each([
    ['comment', 'yes', 'input "comment" is "yes"; allowed: true or false'],
    ['mode', 'pull_request', 'input "mode" is "pull_request"; allowed: auto, pr, push, workflow-run'],
    ['record', 'sometimes', 'allowed: auto, always, never'],
    [
      'fail-on',
      'regression,slow',
      'input "fail-on" is "slow"; allowed: regression, missing, irreproducible, provenance (comma-separated), or none',
    ],
    [
      'ledger-branch',
      'refs/heads/runledger',
      'input "ledger-branch" is "refs/heads/runledger"; allowed: a branch name',
    ],
    ['ledger-branch', 'a..b', 'allowed: a branch name'],
    ['site-branch', 'gh pages', 'input "site-branch"'],
    ['comment-key', 'a b', 'input "comment-key" is "a b"; allowed: letters, digits'],
    ['max-comment-length', '70000', 'allowed: a whole number from 1000 to 65536'],
  ])('rejects %s=%j naming the input and what is allowed', (name, value, message) => {
    expect(() => readSettings(withInputs({ [name]: value }))).toThrow(message);
  });

  it('needs GITHUB_REPOSITORY as owner/repo', () => {
    expect(() => readSettings({ GITHUB_REPOSITORY: 'vision' })).toThrow(/GITHUB_REPOSITORY is missing or malformed/);
  });
});
