import { createHash } from 'node:crypto';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CARD_TEMPLATE_VERSION, type CardText } from '../../publish/card-template.ts';

/**
 * The cache key of a card: the document's source SHA-256, the template's version and the card's words
 * (the site's name can change without the source doing so). A rebuild with unchanged seeds reuses it.
 */
export function cardKey(sourceSha256: string, text: CardText): string {
  return createHash('sha256')
    .update(JSON.stringify({ sourceSha256, template: CARD_TEMPLATE_VERSION, text }))
    .digest('hex');
}

/** A folder of cards by key: `has` says whether it holds one, `get` gives it or `undefined`, `put` stores one. */
export function cardCache(dir: string) {
  const file = (key: string) => path.join(dir, `${key}.png`);
  return {
    has: (key: string): Promise<boolean> =>
      access(file(key)).then(
        () => true,
        () => false,
      ),
    get: (key: string): Promise<Buffer | undefined> => readFile(file(key)).catch(() => undefined),
    put: async (key: string, png: Buffer): Promise<void> => {
      await mkdir(dir, { recursive: true });
      await writeFile(file(key), png);
    },
  };
}
