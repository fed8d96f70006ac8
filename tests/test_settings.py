"""Settings refuse values the store or the engines would fail on later, with a message that names the setting."""

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
