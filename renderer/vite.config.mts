import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../build/renderer',
    emptyOutDir: true,
    // The CSP forbids inline script; keep every asset a file of its own.
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 2_000,
  },
});
