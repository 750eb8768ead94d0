"""perfmon XML (xapi's other_config:perfmon) both ways, and the dynamic memory range rules with their sentences."""

from __future__ import annotations

import pytest

from xencenter.core.memory_range import MemoryRange, explanation, problems
from xencenter.core.perfmon import PerfmonFormatError, Threshold, parse_perfmon, perfmon_xml

MIB = 1024 * 1024
GIB = 1024 * MIB

XAPI_STYLE = """<config>
  <variable>
    <name value="cpu_usage"/>
    <alarm_trigger_level value="0.9"/>
    <alarm_trigger_period value="60"/>
    <alarm_auto_inhibit_period value="3600"/>
  </variable>
  <variable>
    <name value="memory_free_kib"/>
    <alarm_trigger_level value="131072"/>
    <alarm_trigger_sense value="low"/>
  </variable>
</config>"""


def test_parse_xapi_style_perfmon() -> None:
    found = parse_perfmon(XAPI_STYLE)
    assert found == {"cpu_usage": Threshold("cpu_usage", 0.9, 60, 3600),
                     "memory_free_kib": Threshold("memory_free_kib", 131072.0, 60, 3600)}
    assert parse_perfmon("") == {}


def test_write_and_read_back() -> None:
    thresholds = [Threshold("cpu_usage", 0.75, 120, 1800), Threshold("network_usage", 10485760.0),
                  Threshold("memory_free_kib", 262144.0)]
    xml = perfmon_xml(thresholds)
    assert xml.startswith("<config><variable><name value=\"cpu_usage\"/><alarm_trigger_level value=\"0.75\"/>")
    assert '<alarm_trigger_level value="10485760"/>' in xml
    assert '<name value="memory_free_kib"/><alarm_trigger_level value="262144"/><alarm_trigger_period value="60"/>' \
           '<alarm_auto_inhibit_period value="3600"/><alarm_trigger_sense value="low"/>' in xml
    assert list(parse_perfmon(xml).values()) == thresholds
    assert perfmon_xml([]) == ""


@pytest.mark.parametrize("text", ["<config><variable>", "<config><variable><name value='cpu_usage'/>"
                                  "<alarm_trigger_level value='high'/></variable></config>"])
def test_bad_perfmon_is_a_clear_error(text: str) -> None:
    with pytest.raises(PerfmonFormatError):
        parse_perfmon(text)


RUNNING = MemoryRange(256 * MIB, 512 * MIB, GIB, 2 * GIB, running=True, actual=GIB, host_free=512 * MIB)


def test_a_range_inside_the_rules_has_no_problems() -> None:
    assert problems(RUNNING, 768 * MIB, 2 * GIB) == []
    text = explanation(RUNNING, 768 * MIB, 2 * GIB)
    assert "Static minimum 256 MiB ≤ dynamic minimum 768 MiB ≤ dynamic maximum 2 GiB ≤ static maximum 2 GiB." in text
    assert "up to 1.5 GiB" in text


def test_each_rule_has_its_sentence() -> None:
    assert problems(RUNNING, 128 * MIB, GIB) == ["The dynamic minimum cannot be below the static minimum (256 MiB)."]
    assert problems(RUNNING, GIB, 512 * MIB) == ["The dynamic minimum cannot be above the dynamic maximum."]
    assert "changing that needs the VM shut down" in problems(RUNNING, GIB, 3 * GIB)[0]
    assert problems(RUNNING, 1792 * MIB, 2 * GIB) == [
        "The server can give this VM at most 1.5 GiB now (it holds 1 GiB, the server has 512 MiB free)."]
    halted = MemoryRange(256 * MIB, 512 * MIB, GIB, 2 * GIB)
    assert problems(halted, 1792 * MIB, 2 * GIB) == []  # a halted VM takes memory only when it starts
    assert "starts with the dynamic maximum" in explanation(halted, GIB, GIB)
