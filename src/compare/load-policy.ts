// Reading the policy file: the one place in compare/ that touches the file system.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { compareMessages as msg } from '../messages/compare.js';
import type { Policy } from './policy-types.js';
import { defaultPolicy, parsePolicy } from './policy.js';

export const DEFAULT_POLICY_FILE = 'runledger.yml';

/**
 * Loads the policy: the given file (an error when it cannot be read), else runledger.yml in cwd when
 * present, else the defaults.
 */
export async function loadPolicy(file: string | undefined, cwd: string): Promise<Policy> {
  const name = file ?? DEFAULT_POLICY_FILE;
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, name), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    if (file === undefined && code === 'ENOENT') return defaultPolicy();
    throw new UserError(msg.policyUnreadable(name, code));
  }
  return parsePolicy(text, name);
}
