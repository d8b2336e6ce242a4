// The GitHub Action edge (filled in by the action issue).
process.stderr.write('runledger action: not available in this build yet\n');
process.exitCode = 1;
