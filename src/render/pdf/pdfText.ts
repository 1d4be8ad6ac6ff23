/**
 * A string from the input made fit for a PDF text string (document properties, bookmark titles):
 * control characters removed, as they show nothing and some readers stop at them, and unpaired
 * surrogates replaced by U+FFFD, since one of them makes the UTF-16 string invalid and readers
 * then show the whole string as Latin-1 garbage. pdfkit escapes the rest (`(`, `)`, `\`).
 *
 * @param text The string.
 * @returns The string as the PDF should hold it.
 */
export function pdfText(text: string): string {
  return wellFormed(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ''));
}

/**
 * A link target made fit for a PDF URI action, which holds 7-bit ASCII (PDF 32000-1 §12.6.4.7):
 * every other character percent-encoded as UTF-8 (an unpaired surrogate as U+FFFD).
 *
 * @param url The target, already filtered by `safeLinkUrl`.
 * @returns The target in printable ASCII.
 */
export function pdfUri(url: string): string {
  return wellFormed(url).replace(/[^\u0021-\u007e]+/g, (run) => encodeURIComponent(run));
}

// String.prototype.toWellFormed is ES2024; the lib this compiles against is ES2022.
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
