// Flat ESLint config: JS + TypeScript (syntax-only, kept fast) + Astro components.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
);
