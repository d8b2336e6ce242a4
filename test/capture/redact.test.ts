import { describe, expect, it } from 'vitest';
import { isSecretName, redactArgv, redactDeep, redactText, repositoryFromUrl } from '../../src/capture/redact.js';
import { parseFreeze } from '../../src/capture/environment.js';

describe('redaction', () => {
  it('turns remote URLs into owner/name for GitHub and strips credentials elsewhere', () => {
    expect(repositoryFromUrl('https://x-access-token:ghs_abc@github.com/acme/widgets.git')).toBe('acme/widgets');
    expect(repositoryFromUrl('git@github.com:acme/widgets.git')).toBe('acme/widgets');
    expect(repositoryFromUrl('ssh://git@github.com/acme/widgets')).toBe('acme/widgets');
    expect(repositoryFromUrl('https://user:pw@gitlab.example.com/team/proj.git')).toBe(
      'https://gitlab.example.com/team/proj',
    );
    expect(repositoryFromUrl('git@gitlab.example.com:team/proj.git')).toBe('gitlab.example.com/team/proj');
    expect(repositoryFromUrl('/srv/git/proj.git')).toBe('/srv/git/proj');
  });

  it('redacts token shapes, secret assignments and signed URLs in free text', () => {
    const gh = 'ghp_' + 'a'.repeat(36);
    expect(redactText(`token ${gh} here`)).toBe('token [redacted] here');
    expect(redactText('AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG')).toBe('AWS_SECRET_ACCESS_KEY=[redacted]');
    expect(redactText('--password hunter2 --db_password=hunter2')).toBe('--password hunter2 --db_password=[redacted]');
    expect(redactText('https://u:p@host/x?sig=1&X-Amz-Signature=abc&page=2')).toBe(
      'https://host/x?sig=[redacted]&X-Amz-Signature=[redacted]&page=2',
    );
    expect(redactText('AKIAIOSFODNN7EXAMPLE')).toBe('[redacted]');
    expect(redactText('tokenizer=gpt2 max_tokens=512')).toBe('tokenizer=gpt2 max_tokens=512');
  });

  it('knows secret names without catching ordinary ones', () => {
    for (const n of ['GITHUB_TOKEN', 'hf_token', 'apiKey', 'AWS_SECRET_ACCESS_KEY', 'db_password', 'Authorization'])
      expect(isSecretName(n)).toBe(true);
    for (const n of ['tokenizer', 'max_tokens', 'author', 'sort_key', 'keyboard', 'lr'])
      expect(isSecretName(n)).toBe(false);
    expect(redactDeep({ api_key: 'abc', tokenizer: 'gpt2', n: 3 })).toEqual({
      api_key: '[redacted]',
      tokenizer: 'gpt2',
      n: 3,
    });
  });

  it('redacts the value after a secret flag in a command line', () => {
    expect(redactArgv(['train.py', '--password', 'hunter2', '--lr', '0.1', '--hf-token=abc'])).toEqual([
      'train.py',
      '--password',
      '[redacted]',
      '--lr',
      '0.1',
      '--hf-token=[redacted]',
    ]);
  });

  it('reads pip freeze lines of every kind', () => {
    expect(
      parseFreeze(
        'numpy==1.26.4\nTorch===2.5.1\nmypkg @ file:///home/a/mypkg\n-e git+https://tok@github.com/a/b.git@abc#egg=b\n# comment\n',
      ),
    ).toEqual({
      numpy: '1.26.4',
      torch: '2.5.1',
      mypkg: 'file:///home/a/mypkg',
      b: 'git+https://github.com/a/b.git@abc',
    });
  });
});
