import type { Element } from 'hast';
import { FONT_ROLES } from '../../fonts/resolveFonts.js';
import type { FontRole } from '../../typeset/types.js';

// The HTML says which font role an element's text is set in with one class, so the stylesheet
// (one font-family rule per role) and the font subsetter (which characters each role needs)
// read the same fact from the same tree and cannot disagree.
const PREFIX = 'font-';
const ROLES: ReadonlySet<string> = new Set<string>(FONT_ROLES);

/** The class that sets an element's text in `role`'s font stack, e.g. `font-hei`. */
export function roleClass(role: FontRole): string {
  return PREFIX + role;
}

/** The font role an element sets for its text, or undefined when it inherits its parent's. */
export function roleOfElement(element: Element): FontRole | undefined {
  const classes = element.properties['className'];
  if (!Array.isArray(classes)) return undefined;
  for (const c of classes) {
    if (typeof c === 'string' && c.startsWith(PREFIX) && ROLES.has(c.slice(PREFIX.length))) return c.slice(PREFIX.length) as FontRole;
  }
  return undefined;
}
