# Two commands on a fresh machine with Python 3.11+ and pip:  make run  ·  make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench sample clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)  ## the nightly flow once on the bundled sample
	$(BIN)/mpdp run

test: $(STAMP)  ## the whole test suite
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q tests/test_layers.py  # import-linter contracts of pyproject.toml

bench: $(STAMP)
	$(BIN)/python bench/bench_crawl.py
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/accuracy.py

sample: $(STAMP)  ## rebuild raw/sample/ and tests/gold/ from raw/sample/build_sample.py
	$(BIN)/python raw/sample/build_sample.py

clean:
	rm -rf processed/* raw/??/ raw/_state .pytest_cache
