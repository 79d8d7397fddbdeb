// `npm run audit`: prints what a first visit to each built page weighs, and Lighthouse's mobile performance score
// and Largest Contentful Paint for the audited pages. Reported, not asserted: timings depend on the machine's load.
// Reads the site in TIP_OUT_DIR (default dist/): build it first.
import { auditPages } from '../tooling/audit-pages.ts';
import { DIST } from '../tooling/dist.ts';
import { firstVisit } from '../tooling/first-visit.ts';
import { gatePages } from '../tooling/gate-pages.ts';
import { runLighthouse } from '../tooling/lighthouse.ts';
import { serveDir } from '../tooling/server.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(`Site: ${DIST}\n\nFirst visit (HTML + CSS + JS before interaction, gzip):`);
for (const page of await gatePages()) {
  const visit = await firstVisit(page);
  const parts = visit.files.map((f) => `${f.kind} ${f.gzip}`).join(' + ');
  console.log(`  ${page.padEnd(44)} ${kb(visit.totalGzip).padStart(8)}  (${parts})`);
}

const pages = await auditPages();
const present = pages.filter((p) => p.path !== undefined);
const server = await serveDir(DIST);
try {
  const reports = await runLighthouse(
    present.map((p) => server.url + p.path),
    ['performance', 'accessibility', 'best-practices', 'seo'],
  );
  console.log('\nLighthouse, mobile preset:');
  present.forEach((page, i) => {
    const { scores, lcpMs, failing } = reports[i]!;
    const score = (id: string) => String(Math.round((scores[id] ?? 0) * 100)).padStart(3);
    console.log(
      `  ${page.label.padEnd(9)} ${page.path!.padEnd(30)} performance ${score('performance')}  ` +
        `LCP ${((lcpMs ?? 0) / 1000).toFixed(2)} s  accessibility ${score('accessibility')}  ` +
        `best practices ${score('best-practices')}  SEO ${score('seo')}`,
    );
    for (const audit of failing) console.log(`      below 100: ${audit}`);
  });
  for (const page of pages.filter((p) => p.path === undefined))
    console.log(`  ${page.label}: not built, skipped`);
} finally {
  await server.close();
}
