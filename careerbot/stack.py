"""Runs the whole bot as one supervised group: Rasa server(s), action server(s) behind a small
action gateway, and the web front.

`python -m careerbot.stack` (what `make run` calls): one Rasa server, SQLite under var/.
Scaled: CAREERBOT_RASA_REPLICAS=N, CAREERBOT_ACTION_SERVERS=M, with PostgreSQL
(CAREERBOT_DATABASE_URL) and Redis (CAREERBOT_REDIS_URL); `--local-services` (what
`make run-scaled` adds) starts private ones under var/ when those URLs are unset.

Every server binds to 127.0.0.1 unless CAREERBOT_HOST says otherwise. A crashed process is
restarted with backoff while the others keep serving (careerbot/supervisor.py); Ctrl-C stops
everything. The state of each process is written to var/stack-<web port>.json.
"""
import argparse
import contextlib
import functools
import json
import os
import signal
import socket
import sys
import threading
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List

from careerbot import settings
from careerbot.paths import PROJECT_ROOT, VAR_DIR
from careerbot.supervisor import Service, Supervisor

MODEL = PROJECT_ROOT / "models" / "careerbot.tar.gz"
LOCK_STORE = "careerbot.rasa_lock_store.RedisUrlLockStore"


def endpoints_file(action_port: int, redis: bool = False) -> Path:
    """endpoints.yml with the action gateway's port filled in (so tests can run on other ports)
    and, with Redis, the shared lock store."""
    VAR_DIR.mkdir(exist_ok=True)
    text = (PROJECT_ROOT / "endpoints.yml").read_text()
    text = text.replace("http://127.0.0.1:5055/webhook", "http://127.0.0.1:%d/webhook" % action_port)
    if redis:
        text += "\n# Added by careerbot.stack: CAREERBOT_REDIS_URL is set.\nlock_store:\n  type: %s\n" % LOCK_STORE
    path = VAR_DIR / ("endpoints-%d%s.yml" % (action_port, "-redis" if redis else ""))
    path.write_text(text)
    return path


def port_open(port: int):
    def check() -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            return False
    return check


def warm_up(rasa_port: int) -> None:
    """One message through NLU, policies and actions, so the first student doesn't wait for
    TensorFlow's first run."""
    body = json.dumps({"sender": "careerbot-warm-up", "message": "hello"}).encode()
    request = urllib.request.Request("http://127.0.0.1:%d/webhooks/rest/webhook" % rasa_port, data=body,
                                     headers={"Content-Type": "application/json"})
    with contextlib.suppress(OSError):   # a failed warm-up only means a slower first reply
        urllib.request.urlopen(request, timeout=60).read()


def child_env(args) -> Dict[str, str]:
    return dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3", LOG_LEVEL="INFO",
                PYTHONWARNINGS="ignore", SQLALCHEMY_SILENCE_UBER_WARNING="1", PYTHONUNBUFFERED="1",
                PYTHONPATH=str(PROJECT_ROOT), SANIC_HOST=args.host)


def local_services(args, env: Dict[str, str]) -> List[Service]:
    """Private PostgreSQL and Redis for whichever of the two URLs is unset."""
    from careerbot.local_services import LocalPostgres, LocalRedis, ServicesMissing
    services = []
    try:
        if not env.get("CAREERBOT_DATABASE_URL"):
            postgres = LocalPostgres(settings.get_int("LOCAL_POSTGRES_PORT", 1))
            postgres.prepare()
            env["CAREERBOT_DATABASE_URL"] = postgres.url
            services.append(Service("postgresql", postgres.server_command(), port_open(postgres.port), env,
                                    stop_signal=signal.SIGINT))
        if not env.get("CAREERBOT_REDIS_URL"):
            redis = LocalRedis(settings.get_int("LOCAL_REDIS_PORT", 1))
            redis.prepare()
            env["CAREERBOT_REDIS_URL"] = redis.url
            services.append(Service("redis", redis.server_command(), port_open(redis.port), env))
    except ServicesMissing as missing:
        raise SystemExit(str(missing)) from None
    return services


@dataclass
class Stack:
    supervisor: Supervisor
    rasa_ports: List[int]
    mode: str   # how it runs, for the ready message


