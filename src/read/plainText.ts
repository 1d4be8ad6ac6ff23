import type { Inline } from '../model/document.js';

/**
 * The text of model inlines without markup: what a reader sees, for matching labels and numbers.
 *
 * @param inlines Model inlines.
 * @returns Their text; a hard break counts as a newline.
 */
export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case 'text':
        case 'code':
          return inline.value;
        case 'break':
          return '\n';
        case 'footnoteRef':
          return '';
        default:
          return plainText(inline.children);
      }
    })
    .join('');
}
