import { byCountry, byYear, seriesCounts } from '../model/archive/group-documents.ts';
import { pairFindings } from '../model/changes/pair-findings.ts';
import { comparedFindings, previousDocuments } from '../model/changes/previous-document.ts';
import type { Comparison } from '../model/changes/schema.ts';
import type { Document } from '../model/refworld/schema.ts';
import { mentionedIn, type MentioningDocument } from '../data/mentions/mentioned-in.ts';
import { documentBySlug, documents } from './documents.ts';
import { oncePerBuild } from './once-per-build.ts';
import { pageCards } from '../integrations/cards/page-cards.ts';
import type { CardText } from '../publish/card-template.ts';
import { SITE } from '../site.config.ts';

const previousIndex = oncePerBuild(async () => previousDocuments(await documents()));

/** Every country with its documents, A–Z. */
export const countryGroups = oncePerBuild(async () => byCountry(await documents()));

/** Every year with its documents by series, newest first. */
export const yearGroups = oncePerBuild(async () => byYear(await documents()));

/** One country with its documents, as its page is given it. */
export type CountryGroup = Awaited<ReturnType<typeof countryGroups>>[number];
/** One year with its documents by series, as its page is given it. */
export type YearGroup = Awaited<ReturnType<typeof yearGroups>>[number];

/** Static paths for `/countries/<country>/`, each given its country as the `country` prop. */
export async function countryPaths(): Promise<
  { params: { country: string }; props: { country: CountryGroup } }[]
> {
  return (await countryGroups()).map((country) => ({
    params: { country: country.slug },
    props: { country },
  }));
}

/** Static paths for `/years/<year>/`, each given its year as the `year` prop. */
export async function yearPaths(): Promise<{ params: { year: string }; props: { year: YearGroup } }[]> {
  return (await yearGroups()).map((year) => ({ params: { year: year.year }, props: { year } }));
}

/** How many documents each series has. */
export const seriesSummary = oncePerBuild(async () => seriesCounts(await documents()));

/** The document a document's changes page compares it with, if it has one. */
export async function previousOf(slug: string): Promise<Document | undefined> {
  return (await previousIndex()).get(slug);
}

/** A document, the one before it about the same country, and what changed between them. */
export interface Changes {
  older: Document;
  newer: Document;
  comparison: Comparison;
}

/**
 * A document, the one before it about its country and what changed between them, compared when its page
 * asks (not for every document at once, on every build); undefined for the first document of a country.
 */
export async function changesOf(slug: string): Promise<Changes | undefined> {
  const older = await previousOf(slug);
  if (older === undefined) return undefined;
  const newer = await documentBySlug(slug);
  return { older, newer, comparison: pairFindings(comparedFindings(older), comparedFindings(newer)) };
}

/** The first finding of a document's summary: what a list of documents quotes. */
export function firstSummaryFinding(doc: Document): { id: string; text: string } | undefined {
  return doc.paragraphs.find((p) => p.section === 'summary')?.findings[0];
}

const mentionIndex = oncePerBuild(async () => mentionedIn(await documents()));

/** Findings of other countries' documents that mention each country, by country slug. */
export async function mentionsOfCountry(slug: string): Promise<MentioningDocument[]> {
  return (await mentionIndex()).get(slug) ?? [];
}

/** A document as a list of the archive shows it: with its first summary finding and whether it has changes. */
export interface ListedDocument {
  doc: Document;
  first: { id: string; text: string } | undefined;
  hasChanges: boolean;
}

/** Documents as a list shows them, in the order given. */
export async function listedDocuments(docs: readonly Document[]): Promise<ListedDocument[]> {
  const previous = await previousIndex();
  return docs.map((doc) => ({
    doc,
    first: firstSummaryFinding(doc),
    hasChanges: previous.has(doc.meta.slug),
  }));
}

/** The letter a country is filed under: its name's first letter without accents, upper case. */
export const initialOf = (name: string): string => name.normalize('NFD').charAt(0).toUpperCase();

/**
 * An entry of the countries' index: a country under the name its documents give it, or, under its ISO
 * name when that is another, a cross-reference to it ("Myanmar, see Burma (Myanmar)").
 */
export interface CountryIndexEntry {
  /** The words listed. */
  name: string;
  slug: string;
  /** The country's label, when this entry is a cross-reference under its other name. */
  see?: string;
  /** How many documents it has (its own entry only). */
  documents?: number;
}

/** Every country under its documents' name and, where the ISO name is another, under that too; A–Z. */
export const countryIndex = oncePerBuild(async (): Promise<CountryIndexEntry[]> => {
  const entries = (await countryGroups()).flatMap((c): CountryIndexEntry[] => [
    { name: c.label, slug: c.slug, documents: c.documents.length },
    ...(c.label === c.name ? [] : [{ name: c.name, slug: c.slug, see: c.label }]),
  ]);
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return entries.sort((a, b) => collator.compare(a.name, b.name));
});

/** The initial letters of the archive's countries, under either of their names, A–Z. */
export async function countryInitials(): Promise<string[]> {
  return [...new Set((await countryIndex()).map((c) => initialOf(c.name)))];
}

/** The words of each archive page's social card, by the card's path (`/countries/myanmar/card.png`). */
export const archivePageCards = oncePerBuild(
  async (): Promise<Map<string, CardText>> =>
    new Map(pageCards(await documents(), SITE.name).map((c) => [c.path, c.text])),
);
