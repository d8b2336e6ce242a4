// Keeps secrets out of manifests: credentials in URLs, well-known token shapes, key=value secrets.
// Everything capture and import copy from the environment, a remote URL or another tool's files
// passes through here before it reaches a manifest.

export const REDACTED = '[redacted]';

/** Token shapes of common providers (GitHub, GitLab, AWS, Slack, OpenAI, Hugging Face, W&B, JWTs). */
const TOKEN_PATTERNS: readonly RegExp[] = [
  /\b(?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g,
  /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}\b/g,
  /\bhf_[A-Za-z0-9]{20,}\b/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
];

/** key=value / key: value pairs whose key says it is a secret. */
const SECRET_ASSIGNMENT =
  /\b((?:[A-Za-z0-9]+[_.-])*(?:token|secret|password|passwd|pwd|api[_-]?key|access[_-]?key|private[_-]?key|credentials?))(\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s,;&]+)/gi;

/** A variable or parameter name that holds a secret by its name. */
export function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.some(
    (w, i) =>
      SECRET_WORDS.has(w) ||
      (w === 'key' && i > 0 && KEY_QUALIFIERS.has(words[i - 1]!)) ||
      /^(?:api|access|private|secret)key$/.test(w),
  );
}
const SECRET_WORDS = new Set([
  'token',
  'secret',
  'password',
  'passwd',
  'pwd',
  'credential',
  'credentials',
  'cookie',
  'auth',
  'bearer',
  'passphrase',
  'authorization',
]);
const KEY_QUALIFIERS = new Set(['api', 'access', 'private', 'secret', 'signing', 'encryption']);

/** Removes user and password from URLs (scheme://user:pass@host) and secret query parameters. */
export function redactUrlsIn(text: string): string {
  return text
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@]*@/gi, '$1')
    .replace(
      /([?&][A-Za-z0-9_.-]*(?:token|secret|password|sig|signature|key|credential)[A-Za-z0-9_.-]*=)[^&\s#]+/gi,
      `$1${REDACTED}`,
    );
}

/** Redacts every secret runledger can recognise in free text. */
export function redactText(text: string): string {
  let out = redactUrlsIn(text);
  for (const re of TOKEN_PATTERNS) out = out.replace(re, REDACTED);
  out = out.replace(SECRET_ASSIGNMENT, (_m, key: string, sep: string) => `${key}${sep}${REDACTED}`);
  return out;
}

/**
 * The repository a remote URL names, without credentials: `owner/name` for GitHub (https, ssh and
 * scp-like forms), otherwise the URL with user, password and a trailing .git removed.
 */
export function repositoryFromUrl(url: string): string {
  const trimmed = url.trim();
  const gh =
    /^(?:[a-z+]+:\/\/)?(?:[^@/]*@)?(?:www\.)?github\.com[:/]+([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/i.exec(
      trimmed,
    );
  if (gh) return `${gh[1]}/${gh[2]}`;
  const scp = /^[^@/:\s]+@([^:/\s]+):(.+?)(?:\.git)?\/?$/.exec(trimmed);
  if (scp) return `${scp[1]}/${scp[2]}`;
  return redactUrlsIn(trimmed).replace(/\.git\/?$/, '');
}

/** Redacts secrets in every string of a JSON-like value (keys named like secrets lose their value). */
export function redactDeep<T>(value: T): T {
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') return key !== undefined && isSecretName(key) && v !== '' ? REDACTED : redactText(v);
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, k);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

/** A command line with secrets removed: token shapes, `--token=…`, and the value after `--password`-like flags. */
export function redactArgv(argv: readonly string[]): string[] {
  return argv.map((arg, i) => {
    const prev = argv[i - 1];
    if (prev !== undefined && /^--?[A-Za-z0-9_.-]+$/.test(prev) && isSecretName(prev.replace(/^-+/, '')))
      return REDACTED;
    return redactText(arg);
  });
}
