"""A built wheel, installed (not editable) into a fresh venv, answers a question: prompts, tuned data and the shipped
pages come from package data, and nothing is written inside site-packages."""

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT

pytestmark = pytest.mark.slow


def run(cmd, **kw):
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kw)
    assert result.returncode == 0, f"{cmd}\n{result.stdout}\n{result.stderr}"
    return result


def test_a_wheel_in_a_fresh_venv_answers_a_question(tmp_path):
    wheels = tmp_path / "wheels"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels),
         str(PROJECT_ROOT)])  # fmt: skip
    (wheel,) = wheels.glob("paper_assistant-*.whl")
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    python = venv / "bin" / "python"
    site = Path(run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    # The dependencies come from this environment (a plain path entry: its editable finder for `assistant` is not
    # loaded), the project itself only from the wheel.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run([str(python), "-m", "pip", "install", "--no-deps", "-q", str(wheel)])
    home = tmp_path / "home"
    env = {
        "PATH": f"{venv / 'bin'}:{os.environ.get('PATH', '')}",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "HF_HUB_OFFLINE": "1",
    }
    where = run([str(python), "-c", "import assistant, sys; print(assistant.__file__)"], cwd=tmp_path, env=env)
    assert where.stdout.strip().startswith(str(site)), where.stdout  # the installed copy, not the checkout
    prompts = run([str(python), "-c", "from assistant.prompts import template; print(template('system'))"],
                  cwd=tmp_path, env=env)  # fmt: skip
    assert prompts.stdout.strip() == (PROJECT_ROOT / "prompts" / "system.txt").read_text().strip()
    ingest = run([str(venv / "bin" / "assistant"), "ingest", "--quiet"], cwd=tmp_path, env=env)
    assert "61 papers" in ingest.stdout
    asked = run([str(venv / "bin" / "assistant"), "ask", "What dataset does MuCo introduce?"], cwd=tmp_path, env=env)
    assert "M3T" in asked.stdout and "[1]" in asked.stdout and "Traceback" not in asked.stderr
    assert (home / "data" / "paper-assistant" / "store").is_dir()  # the store lives in the user's data folder
    installed = {p.relative_to(site).parts[0] for p in site.iterdir()}
    assert "store" not in installed and not (site / "assistant" / "store").exists()
