"""Scaled-mode configuration without running anything: URLs, missing PostgreSQL/Redis, the
endpoints the stack writes, and the fault test's skip."""
import importlib.util
import sys
from pathlib import Path

import pytest

from careerbot import local_services, stack
from careerbot.rasa_lock_store import redis_options
from careerbot.rasa_tracker_store import postgresql_url

pytestmark = pytest.mark.heavy   # Rasa: the tracker and lock stores subclass Rasa's

ROOT = Path(__file__).resolve().parent.parent


def test_redis_url_becomes_lock_store_options():
    assert redis_options("redis://:s3cr%40t@cache.internal:6390/2") == {
        "host": "cache.internal", "port": 6390, "db": 2, "username": None, "password": "s3cr@t", "use_ssl": False}
    assert redis_options("rediss://127.0.0.1")["use_ssl"] is True
    with pytest.raises(SystemExit, match="CAREERBOT_REDIS_URL"):
        redis_options("http://127.0.0.1:6379")


def test_database_url_is_postgresql_only():
    assert postgresql_url("postgres://u:p@h/db") == "postgresql://u:p@h/db"
    assert postgresql_url("postgresql://u:p@h:5432/db") == "postgresql://u:p@h:5432/db"
    with pytest.raises(SystemExit, match="CAREERBOT_DATABASE_URL"):
        postgresql_url("mysql://u:p@h/db")


def test_missing_programs_say_how_to_install_them(monkeypatch):
    monkeypatch.setattr(local_services, "_postgres_bin_dir", lambda: None)
    monkeypatch.setattr(local_services.shutil, "which", lambda *a, **k: None)
    with pytest.raises(local_services.ServicesMissing) as missing:
        local_services.find_programs()
    assert "postgres" in str(missing.value) and "redis-server" in str(missing.value)
    assert "apt-get install postgresql redis-server" in str(missing.value)


def test_endpoints_add_the_redis_lock_store_only_with_redis():
    plain = stack.endpoints_file(5955).read_text()
    shared = stack.endpoints_file(5955, redis=True).read_text()
    assert "http://127.0.0.1:5955/webhook" in plain and "lock_store" not in plain
    assert "type: careerbot.rasa_lock_store.RedisUrlLockStore" in shared


def test_several_replicas_need_postgresql_and_redis(monkeypatch):
    monkeypatch.delenv("CAREERBOT_DATABASE_URL", raising=False)
    monkeypatch.delenv("CAREERBOT_REDIS_URL", raising=False)
    with pytest.raises(SystemExit, match="make run-scaled"):
        stack.build_services(stack_args(replicas=2))


def stack_args(**overrides):
    import argparse
    values = dict(host="127.0.0.1", web_host="127.0.0.1", rasa_port=5905, action_port=5955, web_port=8905,
                  replicas=1, action_servers=1, local_services=False)
    values.update(overrides)
    return argparse.Namespace(**values)


def test_default_mode_is_one_rasa_one_action_server_behind_the_gateway(monkeypatch):
    monkeypatch.delenv("CAREERBOT_DATABASE_URL", raising=False)
    monkeypatch.delenv("CAREERBOT_REDIS_URL", raising=False)
    supervisor = stack.build_services(stack_args()).supervisor
    assert [s.name for s in supervisor.services] == ["action server", "action gateway", "Rasa server", "web front"]
    gateway = supervisor.services[1].command
    assert gateway[gateway.index("--port") + 1] == "5955" and gateway[-1] == "http://127.0.0.1:5956"
    assert supervisor.services[3].command[-1] == "http://127.0.0.1:5905"


def load_fault_test():
    spec = importlib.util.spec_from_file_location("fault_test", ROOT / "scripts" / "fault_test.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("required,code", [("", 0), ("1", 1)])
def test_fault_test_skips_without_the_services_unless_required(monkeypatch, capsys, required, code):
    fault_test = load_fault_test()

    def missing():
        raise local_services.ServicesMissing("Not installed: redis-server.")
    monkeypatch.setattr(fault_test, "find_programs", missing)
    monkeypatch.setenv("CAREERBOT_REQUIRE_SCALED_TEST", required)
    assert fault_test.scaled(None) == code
    assert "SKIPPED the scaled fault test" in capsys.readouterr().out
    sys.modules.pop("simulated_students", None)
