import { randomBytes } from 'node:crypto';
import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { SITE_NAV_CLASS } from '../render/html/siteNav.js';
import { esmPackages } from '../esmImport.js';

/** An issue page to index: its file and its path from the site's root, with the words results show. */
export interface SearchPage {
  readonly file: string;
  /** `2014/2014-04.html`. */
  readonly path: string;
  /** The result's title: `金桥会议传真 2014年第4期（总第9期）`. */
  readonly title: string;
  readonly date: string;
}

function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The folder of Pagefind's bundle in the site. */
export const PAGEFIND_FOLDER = 'pagefind';

/**
 * Indexes the issue pages with Pagefind (its extended build, which segments Chinese: each page
 * says `lang="zh-CN"`) and writes its bundle to `<site>/pagefind`, replacing the old one only when
 * the new one is complete. The navigation is left out of the index: its words name other issues.
 * The result's title is given to Pagefind in the text it indexes; the published page is unchanged.
 * Pagefind (a native binary behind its Node API) loads only here.
 *
 * @param site The site's folder.
 * @param pages The issue pages.
 * @returns How many pages were indexed, and Pagefind's errors.
 */
export async function indexSearch(site: string, pages: readonly SearchPage[]): Promise<{ pages: number; errors: string[] }> {
  const pagefind = await esmPackages().pagefind();
  const errors: string[] = [];
  try {
    const created = await pagefind.createIndex({ excludeSelectors: [`.${SITE_NAV_CLASS}`] });
    errors.push(...created.errors);
    const index = created.index;
    if (!index) return { pages: 0, errors };
    let count = 0;
    for (const page of pages) {
      const html = await readFile(page.file, 'utf8');
      const meta = `data-pagefind-meta="title:${attribute(page.title)}"`;
      const added = await index.addHTMLFile({ url: `/${page.path}`, content: html.replace(/<body\b/, `<body ${meta}`) });
      errors.push(...added.errors);
      if (added.errors.length === 0) count++;
    }
    const target = path.join(site, PAGEFIND_FOLDER);
    const temporary = `${target}.tmp-${randomBytes(4).toString('hex')}`;
    const written = await index.writeFiles({ outputPath: temporary });
    errors.push(...written.errors);
    if (written.errors.length > 0) {
      await rm(temporary, { recursive: true, force: true });
      return { pages: count, errors };
    }
    await rm(target, { recursive: true, force: true });
    await rename(temporary, target);
    return { pages: count, errors };
  } finally {
    await pagefind.close();
  }
}
