import type { IssueSummary } from '../build/issueSummary.js';

// The words of the site's own pages. The site speaks the bulletin's language (Chinese) whatever the
// language of the CLI that built it, as the issue pages do (本期要目): these are content, not messages.

export const SITE_WORDS = {
  home: '首页',
  latest: '最新一期',
  search: '搜索',
  searchButton: '搜索',
  searchPlaceholder: '输入词语，如 首尔',
  searchTitle: '全文搜索',
  searchNoScript: '搜索需要在浏览器中启用 JavaScript。',
  searchOffline: '搜索需要通过网站服务器打开本页（http:// 或 https://），直接打开文件时不可用。',
  searchNone: '没有找到。',
  searchFound: '找到 {n} 期：',
  previous: '上一期',
  next: '下一期',
  pdf: 'PDF',
  navLabel: '往期导航',
  feed: '订阅（Atom）',
  issuesOfYear: '{year}年各期',
} as const;

/** `2014年第4期（总第9期）`: how the masthead names an issue. */
export function issueLabel(s: Pick<IssueSummary, 'year' | 'issue' | 'serial'>): string {
  return `${s.year}年第${s.issue}期${s.serial !== undefined ? `（总第${s.serial}期）` : ''}`;
}

/** `2014年10月17日` from `2014-10-17`. */
export function dateLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A word with its `{name}` parameters filled. */
export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}
