"""Keeps a group of processes serving: a crashed one is restarted with capped exponential
backoff and logged, while the others keep running.

A process that crashes again and again (every run shorter than `stable_after`) is given up on
after `give_up_after` crashes in a row; only that process, the rest keep serving.
"""
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Callable, Dict, List, Optional, Union

from careerbot.paths import PROJECT_ROOT


class RestartPolicy:
    def __init__(self, first_delay: float = 1.0, max_delay: float = 30.0, stable_after: float = 60.0,
                 give_up_after: int = 6):
        self.first_delay, self.max_delay = first_delay, max_delay
        self.stable_after, self.give_up_after = stable_after, give_up_after

    def delay(self, crashes_in_a_row: int) -> float:
        """Seconds to wait before start number `crashes_in_a_row` + 1 (1, 2, 4, ... capped)."""
        return min(self.max_delay, self.first_delay * 2 ** max(0, crashes_in_a_row - 1))


def _log(message: str) -> None:
    print(time.strftime("%H:%M:%S ") + "[stack] " + message, file=sys.stderr, flush=True)


class Service:
    """One supervised process. States: new, starting, up, waiting (to restart), gave up, stopped."""

    def __init__(self, name: str, command: List[str], health: Union[str, Callable[[], bool], None], env: Dict[str, str],
                 stop_signal: int = signal.SIGTERM, on_up: Optional[Callable[[], None]] = None,  # after a restart
                 policy: Optional[RestartPolicy] = None):
        self.name, self.command, self.health, self.env = name, command, health, env
        self.stop_signal, self.on_up = stop_signal, on_up
        self.policy = policy or RestartPolicy()
        self.process: Optional[subprocess.Popen] = None
        self.state = "new"
        self.restarts = 0
        self.crashes_in_a_row = 0
        self.started_at = 0.0
        self.restart_at = 0.0

    # --- one process ------------------------------------------------------------------------

    def start(self) -> None:
        self.process = subprocess.Popen(self.command, cwd=PROJECT_ROOT, env=self.env, start_new_session=True,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        threading.Thread(target=self._relay_output, args=(self.process,), daemon=True,
                         name="output-" + self.name).start()
        self.started_at = time.monotonic()
        self.state = "starting"

    def _relay_output(self, process: subprocess.Popen) -> None:
        """Every line the process prints, prefixed with its name, so a shared log says who spoke."""
        prefix = ("[%s] " % self.name).encode()
        out = sys.stdout.buffer
        if process.stdout is None:
            return
        for line in iter(process.stdout.readline, b""):
            try:
                out.write(prefix + line)
                out.flush()
            except (OSError, ValueError):
                return

    def healthy(self) -> bool:
        """`health` is an URL that answers 200, a check function, or None (running is enough)."""
        if self.health is None:
            return self.exit_code() is None
        if callable(self.health):
            return self.health()
        try:
            with urllib.request.urlopen(self.health, timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    def exit_code(self) -> Optional[int]:
        return self.process.poll() if self.process else None

    @property
    def pid(self) -> Optional[int]:
        return self.process.pid if self.process and self.process.poll() is None else None

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            try:
                os.killpg(self.process.pid, self.stop_signal)
                self.process.wait(timeout=15)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(self.process.pid, signal.SIGKILL)
                    self.process.wait(timeout=5)
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    pass
        if self.state != "gave up":
            self.state = "stopped"

    # --- supervision ------------------------------------------------------------------------

    def tick(self, now: float) -> None:
        """One supervision step: notice a crash, restart when its backoff is over, notice health."""
        if self.state in ("starting", "up"):
            code = self.exit_code()
            if code is not None:
                self._crashed(code, now)
            elif self.state == "starting" and self.healthy():
                self.state = "up"
                if self.restarts:
                    _log("%s is serving again (restart %d)." % (self.name, self.restarts))
                    if self.on_up:  # e.g. a warm-up turn; off the supervision loop
                        threading.Thread(target=self.on_up, daemon=True).start()
            elif self.state == "up" and self.crashes_in_a_row and now - self.started_at >= self.policy.stable_after:
                self.crashes_in_a_row = 0
        elif self.state == "waiting" and now >= self.restart_at:
            self.restarts += 1
            _log("restarting %s (restart %d)." % (self.name, self.restarts))
            self.start()

    def _crashed(self, code: int, now: float) -> None:
        ran_for = now - self.started_at
        self.crashes_in_a_row = 1 if ran_for >= self.policy.stable_after else self.crashes_in_a_row + 1
        how = "was killed by signal %d" % -code if code < 0 else "exited with code %d" % code
        if self.crashes_in_a_row >= self.policy.give_up_after:
            self.state = "gave up"
            _log("%s %s after %.0f s; it crashed %d times in a row, so it is not restarted again. "
                 "The other processes keep serving. Read its output above, fix the cause and restart the stack."
                 % (self.name, how, ran_for, self.crashes_in_a_row))
            return
        delay = self.policy.delay(self.crashes_in_a_row)
        self.state, self.restart_at = "waiting", now + delay
        _log("%s %s after %.0f s; restarting it in %.3g s. The others keep serving."
             % (self.name, how, ran_for, delay))

    def status(self) -> Dict:
        return {"name": self.name, "pid": self.pid, "state": self.state, "restarts": self.restarts}


class Supervisor:
    def __init__(self, services: List[Service], status_file: Optional[Path] = None,
                 essential: Optional[List[Service]] = None, first: Optional[List[Service]] = None):
        self.services = services
        self.first = first or []            # started, and healthy, before the others (databases)
        self.status_file = status_file
        self.essential = essential or []   # without these nothing can be served: stop when one gives up
        self.stopping: Optional[int] = None

    def write_status(self) -> None:
        if not self.status_file:
            return
        data = {"pid": os.getpid(), "services": [s.status() for s in self.services]}
        tmp = self.status_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1))
        tmp.replace(self.status_file)

    def run(self, start_timeout: float, on_ready: Callable[[], None], poll: float = 0.5) -> int:
        """Runs until SIGINT/SIGTERM (returns 0) or until an essential process gave up or start-up
        timed out (returns 1). Everything is stopped on the way out."""

        def on_signal(signum, _frame):
            self.stopping = signum

        signal.signal(signal.SIGINT, on_signal)
        signal.signal(signal.SIGTERM, on_signal)
        deadline, ready = time.monotonic() + start_timeout, False
        try:
            for service in self.first:
                service.start()
            while not all(s.healthy() for s in self.first):
                if time.monotonic() > deadline or self.stopping or any(s.exit_code() is not None for s in self.first):
                    _log("%s did not start; stopping." % ", ".join(s.name for s in self.first if not s.healthy()))
                    return 1
                time.sleep(0.2)
            for service in self.services:
                if service not in self.first:
                    service.start()
            while self.stopping is None:
                now = time.monotonic()
                for service in self.services:
                    service.tick(now)
                self.write_status()
                if any(s.state == "gave up" for s in self.essential):
                    _log("an essential process gave up; stopping the stack.")
                    return 1
                if not ready:
                    if all(s.state == "up" for s in self.services):
                        ready = True
                        on_ready()
                    elif now > deadline:
                        waiting = [s.name for s in self.services if s.state != "up"]
                        _log("gave up waiting for %s to start; stopping." % ", ".join(waiting))
                        return 1
                time.sleep(poll)
            print("\nStopping the career bot...", flush=True)
            return 0
        finally:
            for service in reversed(self.services):
                service.stop()
            self.write_status()
