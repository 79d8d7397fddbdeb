// `node bench/archive-pages.ts [dist]`: the archive's bounded pages in a built site (home, search, 404, the
// country list, the largest country and year pages), raw and gzip bytes. A measurement, not a test; build a
// large site first (bench:build, or the synthetic build tests/e2e/archive.test.ts makes in
// .output/archive-synthetic/dist, the default here).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../tests/support/build-site.ts';

const dist = path.resolve(ROOT, process.argv[2] ?? '.output/archive-synthetic/dist');

async function size(file: string): Promise<{ raw: number; gzip: number }> {
  const bytes = await readFile(path.join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

async function largestIn(folder: string): Promise<string | undefined> {
  const names = await readdir(path.join(dist, folder)).catch(() => [] as string[]);
  let best: [string, number] | undefined;
  for (const name of names) {
    const file = path.join(folder, name, 'index.html');
    const { raw } = await size(file).catch(() => ({ raw: -1 }));
    if (raw > (best?.[1] ?? -1)) best = [file, raw];
  }
  return best?.[0];
}

const documents = (await readdir(path.join(dist, 'pagefind', 'fragment')).catch(() => [])).length;
const files = ['index.html', 'search/index.html', '404.html', 'countries/index.html'];
for (const folder of ['countries', 'years']) {
  const file = await largestIn(folder);
  if (file) files.push(file);
}
console.log(`${dist} (${documents} indexed pages)`);
for (const file of files) {
  const { raw, gzip } = await size(file);
  console.log(
    `${file.padEnd(40)} ${(raw / 1024).toFixed(1).padStart(8)} KB ${(gzip / 1024).toFixed(1).padStart(7)} KB gzip`,
  );
}
