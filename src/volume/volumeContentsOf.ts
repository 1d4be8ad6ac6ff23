import type { Bookmark } from '../typeset/types.js';
import type { VolumeContentsEntry } from '../typeset/volume/volumeContents.js';

/**
 * What the contents lists of an issue: its articles (`#` titles) when it has two or more, else
 * its sections (`##` headings), else its one article; each with the volume page it starts on.
 *
 * @param bookmarks The headings, pages counted in the issue.
 * @param offset Volume pages before the first.
 */
export function volumeContentsOf(bookmarks: readonly Bookmark[], offset: number): VolumeContentsEntry[] {
  const articles = bookmarks.filter((b) => b.level === 1);
  const sections = bookmarks.filter((b) => b.level === 2);
  const listed = articles.length >= 2 || sections.length === 0 ? articles : sections;
  return listed.map((b) => ({ title: b.title, page: offset + b.page }));
}
