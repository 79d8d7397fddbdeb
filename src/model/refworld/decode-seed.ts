import { SeedError } from './seed-error.ts';

// ignoreBOM keeps a byte-order mark in the text, so the text's digest is the file's; the parser drops it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const CR = 0x0d;
const LF = 0x0a;

/**
 * Decodes a seed's bytes as UTF-8. A byte that is not UTF-8 (an export saved
 * as Windows-1252, say) would otherwise become U+FFFD on the site, silently
 * changing the text, so it stops the build naming its line instead.
 * @param bytes the file as read; @param file its path as the user knows it
 * @throws SeedError naming the first line that is not valid UTF-8
 */
export function decodeSeed(bytes: Uint8Array, file: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    // CR and LF never occur inside a multi-byte UTF-8 sequence, so lines can be cut at the byte level.
    let start = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i += 1) {
      const byte = bytes[i];
      if (i < bytes.length && byte !== CR && byte !== LF) continue;
      try {
        utf8.decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      if (byte === CR && bytes[i + 1] === LF) i += 1;
      start = i + 1;
      line += 1;
    }
    throw new SeedError(
      file,
      line,
      'UTF-8 text, but this line has a byte that is not UTF-8 (save the export as UTF-8)',
    );
  }
}
