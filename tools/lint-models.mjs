// Lints processes/*.bpmn with the rules of ../.bpmnlintrc, as Camunda Modeler sees the models: Modeler fills every
// flow node's incoming/outgoing from the sequence flows when it opens a file, so the same is done here first.
// Exits 1 when any rule reports an error. Usage: node lint-models.mjs [file.bpmn ...]
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { BpmnModdle } = await import('bpmn-moddle');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const config = JSON.parse(readFileSync(join(root, '.bpmnlintrc'), 'utf8'));
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(join(root, 'processes')).filter(name => name.endsWith('.bpmn')).sort().map(name => join(root, 'processes', name));

const linter = new Linter({ config, resolver: new NodeResolver({ require }) });
const moddle = new BpmnModdle();

function connectFlows(element) {
  for (const child of element.flowElements || []) {
    if (child.$type === 'bpmn:SequenceFlow') {
      for (const [end, list] of [[child.sourceRef, 'outgoing'], [child.targetRef, 'incoming']]) {
        if (end && !(end[list] || []).includes(child)) {
          end[list] = [...(end[list] || []), child];
        }
      }
    }
    connectFlows(child);
  }
}

let errors = 0;
let warnings = 0;
for (const file of files) {
  const { rootElement, warnings: parseWarnings } = await moddle.fromXML(readFileSync(file, 'utf8'));
  for (const warning of parseWarnings) {
    console.log(`${relative(root, file)}: ${warning.message}`);
  }
  rootElement.rootElements.filter(element => element.$type === 'bpmn:Process').forEach(connectFlows);
  const reports = await linter.lint(rootElement);
  for (const [rule, problems] of Object.entries(reports)) {
    for (const problem of problems) {
      const category = problem.category || 'error';
      if (category === 'error' || category === 'rule-error') {
        errors++;
      } else if (category === 'warn') {
        warnings++;
      }
      console.log(`${relative(root, file)}: ${problem.id || ''} ${category} ${problem.message} (${rule})`);
    }
  }
}
console.log(`bpmnlint: ${files.length} models, ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 ? 1 : 0);
