// Preloaded into the indexing child (`node --require`): writes its peak RSS when it exits, which
// is exact where /proc polling can miss a short peak.
'use strict';
const { writeFileSync } = require('node:fs');
const out = process.env.POLICY_LENS_BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    writeFileSync(out, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
  });
}
