# Two commands set everything up on a fresh machine: `make demo` and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# No model hub here: everything loads from what pip installed and what the repo holds.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_HOME ?= $(CURDIR)/data/.prefect

.PHONY: install demo test serve bench clean

# Reinstalls only when pyproject.toml changes. torch is pinned in the same pip call as the rest:
# an unpinned torch (pulled in by sentence-transformers) would fetch several GB of CUDA builds.
$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check --progress-bar on torch==2.13.0 -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/tracker demo

# The whole suite on two pytest-xdist workers (the CI box has 2 cores); tests that must not overlap share an
# xdist_group (tests/conftest.py). XDIST= runs it in one process. docs/testing.md has the timings.
XDIST ?= -n 2 --dist loadgroup --no-loadscope-reorder
# pytest exits 5 when it collected no tests: that is a failure here, not a pass.
test: $(STAMP)
	$(PY) -m pytest $(XDIST) $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi; exit $$rc

serve: $(STAMP)
	$(VENV)/bin/tracker serve

bench: $(STAMP)
	for script in bench/bench_*.py; do $(PY) $$script || exit 1; done

clean:
	rm -rf $(VENV) data/tracker.duckdb data/tracker.duckdb.wal data/exports data/.prefect
