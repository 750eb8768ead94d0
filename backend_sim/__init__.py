"""backend_sim: a simulated XenServer / XCP-ng pool speaking the real XenAPI.

Floors, top to bottom; each imports only the floors below it (import-linter's layers contract in
pyproject.toml enforces it, with no exceptions):

    cli                              the xapi-sim command: builds pools, serves them, saves one
    server | scenarios | dbfile      serving pools on ports | pools laid out by name | xapi database dumps
      | certificate                  | the self-signed certificate of --https
    http                             the ASGI app: RPC and the handler registry (http/__init__.py)
    xapi                             one pool assembled: store, clock, sessions, tasks, dispatcher
    api                              message implementations; they see the pool as api.context.ApiContext
    sessions                         logins, validity, event registrations
    model                            the simulation itself (memory, domains, storage, network, rules);
                                     it sees the pool as model.context.SimContext
    store                            the database: tables, relations, events
    datamodel                        xapi's classes, fields and messages (generated)
    clock | perf                     simulated time | load model, RRDs and perfmon (reads the pool
                                     through perf.view.PerfSource only)
    wire | errors                    XML-RPC / JSON-RPC values and codecs | XenAPI error codes
"""
