// Time Xen Orchestra's `xen-api` client (npm) from connect() to objectsFetched: login, event.inject and one
// <type>.get_all_records per type, in parallel, into its object cache. Used by console_large.py (side by side
// with the console); xen-api is the copy the XO client test installs in tests/backend_sim/clients/xo.
//
// Usage: node bench/xo_connect.mjs URL USER PASSWORD TRANSPORT   ->  one JSON line {"ok", "ms", "objects"}
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'

const [url, user, password, transport] = process.argv.slice(2)
const entry = resolve(import.meta.dirname, '../tests/backend_sim/clients/xo/node_modules/xen-api/index.mjs')
const { createClient } = await import(pathToFileURL(entry).href)

function done(result, code) {
  process.stdout.write(JSON.stringify(result) + '\n', () => process.exit(code))
}

const xapi = createClient({ url, auth: { user, password }, transport, allowUnauthorized: true, readOnly: true })
const started = performance.now()
try {
  await xapi.connect()
  const connected = performance.now()
  await xapi.objectsFetched
  const ms = performance.now() - started
  done({ ok: true, ms, login_ms: connected - started, objects: Object.keys(xapi.objects.all).length }, 0)
} catch (error) {
  done({ ok: false, error: String(error?.message ?? error) }, 1)
}
