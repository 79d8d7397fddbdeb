// @citation-js/plugin-ris ships no types: the output format it registers, as plugin-bibtex declares its own.
import '@citation-js/core';

declare module '@citation-js/core' {
  namespace plugins {
    namespace output {
      interface Formats {
        /** Text, or with `format: 'object'` one record of tags per item. */
        ris: (options?: { format?: 'text' | 'object' }) => string | Record<string, unknown>[];
      }
    }
  }
}
