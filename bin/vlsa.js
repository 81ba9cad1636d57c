#!/usr/bin/env node
// The command line entry: runs the TypeScript sources through tsx (a runtime dependency).
require('tsx/cjs');
require('../src/cli/main.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
