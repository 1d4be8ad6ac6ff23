import { describe, expect, it } from 'vitest';
import { proseLines } from '../../src/read/proseLines.js';

describe('proseLines', () => {
  it('gives the non-blank lines outside fenced code, with their numbers and paragraph starts', () => {
    const text = 'a\nb\n\nc\n```\n*code*\n```\nd\r\ne\rf\n';
    expect([...proseLines(text)]).toEqual([
      { text: 'a', line: 1, newParagraph: true },
      { text: 'b', line: 2, newParagraph: false },
      { text: 'c', line: 4, newParagraph: true },
      { text: 'd', line: 8, newParagraph: true },
      { text: 'e', line: 9, newParagraph: false },
      { text: 'f', line: 10, newParagraph: false },
    ]);
  });

  it('starts at an offset, counting lines from the top', () => {
    const text = '---\ntitle: x\n---\nbody\n';
    expect([...proseLines(text, text.indexOf('body'))]).toEqual([{ text: 'body', line: 4, newParagraph: true }]);
  });
});
