// The size budgets, written once: the tests assert them and the bench reports against them.

const KiB = 1024;

/**
 * A first visit to any page of the shipped site (its HTML plus the CSS and JS it loads before interaction),
 * gzip: the weight gate (tests/build/gates-weight.test.ts) and the bench's target for a long export's section
 * pages (bench/report.ts). The same content built with Starlight measures 21.6 KB.
 */
export const FIRST_VISIT_GZIP = 10 * KiB;

/**
 * What a finding may add to a page beyond its sentence: its element's tags and id, and its permanent link
 * (about 185 bytes on the long export; its tools are built on the client).
 */
export const FINDING_EXTRA_BYTES = 250;

/** A section page of a long export (tests/fixtures/long-export, the bench's 160-sentence export), raw HTML. */
export const LONG_PAGE_RAW = 60 * KiB;

/**
 * A first visit to a long export's section page of about 50 findings, gzip: what TCP delivers in its first
 * round trip, since 50 sentences with their ids and links are about 8.4 KB of HTML gzip alone
 * (tests/build/cite-long-export.test.ts).
 */
export const LONG_PAGE_FIRST_VISIT_GZIP = 14 * KiB;

/** /tiers/ at the full size of the series (190 countries × 25 report years), gzip (`npm run bench:tiers`). */
export const TIER_GRID_GZIP = 60 * KiB;
