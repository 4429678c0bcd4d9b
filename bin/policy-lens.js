#!/usr/bin/env node
'use strict';
// The CLI's entry: plain Node, never loads electron. better-sqlite3 13 needs Node >= 22.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(`policy-lens: Node ${process.versions.node} is too old; Node >= 22 is required (see README).\n`);
  process.exit(2);
}
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'out', 'main', 'cli.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('policy-lens: not built yet; run `npm run build` first.\n');
  process.exit(2);
}
require(entry);
