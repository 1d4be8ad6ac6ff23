import { m, type MessageRef } from '../../diagnostics/diagnostic.js';
import type { Finding } from './finding.js';
import type { ProseScanner } from './proseScanner.js';
import { CLOSERS, PAIRS } from './typographyTables.js';

/**
 * Chinese brackets and quotes that do not pair up within their paragraph: an opening mark never
 * closed, or a closing mark that closes nothing. No fix: only the author knows where the other goes.
 */
export function lintBrackets(s: ProseScanner, paragraph: readonly [number, number]): Finding[] {
  const found: Finding[] = [];
  const open: number[] = [];
  // How many of each opening mark are on the stack: a closing mark whose opener is not there
  // closes nothing, known without walking the stack (issue 10: 25,000 （ then 25,000 ” took a minute).
  const waiting = new Map<string, number>();
  const count = (ch: string, by: number): void => {
    waiting.set(ch, (waiting.get(ch) ?? 0) + by);
  };
  for (let i = paragraph[0]; i < paragraph[1]; i++) {
    if (!s.isProse(i)) continue;
    const ch = s.text[i] as string;
    if (PAIRS[ch] !== undefined) {
      open.push(i);
      count(ch, 1);
      continue;
    }
    const opener = CLOSERS[ch];
    if (opener === undefined) continue;
    // ’ between letters is an apostrophe (it’s), not a closing quote.
    if (ch === '’' && /[A-Za-z]/.test(s.text[i - 1] ?? '') && /[A-Za-z]/.test(s.text[i + 1] ?? '')) continue;
    if ((waiting.get(opener) ?? 0) === 0) {
      found.push(unbalanced(i, m('check.closes-nothing', { mark: ch }), m('check.closes-nothing-hint', { opener })));
      continue;
    }
    // The walk pops what it passes, so each mark is walked over once in all.
    let match = open.length - 1;
    while (match >= 0 && s.text[open[match] ?? -1] !== opener) match--;
    const closed = open.splice(match);
    for (const o of closed) count(s.text[o] as string, -1);
    // Marks opened inside the pair and still open were never closed (“…（…”).
    for (const o of closed.slice(1)) found.push(neverClosed(s, o));
  }
  for (const o of open) found.push(neverClosed(s, o));
  return found.sort((a, b) => a.offset - b.offset);
}

function neverClosed(s: ProseScanner, at: number): Finding {
  const ch = s.text[at] as string;
  return unbalanced(at, m('check.never-closed', { mark: ch }), m('check.never-closed-hint', { closer: PAIRS[ch] ?? '' }));
}

function unbalanced(offset: number, message: MessageRef, hint: MessageRef): Finding {
  return { offset, rule: 'typography/unbalanced', message, hint };
}
