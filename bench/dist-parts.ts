// What a built site's dist/ holds, by part, in bytes a sentence: `node bench/dist-parts.ts <dist>`.
// A part is a kind of file (a document's section pages, its findings table, the per-year CSV files…); a
// sentence is a finding of a document's assessment.json. Section pages are also split into what they
// hold: the head, the findings, the "Cite this page" block and the rest of the frame.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { SECTION_KEYS } from '../src/model/refworld/rules/sections.ts';

const SECTIONS = new Set<string>(SECTION_KEYS);
const PAGES = ['findings', 'full-text', 'changes', 'timeline', 'source'];

/** The part a file of dist/ belongs to, from its path. */
function partOf(rel: string): string {
  const parts = rel.split('/');
  if (parts[0] === 'pagefind') return 'Pagefind';
  if (parts[0] === 'data')
    return /^findings-\d{4}\.csv$/.test(parts[1] ?? '') ? 'per-year CSV files' : 'rest';
  if (parts.length === 2 && parts[1] === 'assessment.json') return 'assessment.json';
  if (parts.length === 2 && parts[1] === 'card.png') return 'cards';
  if (parts.length === 2 && parts[1] === 'index.html' && parts[0] !== 'search') return 'overviews';
  if (parts.length === 2 && parts[1]?.startsWith('cite.')) return 'citation files';
  if (parts.length === 3 && SECTIONS.has(parts[1] ?? '')) return 'section pages';
  if (parts.length === 3 && PAGES.includes(parts[1] ?? '')) return `${parts[1]} pages`;
  return 'rest';
}

async function* files(dir: string, base = dir): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full, base);
    else yield path.relative(base, full).split(path.sep).join('/');
  }
}

const dist = process.argv[2];
if (!dist) throw new Error('usage: node bench/dist-parts.ts <dist>');
const bytes = new Map<string, number>();
const count = new Map<string, number>();
const inSection = { head: 0, findings: 0, cite: 0, frame: 0 };
/** Bytes of every page's inline `<script>` and `<style>` elements, the same in many pages. */
let inline = 0;
let sentences = 0;
let total = 0;
for await (const rel of files(dist)) {
  const part = partOf(rel);
  const size = (await stat(path.join(dist, rel))).size;
  total += size;
  bytes.set(part, (bytes.get(part) ?? 0) + size);
  count.set(part, (count.get(part) ?? 0) + 1);
  if (part === 'assessment.json') {
    const doc = JSON.parse(await readFile(path.join(dist, rel), 'utf8')) as {
      paragraphs: { findings: unknown[] }[];
    };
    sentences += doc.paragraphs.reduce((n, p) => n + p.findings.length, 0);
  }
  if (rel.endsWith('.html')) {
    const html = await readFile(path.join(dist, rel), 'utf8');
    for (const m of html.matchAll(/<(script|style)(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/\1>/g))
      if (!m[0].startsWith('<script type="application/ld+json"')) inline += Buffer.byteLength(m[0]);
  }
  if (part === 'section pages') {
    const html = await readFile(path.join(dist, rel), 'utf8');
    const head = html.indexOf('</head>');
    const findings =
      html.match(
        /<div class="findings">[\s\S]*?<\/div>\s*(?=<section|<div class="mentions|<aside|<h2|<details|<template|<dl)/,
      )?.[0] ?? '';
    const cite = html.match(/<details class="cite-page"[\s\S]*?<\/details>/)?.[0] ?? '';
    const b = (s: string) => Buffer.byteLength(s);
    inSection.head += b(html.slice(0, head));
    inSection.findings += b(findings);
    inSection.cite += b(cite);
    inSection.frame += size - b(html.slice(0, head)) - b(findings) - b(cite);
  }
}
const mb = (n: number) => (n / 1e6).toFixed(1);
const per = (n: number) => Math.round(n / sentences).toLocaleString('en');
const rows = [...bytes].sort((a, b) => b[1] - a[1]);
console.log(
  `${dist}: ${sentences.toLocaleString('en')} sentences, ${mb(total)} MB, ${per(total)} bytes a sentence\n`,
);
console.log('| part | files | MB | bytes a sentence |\n| --- | --- | --- | --- |');
for (const [part, n] of rows) console.log(`| ${part} | ${count.get(part)} | ${mb(n)} | ${per(n)} |`);
console.log(`| **all** | | **${mb(total)}** | **${per(total)}** |`);
console.log(`\nInline scripts and styles, in every page: ${mb(inline)} MB, ${per(inline)} bytes a sentence.`);
console.log('\nSection pages, by what they hold:\n\n| part | MB | bytes a sentence |\n| --- | --- | --- |');
for (const [part, n] of Object.entries(inSection)) console.log(`| ${part} | ${mb(n)} | ${per(n)} |`);
