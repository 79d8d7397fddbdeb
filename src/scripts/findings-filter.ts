/**
 * Filters the findings table by section, mentioned country and mentioned year, keeping the choice in the URL
 * (`?mentioned-country=myanmar&mentioned-year=2009`, names from src/publish/filters.ts) so a filtered table
 * can be shared; the parameters of before (`?country=…&year=…`) are read as those. Without this script the
 * filters stay hidden and the full table shows. Its one sentence ("3 of 40 findings shown") is strings.ts's,
 * given by the page with placeholders (`data-findings-shown`), so that this script shares no module with
 * copy-link.ts: a module shared by two page scripts becomes a file of its own, one more request on the first
 * visit.
 */
import { FINDINGS_FILTERS, FINDINGS_FORMER_PARAMS, type FindingsFilterName } from '../publish/filters.ts';

type Param = FindingsFilterName;
const FINDINGS_FILTER_PARAMS = Object.keys(FINDINGS_FILTERS) as Param[];

/** Whether a row's mentions element matches every chosen value. */
export function rowMatches(data: DOMStringMap, chosen: Partial<Record<Param, string>>): boolean {
  return FINDINGS_FILTER_PARAMS.every((param) => {
    const want = chosen[param];
    if (!want) return true;
    return (data[FINDINGS_FILTERS[param]] ?? '').split(' ').includes(want);
  });
}

/** Wires the filters to the table and the URL. */
export function startFindingsFilter(): void {
  const form = document.querySelector<HTMLElement>('[data-findings-filter]');
  const table = document.querySelector<HTMLTableElement>('[data-findings-table]');
  if (!form || !table) return;
  const status = form.querySelector<HTMLElement>('[data-findings-shown]');
  const rows = [...table.tBodies].flatMap((body) => [...body.rows]);
  const select = (param: Param): HTMLSelectElement | null => form.querySelector(`select[name="${param}"]`);

  const apply = (): void => {
    const chosen = Object.fromEntries(FINDINGS_FILTER_PARAMS.map((p) => [p, select(p)?.value ?? '']));
    let shown = 0;
    for (const row of rows) {
      const data = row.querySelector<HTMLElement>('[data-mentions]')?.dataset ?? {};
      const match = rowMatches(data, chosen);
      row.hidden = !match;
      if (match) shown++;
    }
    const words = status?.dataset['findingsShown'];
    if (status && words)
      status.textContent = words.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
    const url = new URL(location.href);
    for (const p of FINDINGS_FILTER_PARAMS) {
      url.searchParams.delete(FINDINGS_FORMER_PARAMS[p] ?? p);
      if (chosen[p]) url.searchParams.set(p, chosen[p]);
      else url.searchParams.delete(p);
    }
    history.replaceState(null, '', url);
  };

  const params = new URL(location.href).searchParams;
  for (const p of FINDINGS_FILTER_PARAMS) {
    const el = select(p);
    const value = params.get(p) ?? params.get(FINDINGS_FORMER_PARAMS[p] ?? p);
    if (el && value && [...el.options].some((o) => o.value === value)) el.value = value;
  }
  form.addEventListener('change', apply);
  form.hidden = false;
  apply();
}
