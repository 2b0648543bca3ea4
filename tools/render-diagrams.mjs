// Draws every diagram plane of processes/*.bpmn as an SVG in docs/diagrams/ with bpmn-js in headless Chromium:
// <file>.svg for the process, <file>--<SubProcessId>.svg for each collapsed sub-process drawn on its own plane.
// Each picture carries the SHA-256 of the BPMN it was drawn from; DiagramPicturesTest fails when they differ.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const processes = join(root, 'processes');
const pictures = join(root, 'docs', 'diagrams');
const viewerScript = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');

/** bpmn-js names its arrow markers at random: numbered in order of appearance, a redrawn picture only differs when the model does. */
function stableMarkerIds(svg) {
  const ids = new Map();
  return svg.replace(/marker-[a-z0-9]{16,}/g, id => {
    if (!ids.has(id)) {
      ids.set(id, `marker-${ids.size + 1}`);
    }
    return ids.get(id);
  });
}

const profile = mkdtempSync(join(tmpdir(), 'nastavnik-render-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync']
});
try {
  const page = await browser.newPage();
  await page.setContent('<!DOCTYPE html><html><body><div id="canvas" style="width:1600px;height:1000px"></div></body></html>');
  await page.addScriptTag({ path: viewerScript });

  mkdirSync(pictures, { recursive: true });
  for (const old of readdirSync(pictures).filter(name => name.endsWith('.svg'))) {
    unlinkSync(join(pictures, old));
  }
  for (const file of readdirSync(processes).filter(name => name.endsWith('.bpmn')).sort()) {
    const bytes = readFileSync(join(processes, file));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const planes = await page.evaluate(async (xml) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      await viewer.importXML(xml);
      const drawn = [];
      for (const diagram of viewer.getDefinitions().diagrams) {
        await viewer.open(diagram);
        const element = diagram.plane.bpmnElement;
        const { svg } = await viewer.saveSVG();
        drawn.push({ elementId: element.id, topLevel: element.$type === 'bpmn:Process' || element.$type === 'bpmn:Collaboration', svg });
      }
      viewer.destroy();
      return drawn;
    }, bytes.toString('utf8'));
    const name = file.replace(/\.bpmn$/, '');
    for (const plane of planes) {
      const picture = plane.topLevel ? `${name}.svg` : `${name}--${plane.elementId}.svg`;
      const stamp = `<!-- drawn from processes/${file}, bpmn-sha256: ${sha256}; regenerate with tools/render -->`;
      writeFileSync(join(pictures, picture), stamp + '\n' + stableMarkerIds(plane.svg.replace(/^<\?xml[^>]*>\s*/, ''))
        // white behind the black lines, also on a dark page
        .replace('<svg ', '<svg style="background-color:#fff" '));
      console.log(`docs/diagrams/${picture}`);
    }
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
