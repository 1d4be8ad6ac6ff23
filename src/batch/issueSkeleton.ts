import { isMap, parseDocument } from 'yaml';
import { formatDate, type NextIssue } from './nextIssue.js';

/** What the new issue's front matter starts from. */
export interface SkeletonBase {
  /** The front matter of the archive's last issue, whose other fields (distribution, …) carry over. */
  readonly previous?: string;
  /** Whether a bulletin.yaml supplies title and sponsors; without one, placeholders are written. */
  readonly configured: boolean;
}

// The body every new issue starts with: an editor's note and one section (LAYOUT.md A.3), in
// words that build and pass `bulletin check` as they are.
const BODY = `
> **编者按：**在此撰写编者按。

## 一、第一部分标题

在此撰写正文。
`;

/**
 * The text of a new issue: front matter with its numbers and date, and a skeleton body. The
 * previous issue's front matter is kept (comments and order too) with its numbers replaced and
 * its `year` dropped, since the new date gives the year.
 */
export function issueSkeleton(next: NextIssue, base: SkeletonBase): string {
  const doc = parseDocument(base.previous ?? '');
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) return issueSkeleton(next, { configured: base.configured });
  if (!base.configured && !doc.has('title')) doc.set('title', '简报名称');
  if (!base.configured && !doc.has('sponsors')) doc.set('sponsors', ['主办单位']);
  doc.delete('year');
  doc.set('issue', next.issue);
  if (next.serial === undefined) doc.delete('serial');
  else doc.set('serial', next.serial);
  doc.set('date', formatDate(next.date));
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${BODY}`;
}
