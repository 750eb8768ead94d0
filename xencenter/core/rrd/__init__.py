"""Performance data from xapi's RRD HTTP handlers, without widgets.

`xport` parses `/rrd_updates` replies (XML and JSON), `dump` the whole RRDs of `/host_rrds` and `/vm_rrds`,
`archive` keeps series per object and data source in ring buffers at xapi's four resolutions, and `fetcher`
polls one connection (one `/rrd_updates` request per period for every host and VM it serves).
"""
