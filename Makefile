# The workbench's two commands: `make run` and `make test`.
# Needs only Python 3.11 and make; everything else goes into .venv/.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format setup clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when pyproject.toml changes. Serving needs the runtime
# packages only; the test tools come with the first `make test`.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed-run

setup: $(VENV)/.installed ## Create the virtual environment and install the project with its test tools.

run: export DJANGO_DEBUG ?= 1
run: $(VENV)/.installed-run ## Migrate, load the seeds, create demo accounts, serve on 127.0.0.1:8000.
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_seeds
	@$(BIN)/python manage.py create_demo_users || true
	@echo "Workbench: http://$(HOST):$(PORT)/   admin: http://$(HOST):$(PORT)/admin/"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: export DJANGO_DEBUG = 1
test: $(VENV)/.installed ## The whole test suite (PostgreSQL when DATABASE_URL is set).
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean-venv:
	rm -rf $(VENV)
