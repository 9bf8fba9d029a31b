"""Runs conversation sets (say/click turns with expect/forbid checks) and reports by question type.

    eval_conversations.py FILE.yml [...] --url http://127.0.0.1:5105   # the running bot (make test)
    eval_conversations.py FILE.yml [...] --in-process                  # the trained model, no servers
Options: --out results/questions   --min-type 0.90 --min-total 0.95   --only NAME   -v

A conversation is `{name, type, turns: [{say | click, expect, forbid}]}`; every group in
`expect` must appear in the reply (a group is a string or a list of alternatives), no `forbid`
string may. Text is compared case-insensitively with "&" read as "and". The report (JSON and
Markdown) gives the share of conversations passed per type and overall, and every failure.
Exit status 1 when a bar is missed.
"""
import argparse
import asyncio
import json
import re
import sys
import urllib.request
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Optional

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def normalize(text: str) -> str:
    text = text.replace("\u2019", "'").replace("&amp;", "&").replace("&", " and ")
    return re.sub(r"\s+", " ", text).strip().lower()


def reply_text(messages: List[Dict]) -> str:
    parts = []
    for message in messages:
        parts.append(str(message.get("text") or ""))
        parts.extend(str(b.get("title") or "") for b in message.get("buttons") or [])
    return "\n".join(parts)


def failures_of(turn: Dict, messages: List[Dict]) -> List[str]:
    text = normalize(reply_text(messages))
    found = []
    for group in turn.get("expect") or []:
        options = group if isinstance(group, list) else [group]
        if not any(normalize(str(o)) in text for o in options):
            found.append("expected one of %s" % options)
    for word in turn.get("forbid") or []:
        if normalize(str(word)) in text:
            found.append("forbidden %r" % word)
    return found


class RestBot:
    def __init__(self, url: str):
        self.url = url.rstrip("/") + "/webhooks/rest/webhook"

    def new_conversation(self) -> str:
        return "eval-" + uuid.uuid4().hex[:12]

    def say(self, sender: str, message: str) -> List[Dict]:
        body = json.dumps({"sender": sender, "message": message}).encode()
        request = urllib.request.Request(self.url, data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read() or b"[]")


class InProcessBot:
    """The trained model's NLU and careerbot's replies, without the servers (for quick iteration)."""

    def __init__(self, model: Path):
        import logging

        from rasa.core.agent import Agent
        from rasa.utils.common import configure_logging_and_warnings
        configure_logging_and_warnings(logging.WARNING)

        from careerbot.kb.live import shared_knowledge
        self.agent = Agent.load(str(model))
        self.kb = shared_knowledge().get()
        self.states: Dict[str, Dict] = {}
        self.loop = asyncio.new_event_loop()

    def new_conversation(self) -> str:
        sender = uuid.uuid4().hex
        self.states[sender] = {}
        return sender

    def say(self, sender: str, message: str) -> List[Dict]:
        from rasa_sdk import Tracker

        from actions.actions import turn_from_tracker
        from careerbot.conversation import respond
        from careerbot.state import ExplorationState
        parse = self.loop.run_until_complete(self.agent.parse_message(message))
        state = ExplorationState.from_slot(self.states[sender])
        tracker = Tracker(sender, {"exploration": self.states[sender]}, parse, [], False, None, None, "action_listen")
        messages = respond(self.kb, state, turn_from_tracker(tracker, self.kb))
        self.states[sender] = state.to_slot()
        return messages


def words_read(messages: List[Dict]) -> int:
    """Words a student reads before the buttons: every message's text, "Tell me more" left for later."""
    return sum(len(str(m.get("text") or "").split()) for m in messages)


