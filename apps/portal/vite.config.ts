import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': process.env.API_URL ?? 'http://127.0.0.1:4000',
      '/ledgers': process.env.API_URL ?? 'http://127.0.0.1:4000',
    },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 2000,
  },
});
