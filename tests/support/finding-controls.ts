// What a section page gives each finding, read from its built HTML the way the page's scripts read it:
// the controls template cloned per finding (finding-controls.ts) and the page's references filled with the
// finding's address for the cite dialog (cite-dialog.ts), through the same substitution module.
import type { CheerioAPI } from 'cheerio';
import { load } from 'cheerio';
import { fillUrl } from '../../src/publish/citation/cited-url.ts';

/** The buttons the page's one controls template gives every finding, and the page URL they resolve against. */
export function controlsTemplate($: CheerioAPI): { pageUrl: string; buttons: ReturnType<CheerioAPI> } {
  const template = $('template[data-finding-controls]');
  const parsed = load(template.html() ?? '');
  return { pageUrl: template.attr('data-page-url') ?? '', buttons: parsed('button') };
}

/** The public address the controls of the finding `id` copy and cite: its link resolved against the page. */
export function controlUrl($: CheerioAPI, id: string): string {
  const href = $(`.finding[id="${id}"]`).next('.finding-tools').children('a').attr('href') ?? '';
  return new URL(href, controlsTemplate($).pageUrl).href;
}

/**
 * The texts the cite dialog shows when filled for `url`: each of the page's own references (`#cite-page`)
 * with the page's URL replaced by `url`, as cite-dialog.ts does.
 */
export function dialogTexts($: CheerioAPI, url: string): string[] {
  const { pageUrl } = controlsTemplate($);
  return $('#cite-page .cite-block [id]')
    .toArray()
    .map((el) => {
      if ($(el).attr('id')?.endsWith('--cite-as')) return $(el).text();
      return load(fillUrl($(el).html() ?? '', url, pageUrl)).text();
    });
}

/**
 * The HTML a finding adds to its page beyond its sentence, in bytes of serialized HTML (which counts at
 * least the raw bytes): its element's tags and id, and its tools (its link and anything in them).
 */
export function findingExtraBytes($: CheerioAPI, id: string): number {
  const finding = $(`.finding[id="${id}"]`);
  const tags = Buffer.byteLength($.html(finding)) - Buffer.byteLength(finding.html() ?? '');
  return tags + Buffer.byteLength($.html(finding.next('.finding-tools')));
}
