import { stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/index.js';
import { tempProjects } from '../e2e/projects.js';
import { referenceIssue } from '../e2e/reference.js';
import { readObjects } from '../pdfa/structTree.js';

// Issue 13 asks for the reference PDF to stay small (150 KB). It was 156,905 bytes; the content
// streams, the XMP packet and the TrueType program were made smaller without changing a pixel or
// a character (test/pdf/glyphRuns, test/e2e): 155,538 bytes. This bound keeps them so.
const REFERENCE_BYTES = 155_600;

const project = tempProjects();

describe('the size of the reference PDF', () => {
  it(`stays at most ${REFERENCE_BYTES} bytes, its pages without the entries readers do not need`, async () => {
    const outDir = await project('pdf-size');
    const result = await buildIssue(referenceIssue, { outDir, systemFontDirs: [] });
    if (!result.output) throw new Error(`build failed: ${JSON.stringify(result.diagnostics)}`);
    expect((await stat(result.output)).size).toBeLessThanOrEqual(REFERENCE_BYTES);
    const objects = await readObjects(result.output);
    const pages = objects.get(objects.catalog['/Pages']);
    const kids = pages?.['/Kids'];
    expect(Array.isArray(kids) && kids.length).toBe(3);
    for (const ref of Array.isArray(kids) ? kids : []) {
      const page = objects.get(ref);
      expect(page?.['/UserUnit']).toBeUndefined();
      expect(page?.['/MediaBox']).toBeDefined();
      const resources = objects.get(page?.['/Resources']);
      expect(resources?.['/ProcSet']).toBeUndefined();
      expect(resources?.['/Font']).toBeDefined();
    }
  }, 30_000);
});
