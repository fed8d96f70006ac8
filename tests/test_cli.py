import subprocess
import sys


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, timeout=300)


def test_ingest_then_ask_prints_answer_and_sources(tmp_path):
    store = str(tmp_path / "store")
    first = run("ingest", "--quiet", "--store-path", store)
    assert first.returncode == 0 and "103 chunks added" in first.stdout and "Sangmin Lee" in first.stdout
    again = run("ingest", "--if-stale", "--store-path", store)
    assert again.returncode == 0 and "store is current" in again.stdout
    asked = run(
        "ask", "Who are the listed authors of the DF-3DFace paper?", "--store-path", store, "--llm", "extractive"
    )
    assert asked.returncode == 0 and "Se Jin Park" in asked.stdout
    assert "Sources:\n[1] DF-3DFace" in asked.stdout


def test_malformed_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("CVDec 23, 2024\nOnly a title\n")
    result = run("ingest", str(bad), "--store-path", str(tmp_path / "store"))
    assert result.returncode == 2 and f"{bad}:1: truncated paper block" in result.stderr
    assert "Traceback" not in result.stderr
