// `npm run lint:layers`: the architecture's import rules, checked rather than hoped for.
//   src-shared   imports only src-shared and pure packages (zod): no Node built-ins, no main, renderer or db
//   src-renderer imports no src-main, db, Node built-ins or main-process packages (it talks to main only
//                through the contract; its build config beside src/ is not the renderer)
//   src-main     imports no src-renderer
// Exit 1 with every offending import listed.
import fs from 'node:fs'
import path from 'node:path'
import { builtinModules } from 'node:module'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const RULES = {
  'src-shared': { layers: ['src-main', 'src-renderer', 'db'], builtins: true, packages: ['zod'] },
  'src-renderer/src': { layers: ['src-main', 'db'], builtins: true, forbidden: ['electron', 'better-sqlite3', 'drizzle-orm'] },
  'src-main': { layers: ['src-renderer'], builtins: false },
}
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])
const IMPORT = /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|[^.\w])(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g

function* files(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) yield* files(p)
    else if (/\.(ts|tsx|mts|cts)$/.test(e.name)) yield p
  }
}

const problems = []
for (const [layer, rule] of Object.entries(RULES)) {
  for (const file of files(path.join(root, layer))) {
    const text = fs.readFileSync(file, 'utf8')
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]
      const where = `${path.relative(root, file)}: imports ${spec}`
      if (spec.startsWith('.')) {
        const target = path.relative(root, path.resolve(path.dirname(file), spec)).split(path.sep)[0]
        if (rule.layers.includes(target)) problems.push(`${where} (${layer} may not import ${target})`)
      } else if (rule.builtins && builtins.has(spec)) problems.push(`${where} (${layer} may not use Node built-ins)`)
      else if (rule.forbidden?.some((p) => spec === p || spec.startsWith(`${p}/`))) problems.push(`${where} (${layer} may not use ${spec})`)
      else if (rule.packages && !builtins.has(spec) && !rule.packages.some((p) => spec === p || spec.startsWith(`${p}/`)))
        problems.push(`${where} (${layer} may import only ${rule.packages.join(', ')})`)
    }
  }
}
if (problems.length) {
  console.error(`layer rules broken:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log('layer rules hold: src-shared, src-renderer and src-main import only what their layer may')
