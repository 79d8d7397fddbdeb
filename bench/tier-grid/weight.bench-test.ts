// The weight of /tiers/ at the full size of the series: 190 countries × 25 report years, each cell a report
// with a placement. The grid's components (table, overview, key) are rendered by Astro's container API from
// the fixture's report model repeated under real country names, and weighed with the built page's frame
// (the fixture site's /tiers/ minus its own grid). Placements vary pseudo-randomly from cell to cell, which
// compresses worse than the real series, where a country's placement often stays for years.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import countries from 'world-countries';
import { expect, it } from 'vitest';
import TierKey from '../../src/components/data/TierKey.astro';
import TierOverview from '../../src/components/data/TierOverview.astro';
import TierTable from '../../src/components/data/TierTable.astro';
import { TIER_GRID_GZIP as BUDGET } from '../../tooling/budgets.ts';
import { tierGrid } from '../../src/publish/data/tier-grid.ts';
import { slugify } from '../../src/model/text/ascii-words.ts';
import { TIER_LEVELS } from '../../src/model/refworld/rules/series.ts';
import type { Document } from '../../src/model/refworld/schema.ts';
import { buildFolders } from '../../tooling/build-env.ts';
import { documentsIn } from '../../tooling/seeds.ts';

const COUNTRIES = 190;
const YEARS = 25;

/** The fixture's stated-tier report as the report of one country and year. */
function report(base: Document, country: (typeof countries)[number], year: number, level: number): Document {
  const slug = slugify(country.name.common);
  return {
    ...base,
    meta: {
      ...base.meta,
      slug: `${slug}-${year}-report`,
      publicationDate: { text: '', iso: `${year}-06-14` },
    },
    country: {
      written: country.name.common,
      name: country.name.common,
      slug,
      code: country.cca2,
      resolvedBy: 'dataset',
    },
    tier: { ...base.tier!, level: TIER_LEVELS[level % TIER_LEVELS.length]! },
  };
}

/** Astro's dev rendering marks every element with its source; the build does not. */
const asBuilt = (html: string): string => html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
const gzip = (text: string): number => gzipSync(text, { level: 9 }).length;

it(`/tiers/ at ${COUNTRIES} countries × ${YEARS} years stays within ${BUDGET} bytes gzip`, async () => {
  const base = (await documentsIn('tests/fixtures/archive')).find((d) => d.tier);
  if (!base) throw new Error('the fixture archive has no report that states a tier');
  const docs = countries
    .slice(0, COUNTRIES)
    .flatMap((c, i) =>
      Array.from({ length: YEARS }, (_, y) =>
        report(base, c, 2001 + y, Math.floor(Math.abs(Math.sin(i * 31 + y * 7)) * 4)),
      ),
    );
  const grid = tierGrid(docs);
  const container = await AstroContainer.create();
  const parts = {
    table: asBuilt(await container.renderToString(TierTable, { props: { grid } })),
    overview: asBuilt(await container.renderToString(TierOverview, { props: { grid } })),
    key: asBuilt(await container.renderToString(TierKey, { props: {} })),
  };
  // The frame: the fixture site's built page without its grid, if `npm run bench:tiers` finds one.
  const built = path.join(buildFolders('data-site').dist, 'tiers', 'index.html');
  const page = await readFile(built, 'utf8').catch(() => '');
  const frame = page.replace(/<dl class="tier-key"[\s\S]*<\/table>\s*<\/div>/, '');
  const whole = frame + Object.values(parts).join('');
  for (const [name, html] of Object.entries({ ...parts, frame, whole }))
    console.log(
      `${name.padEnd(9)} ${String(html.length).padStart(8)} B raw ${String(gzip(html)).padStart(7)} B gzip`,
    );
  expect(frame, `build the data fixture site first (${built})`).not.toBe('');
  expect(gzip(whole)).toBeLessThanOrEqual(BUDGET);
});
