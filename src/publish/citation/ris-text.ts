/** One RIS record as citation-js maps a CSL item to it: each tag with its value or values. */
export type RisRecord = Readonly<Record<string, string | number | readonly (string | number)[]>>;

/**
 * RIS records as text: `TY` first, each other tag on its own line (`TAG  - value`), `ER` last.
 * citation-js maps the item to tags, but its text output breaks every value after 70 characters, which
 * splits a long title in two in a reference manager; so the lines are written here, whole.
 */
export function risText(records: readonly RisRecord[]): string {
  return records
    .map((record) => {
      const lines = Object.entries(record)
        .filter(([tag]) => tag !== 'TY')
        .flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${String(v)}`));
      return [`TY  - ${String(record['TY'])}`, ...lines, 'ER  - '].join('\n');
    })
    .join('\n');
}
