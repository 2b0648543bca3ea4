// Writes docs/process-coverage.md from the reports the in-memory process tests leave in target/process-test-coverage/
// (camunda-process-test-coverage): per process, the flow nodes and sequence flows its test class walked.
// Run after `mvn clean test` (clean: a renamed test class leaves its old report behind).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

const reports = path.join(here, '..', 'target', 'process-test-coverage');
const floor = 0.9;
const rows = [];
for (const dir of fs.readdirSync(reports).sort()) {
  const file = path.join(reports, dir, 'report.json');
  if (!fs.existsSync(file)) continue;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const model of report.models) {
    const covered = new Set();
    for (const suite of report.suites) {
      for (const run of suite.runs) {
        for (const event of run.events) {
          if (event.modelKey === model.key) covered.add(event.definitionKey);
        }
      }
    }

    rows.push({ test: dir.replace(/^ru\.nastavnik\./, ''), key: model.key, covered: covered.size, total: model.totalElementCount });
  }
}
const lines = [
  '# Process coverage',
  '',
  'Flow nodes and sequence flows of each process walked by its in-memory process test (`mvn test`, one class per BPMN of',
  '`processes/`, [camunda-process-test-coverage](https://github.com/camunda-community-hub/camunda-process-test-coverage) 2.7.0).',
  `A class below ${floor * 100} % fails the build (\`InMemoryProcessEngine.COVERAGE_FLOOR\`); the processes a model calls are`,
  'counted in their own class. The HTML reports, with the walked paths drawn on the diagram, are in',
  '`target/process-test-coverage/<test class>/report.html` after a run.',
  '',
  'Regenerate this page: `mvn clean test && node tools/process-coverage.mjs`.',
  '',
  '| Process | Test | Elements walked | Coverage |',
  '|---|---|---|---|',
  ...rows.map(r => `| \`${r.key}\` | \`${r.test}\` | ${r.covered} of ${r.total} | ${(100 * r.covered / r.total).toFixed(1)} % |`),
  '',
];
fs.writeFileSync(path.join(here, '..', 'docs', 'process-coverage.md'), lines.join('\n'));
console.log(lines.slice(10).join('\n'));
