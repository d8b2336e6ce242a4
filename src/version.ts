// runledger's version: the build (scripts/build.mjs) defines RUNLEDGER_VERSION from package.json;
// running from source (tests) it is 'dev'.
declare const RUNLEDGER_VERSION: string;

export const version = typeof RUNLEDGER_VERSION === 'string' ? RUNLEDGER_VERSION : 'dev';
