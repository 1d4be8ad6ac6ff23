import { describe, expect, it } from 'vitest';
import { typesetIssue } from '../../src/index.js';
import { fontkitLoaded } from '../../src/fonts/fontkit.js';
import { referenceIssue } from '../e2e/reference.js';

// Issue 13: fontkit costs ~100 ms to load; typesetting with the bundled fonts reads their tables
// (dist/fonts/*.table) and needs none of it. This file runs in a process of its own (vitest
// isolates test files), so nothing else has loaded fontkit before.
describe('typesetting with the bundled fonts', () => {
  it('sets the reference issue without loading fontkit, shaping its Latin and Han from the tables', async () => {
    expect(fontkitLoaded()).toBe(false);
    const result = await typesetIssue(referenceIssue, { fonts: 'bundled' });
    expect(result.typeset?.pages.length).toBeGreaterThan(1);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(fontkitLoaded()).toBe(false);
  });
});
