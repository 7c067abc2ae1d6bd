# MoreTale: `make run` starts the whole system on its embedded default; `make test` checks it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock requirements-dev.txt */pyproject.toml */*/pyproject.toml services/*/pyproject.toml 2>/dev/null | cksum | cut -d' ' -f1)
PACKAGES := -e contracts -e libs/kit -e gateway -e services/story-service \
	-e services/tts-service -e services/illustration-service -e services/asset-service
TYPED := contracts/src libs/kit/src

.PHONY: install run test lint typecheck unit integration bench asyncapi clean

install: $(STAMP)

$(STAMP):
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock \
		-r requirements-dev.txt $(PACKAGES)
	rm -f $(VENV)/.installed-* && touch $@

run: install
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/honcho -f Procfile start

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy $(TYPED)

unit: install
	$(BIN)/pytest contracts/tests libs/kit/tests gateway/tests services/*/tests tests/docs

integration: install
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/pytest tests/integration

test: lint typecheck
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/pytest contracts/tests libs/kit/tests gateway/tests \
		services/story-service/tests services/tts-service/tests \
		services/illustration-service/tests services/asset-service/tests tests/docs \
		tests/integration

bench: install
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python bench/offline_book.py

asyncapi: install
	$(BIN)/python -m moretale_contracts.asyncapi > contracts/asyncapi.json

clean:
	rm -rf $(VENV) .data
