import { describe, expect, it } from 'vitest';
import { checkNumbering, type NumberedIssue } from '../../src/batch/check/checkNumbering.js';

function issue(name: string, year: number, number: number, serial: number, date: string): NumberedIssue {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return {
    file: `/archive/${name}`,
    meta: { title: 't', year, issue: number, serial, date: { year: y, month: m, day: d }, sponsors: ['s'], template: 'jinqiao', numbering: true },
    frontMatter: `issue: ${number}\nserial: ${serial}\ndate: ${date}`,
  };
}

const sound = [issue('2014-01.md', 2014, 1, 1, '2014-02-05'), issue('2014-02.md', 2014, 2, 2, '2014-03-05'), issue('2015-01.md', 2015, 1, 3, '2015-01-05')];
const report = (issues: readonly NumberedIssue[]): string[] => checkNumbering(issues).map((d) => `${d.file.slice(9)}:${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`);

describe('checkNumbering', () => {
  it('finds nothing in a sound archive', () => {
    expect(report(sound)).toEqual([]);
  });

  it('reports a duplicate serial on both issues, each naming the other, at the serial line', () => {
    expect(report([sound[0] as NumberedIssue, issue('2014-02.md', 2014, 2, 1, '2014-03-05')])).toEqual([
      '2014-01.md:3:9 error archive/duplicate-serial: serial 1 (总第1期) is also the serial of 2014-02.md',
      '2014-02.md:3:9 error archive/duplicate-serial: serial 1 (总第1期) is also the serial of 2014-01.md',
    ]);
  });

  it('reports a duplicate issue number within a year', () => {
    const lines = report([sound[0] as NumberedIssue, issue('2014-01b.md', 2014, 1, 2, '2014-03-05')]);
    expect(lines.filter((l) => l.includes('duplicate-issue'))).toHaveLength(2);
  });

  it('warns of a missing serial and a missing issue number', () => {
    expect(report([sound[0] as NumberedIssue, issue('2014-03.md', 2014, 3, 3, '2014-04-05')])).toEqual([
      '2014-03.md:3:9 warning archive/missing-serial: serial 2 is missing between 2014-01.md (1) and this issue (3)',
      '2014-03.md:2:8 warning archive/missing-issue: no issue 2 of 2014 between 2014-01.md (2014年第1期) and this one (2014年第3期)',
    ]);
  });

  it('reports issue numbers out of date order within a year', () => {
    expect(report([sound[0] as NumberedIssue, issue('2014-02.md', 2014, 2, 2, '2014-01-05')])).toEqual([
      '2014-02.md:4:7 error archive/issue-order: 2014年第2期 is dated 2014-01-05, before 2014年第1期 (2014-01.md, 2014-02-05)',
    ]);
  });

  it('reports dates going backwards across years', () => {
    expect(report([sound[1] as NumberedIssue, issue('2015-01.md', 2015, 1, 3, '2014-01-05')])).toContainEqual(
      '2015-01.md:4:7 error archive/date-order: serial 3 is dated 2014-01-05, before serial 2 (2014-02.md, 2014-03-05)',
    );
  });

  it('reports a YYYY-NN.md name that disagrees with the front matter, and lets other names be', () => {
    expect(report([issue('2014-05.md', 2014, 4, 1, '2014-02-05')])).toEqual([
      '2014-05.md:2:8 error archive/file-name: the file name says 2014年第5期 but the front matter 2014年第4期',
    ]);
    expect(report([issue('jinqiao-fourth.md', 2014, 4, 1, '2014-02-05')])).toEqual([]);
  });
});
