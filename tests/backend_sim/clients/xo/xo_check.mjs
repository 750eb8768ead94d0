// Drive Xen Orchestra's `xen-api` client (npm xen-api@4.7.6) against a XenAPI server and report what happened.
//
// Usage:
//   node xo_check.mjs --url http://127.0.0.1:PORT --user root --password PW --transport json-rpc|xml-rpc \
//     [--vm NAME_LABEL_OR_UUID] [--external-change] [--timeout 60]
// Every option can also come from the environment: XO_CHECK_URL, XO_CHECK_USER, XO_CHECK_PASSWORD,
// XO_CHECK_TRANSPORT, XO_CHECK_VM, XO_CHECK_EXTERNAL_CHANGE=1, XO_CHECK_TIMEOUT (seconds).
//
// Steps: connect (login) -> objectsFetched (counts of the cached objects per type) -> callAsync VM.start on the
// halted VM --vm (a uuid or a unique name_label; by default the first halted VM, by name, that allows start)
// -> callAsync VM.start again, which must fail (VM_BAD_POWER_STATE) -> barrier() -> a
// name_label change made by someone else shows up in the object cache -> set_name_label back through XO ->
// disconnect (and the session is then invalid).
//
// With --external-change the name_label change is made by the caller: the script writes one line
//   XO_CHECK_EXTERNAL_CHANGE {"ref": ..., "uuid": ..., "name_label": <new label>}
// to stderr and waits for one line on stdin before watching its cache; without it, the script makes the change
// itself with xapi.call("VM.set_name_label").
//
// Output: exactly one JSON line on stdout, {"ok": true, ...} or {"ok": false, "error": ..., ...}; the exit code is
// 0 on success, 1 on a failed check, 2 on bad usage, 3 on the global timeout.

import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

import { createClient } from 'xen-api'

const EXTERNAL_CHANGE_MARKER = 'XO_CHECK_EXTERNAL_CHANGE'
const STEP_TIMEOUT_MS = 20e3

const result = { ok: false, transport: undefined, steps: [], warnings: [] }
const started = Date.now()

let finished = false
function finish(code, extra = {}) {
  if (finished) {
    return
  }
  finished = true
  Object.assign(result, extra, { elapsed_ms: Date.now() - started })
  const line = JSON.stringify(result) + '\n'
  // exit explicitly: the client's event loop keeps a long-polling event.from request open
  process.stdout.write(line, () => process.exit(code))
  setTimeout(() => process.exit(code), 2e3).unref()
}

function errorInfo(error) {
  if (error === null || typeof error !== 'object') {
    return { message: String(error) }
  }
  return {
    name: error.name,
    message: error.message,
    code: error.code,
    params: error.params,
    method: error.call?.method,
    stack: typeof error.stack === 'string' ? error.stack.split('\n').slice(0, 8).join('\n') : undefined,
  }
}

class CheckError extends Error {
  constructor(message, details) {
    super(message)
    this.name = 'CheckError'
    this.details = details
  }
}

function check(condition, message, details) {
  if (!condition) {
    throw new CheckError(message, details)
  }
}

