import { UserError } from '../errors.js';
import type { Command } from '../io.js';

// Filled in by its issue; until then the command says so plainly.
export const run: Command = async () => {
  throw new UserError('runledger capture: not available in this build yet');
};