def run_conversation(bot, conversation: Dict, verbose: bool, lengths: Optional[List[int]] = None) -> Optional[str]:
    sender = bot.new_conversation()
    previous: List[Dict] = []
    for number, turn in enumerate(conversation["turns"], 1):
        if "click" in turn:
            wanted = normalize(turn["click"])
            button = next((b for m in previous for b in m.get("buttons") or []
                           if wanted in normalize(str(b.get("title") or ""))), None)
            if button is None:
                return "turn %d: no button %r" % (number, turn["click"])
            message = button["payload"]
        else:
            message = turn["say"]
        previous = bot.say(sender, message)
        if lengths is not None:
            lengths.append(words_read(previous))
        if verbose:
            print("  > %s\n  < %s" % (message, reply_text(previous).replace("\n", " | ")[:500]))
        failed = failures_of(turn, previous)
        if failed:
            return "turn %d (%r): %s; reply: %s" % (number, message[:80], "; ".join(failed),
                                                    reply_text(previous).replace("\n", " | ")[:300])
    return None


def length_figures(lengths: List[int]) -> Dict[str, int]:
    ordered = sorted(lengths) or [0]
    return {"replies": len(lengths), "median": ordered[len(ordered) // 2],
            "p90": ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))], "max": ordered[-1],
            "over_60": sum(1 for n in lengths if n > 60)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--url")
    target.add_argument("--in-process", action="store_true")
    parser.add_argument("--model", default=str(ROOT / "models" / "careerbot.tar.gz"))
    parser.add_argument("--out", help="folder for report.json and report.md")
    parser.add_argument("--min-type", type=float, default=0.0)
    parser.add_argument("--min-total", type=float, default=0.0)
    parser.add_argument("--only")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)

    conversations = []
    for file in args.files:
        conversations.extend(yaml.safe_load(Path(file).read_text(encoding="utf-8")))
    if args.only:
        conversations = [c for c in conversations if args.only in c["name"]]
    bot = InProcessBot(Path(args.model)) if args.in_process else RestBot(args.url)
    by_type: Dict[str, List[int]] = defaultdict(lambda: [0, 0])
    failures = []
    lengths: List[int] = []
    for conversation in conversations:
        if args.verbose:
            print("-- %s" % conversation["name"])
        problem = run_conversation(bot, conversation, args.verbose, lengths)
        counts = by_type[conversation.get("type", "other")]
        counts[1] += 1
        if problem is None:
            counts[0] += 1
        else:
            failures.append({"name": conversation["name"], "type": conversation.get("type", "other"),
                             "problem": problem})
    passed = sum(c[0] for c in by_type.values())
    total = sum(c[1] for c in by_type.values())
    report = {"total": {"passed": passed, "conversations": total, "share": passed / total if total else 0},
              "types": {t: {"passed": c[0], "conversations": c[1], "share": c[0] / c[1]}
                        for t, c in sorted(by_type.items())},
              "messages": sum(len(c["turns"]) for c in conversations), "reply_words": length_figures(lengths),
              "failures": failures}
    lines = ["| type | passed | share |", "|---|---|---|"]
    lines += ["| %s | %d/%d | %.1f%% |" % (t, v["passed"], v["conversations"], 100 * v["share"])
              for t, v in report["types"].items()]
    lines.append("| **all** | %d/%d | %.1f%% |" % (passed, total, 100 * report["total"]["share"]))
    lines.append("")
    lines.append("Reply length (words before the buttons): median %(median)d, 90th percentile %(p90)d, "
                 "longest %(max)d; %(over_60)d of %(replies)d replies over 60 words." % report["reply_words"])
    print("\n".join(lines))
    for failure in failures:
        print("FAIL %s [%s]: %s" % (failure["name"], failure["type"], failure["problem"]))
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
        (out / "report.md").write_text("\n".join(lines) + "\n\n" + "\n".join(
            "- %s [%s]: %s" % (f["name"], f["type"], f["problem"]) for f in failures) + "\n", encoding="utf-8")
    low = [t for t, v in report["types"].items() if v["share"] < args.min_type]
    if low or report["total"]["share"] < args.min_total:
        print("Below the bar: %s" % (", ".join(low) if low else "overall %.1f%% < %.0f%%" % (
            100 * report["total"]["share"], 100 * args.min_total)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
