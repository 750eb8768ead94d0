"""JsonStream: a document fed in any pieces decodes exactly as json.loads of the whole, and is refused where
json.loads refuses it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xencenter.core.xenapi.streamjson import JsonStream

LEAVES = st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False) | st.text(max_size=8)
DOCS = st.recursive(LEAVES, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=5), inner,
                                                                                          max_size=5), max_leaves=30)


def decode(body: bytes, cuts: list[int], objects: int = 2, arrays: int = 3) -> Any:
    stream = JsonStream(objects, arrays, every=3)
    edges = sorted({min(max(c, 0), len(body)) for c in cuts})
    start = 0
    for edge in edges:
        for _ in stream.feed(body[start:edge]):
            pass
        start = edge
    for _ in stream.feed(body[start:], final=True):
        pass
    return stream.result()


@settings(max_examples=300, deadline=None)
@given(doc=DOCS, cuts=st.lists(st.integers(0, 400), max_size=12), spaced=st.booleans(),
       depths=st.sampled_from([(2, 3), (0, 0), (5, 5)]))
def test_any_pieces_give_what_json_loads_gives(doc: Any, cuts: list[int], spaced: bool,
                                               depths: tuple[int, int]) -> None:
    text = json.dumps(doc, indent=1 if spaced else None, separators=None if spaced else (",", ":"),
                      ensure_ascii=False)
    body = text.encode()
    assert decode(body, cuts, *depths) == json.loads(body)


def test_a_reply_of_events_cut_everywhere() -> None:
    reply = {"jsonrpc": "2.0", "result": {"events": [{"class": "vm", "ref": f"OpaqueRef:{n}",
                                                      "snapshot": {"name_label": f"vm {n} ñ", "memory": 2**33 + n,
                                                                   "other_config": {"a": "b\\n\"c\""}}}
                                                     for n in range(40)],
                                          "valid_ref_counts": {"vm": 40}, "token": "1,2"}, "id": 7}
    body = json.dumps(reply).encode()
    for step in (1, 2, 3, 7, 64, 1000):
        assert decode(body, list(range(step, len(body), step))) == reply


@pytest.mark.parametrize("text", ['{"a": 1', '{"a" 1}', '[1, 2,]', '[1 2]', '{"a": tru}', '{"a": 1} x', '',
                                  '{"a": "unterminated}', '[01]', '{1: 2}', '[1, 2]]', '"\\x"'])
def test_what_json_loads_refuses_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        json.loads(text)
    for cut in range(len(text) + 1):
        with pytest.raises(ValueError):
            decode(text.encode(), [cut])


def test_numbers_and_literals_cut_at_the_end_of_a_piece_wait_for_the_rest() -> None:
    body = b'[12345, -Infinity, true, null, 1.5e3, "x"]'
    for cut in range(len(body) + 1):
        assert decode(body, [cut]) == json.loads(body)


def test_a_multibyte_character_cut_between_pieces() -> None:
    body = json.dumps({"name": "Galego: ñáéíóú €"}, ensure_ascii=False).encode()
    assert all(decode(body, [cut]) == json.loads(body) for cut in range(len(body) + 1))


def test_feed_yields_between_values_and_a_top_level_number_needs_the_end() -> None:
    stream = JsonStream(every=4)
    body = json.dumps({"result": {"events": list(range(100))}}).encode()
    pauses = sum(1 for _ in stream.feed(body))
    assert pauses >= 10 and stream.done, "the closing brace ends an object"
    assert stream.result() == {"result": {"events": list(range(100))}}
    number = JsonStream()
    for _ in number.feed(b"123"):
        pass
    assert not number.done  # "1234" is still possible
    with pytest.raises(ValueError):
        number.result()
    for _ in number.feed(b"", final=True):
        pass
    assert number.result() == 123


@pytest.mark.parametrize("text", [" ", "{", "[1,2", "[1,]", '{"a":1,}', '{"result":{"events":[1,]}}',
                                  '{"result":{"events":[{"a":}]}}', "nul"])
def test_more_of_what_json_loads_refuses(text: str) -> None:
    test_what_json_loads_refuses_is_refused(text)
