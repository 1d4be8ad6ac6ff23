import { describe, expect, it } from 'vitest';
import { labelItems, nestItems, scopeStructure, structNode, tagItems, untagged } from '../../src/typeset/structTags.js';
import type { Page, PageItem } from '../../src/typeset/types.js';

const glyphs: PageItem = { kind: 'glyphs', font: 'f', size: 12, colour: 'black', y: 10, glyphs: [{ id: 1, x: 0, advance: 12, text: '字' }] };
const rule: PageItem = { kind: 'rule', x: 0, y: 0, width: 10, thickness: 1, colour: 'black' };

describe('structure tags', () => {
  const p = [structNode('P', 'b0')];

  it('tags content and leaves rules as artifacts', () => {
    const [g, r] = tagItems([glyphs, rule], p);
    expect(g).toMatchObject({ struct: p });
    expect(r).not.toHaveProperty('struct');
    expect(tagItems([glyphs], undefined)[0]).not.toHaveProperty('struct');
  });

  it('nests drawing under its line, or makes it an artifact without one (a repeated table header)', () => {
    const cell = tagItems([glyphs], [structNode('TR', '0'), structNode('TH', '1')]);
    const table = [structNode('Table', 'b3')];
    expect(nestItems(cell, table)[0]).toMatchObject({ struct: [{ role: 'Table' }, { role: 'TR' }, { role: 'TH', key: '1' }] });
    expect(nestItems(cell, undefined)[0]).not.toHaveProperty('struct');
    expect(untagged(cell[0] as PageItem)).toEqual(glyphs);
  });

  it("gives a line's leading marker to the label, within a run or a run of its own", () => {
    const lbl = [structNode('Lbl', 'l')];
    const run = (texts: string[]): PageItem => ({ ...glyphs, glyphs: texts.map((text, i) => ({ id: i, x: i * 12, advance: 12, text })) });
    const [shared] = labelItems(tagItems([run(['1', '.', '\u2002', '开', '幕'])], p), { text: '1.\u2002', struct: lbl });
    expect(shared).toMatchObject({ struct: p, lead: { glyphs: 3, struct: lbl } });
    const [own, rest] = labelItems(tagItems([run(['•']), run(['\u2002', '政'])], p), { text: '•\u2002', struct: lbl });
    expect(own).toMatchObject({ struct: lbl });
    expect(own).not.toHaveProperty('lead');
    expect(rest).toMatchObject({ struct: p, lead: { glyphs: 1, struct: lbl } });
    expect(labelItems([glyphs], undefined)).toEqual([glyphs]);
  });

  it('scopes a document under one element, the items of one path still sharing one path', () => {
    const items = tagItems([glyphs, glyphs, rule], p);
    const pages: Page[] = [{ number: 1, items, lines: [] }];
    const [page] = scopeStructure(pages, structNode('Sect', 'issue-4'));
    const [a, b, r] = page?.items ?? [];
    expect(a).toMatchObject({ struct: [{ role: 'Sect', key: 'issue-4' }, { role: 'P', key: 'b0' }] });
    expect(a && 'struct' in a && b && 'struct' in b && a.struct === b.struct).toBe(true);
    expect(r).toBe(rule);
  });
});
