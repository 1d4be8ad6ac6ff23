// C0 and C1 controls (but the line feed, which separates a message's lines), DEL, and the bidi
// overrides that can reorder what a terminal shows.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every control character shown as a `\uXXXX` escape, so that input quoted in a
 * message cannot move the cursor, retitle or clear a terminal, or reorder what it shows.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
