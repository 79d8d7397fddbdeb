/**
 * International instruments the reports name, each with the words that name it. Matched as whole words,
 * case-sensitive, longest first. To add one, add an entry; to catch another wording, add an alias.
 */
export interface InstrumentRule {
  /** Short English name shown on the site. */
  name: string;
  /** Every wording that names it, the short name included. */
  aliases: readonly string[];
}

/** ILO conventions by number: each is also named "ILO Convention 182", "ILO Convention No. 182", "ILO C182". */
export const ILO_CONVENTIONS: Readonly<Record<number, string>> = {
  29: 'Forced Labour Convention',
  105: 'Abolition of Forced Labour Convention',
  138: 'Minimum Age Convention',
  182: 'Worst Forms of Child Labour Convention',
  189: 'Domestic Workers Convention',
};

/** The wordings every ILO convention gets, `{n}` standing for its number. */
export const ILO_ALIAS_FORMS = [
  'ILO Convention {n}',
  'ILO Convention No. {n}',
  'ILO C{n}',
  'ILO C. {n}',
] as const;

/** Instruments by key (the key is the mention's `key`). */
export const INSTRUMENTS: Readonly<Record<string, InstrumentRule>> = {
  'un-tip-protocol': {
    name: 'UN TIP Protocol',
    aliases: [
      'UN TIP Protocol',
      'U.N. TIP Protocol',
      'UN Trafficking in Persons Protocol',
      'Palermo Protocol',
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
    ],
  },
  untoc: {
    name: 'UN Convention against Transnational Organized Crime',
    aliases: [
      'UN Convention against Transnational Organized Crime',
      'UN Convention Against Transnational Organized Crime',
      'United Nations Convention against Transnational Organized Crime',
      'UNTOC',
    ],
  },
  crc: {
    name: 'Convention on the Rights of the Child',
    aliases: ['Convention on the Rights of the Child', 'UN Convention on the Rights of the Child', 'UNCRC'],
  },
  'crc-opsc': {
    name: 'Optional Protocol on the Sale of Children',
    aliases: [
      'Optional Protocol to the Convention on the Rights of the Child on the Sale of Children, Child Prostitution and Child Pornography',
      'Optional Protocol on the Sale of Children',
    ],
  },
  cedaw: {
    name: 'CEDAW',
    aliases: ['Convention on the Elimination of All Forms of Discrimination against Women', 'CEDAW'],
  },
  'coe-trafficking-convention': {
    name: 'Council of Europe Convention on Action against Trafficking in Human Beings',
    aliases: ['Council of Europe Convention on Action against Trafficking in Human Beings'],
  },
  actip: {
    name: 'ASEAN Convention against Trafficking in Persons',
    aliases: [
      'ASEAN Convention against Trafficking in Persons, Especially Women and Children',
      'ASEAN Convention against Trafficking in Persons',
      'ACTIP',
    ],
  },
  'commit-mou': {
    name: 'COMMIT Memorandum of Understanding',
    aliases: ['COMMIT MOU', 'COMMIT Memorandum of Understanding', 'COMMIT MoU'],
  },
};
