// The layers' import direction is enforced by ESLint (eslint.config.js): an import that breaks it fails `npm run lint`.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') });

/** The no-restricted-imports messages ESLint gives `code` written at `file` of the tree. */
async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the import direction of src/model and src/publish', () => {
  it('fails a model file that imports the site strings', async () => {
    const code = "import { SECTION_TEXT } from '../../strings.ts';\nexport const text = SECTION_TEXT;\n";
    expect(await restricted('src/model/refworld/new-rule.ts', code)).toEqual([
      "'../../strings.ts' import is restricted from being used by a pattern. src/model imports nothing from src/ outside src/model.",
    ]);
  });

  it('fails a model file that imports astro:content', async () => {
    const code = "import { getCollection } from 'astro:content';\nexport const load = getCollection;\n";
    expect(await restricted('src/model/archive/new-grouping.ts', code)).toEqual([
      "'astro:content' import is restricted from being used by a pattern. src/model and src/publish are free of Astro.",
    ]);
  });

  it('fails a model file that reads the environment', async () => {
    const [result] = await eslint.lintText("export const dir = process.env['TIP_SEEDS_DIR'];\n", {
      filePath: 'src/model/refworld/new-rule.ts',
    });
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['no-restricted-globals']);
  });

  it('fails a mention finder that imports the parser', async () => {
    const code = "export { buildDocument } from '../refworld/build-document.ts';\n";
    expect(await restricted('src/model/mentions/new-finder.ts', code)).toEqual([
      "'../refworld/build-document.ts' import is restricted from being used by a pattern. src/model/mentions does not import src/model/refworld, which calls it.",
    ]);
  });

  it('fails a publish file that imports a component', async () => {
    const code =
      "import { escapeHtml } from '../../components/html-text.ts';\nexport const escape = escapeHtml;\n";
    expect(await restricted('src/publish/data/new-table.ts', code)).toEqual([
      "'../../components/html-text.ts' import is restricted from being used by a pattern. src/publish imports only src/model, src/site.config.ts, src/strings.ts and src/publish.",
    ]);
  });

  it('passes a publish file that imports the model, the site config, the strings and publish', async () => {
    const code = [
      "import type { Document } from '../../model/refworld/schema.ts';",
      "import { SITE } from '../../site.config.ts';",
      "import { DATA_TEXT } from '../../strings.ts';",
      "import { absoluteUrl } from '../urls.ts';",
      'export const row = (d: Document): string[] => [SITE.name, DATA_TEXT.title, absoluteUrl(d.meta.slug)];',
      '',
    ].join('\n');
    expect(await restricted('src/publish/data/new-table.ts', code)).toEqual([]);
  });
});
