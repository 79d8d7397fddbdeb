import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { assignSections } from './assign-sections.ts';
import { documentSlug } from './document-slug.ts';
import { slugify } from '../text/ascii-words.ts';
import { extractTier } from './extract-tier.ts';
import { assignFindingIds } from './finding-id.ts';
import { parseDayMonthYear, parseLastUpdated } from './parse-dates.ts';
import { parseRefworld, type Field } from './parse-refworld.ts';
import { DocumentSchema, type Document, type Metadata, type Paragraph } from './schema.ts';
import { resolveCountry } from './resolve-country.ts';
import { SeedError } from './seed-error.ts';
import { paragraphText } from './queries.ts';
import { splitFindings } from './split-findings.ts';
import { extractMentions } from '../mentions/extract-mentions.ts';

/** Checks that the country the series' title names can make an address. */
function checkCountry(country: string, title: Field, file: string): void {
  if (slugify(country) === '') {
    // The country names the document's address; without a letter or digit it has none.
    throw new SeedError(
      file,
      title.line,
      `a country with letters or digits after the title's " - ", found "${country}"`,
    );
  }
}

/** A field's date as ISO 8601, parsed by `parse`; a seed error naming the line and the form expected otherwise. */
function fieldDate(
  field: Field,
  file: string,
  parse: (text: string) => string | undefined,
  form: string,
): string {
  const iso = parse(field.text);
  if (iso === undefined) throw new SeedError(file, field.line, `a ${form}, found "${field.text}"`);
  return iso;
}

const isoDate = (field: Field, file: string): string =>
  fieldDate(field, file, parseDayMonthYear, 'publication date like "24 February 2010"');

const isoDateTime = (field: Field, file: string): string =>
  fieldDate(field, file, parseLastUpdated, 'date like "Tuesday, 24 May 2016, 11:51 GMT"');

/**
 * Turns one Refworld export into the validated document model: metadata,
 * and body paragraphs placed in sections and cut into findings with ids.
 * @param source the seed's text; @param file its path as the user knows it
 * @throws SeedError for anything in the seed that is not as expected
 */
export function buildDocument(source: string, file: string): Document {
  const raw = parseRefworld(source, file);
  const { documentType, country, key: series, rule, year: titleYear } = raw.series;
  checkCountry(country, raw.title, file);
  const publicationDate = { text: raw.publicationDate.text, iso: isoDate(raw.publicationDate, file) };

  const meta: Metadata = {
    // The year the title names, where it names one, is the document's year; else the publication date's.
    slug: documentSlug(country, titleYear ?? publicationDate.iso) + rule.slugSuffix,
    title: raw.title.text,
    series,
    documentType,
    country,
    publisher: raw.publisher.text,
    ...(raw.author && { author: raw.author.text }),
    ...(titleYear !== undefined && { titleYear }),
    publicationDate,
    ...(raw.lastUpdated && {
      lastUpdated: { text: raw.lastUpdated.text, iso: isoDateTime(raw.lastUpdated, file) },
    }),
    ...(raw.citeAs && { citeAs: raw.citeAs.text }),
    ...(raw.disclaimer && { disclaimer: raw.disclaimer.text }),
    ...(raw.editorsNote && { editorsNote: raw.editorsNote.text }),
    sourceFile: basename(file),
    sourceSha256: createHash('sha256').update(source).digest('hex'),
  };

  const assignments = assignSections(raw.paragraphs, { rule, country });
  // A list's items are its findings, one each, whatever sentences they hold.
  const splits = raw.paragraphs.map((p) =>
    p.items ? { sentences: p.items, separators: p.items.slice(1).map(() => '\n') } : splitFindings(p.text),
  );
  const ids = assignFindingIds(splits.flatMap((s) => s.sentences));

  const resolved = resolveCountry(country);
  const context = { publicationDate: publicationDate.iso, countryCode: resolved.code };
  let next = 0;
  const paragraphs: Paragraph[] = raw.paragraphs.map((p, i) => {
    const split = splits[i] ?? { sentences: [], separators: [] };
    const assignment = assignments[i];
    if (assignment === undefined) throw new Error(`No section for paragraph ${i + 1} of ${file}`);
    const findings = split.sentences.map((text) => ({
      id: ids[next++] ?? '',
      text,
      mentions: extractMentions(text, context),
    }));
    if (paragraphText({ findings, separators: split.separators }) !== p.text) {
      throw new SeedError(
        file,
        p.line,
        'sentences that rejoin into the paragraph exactly (the splitter lost text)',
      );
    }
    return {
      index: i + 1,
      line: p.line,
      ...assignment,
      findings,
      separators: split.separators,
      ...(p.items && { list: true as const }),
    };
  });

  const tier = extractTier(raw.tierLine, paragraphs, rule, file);
  return DocumentSchema.parse({ meta, country: resolved, ...(tier && { tier }), paragraphs });
}
