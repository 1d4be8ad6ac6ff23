import { Document, isMap, parseDocument } from 'yaml';
import { formatDate, type NextIssue } from './nextIssue.js';

/**
 * The stand-in texts that `bulletin init` and `bulletin new` write for the clerk to write over.
 * Each begins with 在此 ("here, write …"), so that no real bulletin is likely to hold one, and
 * `bulletin check` finds those still left (src/batch/check/findPlaceholders.ts).
 */
export const PLACEHOLDERS = {
  title: '在此填写简报名称',
  sponsor: '在此填写主办单位',
  secretariat: '在此填写秘书组名称',
  address: '在此填写通信地址',
  postcode: '在此填写邮政编码',
  email: '在此填写电子邮箱',
  editorsNote: '在此撰写编者按。',
  heading: '在此填写第一部分标题',
  body: '在此撰写正文。',
  /** A front-matter field the template declares required (gongwen's 机关代字). */
  field: '在此填写本项',
} as const;

/** Every placeholder text, longest first (so a search matches the whole of one). */
export const PLACEHOLDER_TEXTS: readonly string[] = Object.values(PLACEHOLDERS).sort((a, b) => b.length - a.length);

/** What the new issue's front matter starts from. */
export interface SkeletonBase {
  /** The front matter of the archive's last issue, whose other fields (distribution, …) carry over. */
  readonly previous?: string;
  /** Whether a bulletin.yaml supplies title and sponsors; without one, placeholders are written. */
  readonly configured: boolean;
}

// The body every new issue starts with: an editor's note and one section (docs: a new issue), in
// words that build as they are and that `bulletin check` reports until they are written over.
const BODY = `
> **编者按：**${PLACEHOLDERS.editorsNote}

## 一、${PLACEHOLDERS.heading}

${PLACEHOLDERS.body}
`;

/**
 * The text of a new issue: front matter with its numbers and date, and a skeleton body. The
 * previous issue's front matter is kept (comments and order too) with its numbers replaced and
 * its `year` dropped, since the new date gives the year.
 */
export function issueSkeleton(next: NextIssue, base: SkeletonBase): string {
  const parsed = parseDocument(base.previous ?? '');
  if (parsed.errors.length > 0 || (parsed.contents !== null && !isMap(parsed.contents))) return issueSkeleton(next, { configured: base.configured });
  // An empty front matter (or none: the archive's first issue) has no mapping to edit yet.
  const doc = parsed.contents === null ? new Document({}) : parsed;
  if (!base.configured && !doc.has('title')) doc.set('title', PLACEHOLDERS.title);
  if (!base.configured && !doc.has('sponsors')) doc.set('sponsors', [PLACEHOLDERS.sponsor]);
  doc.delete('year');
  doc.set('issue', next.issue);
  if (next.serial === undefined) doc.delete('serial');
  else doc.set('serial', next.serial);
  doc.set('date', formatDate(next.date));
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${BODY}`;
}
