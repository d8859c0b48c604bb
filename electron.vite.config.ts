import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { rendererConfig } from './src-renderer/vite.renderer'

// Custom roots: main and preload live in src-main, the renderer in src-renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Worker threads are bundles of their own, started by threads/start-worker.ts; the
      // backend host is the utility process's entry, started by electron/host-process.ts.
      lib: {
        entry: {
          main: resolve(__dirname, 'src-main/electron/main.ts'),
          'backend-host': resolve(__dirname, 'src-main/electron/backend-host.ts'),
          'train-worker': resolve(__dirname, 'src-main/suggest/model/train-worker.ts'),
          'export-worker': resolve(__dirname, 'src-main/export/export-worker.ts'),
          'propose-worker': resolve(__dirname, 'src-main/services/propose-worker.ts'),
          'page-writer-worker': resolve(__dirname, 'src-main/services/page-writer-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(__dirname, 'src-main/preload/index.ts') },
    },
  },
  renderer: rendererConfig,
})
