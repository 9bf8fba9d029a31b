"""Reply latency and memory of the running bot. Prints figures; asserts nothing.

    .venv/bin/python scripts/benchmark.py [--url http://127.0.0.1:5005] [--turns 200]

Sends a realistic mix of student messages over the REST channel, one conversation at a time
and then with several at once, and prints p50/p95/max latency and the servers' memory (RSS).
"""
import argparse
import concurrent.futures
import json
import statistics
import subprocess
import time
import urllib.request
import uuid

MESSAGES = ["hi", "i like building things and fixing cars", "construction", "what classes would i take",
            "any certifications for that?", "what is dual enrollment", "does it cost money", "im in 8th grade",
            "what happened to information technology", "i want to be a nurse", "summarize what we talked about",
            "this homework is killing me", "i want to kms", "<script>alert(1)</script>", ""]


def turn(url, sender, message):
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(url + "/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()
    return time.perf_counter() - started


SLOWEST = []


def conversation(url, turns):
    sender = "bench-" + uuid.uuid4().hex
    seconds = []
    for i in range(turns):
        message = MESSAGES[i % len(MESSAGES)]
        seconds.append(turn(url, sender, message))
        SLOWEST.append((seconds[-1], i, message))
    return seconds


def report(label, seconds):
    seconds = sorted(seconds)
    pick = lambda q: seconds[min(len(seconds) - 1, int(q * len(seconds)))] * 1000
    print("%-28s n=%4d  p50 %6.0f ms  p95 %6.0f ms  max %6.0f ms  mean %6.0f ms"
          % (label, len(seconds), pick(0.5), pick(0.95), seconds[-1] * 1000, statistics.mean(seconds) * 1000))


def memory():
    output = subprocess.run(["ps", "-eo", "rss,args"], capture_output=True, text=True).stdout
    for line in output.splitlines():
        for name in ("rasa run --model", "rasa_sdk --actions", "careerbot.web"):
            if name in line and "ps -eo" not in line:
                print("RSS %-20s %7.0f MB" % (name.split()[0] if name != "rasa run --model" else "rasa server",
                                             int(line.split()[0]) / 1024))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:5005")
    parser.add_argument("--turns", type=int, default=150)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    turn(args.url, "bench-warmup", "hi")
    report("sequential", conversation(args.url, args.turns))
    per_worker = max(1, args.turns // args.concurrency)
    with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
        results = list(pool.map(lambda _: conversation(args.url, per_worker), range(args.concurrency)))
    report("%d conversations at once" % args.concurrency, [s for r in results for s in r])
    for seconds, index, message in sorted(SLOWEST, reverse=True)[:3]:
        print("slow turn: %5.0f ms at turn %d: %r" % (seconds * 1000, index, message[:40]))
    memory()


if __name__ == "__main__":
    main()
