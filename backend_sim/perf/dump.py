"""`/host_rrds` and `/vm_rrds`: a whole RRD in rrdtool's dump format, as xapi writes it (XML or JSON).

`<rrd>`: version 0003, step, lastupdate, one `<ds>` per source (name, type, minimal_heartbeat,
min, max, last_ds, value, unknown_sec), then one `<rra>` per archive (cf, pdp_per_row, params/xff,
cdp_prep with one `<ds>` per source, database with its rows oldest first).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import numpy as np

from .rrd import HEARTBEAT, STEP, Archive, Rrd
from .xport import CHUNK_VALUES, XML_DECLARATION, f_to_s, format_row


def _unknown_pdps(rrd: Rrd, archive: Archive) -> np.ndarray:
    since = int(rrd.last_updated // STEP) % archive.pdp_per_row
    return np.clip(since - archive.known, 0, None) if archive.pdp_per_row > 1 else np.zeros_like(archive.known)


def xml_chunks(rrd: Rrd) -> Iterator[bytes]:
    head = [f"<rrd><version>0003</version><step>{STEP}</step><lastupdate>{int(rrd.last_updated)}</lastupdate>"]
    for i, ds in enumerate(rrd.sources):
        last = f_to_s(rrd.last_values[i])
        head.append(f"<ds><name>{ds.name}</name><type>{ds.kind}</type>"
                    f"<minimal_heartbeat>{f_to_s(HEARTBEAT)}</minimal_heartbeat><min>{f_to_s(ds.minimum)}</min>"
                    f"<max>{f_to_s(ds.maximum)}</max><last_ds>{last}</last_ds><value>{last}</value>"
                    f"<unknown_sec>0</unknown_sec></ds>")
    yield XML_DECLARATION + "".join(head).encode()
    per_chunk = max(1, CHUNK_VALUES // max(1, len(rrd.sources)))
    for archive in rrd.archives:
        data = rrd.materialise(archive)
        current, unknown = archive.current(), _unknown_pdps(rrd, archive)
        prep = "".join(f"<ds><primary_value>0.0</primary_value><secondary_value>0.0</secondary_value>"
                       f"<value>{f_to_s(current[i])}</value><unknown_datapoints>{int(unknown[i])}"
                       f"</unknown_datapoints></ds>" for i in range(len(rrd.sources)))
        yield (f"<rra><cf>{archive.cf}</cf><pdp_per_row>{archive.pdp_per_row}</pdp_per_row>"
               f"<params><xff>{f_to_s(archive.xff)}</xff></params><cdp_prep>{prep}</cdp_prep><database>").encode()
        for first in range(0, len(data), per_chunk):
            yield "".join("<row><v>" + "</v><v>".join(format_row(row)) + "</v></row>" if len(row) else "<row></row>"
                          for row in data[first:first + per_chunk]).encode()
        yield b"</database></rra>"
    yield b"</rrd>"


def json_chunks(rrd: Rrd) -> Iterator[bytes]:
    sources = [{"name": ds.name, "type": ds.kind, "minimal_heartbeat": f_to_s(HEARTBEAT),
                "min": f_to_s(ds.minimum), "max": f_to_s(ds.maximum), "last_ds": f_to_s(rrd.last_values[i]),
                "value": f_to_s(rrd.last_values[i]), "unknown_sec": "0.0"} for i, ds in enumerate(rrd.sources)]
    head = {"version": "0003", "step": str(STEP), "lastupdate": f_to_s(rrd.last_updated), "ds": sources}
    yield (json.dumps(head, separators=(",", ":"))[:-1] + ',"rra":[').encode()
    per_chunk = max(1, CHUNK_VALUES // max(1, len(rrd.sources)))
    for n, archive in enumerate(rrd.archives):
        data = rrd.materialise(archive)
        current, unknown = archive.current(), _unknown_pdps(rrd, archive)
        prep = [{"primary_value": "0.0", "secondary_value": "0.0", "value": f_to_s(current[i]),
                 "unknown_datapoints": str(int(unknown[i]))} for i in range(len(rrd.sources))]
        opening = {"cf": archive.cf, "pdp_per_row": str(archive.pdp_per_row),
                   "params": {"xff": f_to_s(archive.xff)}, "cdp_prep": {"ds": prep}}
        yield (("," if n else "") + json.dumps(opening, separators=(",", ":"))[:-1] + ',"database":[').encode()
        for first in range(0, len(data), per_chunk):
            rows = ",".join('["' + '","'.join(format_row(row)) + '"]' if len(row) else "[]"
                            for row in data[first:first + per_chunk])
            yield (("," if first else "") + rows).encode()
        yield b"]}"
    yield b"]}"
