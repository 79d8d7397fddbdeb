// Stylelint (`npm run lint`): every length is a token of src/styles/global.css (docs/styles.md). Outside the
// tokens' own definitions, a declaration may use a length only through var(); what is left are units that are
// not fixed lengths: shares of a box or of the screen, grid fractions, times and angles. A media query's
// width is not a declaration and is not checked (custom properties cannot reach it).
const NOT_LENGTHS = ['%', 'fr', 'vw', 'vh', 'dvh', 's', 'ms', 'deg'];
const RULE = 'declaration-property-unit-allowed-list';

/** @type {import('stylelint').Config} */
export default {
  rules: {
    // global.css: its custom properties are the tokens; every other declaration reads them.
    [RULE]: { '/^(?!--)/': NOT_LENGTHS },
  },
  overrides: [
    // A component's or page's <style> block.
    { files: ['**/*.astro'], customSyntax: 'postcss-html' },
    // Anywhere but global.css, no custom property holds a length of its own either.
    {
      files: ['src/components/**', 'src/layouts/**', 'src/pages/**', 'src/styles/{archive,print,search}.css'],
      rules: { [RULE]: { '/.*/': NOT_LENGTHS } },
    },
    // Not yet on the tokens: the finding, citation, copy-link and search styles. Take a file off this list
    // when its lengths are tokens.
    {
      files: [
        'src/components/cite/**',
        'src/components/finding/**',
        'src/components/links/**',
        'src/components/search/SearchForm.astro',
        'src/styles/search.css',
      ],
      rules: { [RULE]: null },
    },
  ],
};
