"""The CPU-bound workers and asset-service yield the CPU to the gateway: `{PREFIX}NICE`, applied
at start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from asset_service.config import Settings as AssetSettings
from moretale_gateway.config import Settings as GatewaySettings
from story_service.config import Settings as StorySettings
from tts_service.config import Settings as TtsSettings

PROBE = """
import os, sys
from moretale_kit.serve import lower_priority
lower_priority(int(sys.argv[1]))
path = "/proc/self/autogroup"
# The file is empty for a process in the kernel's default group (a session never made its own).
words = open(path).read().split() if os.path.exists(path) else []
print(os.getpriority(os.PRIO_PROCESS, 0), words[-1] if words else "-")
"""


def test_workers_default_below_the_gateway() -> None:
    # asset-service records every page of the books being made: work that can wait too.
    assert TtsSettings().nice == StorySettings().nice == AssetSettings().nice == 10
    assert GatewaySettings().nice == 0


@pytest.mark.skipif(not Path("/proc/self/autogroup").exists(), reason="no autogroup scheduling")
def test_a_service_leading_its_session_lowers_its_scheduling_group() -> None:
    # As `make run` (honcho, `exec`) and the test stack start them: each in a session of its own.
    out = subprocess.run(
        [sys.executable, "-c", PROBE, "7"],
        capture_output=True,
        text=True,
        check=True,
        start_new_session=True,
    ).stdout.split()
    assert out == ["7", "7"]


def test_a_process_in_a_shared_session_lowers_only_itself() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, "3"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[0] == "3"
    mine = Path("/proc/self/autogroup")
    words = mine.read_text().split() if mine.exists() else []
    assert out[1] == (words[-1] if words else "-")  # the session's group is not touched
