"""Settings refuse values the store or the engines would fail on later, with a message that names the setting."""

import datetime as dt
import subprocess
import sys

import pytest
from pydantic import ValidationError

from assistant.settings import Settings


@pytest.mark.parametrize("name", ["p", "ab", "-papers", "papers-", "my papers", "papers/2026", "x" * 513])
def test_a_collection_name_chroma_would_refuse_is_refused_up_front(name):
    with pytest.raises(ValidationError, match="collection must be 3-512 letters"):
        Settings(collection=name)


@pytest.mark.parametrize("name", ["abc", "papers", "robotics.v2", "team_a-2026", "x" * 512])
def test_valid_collection_names_are_kept(name):
    assert Settings(collection=name).collection == name


def test_the_cli_names_the_bad_setting_without_a_traceback():
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "What is MuCo?", "--collection", "p"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: invalid setting: collection must be 3-512 letters"), result.stderr


@pytest.mark.parametrize(
    ("capture_year", "now", "today"),
    [
        (None, dt.date(2026, 12, 6), dt.date(2026, 12, 6)),
        (2026, dt.date(2027, 3, 1), dt.date(2026, 3, 1)),  # the pages' year, on today's day
        # February 29 of a leap year, read in a capture year without one, had raised ValueError on every question
        (2026, dt.date(2028, 2, 29), dt.date(2026, 2, 28)),
        (2024, dt.date(2028, 2, 29), dt.date(2024, 2, 29)),
    ],
)
def test_today_is_read_in_the_capture_year(capture_year, now, today):
    assert Settings(capture_year=capture_year).today(now) == today
