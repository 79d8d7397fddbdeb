// `npm run bench:tiers`: renders the tier grid's components through Astro's container API, which needs
// Astro's Vite configuration (the project's own Vitest projects do not load it).
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['bench/tier-grid/*.bench-test.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});
