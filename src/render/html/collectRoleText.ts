import type { Element } from 'hast';
import type { FontRole } from '../../typeset/types.js';
import { roleOfElement } from './fontRoleClass.js';

/**
 * The characters each font role shows on the page: every text node counted under the role its
 * nearest `font-*` class gives it, the way the stylesheet's font stacks apply.
 *
 * @param root The element to read (the page's `body`, after autospacing and sanitising).
 * @param rootRole The role of text outside any `font-*` class.
 * @returns Per role, the set of characters (code points).
 */
export function collectRoleText(root: Element, rootRole: FontRole): Map<FontRole, Set<string>> {
  const texts = new Map<FontRole, Set<string>>();
  const walk = (element: Element, inherited: FontRole): void => {
    const role = roleOfElement(element) ?? inherited;
    for (const child of element.children) {
      if (child.type === 'element') walk(child, role);
      else if (child.type === 'text') {
        let set = texts.get(role);
        if (!set) texts.set(role, (set = new Set()));
        for (const ch of child.value) set.add(ch);
      }
    }
  };
  walk(root, rootRole);
  return texts;
}
