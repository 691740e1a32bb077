# One-word commands. `make run` and `make test` set up .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8501

.PHONY: venv run test lint evaluate bench bench-dashboard clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: venv
	@echo "Actor Network Dashboard: http://localhost:$(PORT)"
	$(VENV)/bin/streamlit run dashboard.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

test: venv
	$(VENV)/bin/ruff check graph tests dashboard.py scripts
	$(PY) -m pytest

lint: venv
	$(VENV)/bin/ruff check graph tests dashboard.py scripts

evaluate: venv
	$(PY) -m graph evaluate data/gold

bench: venv
	$(PY) -m graph bench
	$(PY) -m graph bench --memory-articles 10000

bench-dashboard: venv
	$(PY) scripts/bench_dashboard.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
