// `npm run package:fuses -- PATH_TO_PACKAGED_ELECTRON_BINARY`: the packaging step's last act.
// Flips Electron's fuses so a packaged Banmian cannot be turned into a general Node runtime:
// no ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, no --inspect, and the app loads only from its
// ASAR archive, which must match its embedded integrity hash. Run on the packaged app's
// binary (it rewrites that binary); it cannot run here, where no Electron binary exists.
import fs from 'node:fs'
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'

const binary = process.argv[2]
if (!binary || !fs.existsSync(binary)) {
  console.error('usage: npm run package:fuses -- PATH_TO_PACKAGED_ELECTRON_BINARY')
  process.exit(2)
}
await flipFuses(binary, {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
})
console.log('fuses now:', await getCurrentFuseWire(binary))
