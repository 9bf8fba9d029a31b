"""Runs the whole bot as one supervised group: Rasa server, action server and web front.

`python -m careerbot.stack` (what `make run` calls). Every server binds to 127.0.0.1 unless
CAREERBOT_HOST says otherwise. Ctrl-C stops all of them; if one dies, the others are stopped
with a message saying which one and why.
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional

from careerbot import settings
from careerbot.paths import PROJECT_ROOT, VAR_DIR

MODEL = PROJECT_ROOT / "models" / "careerbot.tar.gz"


class Service:
    def __init__(self, name: str, command: List[str], health_url: str, env: Dict[str, str]):
        self.name, self.command, self.health_url, self.env = name, command, health_url, env
        self.process: Optional[subprocess.Popen] = None

    def start(self) -> None:
        self.process = subprocess.Popen(self.command, cwd=PROJECT_ROOT, env=self.env, start_new_session=True)

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(self.health_url, timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    def exit_code(self) -> Optional[int]:
        return self.process.poll() if self.process else None

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=15)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(self.process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass


def endpoints_file(action_port: int) -> Path:
    """endpoints.yml with the action server's port filled in (so tests can run on other ports)."""
    VAR_DIR.mkdir(exist_ok=True)
    text = (PROJECT_ROOT / "endpoints.yml").read_text()
    text = text.replace("http://127.0.0.1:5055/webhook", "http://127.0.0.1:%d/webhook" % action_port)
    path = VAR_DIR / ("endpoints-%d.yml" % action_port)
    path.write_text(text)
    return path


def build_services(args) -> List[Service]:
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3", LOG_LEVEL="INFO",
               PYTHONWARNINGS="ignore", SQLALCHEMY_SILENCE_UBER_WARNING="1",
               PYTHONPATH=str(PROJECT_ROOT), SANIC_HOST=args.host)
    rasa = [str(bin_dir / "rasa"), "run", "--model", str(MODEL), "--endpoints", str(endpoints_file(args.action_port)),
            "--credentials", str(PROJECT_ROOT / "credentials.yml"), "--interface", args.host,
            "--port", str(args.rasa_port)]
    token = settings.get("API_TOKEN")
    if settings.get_flag("ENABLE_API"):
        if not token:
            raise SystemExit("CAREERBOT_ENABLE_API=1 needs CAREERBOT_API_TOKEN set to a long random secret.")
        rasa += ["--enable-api", "--auth-token", token]
    return [
        Service("action server", [str(bin_dir / "python"), "-m", "rasa_sdk", "--actions", "actions",
                                  "--port", str(args.action_port)],
                "http://127.0.0.1:%d/health" % args.action_port, env),
        Service("Rasa server", rasa, "http://127.0.0.1:%d/webhooks/rest/" % args.rasa_port, env),
        Service("web front", [str(bin_dir / "python"), "-m", "careerbot.web", "--host", args.web_host,
                              "--port", str(args.web_port), "--rasa-url", "http://127.0.0.1:%d" % args.rasa_port],
                "http://127.0.0.1:%d/healthz" % args.web_port, env),
    ]


def warm_up(rasa_port: int) -> None:
    """One message through NLU, policies and actions, so the first student doesn't wait for
    TensorFlow's first run."""
    body = json.dumps({"sender": "careerbot-warm-up", "message": "hello"}).encode()
    request = urllib.request.Request("http://127.0.0.1:%d/webhooks/rest/webhook" % rasa_port, data=body,
                                     headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(request, timeout=60).read()
    except OSError:
        pass   # a failed warm-up only means a slower first reply


def supervise(services: List[Service], args) -> int:
    stopping = {"signal": None}

    def on_signal(signum, _frame):
        stopping["signal"] = signum

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    for service in services:
        service.start()
    deadline, announced = time.time() + args.start_timeout, False
    try:
        while stopping["signal"] is None:
            for service in services:
                code = service.exit_code()
                if code is not None:
                    print("\n%s stopped unexpectedly (exit code %s); stopping the others." % (service.name, code),
                          file=sys.stderr, flush=True)
                    return 1
            if not announced:
                if all(s.healthy() for s in services):
                    announced = True
                    warm_up(args.rasa_port)
                    print("\nCareer bot is ready:\n"
                          "  Student chat:   http://localhost:%d/\n"
                          "  Counselor view: http://localhost:%d/advising\n"
                          "  Embed script:   http://localhost:%d/embed.js\n"
                          "  Rasa REST:      http://127.0.0.1:%d/webhooks/rest/webhook\n"
                          "Press Ctrl-C to stop." % (args.web_port, args.web_port, args.web_port, args.rasa_port),
                          flush=True)
                elif time.time() > deadline:
                    waiting = [s.name for s in services if not s.healthy()]
                    print("Gave up waiting for %s to start; stopping." % ", ".join(waiting), file=sys.stderr)
                    return 1
            time.sleep(0.5)
        print("\nStopping the career bot...", flush=True)
        return 0
    finally:
        for service in reversed(services):
            service.stop()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    host = settings.get("HOST")
    parser.add_argument("--host", default=host, help="interface for the Rasa and action servers")
    parser.add_argument("--web-host", default=settings.get("WEB_HOST") or host)
    parser.add_argument("--rasa-port", type=int, default=settings.get_int("RASA_PORT", 1))
    parser.add_argument("--action-port", type=int, default=settings.get_int("ACTION_PORT", 1))
    parser.add_argument("--web-port", type=int, default=settings.get_int("WEB_PORT", 1))
    parser.add_argument("--start-timeout", type=float, default=180)
    args = parser.parse_args(argv)
    if not MODEL.exists():
        print("No trained model at %s; run `make run` (it trains first)." % MODEL, file=sys.stderr)
        return 1
    return supervise(build_services(args), args)


if __name__ == "__main__":
    sys.exit(main())
