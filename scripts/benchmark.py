"""Turn latency, throughput and memory of the career bot, side by side with Rasa's starter bot.

    .venv/bin/python scripts/benchmark.py --vs-starter           # builds and starts both (~3 min)
    .venv/bin/python scripts/benchmark.py --vs-starter --url http://127.0.0.1:5005 \\
        --starter-url http://127.0.0.1:5405                       # bots already running
    .venv/bin/python scripts/benchmark.py                         # this bot only

With --vs-starter it builds the stock `rasa init --no-prompt` bot in a temporary folder with this
project's virtualenv, serves it with `rasa run` (REST channel) and starts this project's stack
(`python -m careerbot.stack`) on free ports, unless --url / --starter-url name running ones. Both
bots get the same student messages over Rasa's REST channel, interleaved (turn by turn, then in
alternating rounds) so that other load on the machine hits both alike:

* sequential turns: p50 / p95 per bot;
* --concurrency conversations at once: throughput, p50 / p95 / max;
* one --long-turns conversation: mean of turns 1-20 against turns 131-150;
* lost replies (error or timeout) and empty replies;
* the memory (RSS, and peak) of every process of both bots.

It prints the figures and the ratios against the goals of issue 15. It asserts nothing and exits 0
(1 only when a bot cannot be started). Messages are stored like any other conversation (senders
`bench-...`) in the bot's tracker store.
"""
import argparse
import concurrent.futures
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path
from typing import Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
MODEL = ROOT / "models" / "careerbot.tar.gz"
GOALS = {"p50": 0.8, "throughput": 1.25, "late_early": 1.5, "max_concurrent_s": 1.0}

# One student's conversation, in order: greetings, interests, follow-ups, school questions, a typo,
# chit-chat, Spanish, an off-topic message, a worrying one, markup and an empty message. Every
# conversation is this list from a random starting point, so both bots get the same texts.
STUDENT = [
    "hi", "i like building things and fixing cars", "construction", "what classes would i take",
    "any certifications for that?", "what is dual enrollment", "does it cost money", "im in 8th grade",
    "what jobs are there in health care", "i want to be a nurse", "how much do nurses make",
    "compare nursing and welding", "tell me more", "what is a career cluster", "can you give me a quiz",
    "i dunno, im good at math and video games", "what about computer programing",
    "what happened to information technology", "summarize what we talked about", "are you a robot?",
    "que es la inscripcion doble", "this homework is killing me", "i want to kms", "what's the weather",
    "<script>alert(1)</script>", "", "thanks", "bye",
]

ENV = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3", PYTHONWARNINGS="ignore",
           SQLALCHEMY_SILENCE_UBER_WARNING="1", PYTHONPATH=str(ROOT))


# --- talking to a bot ----------------------------------------------------------------------------

class Turn:
    __slots__ = ("empty", "ok", "seconds")

    def __init__(self, seconds: float, ok: bool, empty: bool):
        self.seconds, self.ok, self.empty = seconds, ok, empty


