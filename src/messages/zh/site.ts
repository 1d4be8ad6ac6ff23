import type { site as en } from '../en/site.js';

/** `bulletin site` 的消息（第 11 号议题）。 */
export const site: typeof en = {
  'site.description': () => '把整个档案做成静态网站：各期网页与 PDF、首页与年度页、Atom 订阅、站点地图、全文搜索',
  'site.archive': () => '档案：存放各期的文件夹（或各期文件）',
  'site.option-out-dir': () => '网站的文件夹（必填）',
  'site.option-base-url': () => '网站发布的地址，如 https://example.org/bulletin/：订阅中的链接用绝对地址，并写出 sitemap.xml',
  'site.option-shard': () => '只生成各期网页 n 份中的第 k 份；最后不带 --shard 再运行一次，生成列表页和搜索索引',
  'site.examples': () => `
示例：
  $ bulletin site archive -o public                          整个网站写到 public/
  $ bulletin site archive -o public --base-url https://example.org/bulletin/
                                                             订阅用绝对链接，并写出 sitemap.xml
  $ bulletin site archive -o public --shard 2/3              各期网页 3 份中的第 2 份（CI 矩阵）
  $ bulletin site archive -o public                          最后：列表页、订阅和搜索索引
`,
  'site.required-option': (p) => `缺少必填选项 ${p.option}`,
  'site.bad-base-url': () => '应为以 http:// 或 https:// 开头的完整地址，如 https://example.org/bulletin/。',
  'site.no-base-url': () => '未给 --base-url：订阅中的链接是相对链接（相对于订阅文件本身的地址），也没有写 sitemap.xml（站点地图只能列完整地址）',
  'site.page-clash': (p) => `${p.first} 和 ${p.second} 会生成同一个网页 ${p.page}：请改名其中之一`,
  'site.search-error': (p) => `搜索索引（Pagefind）：${p.message}`,
  'site.done': (p) => `网站在 ${p.dir}：列出 ${p.issues} 期，写入自身页面 ${p.written} 个`,
  'site.indexed': (p) => `搜索索引已生成，共 ${p.pages} 个网页`,
  'site.index-stands': () => '搜索索引无需更新',
  'site.shard-done': (p) => `各期网页第 ${p.index}/${p.count} 份已完成；请在同一文件夹上不带 --shard 再运行 bulletin site，生成列表页和搜索索引`,
};
