// Flat ESLint config: JS + TypeScript (syntax-only, kept fast) + Astro components.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers' import direction (README, "Five layers"): src/model imports nothing else from src/;
// src/publish imports only src/model, src/site.config.ts, src/strings.ts and itself; neither imports Astro
// nor reads the environment; the mention extraction does not import the parser that calls it. Imports are
// relative, so each pattern says how many `../` leave the layer from a file at a given depth below it.
const ASTRO = { regex: '^(astro(:|/|$)|@astrojs/)', message: 'src/model and src/publish are free of Astro.' };
const LAYERS = [
  { dir: 'model', allowed: ['model/'], message: 'src/model imports nothing from src/ outside src/model.' },
  {
    dir: 'publish',
    allowed: ['publish/', 'model/', 'site\\.config\\.ts$', 'strings\\.ts$'],
    message: 'src/publish imports only src/model, src/site.config.ts, src/strings.ts and src/publish.',
  },
];
const MENTIONS = {
  regex: '^(\\.\\./)+refworld/',
  message: 'src/model/mentions does not import src/model/refworld, which calls it.',
};
const SOURCES = '*.{ts,mts,js,mjs}';
const ENV = 'src/model and src/publish read no environment (publishing reads src/site.config.ts).';
const PROCESS = { regex: '^(node:)?process$', message: ENV };
const layerEnvironment = {
  files: [`src/{model,publish}/**/${SOURCES}`],
  rules: {
    'no-restricted-globals': ['error', { name: 'process', message: ENV }],
    'no-restricted-syntax': [
      'error',
      { selector: "MemberExpression[object.type='MetaProperty'][property.name='env']", message: ENV },
    ],
  },
};

/** For each layer, one config per depth below it (`src/model/*.ts`, `src/model/*\/*.ts`, …). */
const layerImports = LAYERS.flatMap(({ dir, allowed, message }) =>
  [0, 1, 2, 3].flatMap((depth) => {
    const leave = { regex: `^(\\.\\./){${depth + 1}}(?!${allowed.join('|')})`, message };
    const rule = (...patterns) => ({
      'no-restricted-imports': ['error', { patterns: [leave, ASTRO, PROCESS, ...patterns] }],
    });
    const configs = [{ files: [`src/${dir}/${'*/'.repeat(depth)}${SOURCES}`], rules: rule() }];
    if (dir === 'model' && depth > 0)
      configs.push({
        files: [`src/model/mentions/${'*/'.repeat(depth - 1)}${SOURCES}`],
        rules: rule(MENTIONS),
      });
    return configs;
  }),
);

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    '.output/',
    'node_modules/',
    'src/generated/',
    // The bench's Starlight site: what it installs, generates and builds.
    'bench/starlight/.astro/',
    'bench/starlight/dist/',
    'bench/starlight/src/content/docs/',
    'bench/control/.astro/',
    'bench/control/dist/',
    'bench/control/src/content/exports/',
  ]),
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  layerImports,
  layerEnvironment,
);
