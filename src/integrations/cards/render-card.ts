import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { CARD_FONT, CARD_SIZE, cardMarkup, type CardText } from '../../publish/card-template.ts';

const require = createRequire(import.meta.url);

/** Noto Sans (SIL OFL) from @fontsource: satori reads .woff, not .woff2. Latin and Latin Extended. */
const FONT_FILES = ['latin', 'latin-ext'].flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({
    weight,
    file: require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
  })),
);

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ weight, file }) => ({
      name: CARD_FONT,
      data: await readFile(file),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** A document's card as PNG: laid out by satori into SVG, drawn by resvg with the bundled fonts only. */
export async function renderCard(text: CardText): Promise<Buffer> {
  const svg = await satori(cardMarkup(text) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: await loadFonts(),
  });
  // No system fonts: the card must look the same, byte for byte, on every machine.
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_SIZE.width },
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}
