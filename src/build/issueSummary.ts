import type { BulletinDocument, Heading } from '../model/document.js';
import { inlineText } from '../typeset/inlines.js';

/** What a listing of back issues shows of an issue: its numbers, date, title and headings. */
export interface IssueSummary {
  readonly year: number;
  readonly issue: number;
  readonly serial?: number;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The bulletin's title (the masthead's). */
  readonly title: string;
  /** The `#` headings: each opens an article. */
  readonly articles: readonly string[];
  /** The `##` headings, as numbered in the issue. */
  readonly sections: readonly string[];
}

function headingText(h: Heading): string {
  return (h.autoNumber ?? '') + inlineText(h.children);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The summary of a read issue (`--json` and `bulletin site`). */
export function issueSummary(doc: BulletinDocument): IssueSummary {
  const { meta } = doc;
  const headings = doc.blocks.filter((b): b is Heading => b.kind === 'heading');
  return {
    year: meta.year,
    issue: meta.issue,
    ...(meta.serial !== undefined ? { serial: meta.serial } : {}),
    date: `${meta.date.year}-${pad(meta.date.month)}-${pad(meta.date.day)}`,
    title: meta.title,
    articles: headings.filter((h) => h.level === 1).map(headingText),
    sections: headings.filter((h) => h.level === 2).map(headingText),
  };
}
