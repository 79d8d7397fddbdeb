// What a section page gives each finding, read from its built HTML with the names of finding-dom.ts and the
// functions the page's scripts run: the address a finding's buttons get (`findingAddress`, as
// finding-controls.ts gives it) and the page's references filled for it (`referenceFor`, as cite-dialog.ts
// fills them). What the scripts then do in a browser is tests/e2e/links-copy.test.ts's.
import type { CheerioAPI } from 'cheerio';
import { load } from 'cheerio';
import {
  ATTR_PAGE_URL,
  FINDING_TOOLS,
  findingAddress,
  findingSelector,
  LINK_SELECTOR,
  PAGE_REFERENCES_SELECTOR,
  TEMPLATE_SELECTOR,
} from '../../src/components/finding/finding-dom.ts';
import { referenceFor } from '../../src/scripts/cite-references.ts';

/** The tools the page's one template gives every finding (its span and buttons), and the page's URL. */
export function controlsTemplate($: CheerioAPI): { pageUrl: string; tools: ReturnType<CheerioAPI> } {
  const template = $(TEMPLATE_SELECTOR);
  const parsed = load(template.html() ?? '');
  return { pageUrl: template.attr(ATTR_PAGE_URL) ?? '', tools: parsed(`.${FINDING_TOOLS}`) };
}

/** The permanent link that follows the finding `id` in the HTML. */
export const findingLink = ($: CheerioAPI, id: string) => $(findingSelector(id)).next(LINK_SELECTOR);

/** The public address the controls of the finding `id` copy and cite. */
export function controlUrl($: CheerioAPI, id: string): string {
  return findingAddress(findingLink($, id).attr('href') ?? '', controlsTemplate($).pageUrl);
}

/** The texts the cite dialog shows when filled for `url`: the page's own references, filled for it. */
export function dialogTexts($: CheerioAPI, url: string): string[] {
  const { pageUrl } = controlsTemplate($);
  return $(`${PAGE_REFERENCES_SELECTOR} [id]`)
    .toArray()
    .map((el) =>
      load(referenceFor({ id: el.attribs['id'] ?? '', html: $(el).html() ?? '' }, url, pageUrl).html).text(),
    );
}

/**
 * The HTML a finding adds to its page beyond its sentence, in bytes of serialized HTML (which counts at
 * least the raw bytes): its element's tags and id, and its link.
 */
export function findingExtraBytes($: CheerioAPI, id: string): number {
  const finding = $(findingSelector(id));
  const tags = Buffer.byteLength($.html(finding)) - Buffer.byteLength(finding.html() ?? '');
  return tags + Buffer.byteLength($.html(findingLink($, id)));
}
