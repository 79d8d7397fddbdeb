/** The shape of a redirect entry, validated wherever entries are read (src/redirects.ts, test fixtures). */
import { z } from 'zod';

/** A path on the site, with its trailing slash: `/china-2010/regional-cooperation/`. */
const PagePath = z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'expected a path like /china-2010/summary/');
/** A finding's permanent address as a path and fragment: `/china-2010/summary/#the-government-of-china`. */
const FindingAddress = z
  .string()
  .regex(
    /^\/(?:[a-z0-9-]+\/)+#[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'expected a path and #id, like /china-2010/summary/#the-government-of-china',
  );

/** A page whose address changed. */
export const PageRedirectSchema = z.object({
  /** The old path. */
  from: PagePath,
  /** Where it is now. */
  to: PagePath,
  /** When the change shipped (ISO date). */
  since: z.iso.date({ error: 'expected the ISO date the change shipped, like 2027-01-31' }),
  /** Why, for the record. */
  reason: z.string().min(1, 'expected a reason'),
});

/** A finding whose address changed: a new id, a new page, or both. */
export const FindingAliasSchema = z.object({
  /** The old address, `/<doc>/<section>/#<old-id>`. */
  from: FindingAddress,
  /** The new address, `/<doc>/<section>/#<new-id>`. */
  to: FindingAddress,
  /** When the change shipped (ISO date). */
  since: z.iso.date({ error: 'expected the ISO date the change shipped, like 2027-01-31' }),
  /** Why, for the record. */
  reason: z.string().min(1, 'expected a reason'),
});

export const RedirectsSchema = z.object({
  pages: z.array(PageRedirectSchema).default([]),
  findings: z.array(FindingAliasSchema).default([]),
});

export type PageRedirect = z.infer<typeof PageRedirectSchema>;
export type Redirects = z.infer<typeof RedirectsSchema>;
/** A list as written by hand, before defaults are applied. */
export type RedirectsInput = z.input<typeof RedirectsSchema>;
