# The two commands of README.md:  make run   |   make test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
TS     := resources/translations/htsd_vi.ts

.PHONY: run test lint translations bench clean system-deps test-deps installer \
	windows windows-deps windows-check

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

system-deps:
	@sh .ci/system-deps

test-deps:
	@sh .ci/system-deps test

## Open the window on the default database in your data folder.
run: system-deps $(VENV)/.installed
	$(BIN)/python -m desktop_app

## Lint and run the whole test suite on Qt's offscreen platform (installs LibreOffice for the
## print check of the report workbook where the machine allows it).
test: test-deps $(VENV)/.installed
	$(BIN)/ruff check desktop_app tests benchmarks
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check desktop_app tests benchmarks
	$(BIN)/ruff format --check desktop_app tests benchmarks

## Refresh the Vietnamese catalogue from the code, then compile it.
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find desktop_app -name '*.py' | sort) -ts $(TS)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm resources/translations/htsd_vi.qm
	$(BIN)/pyside6-lrelease -silent resources/translations/qtbase_vi.ts -qm resources/translations/qtbase_vi.qm

bench: system-deps $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/data_entry.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/typing.py
	$(BIN)/python benchmarks/report.py
	test -x .venv-bench/bin/python || $(PYTHON) -m venv .venv-bench
	.venv-bench/bin/python -m pip install --quiet pandas openpyxl python-calamine
	$(BIN)/python benchmarks/aggregate.py

## The frozen program dist/htsd/ (PyInstaller), smoke-tested; the Windows installer is then
## compiled from installer/htsd.iss on Windows (docs/install.md).
installer: $(VENV)/.installed
	$(BIN)/python installer/build.py

## The Windows program and its installer, built under Wine on this Linux machine
## (docs/install.md): dist/windows/HTSD-Setup-<version>.exe; downloads cached in .cache/.
windows-deps:
	@sh installer/windows-deps.sh

windows: windows-deps $(VENV)/.installed
	$(BIN)/python installer/windows_build.py

## Install, upgrade, run and uninstall that setup in a fresh Wine prefix; screenshot of the
## installed window in docs/screenshots/windows.png.
windows-check: windows
	$(BIN)/python installer/windows_check.py

clean:
	rm -rf $(VENV) .venv-bench build dist .pytest_cache .ruff_cache
