# MoreTale: `make run` starts the whole system on its embedded default; `make test` checks it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HASH := $(shell cat requirements*.txt requirements.lock */pyproject.toml libs/*/pyproject.toml \
	services/*/pyproject.toml 2>/dev/null | cksum | cut -d' ' -f1)
RUN_STAMP := $(VENV)/.run-$(HASH)
DEV_STAMP := $(VENV)/.dev-$(HASH)
PACKAGES := -e contracts -e 'libs/kit[gemini]' -e gateway -e services/story-service \
	-e services/tts-service -e services/illustration-service -e services/asset-service -e client
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock
TYPED := contracts/src libs/kit/src


.PHONY: install dev run test lint typecheck unit integration browser bench asyncapi clean

install: $(RUN_STAMP)

# What the system needs to run (make run).
$(RUN_STAMP):
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -r requirements-run.txt $(PACKAGES)
	rm -f $(VENV)/.run-* && touch $@

# Plus the test tools (make test).
$(DEV_STAMP): $(RUN_STAMP)
	$(PIP) -r requirements-dev.txt
	rm -f $(VENV)/.dev-* && touch $@

dev: $(DEV_STAMP)

run: install
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/honcho -f Procfile start

lint: dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: dev
	$(BIN)/mypy $(TYPED)

unit: dev
	$(BIN)/pytest contracts/tests libs/kit/tests gateway/tests services/*/tests client/tests \
		tests/docs tests/deploy

integration: dev
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/pytest tests/integration

test: lint typecheck
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/pytest contracts/tests libs/kit/tests gateway/tests \
		services/story-service/tests services/tts-service/tests \
		services/illustration-service/tests services/asset-service/tests client/tests tests/docs \
		tests/deploy tests/integration tests/browser

browser: dev
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/pytest tests/browser

bench: dev
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python bench/offline_book.py

asyncapi: install
	$(BIN)/python -m moretale_contracts.asyncapi > contracts/asyncapi.json

clean:
	rm -rf $(VENV) .data
