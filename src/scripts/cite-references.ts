/**
 * What the cite dialog makes of one of the page's references (cite-dialog.ts): the same reference for a
 * finding's address, through the substitution the build uses, under the dialog's id. Pure, so that the
 * dist tests run it on the built pages as the dialog does.
 */
import { fillUrl } from '../publish/citation/cited-url.ts';
import { dialogReferenceId, isCiteAsId } from '../components/finding/finding-dom.ts';

/** A reference as the page holds it: the id of its element and that element's HTML. */
export interface ShownReference {
  id: string;
  html: string;
}

/** The reference `ref` of the page at `pageUrl`, for `url`: the export's own line as it is, any other filled in. */
export const referenceFor = (ref: ShownReference, url: string, pageUrl: string): ShownReference => ({
  id: dialogReferenceId(ref.id),
  html: isCiteAsId(ref.id) ? ref.html : fillUrl(ref.html, url, pageUrl),
});
