import { describe, expect, it } from 'vitest';
import { issueFileName, nextIssue, type IssueMeta } from '../../src/index.js';

function meta(year: number, issue: number, serial: number | undefined, date: string): IssueMeta {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return {
    title: '金桥会议传真',
    year,
    issue,
    ...(serial === undefined ? {} : { serial }),
    date: { year: y, month: m, day: d },
    sponsors: ['上海产业技术研究院'],
    template: 'jinqiao',
    numbering: true,
  };
}

const archive = [meta(2014, 3, 8, '2014-09-01'), meta(2014, 4, 9, '2014-10-17'), meta(2013, 12, 5, '2013-12-20')];

describe('nextIssue', () => {
  it('numbers after the last issue of the year, and after the highest serial', () => {
    expect(nextIssue(archive, { year: 2014, month: 11, day: 20 })).toEqual({
      year: 2014,
      issue: 5,
      serial: 10,
      date: { year: 2014, month: 11, day: 20 },
      name: '2014-05.md',
    });
  });

  it('starts a new year at issue 1, the serial going on', () => {
    const next = nextIssue(archive, { year: 2015, month: 1, day: 9 });
    expect([next.issue, next.serial, next.name]).toEqual([1, 10, '2015-01.md']);
  });

  it('gives issue 1 and serial 1 in an empty archive', () => {
    const next = nextIssue([], { year: 2014, month: 1, day: 9 });
    expect([next.issue, next.serial]).toEqual([1, 1]);
  });

  it('leaves the serial out when the archive has none', () => {
    expect(nextIssue([meta(2014, 1, undefined, '2014-01-01')], { year: 2014, month: 2, day: 1 }).serial).toBeUndefined();
  });

  it('names files YYYY-NN.md', () => {
    expect(issueFileName(2014, 4)).toBe('2014-04.md');
    expect(issueFileName(2014, 12)).toBe('2014-12.md');
    expect(issueFileName(2014, 104)).toBe('2014-104.md');
  });
});
