import { describe, expect, it } from 'vitest';
import { NOT_AT_LINE_END, NOT_AT_LINE_START } from '../../src/typeset/charClass.js';
import { setLine } from '../../src/typeset/justify.js';
import { segmentParagraph } from '../../src/typeset/segment.js';
import type { Shaper } from '../../src/typeset/types.js';
import { EM, fakeShaper, segment, set, style } from './fakeShaper.js';

const lorem =
  '本次会议主题为“全球科技创新中心与城市发展”，分上午下午两个论坛，上午论坛议题为“科技创新与未来技术预见”，' +
  '下午论坛议题为“特大城市的发展及创新集群”。会议内容丰富、议题涉及面广，在上海向具有全球影响力的科技创新中心进军的时代背景下，' +
  '加强国际科技交流合作、学习借鉴先进国家与地区的经验，尤其具有重要意义。';

describe('line breaking (禁则, docs/layout.md B.1)', () => {
  for (const width of [7, 8, 9, 10, 11, 12, 13, 15, 17]) {
    it(`keeps closing marks off line starts and opening marks off line ends at ${width} em`, () => {
      const lines = set(lorem, width, 2);
      expect(lines.map((l) => l.text).join('')).toBe(lorem);
      for (const l of lines) {
        expect(NOT_AT_LINE_START.has([...l.text][0] ?? '')).toBe(false);
        expect(NOT_AT_LINE_END.has([...l.text].at(-1) ?? '')).toBe(false);
      }
    });
  }

  it('retags “ and ” so UAX #14 sees them as opening and closing', () => {
    // Without retagging, a line could end with “ or start with ”.
    for (let width = 5; width <= 9; width++) {
      for (const l of set('甲乙丙丁戊“己庚辛”壬癸子丑寅卯辰巳午未申酉戌亥', width)) {
        expect(l.text.startsWith('”')).toBe(false);
        expect(l.text.endsWith('“')).toBe(false);
      }
    }
  });

  it('never splits —— or ……, and never starts a line with them', () => {
    for (let width = 6; width <= 10; width++) {
      const lines = set('韩国科技政策研究院的决策咨询机构——韩国科技政策研究院……其他机构也来了', width);
      for (const l of lines) {
        expect(l.text.startsWith('—')).toBe(false);
        expect(l.text.startsWith('…')).toBe(false);
      }
      expect(lines.map((l) => l.text).join('|')).not.toMatch(/—\|—|…\|…/);
    }
  });

  it('keeps a number with its unit and a Latin word whole', () => {
    for (let width = 6; width <= 12; width++) {
      const lines = set('首尔市人口占全国50.4%，位于科苑路1278号，创造性经济creative economy的发展', width).map((l) => l.text);
      expect(lines.join('|')).not.toMatch(/\d\|[\d.%号]/);
      // A break may fall at the space between the words, never inside one.
      expect(lines.some((l) => l.includes('creative'))).toBe(true);
      expect(lines.some((l) => l.includes('economy'))).toBe(true);
    }
  });

  it('breaks a run wider than the line at its own break opportunities', () => {
    const lines = set('地址https://example.org/a/very/long/path/that/never/ends/index.html为准', 10);
    for (const l of lines) expect(l.right).toBeLessThanOrEqual(10 * EM + 0.01);
    expect(lines.map((l) => l.text).join('')).toContain('https://example.org/');
  });
});

