// Reading action inputs with exactly the runner's conventions (the same as @actions/core getInput):
// input `github-token` arrives as env INPUT_GITHUB-TOKEN (spaces become _, upper-cased, hyphens kept),
// values are trimmed, and an unset input is ''. Taking `env` as a parameter keeps settings testable.
export type Env = Record<string, string | undefined>;

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function getInput(env: Env, name: string): string {
  return (env[inputEnvName(name)] ?? '').trim();
}

/** One value per line or comma, blank entries dropped (a glob list). */
export function getListInput(env: Env, name: string): string[] {
  return getInput(env, name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
