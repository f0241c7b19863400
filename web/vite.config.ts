import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app is served by the Nest API at / (same origin): in `npm run dev -w web` Vite proxies the API to it.
export default defineConfig({
  plugins: [
    react(),
    // React Aria ships its own texts (e.g. "Select an item") in 34 languages: keep only ours.
    optimizeLocales.vite({ locales: ['de-DE', 'en-GB', 'en-US', 'pl-PL', 'cs-CZ'] }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP allows only script-src 'self': no inline script, so no inlined module-preload polyfill.
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    proxy: Object.fromEntries(
      ['/api', '/docs', '/docs-json', '/health'].map((path) => [path, process.env.API_URL ?? 'http://127.0.0.1:3000']),
    ),
  },
});
