# The two commands: `make run` starts the bot, `make test` runs every check.
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export PYTHONPATH := $(CURDIR)

.PHONY: help setup run run-scaled services test check lint train kb-check

help:
	@echo "make run   - set up (first time), train if needed, start the bot on http://localhost:8080"
	@echo "make run-scaled - the same with PostgreSQL, Redis, 2 Rasa replicas and 2 action servers (docs/scaling.md)"
	@echo "make test  - set up (first time) and run every check"
	@echo "make check - the inner loop, in seconds: lint, types, knowledge base and the fast unit tests"

setup:
	@bash scripts/setup-env.sh

train: setup
	@$(PY) scripts/train_if_changed.py

kb-check: setup
	@$(VENV)/bin/careerbot kb check

run: kb-check train
	@$(PY) -m careerbot.stack

services: setup
	@bash scripts/ensure-services.sh

# Scaled mode on this machine: private PostgreSQL and Redis under var/ (unless CAREERBOT_DATABASE_URL /
# CAREERBOT_REDIS_URL point elsewhere), CAREERBOT_RASA_REPLICAS (default 2) and CAREERBOT_ACTION_SERVERS (default 2).
run-scaled: kb-check train services
	@CAREERBOT_RASA_REPLICAS=$${CAREERBOT_RASA_REPLICAS:-2} CAREERBOT_ACTION_SERVERS=$${CAREERBOT_ACTION_SERVERS:-2} \
	  $(PY) -m careerbot.stack --local-services

test: setup
	@bash scripts/test-all.sh

lint: setup
	@$(VENV)/bin/ruff check careerbot actions tests scripts
	@$(VENV)/bin/mypy

check: lint kb-check
	@$(PY) -m pytest -q -p no:warnings -m "not browser and not live and not heavy" tests
