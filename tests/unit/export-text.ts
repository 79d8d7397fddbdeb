// Builds the text of a small Refworld-style export for a test, one part changed at a time.

/** The parts of an export; `null` leaves a line out, a string replaces the default. */
export interface ExportParts {
  lastUpdated: string | null;
  title: string | null;
  publisher: string | null;
  publicationDate: string | null;
  citeAs: string | null;
  /** The disclaimer's text, written straight after the word "Disclaimer" as Refworld does. */
  disclaimer: string | null;
  editorsNote: string | null;
  /** Body blocks, separated by blank lines; a block may hold soft-wrapped lines or heading lines. */
  body: string[];
  /** Whether the page chrome line ends the export. */
  chrome: boolean;
}

/** The parts every test starts from: a fictional export with every field. */
export const DEFAULT_PARTS: ExportParts = {
  lastUpdated: 'Monday, 3 October 2011, 09:05 GMT',
  title: 'Trafficking in Persons Interim Assessment - Freedonia',
  publisher: 'United States Department of State',
  publicationDate: '14 March 2011',
  citeAs:
    'United States Department of State, Trafficking in Persons Interim Assessment - Freedonia, 14 March 2011,\u00a0available at:\u00a0[accessed 3 October 2011]',
  disclaimer: 'This fixture imitates a Refworld export for tests.',
  editorsNote: null,
  body: [
    'The Government of Freedonia made limited progress.',
    'Parliament passed a law that criminalizes trafficking.',
  ],
  chrome: true,
};

/**
 * The text of an export made of `DEFAULT_PARTS` with `parts` changed, lines ended by `eol`.
 * Line numbers: Last Updated is line 1, the title line 3, Publisher line 5, the body after a blank line.
 */
export function exportText(parts: Partial<ExportParts> = {}, eol = '\n'): string {
  const p = { ...DEFAULT_PARTS, ...parts };
  const header: string[] = [];
  if (p.publisher !== null) header.push(`Publisher ${p.publisher}`);
  if (p.publicationDate !== null) header.push(`Publication Date ${p.publicationDate}`);
  if (p.citeAs !== null) header.push(`Cite as ${p.citeAs}`);
  if (p.disclaimer !== null) header.push(`Disclaimer${p.disclaimer}`);
  const blocks: string[] = [];
  if (p.lastUpdated !== null) blocks.push(`Last Updated: ${p.lastUpdated}`);
  if (p.title !== null) blocks.push(p.title);
  if (header.length > 0) blocks.push(header.join('\n'));
  if (p.editorsNote !== null) blocks.push(p.editorsNote);
  blocks.push(...p.body);
  if (p.chrome) blocks.push('Search Refworld');
  return `${blocks.join('\n\n')}\n`.replace(/\n/g, eol);
}
