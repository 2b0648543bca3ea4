// Writes processes/*.bpmn as Camunda Modeler saves them: read with bpmn-moddle and the camunda moddle, written back
// with toXML({ format: true }), one element per line, two spaces of indentation. A methodologist's first save in the
// Modeler then changes only what they changed.
//
//   npm --prefix tools run format         re-serialise every model in processes/ (or: node tools/format-models.mjs [file.bpmn ...])
//   npm --prefix tools run format:check   exit 1, naming the files, when a model differs from its re-serialisation
//                                         (tools/lint runs this, and `mvn verify` runs tools/lint)
//
// Nothing is written unless the re-serialisation means the same XML: a model that parses with warnings (an element
// or attribute the moddles do not know would be dropped) is refused, and so is one whose elements, attributes
// (namespaces resolved) and texts, compared by a plain XML reader, differ from the file's. Like the Modeler, the
// writer leaves out an attribute set to its default (camunda:calledElementBinding="latest", dc:Bounds x="0", ...):
// the engine reads the same default, so such attributes count as absent in the comparison, and are listed.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BpmnModdle } from 'bpmn-moddle';
import { Parser } from 'saxen';

const require = createRequire(import.meta.url);
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const named = args.filter(arg => arg !== '--check');
const files = named.length > 0
  ? named
  : readdirSync(join(root, 'processes')).filter(name => name.endsWith('.bpmn')).sort().map(name => join(root, 'processes', name));

/** The file as the Modeler would save it, or the reasons it cannot be re-serialised without losing something. */
async function reserialise(xml) {
  const moddle = new BpmnModdle({ camunda });
  const { rootElement, warnings } = await moddle.fromXML(xml);
  if (warnings.length > 0) {
    return { problems: warnings.map(warning => warning.message) };
  }
  const { xml: written } = await moddle.toXML(rootElement, { format: true });
  // the Modeler writes no newline after the last line, an editor usually does: the file keeps the ending it has
  const formatted = written.trimEnd() + (xml.endsWith('\n') ? '\n' : '');
  const defaults = defaultsOf(moddle);
  const before = meaning(xml, defaults);
  const after = meaning(formatted, defaults);
  return before.tree === after.tree
    ? { formatted, defaulted: before.defaulted }
    : { problems: [`re-serialisation would change the XML: ${firstDifference(before.tree, after.tree)}`] };
}

/** Attribute name (unqualified, and qualified by the prefix made from its namespace) to the values the moddles omit. */
function defaultsOf(moddle) {
  const defaults = new Map();
  for (const pkg of moddle.registry.packages) {
    for (const type of pkg.types || []) {
      for (const property of (type.properties || []).filter(property => property.isAttr && 'default' in property)) {
        const local = property.name.replace(/^.*:/, '');
        for (const key of [local, `${prefixOf(pkg.uri)}:${local}`]) {
          defaults.set(key, [...(defaults.get(key) || []), String(property.default)]);
        }
      }
    }
  }
  return defaults;
}

/**
 * The XML as a tree of elements (namespace URI and local name), their attributes (namespace declarations left out,
 * sorted) and their non-blank texts: what a reader of the model sees, whatever the line breaks and indentation.
 */
function meaning(xml, defaults) {
  const parser = new Parser();
  // each namespace gets a prefix made from its URI, so the names compared do not depend on the prefixes a file chose
  parser.ns(Object.fromEntries([...xml.matchAll(/xmlns(?::[\w.-]+)?="([^"]*)"/g)].map(([, uri]) => [uri, prefixOf(uri)])));
  const stack = [{ children: [] }];
  const defaulted = [];
  let failure;
  parser.on('error', error => { failure = error; });
  parser.on('openTag', (name, attrs, decode) => {
    const all = attrs();
    const attributes = Object.entries(all)
      .filter(([key]) => key !== 'xmlns' && !key.startsWith('xmlns:'))
      .map(([key, value]) => [key, decode(value)])
      .filter(([key, value]) => {
        const isDefault = (defaults.get(key) || []).includes(value);
        if (isDefault) {
          defaulted.push(`${all.id || all.bpmnElement || name.replace(/^ns\w+:/, '')} ${key.replace(/^ns\w+:/, '')}="${value}"`);
        }
        return !isDefault;
      })
      .sort(([a], [b]) => a.localeCompare(b));
    const element = { name, attributes, text: '', children: [] };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on('closeTag', () => stack.pop());
  parser.on('text', (text, decode) => { stack[stack.length - 1].text += decode(text); });
  parser.on('cdata', text => { stack[stack.length - 1].text += text; });
  parser.parse(xml);
  if (failure) {
    throw failure;
  }
  const tree = JSON.stringify(stack[0].children, (key, value) => (key === 'text' && value.trim() === '' ? undefined : value), 1);
  return { tree, defaulted };
}

function prefixOf(uri) {
  return 'ns' + createHash('sha256').update(uri).digest('hex').slice(0, 12);
}

function firstDifference(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  return `${(a[line] ?? '').trim()} became ${(b[line] ?? '').trim()}`;
}

let failed = 0;
for (const file of files) {
  const name = relative(root, file);
  const xml = readFileSync(file, 'utf8');
  const { formatted, problems, defaulted } = await reserialise(xml);
  if (problems) {
    failed++;
    problems.forEach(problem => console.log(`${name}: ${problem}`));
  } else if (formatted !== xml) {
    if (check) {
      failed++;
      console.log(`${name} differs from its re-serialisation as Camunda Modeler saves it: run npm --prefix tools run format`);
    } else {
      writeFileSync(file, formatted);
      console.log(`${name} re-serialised${defaulted.length > 0 ? `; left out as defaults: ${defaulted.join(', ')}` : ''}`);
    }
  }
}
console.log(`format: ${files.length} models, ${failed} ${check ? 'not as the Modeler saves them' : 'refused'}`);
process.exit(failed > 0 ? 1 : 0);
