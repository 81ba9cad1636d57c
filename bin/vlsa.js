#!/usr/bin/env node
// The command line entry: the TypeScript sources through tsx in a development install, the
// compiled dist/ (`npm run build`) in a production one (development packages pruned: no tsx).
function developmentInstall() {
  try {
    require.resolve('tsx/cjs');
    return true;
  } catch {
    return false;
  }
}

let cli;
if (developmentInstall()) {
  require('tsx/cjs');
  cli = require('../src/cli/main.ts');
} else {
  cli = require('../dist/src/cli/main.js');
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
