# The two commands: `make run` starts the bot, `make test` runs every check.
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export PYTHONPATH := $(CURDIR)

.PHONY: help setup run test train kb-check unit validate nlu-eval story-test live-test

help:
	@echo "make run   - set up (first time), train if needed, start the bot on http://localhost:8080"
	@echo "make test  - set up (first time) and run every check"

setup:
	@bash scripts/setup-env.sh

train: setup
	@$(PY) scripts/train_if_changed.py

kb-check: setup
	@$(VENV)/bin/careerbot kb check

run: kb-check train
	@$(PY) -m careerbot.stack

test: setup
	@bash scripts/test-all.sh
