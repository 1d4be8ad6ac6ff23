import { describe, expect, it } from 'vitest';
import { capDiagnostics, DIAGNOSTICS_PER_RULE } from '../../src/diagnostics/capDiagnostics.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';

const warning = (line: number, rule = 'typography/han-space'): Diagnostic => ({ file: 'a.md', line, column: 3, severity: 'warning', rule, message: `m${line}` });

describe('capDiagnostics', () => {
  it('keeps a short list as it is', () => {
    const list = [warning(1), warning(2, 'other')];
    expect(capDiagnostics(list)).toBe(list);
  });

  it('lists the first of each rule one by one and counts the rest at the first left out', () => {
    const list = [...Array.from({ length: 1000 }, (_, i) => warning(i + 1)), warning(2000, 'other')];
    const capped = capDiagnostics(list);
    expect(capped).toHaveLength(DIAGNOSTICS_PER_RULE + 2);
    expect(capped.slice(0, DIAGNOSTICS_PER_RULE)).toEqual(list.slice(0, DIAGNOSTICS_PER_RULE));
    const summary = capped[DIAGNOSTICS_PER_RULE];
    expect(summary).toMatchObject({ file: 'a.md', line: DIAGNOSTICS_PER_RULE + 1, severity: 'warning', rule: 'typography/han-space' });
    expect(summary?.message).toContain(String(1000 - DIAGNOSTICS_PER_RULE));
    expect(formatDiagnostic(summary as Diagnostic, { color: false, language: 'zh' })).toContain(`还有 ${1000 - DIAGNOSTICS_PER_RULE} 处`);
    expect(capped.at(-1)).toEqual(list.at(-1));
  });
});

describe('diagnostic', () => {
  it('quotes a long piece of input by its start and its end', async () => {
    const { diagnostic, m } = await import('../../src/diagnostics/diagnostic.js');
    const word = 'https://example.com/' + 'abcdef/'.repeat(10_000) + 'end';
    const d = diagnostic({ file: 'a.md', line: 1, column: 1, severity: 'error', rule: 'x' }, m('cli.bad-language', { value: word }));
    expect(d.message.length).toBeLessThan(200);
    expect(d.message).toContain('https://example.com/abcdef');
    expect(d.message).toContain('…');
    expect(d.message).toContain('end');
  });
});