describe('punctuation compression (docs/layout.md B.2)', () => {
  function advanceBetween(text: string, a: number, b: number): number {
    const glyphs = set(text, 40)[0]?.line.runs.flatMap((r) => r.glyphs) ?? [];
    return ((glyphs[b]?.x ?? 0) - (glyphs[a]?.x ?? 0)) / EM;
  }

  it('sets 。” in 1.5 em', () => {
    // 甲。”乙: 。 at 1, ” at 2, 乙 at 3.
    expect(advanceBetween('甲。”乙', 1, 3)).toBeCloseTo(1.5);
  });

  it('sets ）（ and ：“ and ”， in 1.5 em', () => {
    // ）（: ） keeps its ink half (½ em), （ its full box with the ink in its right half: ½ em between the inks.
    expect(advanceBetween('甲）（乙', 1, 3)).toBeCloseTo(1.5);
    expect(advanceBetween('甲）（乙', 1, 2)).toBeCloseTo(0.5);
    expect(advanceBetween('甲：“乙', 1, 3)).toBeCloseTo(1.5);
    expect(advanceBetween('甲”，乙', 1, 3)).toBeCloseTo(1.5);
  });

  it('keeps a single mark at its full em inside a line', () => {
    expect(advanceBetween('甲，乙', 1, 2)).toBeCloseTo(1);
  });

  it('trims the ½ em before an opening bracket at a line start', () => {
    const lines = set('甲乙丙丁戊己（庚辛）壬癸', 6);
    const second = lines[1];
    expect(second?.text.startsWith('（')).toBe(true);
    // The bracket glyph is drawn ½ em left of the line start, so its ink starts at the edge.
    expect(second?.line.runs[0]?.glyphs[0]?.x).toBeCloseTo(-EM / 2);
  });

  it('sets a mark at a line end half-width, flush with the right edge', () => {
    const lines = set('甲乙丙丁戊，己庚辛壬癸子丑', 6);
    expect(lines[0]?.text).toBe('甲乙丙丁戊，');
    const glyphs = lines[0]?.line.runs[0]?.glyphs ?? [];
    // Five characters and a half-width comma stretched to 6 em: the comma's ink ends at 6 em.
    expect((glyphs.at(-1)?.x ?? 0) + EM / 2).toBeCloseTo(6 * EM);
  });
});

describe('Han and Latin spacing (docs/layout.md B.4)', () => {
  const xs = (text: string): number[] => (set(text, 40)[0]?.line.runs.flatMap((r) => r.glyphs) ?? []).map((g) => g.x / EM);

  it('puts ¼ em between Han and Latin, typed space or not', () => {
    const glued = xs('近50位');
    const spaced = xs('近 50 位');
    expect(glued).toEqual(spaced);
    // 近 at 0, 5 at 1.25, 0 at 1.75, 位 at 2.5
    expect(glued).toEqual([0, 1.25, 1.75, 2.5]);
  });

  it('puts no gap next to Chinese punctuation', () => {
    expect(xs('甲（STEPI）乙')).toEqual([0, 1, 2, 2.5, 3, 3.5, 4, 4.5, 5.5]);
  });

  it('keeps a typed space between Latin words as a word space', () => {
    const x = xs('Mega city');
    // "Mega" is 2 em, then a space glyph and a ⅓ em word space before "city".
    const city = x.indexOf(x.find((v) => v > 2.2) ?? -1);
    expect(x[city]).toBeCloseTo(2 + 1 / 3);
  });
});

describe('justification (docs/layout.md B.3)', () => {
  it('sets every line but the last flush on both sides', () => {
    for (const width of [9, 10, 11, 12, 14]) {
      const lines = set(lorem + '首尔在去年制定2030年城市规划时，从以往空间规划为中心的城市基本计划转变为IT融合产业的战略计划。', width, 2);
      lines.slice(0, -1).forEach((l, i) => {
        expect(l.right, `line ${i} "${l.text}" at ${width} em`).toBeCloseTo(width * EM - (i === 0 ? 2 * EM : 0), 5);
      });
    }
  });

  it('spreads stretch evenly: no gap between ideographs over ¼ em', () => {
    const lines = set(lorem, 11, 2);
    for (const l of lines.slice(0, -1)) {
      const glyphs = l.line.runs.flatMap((r) => r.glyphs);
      for (let i = 1; i < glyphs.length; i++) {
        const gap = ((glyphs[i]?.x ?? 0) - (glyphs[i - 1]?.x ?? 0)) / EM;
        expect(gap).toBeLessThanOrEqual(1.25 + 1e-9);
      }
    }
  });

  it('sets the last line flush left at natural spacing', () => {
    const last = set(lorem, 11, 2).at(-1);
    const glyphs = last?.line.runs.flatMap((r) => r.glyphs) ?? [];
    expect(glyphs[0]?.x).toBe(0);
    expect((glyphs[1]?.x ?? 0) - (glyphs[0]?.x ?? 0)).toBeCloseTo(EM);
  });

  it('prefers squeezing punctuation to stretching (push in before push out)', () => {
    // 6 Han + ， + 4 Han = 11 em natural... on a 10.5 em line the comma gives up its ½ em.
    const seg = segment('甲乙丙丁戊己，庚辛壬癸');
    expect(seg.units.length).toBe(11);
    const lines = set('甲乙丙丁戊己，庚辛壬癸子丑寅卯', 11.5);
    expect(lines[0]?.text).toBe('甲乙丙丁戊己，庚辛壬癸子');
  });
});

