// Fails CI when the end-to-end suite did not really run: no results, no passing test,
// or a skip other than the Electron launch test (which needs a binary this machine may lack).
import { readFileSync } from 'node:fs';

// The release workflow has the binary: there the Electron launch test must run (and the asar
// check, packed with a Linux stand-in for Electron, may only be skipped off Linux).
const ALLOWED_SKIPS = process.env['MINUTE_BOOK_REQUIRE_ELECTRON']
  ? [/packaged-app\.spec\.ts/]
  : [/packaged shell/];
const file = process.argv[2] ?? 'test-results/e2e-results.json';

let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`No end-to-end results in ${file}: ${error.message}`);
  process.exit(1);
}

const outcomes = [];
const visit = (suite, titles) => {
  for (const child of suite.suites ?? []) visit(child, [...titles, child.title]);
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? [])
      outcomes.push({ title: [...titles, spec.title].join(' › '), status: test.status });
  }
};
for (const suite of report.suites ?? []) visit(suite, [suite.title]);

const passed = outcomes.filter((o) => o.status === 'expected').length;
const failed = outcomes.filter((o) => o.status === 'unexpected' || o.status === 'flaky').length;
const skipped = outcomes.filter((o) => o.status === 'skipped');
const badSkips = skipped.filter((o) => !ALLOWED_SKIPS.some((pattern) => pattern.test(o.title)));

for (const skip of skipped) console.log(`skipped: ${skip.title}`);
console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped.length} skipped`);
if (passed === 0 || failed > 0 || badSkips.length > 0) {
  if (badSkips.length > 0)
    console.error(
      `These end-to-end tests must not be skipped:\n${badSkips.map((o) => o.title).join('\n')}`,
    );
  process.exit(1);
}
