import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostic, formatDiagnostics, useColor } from '../../src/diagnostics/format.js';

const issueError: Diagnostic = {
  file: '/work/issues/2014-04.md',
  line: 4,
  column: 8,
  severity: 'error',
  rule: 'front-matter/invalid-value',
  message: 'front matter field "issue" must be a whole number ≥ 1, not "four"',
  hint: 'for example `issue: 4`',
};

describe('formatDiagnostic', () => {
  it('prints file:line:col, severity, message and the hint line', () => {
    expect(formatDiagnostic(issueError, { color: false, cwd: '/work/issues' })).toBe(
      '2014-04.md:4:8: error: front matter field "issue" must be a whole number ≥ 1, not "four"\n' +
        '  hint: for example `issue: 4`',
    );
  });

  it('keeps the absolute path without cwd or outside cwd', () => {
    const { hint: _hint, ...plain } = issueError;
    expect(formatDiagnostic(plain, { color: false })).toBe(
      '/work/issues/2014-04.md:4:8: error: front matter field "issue" must be a whole number ≥ 1, not "four"',
    );
    expect(formatDiagnostic(plain, { color: false, cwd: '/elsewhere' })).toMatch(/^\/work\/issues\/2014-04\.md:4:8: /);
  });

  it('prints only the file for line 0 and no column for column 0', () => {
    const whole: Diagnostic = { file: '/a/x.md', line: 0, column: 0, severity: 'error', rule: 'read/unreadable', message: 'cannot read the issue: no such file' };
    expect(formatDiagnostic(whole, { color: false, cwd: '/a' })).toBe('x.md: error: cannot read the issue: no such file');
    expect(formatDiagnostic({ ...whole, line: 3, severity: 'warning', message: 'm' }, { color: false, cwd: '/a' })).toBe('x.md:3: warning: m');
  });

  it('colours the severity word only when asked', () => {
    const coloured = formatDiagnostic(issueError, { color: true, cwd: '/work/issues' });
    expect(coloured).toContain('\u001b[');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(formatDiagnostic(issueError, { color: false, cwd: '/work/issues' }));
  });

  it('joins a list with newlines', () => {
    const warning: Diagnostic = { file: 'b.md', line: 1, column: 2, severity: 'warning', rule: 'r', message: 'w' };
    expect(formatDiagnostics([issueError, warning], { color: false, cwd: '/work/issues' }).split('\n')).toEqual([
      '2014-04.md:4:8: error: front matter field "issue" must be a whole number ≥ 1, not "four"',
      '  hint: for example `issue: 4`',
      'b.md:1:2: warning: w',
    ]);
    expect(formatDiagnostics([], { color: false })).toBe('');
  });
});

describe('useColor', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it('colours a terminal, not a pipe', () => {
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(pipe, {})).toBe(false);
    expect(useColor(tty, { TERM: 'dumb' })).toBe(false);
  });
  it('honours NO_COLOR and FORCE_COLOR, FORCE_COLOR first', () => {
    expect(useColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(tty, { NO_COLOR: '' })).toBe(true);
    expect(useColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(pipe, { FORCE_COLOR: '' })).toBe(true);
    expect(useColor(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColor(tty, { FORCE_COLOR: 'false' })).toBe(false);
    expect(useColor(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
  });
});
