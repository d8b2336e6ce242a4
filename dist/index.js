import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);

// src/action.ts
process.stderr.write("runledger action: not available in this build yet\n");
process.exitCode = 1;
