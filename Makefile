# Two commands do all the set-up on a fresh machine: `make run` (the chat UI) and `make test`.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha256sum | cut -c1-12)

.PHONY: install ingest run test lint bench eval clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

ingest: install
	$(BIN)/assistant ingest --if-stale

run: ingest
	$(BIN)/assistant serve

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check assistant tests scripts
	$(BIN)/ruff format --check assistant tests scripts

bench: install
	$(BIN)/python scripts/bench_ingest.py

eval: ingest
	$(BIN)/assistant eval --out reports/latest

clean:
	rm -rf $(VENV) store/chroma.sqlite3 store/*-*-*-*-* reports
