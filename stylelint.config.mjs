// Stylelint (`npm run lint`): every length is a token (docs/styles.md). Tokens are the custom properties of
// src/styles/global.css (and, for the pages or features that alone load them, of archive.css and search.css); every other declaration reads
// them with var(). Left as they are: units that are not fixed lengths (shares of a box or of the screen, grid
// fractions, times, angles), and px in border, outline and box-shadow properties, lines, corners and shadows
// drawn in device pixels. A media query's width is not a declaration and is not checked (custom properties cannot reach it).
const NOT_LENGTHS = ['%', 'fr', 'vw', 'vh', 'dvh', 's', 'ms', 'deg'];
const LINES = { '/^(border|outline|box-shadow)/': ['px', ...NOT_LENGTHS] };
const RULE = 'declaration-property-unit-allowed-list';

/** @type {import('stylelint').Config} */
export default {
  rules: {
    // The token files: their custom properties are the tokens.
    [RULE]: { ...LINES, '/^(?!--)/': NOT_LENGTHS },
  },
  overrides: [
    // A component's or page's <style> block.
    { files: ['**/*.astro'], customSyntax: 'postcss-html' },
    // Anywhere else, no custom property holds a length of its own either.
    {
      files: ['src/components/**', 'src/layouts/**', 'src/pages/**', 'src/styles/print.css'],
      rules: { [RULE]: { ...LINES, '/.*/': NOT_LENGTHS } },
    },
  ],
};