def build_services(args) -> Stack:
    bin_dir = Path(sys.executable).parent
    env = child_env(args)
    first = local_services(args, env) if args.local_services else []
    database, redis = settings.get("DATABASE_URL", env), settings.get("REDIS_URL", env)
    if args.replicas > 1 and not (database and redis):
        raise SystemExit("Several Rasa replicas share one PostgreSQL tracker store and one Redis lock store: set "
                         "CAREERBOT_DATABASE_URL and CAREERBOT_REDIS_URL, or run `make run-scaled`, which starts "
                         "private ones.")
    endpoints = endpoints_file(args.action_port, redis=bool(redis))
    extra = []
    if settings.get_flag("ENABLE_API", env):
        token = settings.get("API_TOKEN", env)
        if not token:
            raise SystemExit("CAREERBOT_ENABLE_API=1 needs CAREERBOT_API_TOKEN set to a long random secret.")
        extra = ["--enable-api", "--auth-token", token]

    action_ports = [args.action_port + 1 + i for i in range(args.action_servers)]
    actions = [Service("action server %d" % (i + 1) if args.action_servers > 1 else "action server",
                       [str(bin_dir / "python"), "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)],
                       "http://127.0.0.1:%d/health" % port, env)
               for i, port in enumerate(action_ports)]
    gateway_command = [str(bin_dir / "python"), "-m", "careerbot.action_gateway", "--host", "127.0.0.1",
                       "--port", str(args.action_port)]
    for port in action_ports:
        gateway_command += ["--server", "http://127.0.0.1:%d" % port]
    gateway = Service("action gateway", gateway_command, port_open(args.action_port), env)

    rasa_ports = [args.rasa_port + i for i in range(args.replicas)]
    replicas = []
    for i, port in enumerate(rasa_ports):
        command = [str(bin_dir / "rasa"), "run", "--model", str(MODEL), "--endpoints", str(endpoints),
                   "--credentials", str(PROJECT_ROOT / "credentials.yml"), "--interface", args.host,
                   "--port", str(port)] + extra
        replicas.append(Service("Rasa server %d" % (i + 1) if args.replicas > 1 else "Rasa server", command,
                                "http://127.0.0.1:%d/webhooks/rest/" % port, env,
                                on_up=functools.partial(warm_up, port)))
    rasa_urls = ",".join("http://127.0.0.1:%d" % port for port in rasa_ports)
    web = Service("web front", [str(bin_dir / "python"), "-m", "careerbot.web", "--host", args.web_host,
                                "--port", str(args.web_port), "--rasa-url", rasa_urls],
                  "http://127.0.0.1:%d/healthz" % args.web_port, env)
    supervisor = Supervisor(first + actions + [gateway] + replicas + [web],
                            status_file=VAR_DIR / ("stack-%d.json" % args.web_port), essential=[web], first=first)
    mode = ("scaled: %d Rasa replicas, %d action servers, PostgreSQL + Redis" % (args.replicas, args.action_servers)
            if database else "single machine: SQLite in var/")
    return Stack(supervisor, rasa_ports, mode)


def announce(stack: Stack, args) -> None:
    warmers = [threading.Thread(target=warm_up, args=(port,)) for port in stack.rasa_ports]
    for thread in warmers:
        thread.start()
    for thread in warmers:
        thread.join()
    rasa = ", ".join("http://127.0.0.1:%d/webhooks/rest/webhook" % port for port in stack.rasa_ports)
    print("\nCareer bot is ready (%s):\n"
          "  Student chat:   http://localhost:%d/\n"
          "  Counselor view: http://localhost:%d/advising\n"
          "  Embed script:   http://localhost:%d/embed.js\n"
          "  Rasa REST:      %s\n"
          "Press Ctrl-C to stop." % (stack.mode, args.web_port, args.web_port, args.web_port, rasa),
          flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    host = settings.get("HOST")
    parser.add_argument("--host", default=host, help="interface for the Rasa and action servers")
    parser.add_argument("--web-host", default=settings.get("WEB_HOST") or host)
    parser.add_argument("--rasa-port", type=int, default=settings.get_int("RASA_PORT", 1))
    parser.add_argument("--action-port", type=int, default=settings.get_int("ACTION_PORT", 1))
    parser.add_argument("--web-port", type=int, default=settings.get_int("WEB_PORT", 1))
    parser.add_argument("--replicas", type=int, default=settings.get_int("RASA_REPLICAS", 1))
    parser.add_argument("--action-servers", type=int, default=settings.get_int("ACTION_SERVERS", 1))
    parser.add_argument("--local-services", action="store_true",
                        help="start private PostgreSQL and Redis under var/ for the URLs that are unset")
    parser.add_argument("--start-timeout", type=float, default=240)
    args = parser.parse_args(argv)
    if not MODEL.exists():
        print("No trained model at %s; run `make run` (it trains first)." % MODEL, file=sys.stderr)
        return 1
    stack = build_services(args)
    return stack.supervisor.run(args.start_timeout, on_ready=lambda: announce(stack, args))


if __name__ == "__main__":
    sys.exit(main())
