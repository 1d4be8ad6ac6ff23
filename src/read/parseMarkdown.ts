import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// remark-cjk-friendly fixes CommonMark's flanking rules for CJK punctuation, without which
// `**编者按：**2014年` stays literal asterisks because `：` followed by `2` is not right-flanking.
const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkCjkFriendly);

/**
 * Parse Markdown (CommonMark + GFM + YAML front matter + CJK-friendly emphasis) into mdast.
 * Parse only: no transformers run and nothing is stringified.
 *
 * @param text The Markdown source.
 * @returns The mdast root; a leading front matter block is its first child, of type `yaml`.
 */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
