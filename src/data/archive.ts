import { getCollection } from 'astro:content';
import { byCountry, byYear, newestFirst, seriesCounts } from '../lib/archive/group-documents.ts';
import { pairFindings } from '../lib/changes/pair-findings.ts';
import { comparedFindings, previousDocument } from '../lib/changes/previous-document.ts';
import type { Comparison } from '../lib/changes/schema.ts';
import type { Document } from '../lib/refworld/schema.ts';
import { mentionedIn, type MentioningDocument } from '../lib/mentions/mentioned-in.ts';

/** Every document's model, newest first. */
export async function archiveDocuments(): Promise<Document[]> {
  const entries = await getCollection('documents');
  return newestFirst(entries.map((e) => e.data));
}

/** Every country with its documents, A–Z. */
export async function countryGroups() {
  return byCountry(await archiveDocuments());
}

/** Every year with its documents by series, newest first. */
export async function yearGroups() {
  return byYear(await archiveDocuments());
}

/** How many documents each series has. */
export async function seriesSummary() {
  return seriesCounts(await archiveDocuments());
}

/** The document a document's changes page compares it with, if it has one. */
export async function previousOf(slug: string): Promise<Document | undefined> {
  const all = await archiveDocuments();
  const doc = all.find((d) => d.meta.slug === slug);
  return doc && previousDocument(doc, all);
}

/** A document, the one before it about the same country, and what changed between them. */
export interface Changes {
  older: Document;
  newer: Document;
  comparison: Comparison;
}

/** The comparison of every document that has an earlier one about its country. */
export async function allChanges(): Promise<Changes[]> {
  const all = await archiveDocuments();
  return all.flatMap((newer) => {
    const older = previousDocument(newer, all);
    return older
      ? [{ older, newer, comparison: pairFindings(comparedFindings(older), comparedFindings(newer)) }]
      : [];
  });
}

/** The first finding of a document's summary: what a list of documents quotes. */
export function firstSummaryFinding(doc: Document): { id: string; text: string } | undefined {
  return doc.paragraphs.find((p) => p.section === 'summary')?.findings[0];
}

let mentions: Promise<Map<string, MentioningDocument[]>> | undefined;

/** Findings of other countries' documents that mention each country, by country slug: built once per build. */
export async function mentionsOfCountry(slug: string): Promise<MentioningDocument[]> {
  mentions ??= archiveDocuments().then(mentionedIn);
  return (await mentions).get(slug) ?? [];
}
