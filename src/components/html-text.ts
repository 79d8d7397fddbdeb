/**
 * Text made safe to put inside HTML markup or a double-quoted attribute. Hand-written: four replacements,
 * for the few components that write an HTML string because markup whitespace would add spaces to the text.
 */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
