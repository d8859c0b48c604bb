// Renderer build config, imported by the root electron.vite.config.ts (and usable by plain vite).
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { UserConfig } from 'vite'

const here = fileURLToPath(new URL('.', import.meta.url))

export const rendererConfig = {
  root: here,
  // Relative asset URLs so the same bundle works from file:// (Electron) and http:// (serve).
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(here, '../out/renderer'),
    emptyOutDir: true,
    // electron-vite reads rolldownOptions (it overwrites rollupOptions with it).
    rolldownOptions: { input: resolve(here, 'index.html') },
  },
  // Monaco's editor worker is bundled as an ES module worker file, never fetched from a CDN.
  worker: { format: 'es' },
} satisfies UserConfig

export default rendererConfig