function withTimeout(promise, ms, what) {
  let timer
  const timeout = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new CheckError(`${what}: no answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

async function step(name, fn) {
  const t0 = Date.now()
  const entry = { name, ok: false }
  result.steps.push(entry)
  try {
    const info = await withTimeout(Promise.resolve().then(fn), STEP_TIMEOUT_MS, name)
    Object.assign(entry, info ?? {}, { ok: true, ms: Date.now() - t0 })
    return info
  } catch (error) {
    Object.assign(entry, { ms: Date.now() - t0, error: errorInfo(error) })
    if (error instanceof CheckError && error.details !== undefined) {
      entry.details = error.details
    }
    throw error
  }
}

// resolve when predicate() holds, re-checking on every change of the object cache
function waitForCache(xapi, predicate) {
  return new Promise(resolve => {
    const listener = () => {
      if (predicate()) {
        xapi.objects.removeListener('update', listener)
        xapi.objects.removeListener('add', listener)
        resolve()
      }
    }
    xapi.objects.on('update', listener)
    xapi.objects.on('add', listener)
    listener()
  })
}

function readLine() {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: process.stdin })
    rl.once('line', line => {
      resolve(line)
      rl.close()
    })
    rl.once('close', () => reject(new CheckError('stdin closed before the external change was confirmed')))
  })
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      user: { type: 'string' },
      password: { type: 'string' },
      transport: { type: 'string' },
      vm: { type: 'string' },
      'external-change': { type: 'boolean' },
      timeout: { type: 'string' },
    },
    strict: true,
  })
  const env = process.env
  const options = {
    url: values.url ?? env.XO_CHECK_URL,
    user: values.user ?? env.XO_CHECK_USER ?? 'root',
    password: values.password ?? env.XO_CHECK_PASSWORD,
    transport: values.transport ?? env.XO_CHECK_TRANSPORT ?? 'json-rpc',
    vm: values.vm ?? env.XO_CHECK_VM,
    externalChange: values['external-change'] ?? env.XO_CHECK_EXTERNAL_CHANGE === '1',
    timeoutS: Number(values.timeout ?? env.XO_CHECK_TIMEOUT ?? 60),
  }
  if (options.url === undefined || options.password === undefined) {
    throw new Error('--url and --password (or XO_CHECK_URL and XO_CHECK_PASSWORD) are required')
  }
  if (!['json-rpc', 'xml-rpc'].includes(options.transport)) {
    throw new Error(`--transport must be json-rpc or xml-rpc, not ${options.transport}`)
  }
  if (!(options.timeoutS > 0)) {
    throw new Error('--timeout must be a positive number of seconds')
  }
  return options
}

async function run(options, xapi) {
  const { objects } = xapi

  await step('connect', async () => {
    await xapi.connect()
    check(xapi.status === 'connected', 'status after connect', { status: xapi.status })
    check(typeof xapi.sessionId === 'string' && xapi.sessionId.startsWith('OpaqueRef:'), 'session id is a ref')
    return { status: xapi.status }
  })

  await step('objectsFetched', async () => {
    await xapi.objectsFetched
    const all = objects.all
    const counts = {}
    for (const object of Object.values(all)) {
      counts[object.$type] = (counts[object.$type] ?? 0) + 1
    }
    result.counts = counts
    const pool = xapi.pool
    check(pool !== null && all[pool.$id] === pool, 'xapi.pool is the cached pool object')
    check(pool.$master?.$type === 'host', 'pool.$master resolves to a cached host', { master: pool.master })
    for (const type of ['pool', 'host', 'VM', 'SR', 'network', 'PIF', 'VBD', 'VDI', 'VIF']) {
      check((counts[type] ?? 0) > 0, `no ${type} object in xapi.objects.all`, { counts })
    }
    return { total: Object.keys(all).length, pool: pool.name_label }
  })

  const vms = Object.values(objects.all).filter(
    o => o.$type === 'VM' && !o.is_a_template && !o.is_a_snapshot && !o.is_control_domain
  )
  let candidates
  if (options.vm === undefined) {
    candidates = vms
      .filter(o => o.power_state === 'Halted' && o.allowed_operations.includes('start'))
      .sort((a, b) => (a.name_label < b.name_label ? -1 : a.name_label > b.name_label ? 1 : 0))
      .slice(0, 1)
  } else {
    candidates = vms.filter(o => o.uuid === options.vm || o.name_label === options.vm)
  }
  const vm = candidates.length === 1 ? candidates[0] : undefined
  const vmRef = vm?.$ref
  result.vm = vm === undefined ? null : { name_label: vm.name_label, ref: vmRef, uuid: vm.uuid }

  await step('callAsync VM.start', async () => {
    check(vm !== undefined, `no single VM matches ${options.vm ?? 'Halted and start allowed'}`, {
      matches: candidates.map(o => o.name_label),
    })
    check(vm.power_state === 'Halted', `${vm.name_label} is not Halted`, { power_state: vm.power_state })
    const value = await xapi.callAsync('VM.start', vmRef, false, false)
    check(value === '', 'VM.start (void) task result is the empty string', { value })
    return { value }
  })

  await step('callAsync VM.start fails', async () => {
    let error
    try {
      const value = await xapi.callAsync('VM.start', vmRef, false, false)
      throw new CheckError('VM.start on a running VM resolved', { value })
    } catch (e) {
      if (e instanceof CheckError) {
        throw e
      }
      error = e
    }
    check(typeof error?.code === 'string', 'the rejection carries a XenAPI error code', errorInfo(error))
    return {
      code: error.code,
      params: error.params,
      // "task" when the error came from the task's error_info, "call" when Async.VM.start itself failed
      via: error.task !== undefined ? 'task' : 'call',
      task_status: error.task?.status,
    }
  })

  await step('barrier', async () => {
    await xapi.barrier()
    const cached = xapi.getObjectByRef(vmRef)
    check(cached.power_state === 'Running', 'the VM is Running in the cache after the barrier', {
      power_state: cached.power_state,
    })
    return { vm_power_state: cached.power_state }
  })

  const originalLabel = vm.name_label
  const newLabel = `${originalLabel} (renamed for xo-check ${options.transport})`

  await step('external change seen in cache', async () => {
    if (options.externalChange) {
      process.stderr.write(
        `${EXTERNAL_CHANGE_MARKER} ${JSON.stringify({ ref: vmRef, uuid: vm.uuid, name_label: newLabel })}\n`
      )
      await readLine()
    } else {
      await xapi.call('VM.set_name_label', vmRef, newLabel)
    }
    await waitForCache(xapi, () => xapi.getObjectByRef(vmRef).name_label === newLabel)
    return { name_label: newLabel, by: options.externalChange ? 'caller' : 'xo' }
  })

  await step('set_name_label back through XO', async () => {
    await xapi.getObjectByRef(vmRef).set_name_label(originalLabel)
    await waitForCache(xapi, () => xapi.getObjectByRef(vmRef).name_label === originalLabel)
    return { name_label: originalLabel }
  })
}

async function disconnect(xapi) {
  let sessionId
  try {
    sessionId = xapi.status === 'connected' ? xapi.sessionId : undefined
  } catch {}
  await step('disconnect', async () => {
    await xapi.disconnect()
    check(xapi.status === 'disconnected', 'status after disconnect', { status: xapi.status })
    if (sessionId === undefined) {
      return { session_checked: false }
    }
    // disconnect() sends session.logout without waiting for it: poll until the session is gone
    // (xapi._call is the raw transport call of the pinned xen-api 4.7.6)
    for (let i = 0; ; ++i) {
      try {
        await xapi._call('session.get_uuid', [sessionId, sessionId])
      } catch (error) {
        if (error?.code === 'SESSION_INVALID') {
          return { session_checked: true, polls: i + 1 }
        }
        throw error
      }
      check(i < 50, 'the session is still valid 5 s after disconnect()')
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  })
}

async function main() {
  let options
  try {
    options = parseOptions()
  } catch (error) {
    finish(2, { error: errorInfo(error) })
    return
  }
  result.transport = options.transport

  setTimeout(() => {
    finish(3, { error: { message: `global timeout of ${options.timeoutS} s reached` } })
  }, options.timeoutS * 1e3)

  // the client reports the errors it swallows (failed get_all_records, event loop errors) with console.warn
  console.warn = (...args) => {
    result.warnings.push(
      args.map(a => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')
    )
  }

  const xapi = createClient({
    url: options.url,
    auth: { user: options.user, password: options.password },
    allowUnauthorized: true,
    transport: options.transport,
  })

  // count the XenAPI calls per method (xapi._transport is the raw transport of the pinned xen-api 4.7.6)
  const calls = (result.calls = {})
  const transport = xapi._transport
  xapi._transport = (method, args) => {
    calls[method] = (calls[method] ?? 0) + 1
    return transport(method, args)
  }

  let failure
  try {
    await run(options, xapi)
  } catch (error) {
    failure = error
  } finally {
    try {
      await disconnect(xapi)
    } catch (error) {
      failure ??= error
    }
  }
  if (failure !== undefined) {
    finish(1, { error: errorInfo(failure) })
  } else {
    finish(0, { ok: true })
  }
}

main().catch(error => finish(1, { error: errorInfo(error) }))
