"""Performance: a guest load model, xcp-rrdd's round-robin databases, their HTTP formats and perfmon.

It reads the pool only through `view.PerfSource` (snapshots of what runs where, the simulated
clock, a way to post an ALARM), so it depends on nothing else in the simulator.

    view       the snapshots and the PerfSource Protocol
    workloads  what a guest does over a day (idle, web, database, batch, boot-storm, install)
    load       the load model: guests' figures from their workloads, hosts' from their guests and dom0
    sources    xapi's data-source names, units and bounds
    rrd        one RRD: four timescales, AVERAGE/MIN/MAX consolidation
    history    a plausible past year for a new RRD, vectorised
    xport      /rrd_updates selection and its XML and JSON
    dump       /host_rrds and /vm_rrds: a whole RRD as XML or JSON
    monitor    the pool's RRDs, made lazily and sampled every five seconds, in slices
    perfmon    other_config:perfmon thresholds -> ALARM messages
"""