def send(url: str, sender: str, message: str, timeout: float = 30) -> Turn:
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(url.rstrip("/") + "/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            replies = json.loads(response.read() or b"[]")
        return Turn(time.perf_counter() - started, True, not replies)
    except (OSError, ValueError):
        return Turn(time.perf_counter() - started, False, True)


def conversation_texts(turns: int, rng: random.Random) -> List[str]:
    start = rng.randrange(len(STUDENT))
    return [STUDENT[(start + i) % len(STUDENT)] for i in range(turns)]


def run_conversation(url: str, texts: List[str]) -> List[Turn]:
    sender = "bench-" + uuid.uuid4().hex[:16]
    return [send(url, sender, text) for text in texts]


# --- starting the bots ---------------------------------------------------------------------------

def free_ports(count: int, span: int = 1) -> List[int]:
    """`count` port numbers, each with the `span` ports from it free (the stack uses port + 1)."""
    found: List[int] = []
    rng = random.Random()
    while len(found) < count:
        base = rng.randrange(20000, 40000)
        if any(abs(base - other) < span + 1 for other in found):
            continue
        sockets = []
        try:
            for port in range(base, base + span):
                s = socket.socket()
                sockets.append(s)
                s.bind(("127.0.0.1", port))
            found.append(base)
        except OSError:
            pass
        finally:
            for s in sockets:
                s.close()
    return found


class Started:
    """A process group we started, its output in a log file."""

    def __init__(self, name: str, command: List[str], cwd: Path, log: Path, env: Dict[str, str]):
        self.name, self.log = name, log
        self.handle = open(log, "wb")   # noqa: SIM115 (open while the process runs; closed in stop())
        self.process = subprocess.Popen(command, cwd=cwd, env=env, stdout=self.handle, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, start_new_session=True)

    def wait_for(self, text: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.log.read_text(errors="replace"):
                return True
            if self.process.poll() is not None:
                return False
            time.sleep(1)
        return False

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)   # the stack stops its services on Ctrl-C
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.handle.close()

    def tail(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def wait_http(url: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except OSError:
            time.sleep(1)
    return False


def build_starter(folder: Path) -> Tuple[Optional[subprocess.Popen], Path]:
    folder.mkdir(parents=True, exist_ok=True)
    log = folder.parent / (folder.name + "-init.log")
    with open(log, "wb") as handle:   # the child keeps its own copy of the descriptor
        process = subprocess.Popen([str(VENV_BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(folder)],
                                   cwd=folder, env=ENV, stdout=handle, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
    return process, log


def start_starter(folder: Path, port: int) -> Started:
    return Started("starter bot", [str(VENV_BIN / "rasa"), "run", "--model", "models", "--interface", "127.0.0.1",
                                   "--port", str(port)], folder, folder.parent / (folder.name + "-run.log"), ENV)


def start_stack(workdir: Path) -> Tuple[Started, str, List[Path]]:
    """The stack on free ports; also the files it writes under var/ for those ports (to delete after)."""
    rasa_port, action_port, web_port = free_ports(3, span=2)
    env = dict(ENV, CAREERBOT_RASA_PORT=str(rasa_port), CAREERBOT_ACTION_PORT=str(action_port),
               CAREERBOT_WEB_PORT=str(web_port))
    stack = Started("career bot", [str(VENV_BIN / "python"), "-m", "careerbot.stack"], ROOT,
                    workdir / "careerbot-stack.log", env)
    leftovers = [ROOT / "var" / ("endpoints-%d.yml" % action_port), ROOT / "var" / ("stack-%d.json" % web_port)]
    return stack, "http://127.0.0.1:%d" % rasa_port, leftovers


# --- memory --------------------------------------------------------------------------------------

def _proc(pid: int, name: str) -> str:
    try:
        return Path("/proc/%d/%s" % (pid, name)).read_text(errors="replace")
    except OSError:
        return ""


def children(pid: int) -> List[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _proc(int(entry.name), "stat")
            if stat and int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def process_tree(pid: int) -> List[int]:
    tree, queue = [], [pid]
    while queue:
        current = queue.pop(0)
        tree.append(current)
        queue.extend(children(current))
    return tree


def listening_pid(url: str) -> Optional[int]:
    """The process that listens on the URL's port (from /proc/net/tcp and the processes' sockets)."""
    port = urllib.parse.urlparse(url).port or 80
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(fields[9])
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            for fd in (entry / "fd").iterdir():
                target = os.readlink(fd)
                if target.startswith("socket:[") and target[8:-1] in inodes:
                    return int(entry.name)
        except OSError:
            continue
    return None


def bot_processes(url: str, root_pid: Optional[int]) -> List[int]:
    """Every process of a bot: the tree we started, or the one around the server on the URL's port."""
    if root_pid is not None:
        return process_tree(root_pid)
    pid = listening_pid(url)
    if pid is None:
        return []
    parent = int(_proc(pid, "stat").rsplit(")", 1)[1].split()[1] or 0)
    if "careerbot.stack" in _proc(parent, "cmdline").replace("\0", " "):
        return process_tree(parent)
    return process_tree(pid)


def describe(pid: int) -> str:
    words = _proc(pid, "cmdline").replace("\0", " ").split()
    text = " ".join(words)
    for marker, name in (("careerbot.stack", "stack supervisor"), ("rasa_sdk", "action server"),
                         ("careerbot.action_gateway", "action gateway"), ("careerbot.web", "web front"),
                         (" run", "Rasa server"), ("rasa", "rasa")):
        if marker in text:
            return name
    return Path(words[0]).name if words else "?"


def memory(pid: int) -> Tuple[float, float]:
    values = {}
    for line in _proc(pid, "status").splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            values[line.split(":")[0]] = int(line.split()[1]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


# --- figures -------------------------------------------------------------------------------------

def pct(values: List[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


class Figures:
    def __init__(self, label: str):
        self.label = label
        self.sequential: List[Turn] = []
        self.concurrent: List[Turn] = []
        self.concurrent_seconds = 0.0
        self.long: List[Turn] = []

    def all_turns(self) -> List[Turn]:
        return self.sequential + self.concurrent + self.long

    def lost(self) -> int:
        return sum(not t.ok for t in self.all_turns())

    def empty(self) -> int:
        return sum(t.ok and t.empty for t in self.all_turns())

    def seq(self, q: float) -> float:
        return pct([t.seconds for t in self.sequential], q) * 1000

    def conc(self, q: float) -> float:
        return pct([t.seconds for t in self.concurrent], q) * 1000

    def throughput(self) -> float:
        return len(self.concurrent) / self.concurrent_seconds if self.concurrent_seconds else float("nan")

    def long_means(self) -> Tuple[float, float]:
        seconds = [t.seconds * 1000 for t in self.long]
        if len(seconds) < 40:
            return float("nan"), float("nan")
        return statistics.mean(seconds[:20]), statistics.mean(seconds[-20:])


def sequential_phase(bots: List[Tuple[str, Figures]], turns: int, per_conversation: int, rng: random.Random) -> None:
    done = 0
    while done < turns:
        texts = conversation_texts(min(per_conversation, turns - done), rng)
        senders = {url: "bench-" + uuid.uuid4().hex[:16] for url, _ in bots}
        for i, text in enumerate(texts):
            order = bots if (done + i) % 2 == 0 else bots[::-1]   # who goes first alternates
            for url, figures in order:
                figures.sequential.append(send(url, senders[url], text))
        done += len(texts)


def concurrent_phase(bots: List[Tuple[str, Figures]], turns: int, concurrency: int, rounds: int,
                     rng: random.Random) -> None:
    per_round = max(concurrency, turns // rounds)
    per_conversation = max(1, per_round // concurrency)
    for r in range(rounds):
        scripts = [conversation_texts(per_conversation, rng) for _ in range(concurrency)]
        for url, figures in (bots if r % 2 == 0 else bots[::-1]):
            started = time.perf_counter()
            with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
                results = list(pool.map(lambda texts, url=url: run_conversation(url, texts), scripts))
            figures.concurrent_seconds += time.perf_counter() - started
            figures.concurrent.extend(t for result in results for t in result)


def long_phase(bots: List[Tuple[str, Figures]], turns: int, rng: random.Random) -> None:
    texts = conversation_texts(turns, rng)
    senders = {url: "bench-long-" + uuid.uuid4().hex[:12] for url, _ in bots}
    for i, text in enumerate(texts):
        for url, figures in (bots if i % 2 == 0 else bots[::-1]):
            figures.long.append(send(url, senders[url], text))


def verdict(value: float, goal: float, at_most: bool) -> str:
    if value != value:   # nan
        return "n/a"
    return "met" if (value <= goal if at_most else value >= goal) else "NOT met"


def print_report(ours: Figures, starter: Optional[Figures], args, memory_rows: List[Tuple[str, int, str, float, float]],
                 loads: Tuple[str, str]) -> None:
    line = "-" * 96
    print("\n" + line)
    print("Benchmark, %s; %d CPUs; load average %s at the start, %s at the end" % (
        time.strftime("%Y-%m-%d %H:%M"), os.cpu_count() or 0, loads[0], loads[1]))
    print("REST channel, same messages for both bots; %d sequential turns, %d conversations at once "
          "(%d turns), one %d-turn conversation"
          % (args.turns, args.concurrency, len(ours.concurrent), args.long_turns))
    print(line)
    print("%-30s %16s %16s %10s" % ("", "career bot", "starter bot" if starter else "", "ratio" if starter else ""))

    def row(label: str, mine: float, theirs: Optional[float], fmt: str = "%.0f") -> None:
        ratio = ("%.2fx" % (mine / theirs)) if theirs else ""
        print("%-30s %16s %16s %10s" % (label, fmt % mine, (fmt % theirs) if theirs is not None else "", ratio))

    s = starter
    row("sequential p50 (ms)", ours.seq(0.5), s.seq(0.5) if s else None)
    row("sequential p95 (ms)", ours.seq(0.95), s.seq(0.95) if s else None)
    row("%d at once: turns/s" % args.concurrency, ours.throughput(), s.throughput() if s else None, "%.1f")
    row("%d at once: p50 (ms)" % args.concurrency, ours.conc(0.5), s.conc(0.5) if s else None)
    row("%d at once: p95 (ms)" % args.concurrency, ours.conc(0.95), s.conc(0.95) if s else None)
    row("%d at once: max (ms)" % args.concurrency, ours.conc(1.0), s.conc(1.0) if s else None)
    early, late = ours.long_means()
    s_early, s_late = s.long_means() if s else (None, None)
    row("long: turns 1-20 mean (ms)", early, s_early)
    row("long: turns %d-%d mean (ms)" % (len(ours.long) - 19, len(ours.long)), late, s_late)
    row("long: last / first", late / early, (s_late / s_early) if s and s_early else None, "%.2f")
    print("%-30s %16s %16s" % ("lost / empty replies", "%d / %d" % (ours.lost(), ours.empty()),
                               "%d / %d" % (s.lost(), s.empty()) if s else ""))
    print(line)
    print("Memory (MB)          %-28s %7s %8s %9s" % ("process", "pid", "RSS", "peak RSS"))
    totals: Dict[str, float] = {}
    for bot, pid, name, rss, peak in memory_rows:
        totals[bot] = totals.get(bot, 0.0) + rss
        print("  %-18s %-28s %7d %8.0f %9.0f" % (bot, name, pid, rss, peak))
    for bot, total in totals.items():
        print("  %-18s %-28s %7s %8.0f" % (bot, "total", "", total))
    print(line)
    print("Goals (issue 15)")
    if s:
        p50 = ours.seq(0.5) / s.seq(0.5)
        tput = ours.throughput() / s.throughput()
        print("  sequential p50 <= %.2fx the starter's:   %.2fx   %s" % (
            GOALS["p50"], p50, verdict(p50, GOALS["p50"], True)))
        print("  throughput >= %.2fx the starter's:       %.2fx   %s" % (
            GOALS["throughput"], tput, verdict(tput, GOALS["throughput"], False)))
    ratio = late / early
    print("  last 20 turns <= %.1fx the first 20:     %.2fx   %s" % (
        GOALS["late_early"], ratio, verdict(ratio, GOALS["late_early"], True)))
    worst = ours.conc(1.0) / 1000
    print("  every reply < %.0f s at %d at once:         max %.2f s   %s" % (
        GOALS["max_concurrent_s"], args.concurrency, worst, verdict(worst, GOALS["max_concurrent_s"], True)))
    print("  no lost or empty replies:                %d lost, %d empty   %s" % (
        ours.lost(), ours.empty(), "met" if not ours.lost() and not ours.empty() else "NOT met"))
    print(line)


def load_average() -> str:
    try:
        return "%.2f" % os.getloadavg()[0]
    except OSError:
        return "?"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vs-starter", action="store_true", help="compare with the stock `rasa init` bot")
    parser.add_argument("--url", help="the career bot's Rasa server, already running (default: start the stack)")
    parser.add_argument("--starter-url", help="the starter bot, already running (default: build and start it)")
    parser.add_argument("--turns", type=int, default=160, help="sequential turns per bot, and turns per bot at once")
    parser.add_argument("--concurrency", type=int, default=8, help="conversations at once")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds of the concurrent phase")
    parser.add_argument("--long-turns", type=int, default=150, help="turns of the long conversation")
    parser.add_argument("--conversation-turns", type=int, default=12, help="turns per sequential conversation")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (starter bot, logs)")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="careerbot-benchmark-"))
    started: List[Started] = []
    leftovers: List[Path] = []
    roots: Dict[str, Optional[int]] = {}
    try:
        init = None
        starter_dir = workdir / "starter"
        if args.vs_starter and not args.starter_url:
            print("Building the starter bot (rasa init --no-prompt) in %s ..." % starter_dir, flush=True)
            init, init_log = build_starter(starter_dir)
        url = args.url
        if not url:
            if not MODEL.exists():
                print("Training the career bot first (no %s) ..." % MODEL, flush=True)
                subprocess.run([str(VENV_BIN / "python"), "scripts/train_if_changed.py"], cwd=ROOT, env=ENV,
                               check=False)
            stack, url, leftovers = start_stack(workdir)
            started.append(stack)
            print("Starting the career bot (python -m careerbot.stack) on %s ..." % url, flush=True)
            if not stack.wait_for("Career bot is ready", 420):
                print("The career bot did not start:\n" + stack.tail(), file=sys.stderr)
                return 1
            roots[url] = stack.process.pid
        starter_url = args.starter_url
        if args.vs_starter and not starter_url:
            assert init is not None
            if init.wait() != 0:
                print("rasa init failed:\n" + init_log.read_text(errors="replace")[-3000:], file=sys.stderr)
                return 1
            port = free_ports(1)[0]
            starter = start_starter(starter_dir, port)
            started.append(starter)
            starter_url = "http://127.0.0.1:%d" % port
            print("Starting the starter bot (rasa run) on %s ..." % starter_url, flush=True)
            if not wait_http(starter_url + "/", 300):
                print("The starter bot did not start:\n" + starter.tail(), file=sys.stderr)
                return 1
            roots[starter_url] = starter.process.pid

        ours = Figures("career bot")
        bots: List[Tuple[str, Figures]] = [(url, ours)]
        theirs = None
        if starter_url:
            theirs = Figures("starter bot")
            bots.append((starter_url, theirs))
        for bot_url, _ in bots:   # first turns run TensorFlow's first calls; not measured
            run_conversation(bot_url, STUDENT[:6])
        rng = random.Random(args.seed)
        loads = [load_average(), ""]
        print("Measuring: sequential turns ...", flush=True)
        sequential_phase(bots, args.turns, args.conversation_turns, rng)
        print("Measuring: %d conversations at once ..." % args.concurrency, flush=True)
        concurrent_phase(bots, args.turns, args.concurrency, args.rounds, rng)
        print("Measuring: one %d-turn conversation ..." % args.long_turns, flush=True)
        long_phase(bots, args.long_turns, rng)
        loads[1] = load_average()

        memory_rows = []
        for bot_url, figures in bots:
            for pid in bot_processes(bot_url, roots.get(bot_url)):
                rss, peak = memory(pid)
                if rss:
                    memory_rows.append((figures.label, pid, describe(pid), rss, peak))
        print_report(ours, theirs, args, memory_rows, (loads[0], loads[1]))
        return 0
    finally:
        for process in reversed(started):
            process.stop()
        for path in leftovers:
            path.unlink(missing_ok=True)
        if args.keep:
            print("Kept %s" % workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