describe('孤字 (docs/layout.md B.3.4)', () => {
  it('never leaves a single character on the last line', () => {
    for (let n = 8; n <= 40; n++) {
      const text = '天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水'.slice(0, n) + '。';
      for (const width of [6, 7, 9]) {
        const lines = set(text, width);
        const last = lines.at(-1)?.text ?? '';
        if (lines.length > 1) expect([...last.replace(/[。，]/g, '')].length, `${n} chars on ${width} em: ${lines.map((l) => l.text).join('|')}`).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('proportional marks (a face like LXGW WenKai)', () => {
  const narrowQuotes: Shaper = {
    shape: (text, st, origin) =>
      fakeShaper.shape(text, st, origin).map((g) => ('“”·'.includes(g.text) ? { ...g, advance: 0.35 * st.size } : g)),
  };

  it('sets “ ” and · in a full em box with the ink where a full-width glyph has it', () => {
    const seg = segmentParagraph([{ text: '甲“乙”丙·丁', style }], narrowQuotes, 100 * EM);
    const line = setLine(seg, { start: 0, end: seg.units.length }, 100 * EM, 'left', true);
    const x = line.runs.flatMap((r) => r.glyphs).map((g) => g.x / EM);
    // 甲 0; “ box 1–2 with its 0.35 em glyph at its right edge; 乙 2; ” 3; 丙 4; · centred in 5–6; 丁 6.
    expect(x[0]).toBeCloseTo(0);
    expect(x[1]).toBeCloseTo(1.65);
    expect(x[2]).toBeCloseTo(2);
    expect(x[3]).toBeCloseTo(3);
    expect(x[4]).toBeCloseTo(4);
    expect(x[5]).toBeCloseTo(5.325);
    expect(x[6]).toBeCloseTo(6);
  });
});

describe('stray half-width marks and spaces (issue 3)', () => {
  const collect = (text: string): { seg: ReturnType<typeof segmentParagraph>; rules: string[] } => {
    const rules: string[] = [];
    const seg = segmentParagraph([{ text, style, origin: { file: 'x.md', line: 3, column: 1 } }], fakeShaper, 100 * EM, {
      report: (d) => rules.push(`${d.rule}@${d.column}`),
    });
    return { seg, rules };
  };

  it('breaks a half-width comma like a full-width one and warns with its column', () => {
    const { rules } = collect('甲乙,丙丁');
    expect(rules).toEqual(['typography/half-width-mark@3']);
    for (let width = 2; width <= 4; width++) {
      for (const l of set('甲乙丙丁,戊己庚辛(壬癸)子丑', width)) {
        expect(l.text.startsWith(',')).toBe(false);
        expect(l.text.startsWith(')')).toBe(false);
        expect(l.text.endsWith('(')).toBe(false);
      }
    }
  });

  it('opens a straight quote before Han text and closes it after', () => {
    const { rules } = collect('他说"你好"然后走了');
    expect(rules).toEqual(['typography/half-width-mark@3', 'typography/half-width-mark@6']);
    for (let width = 2; width <= 5; width++) {
      for (const l of set('甲乙丙丁戊"己庚辛"壬癸子丑寅卯', width)) {
        expect(l.text.endsWith('"') && !l.text.endsWith('辛"')).toBe(false);
      }
    }
  });

  it('leaves marks in Latin text alone', () => {
    expect(collect('Hello, world (again)! 甲').rules).toEqual([]);
  });

  it('keeps one space between Han characters as a gap under ¼ em and warns', () => {
    const { seg, rules } = collect('交流 资料');
    expect(rules).toEqual(['typography/space-between-han@3']);
    expect(seg.joints[2]?.glue).toBeCloseTo(0.245 * EM);
    expect(segment('交流    资料').joints[2]?.glue).toBeCloseTo(0.245 * EM);
  });

  it('drops spaces at line edges', () => {
    const lines = set('甲乙丙丁戊 己庚辛壬癸', 5);
    expect(lines[0]?.text).toBe('甲乙丙丁戊');
    expect(lines[1]?.line.runs[0]?.glyphs[0]?.x).toBe(0);
  });
});

describe('Latin runs (issue 3)', () => {
  it('breaks a compound at its hyphen rather than leave a loose line', () => {
    const lines = set('揭牌仪式暨SAST-SITI-STEPI全球创新中心成立大会开幕', 12);
    expect(lines.some((l) => l.text.endsWith('-'))).toBe(true);
    for (const l of lines.slice(0, -1)) expect(l.right).toBeCloseTo(12 * EM, 5);
  });

  it('never breaks a number inside', () => {
    for (let width = 4; width <= 9; width++) {
      expect(set('人口占全国50.4%，约1080万人，2010-2011年完成', width).map((l) => l.text).join('|')).not.toMatch(/\d\|\d|\.\|\d|\d\|\./);
    }
  });

  it('cuts a URL wider than the line after its punctuation, warning once, and never overflows', () => {
    const rules: string[] = [];
    const url = 'https://www.debian.org/doc/manuals/debian-reference/ch02.zh-cn.html';
    const seg = segmentParagraph([{ text: `请到${url}下载`, style, origin: { file: 'x.md', line: 1, column: 1 } }], fakeShaper, 12 * EM, {
      report: (d) => rules.push(d.rule),
    });
    expect(rules).toEqual(['typeset/long-word']);
    const lines = set(`请到${url}下载`, 12);
    for (const l of lines) expect(l.right).toBeLessThanOrEqual(12 * EM + 1e-6);
    expect(lines.slice(0, -1).every((l) => /[/.\-a-z]$/.test(l.text))).toBe(true);
    expect(seg.units.length).toBeGreaterThan(3);
  });
});

describe('punctuation styles (docs/layout.md B.2)', () => {
  const widths = (text: string, punctuation: 'quanjiao' | 'kaiming' | 'banjiao'): number[] =>
    segmentParagraph([{ text, style }], fakeShaper, 100 * EM, { punctuation }).units.map((u) => (u.natural - u.trimLeft - u.trimRight) / EM);

  it('全角 keeps every mark on a full em', () => {
    expect(widths('甲，乙。丙（丁）', 'quanjiao')).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('开明 sets marks inside a sentence half-width and keeps 。？！ full', () => {
    expect(widths('甲，乙。丙（丁）', 'kaiming')).toEqual([1, 0.5, 1, 1, 1, 0.5, 1, 0.5]);
  });

  it('半角 sets every mark half-width', () => {
    expect(widths('甲，乙。丙（丁）', 'banjiao')).toEqual([1, 0.5, 1, 0.5, 1, 0.5, 1, 0.5]);
  });

  it('compresses adjacent marks in every style', () => {
    for (const style of ['quanjiao', 'kaiming', 'banjiao'] as const) {
      const w = widths('甲。”乙', style);
      expect(w[1]! + w[2]!).toBeLessThanOrEqual(1.5);
    }
  });
});
