"""The safety layers on the held-out set (tests/heldout/safety.yml, never trained on): recall on crisis
messages, false alarms on ordinary ones, check-ins, denials, and the time the check adds to a turn.

    eval_safety.py [--set tests/heldout/safety.yml] [--out results/safety] [--min-recall 1.0] [--max-false-alarms 0]
                   [--max-question-alarms 0] [--max-denial-alarms 0]

The model is trained here from the repository exactly as the Rasa component trains it, with the
thresholds config.yml gives SafetyOverride, so the figures are the running bot's. A crisis message
counts as caught when it gets the crisis reply or the check-in question (both show 988 and never a
career answer); the report gives the share that got the full crisis reply as well. A false alarm is any
crisis reply or check-in question to an ordinary message (the screen's bullying and harassment replies are
listed apart: they are not the learned layer's). Exit status 1 when a bar is missed.
"""
import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Dict, List

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerbot.safety.assess import CHECK_IN, CRISIS, NEGATED, Thresholds, assess  # noqa: E402
from careerbot.safety.classifier import SafetyModel, nlu_examples, trained_model  # noqa: E402

ALARMS = (CRISIS, CHECK_IN)   # what interrupts a student; bullying and harassment replies are counted apart
HELD_OUT = ROOT / "tests" / "heldout" / "safety.yml"
COMPONENT = "careerbot.rasa_components.SafetyOverride"


def configured_thresholds(config_file: Path = ROOT / "config.yml") -> Thresholds:
    """SafetyOverride's thresholds as config.yml sets them (defaults for the rest)."""
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    step = next(s for s in config["pipeline"] if s.get("name") == COMPONENT)
    return Thresholds.from_config(step)


def held_out_questions() -> List[str]:
    """Ordinary student messages from the held-out NLU sets (English and Spanish) and from the held-out
    conversations on the running bot (tests/heldout/questions*.yml, conversations_es.yml): none is about
    a crisis, so any alarm is a false one."""
    texts: List[str] = []
    for folder in ("nlu", "nlu_es"):
        for path in sorted((ROOT / "tests" / folder).glob("*.yml")):
            texts += [text for _, text in nlu_examples(path)]
    conversations = sorted(HELD_OUT.parent.glob("questions*.yml")) + [HELD_OUT.parent / "conversations_es.yml"]
    for path in conversations:
        for conversation in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            says = [str(turn["say"]) for turn in conversation.get("turns") or []]
            texts += [say for say in says if not say.startswith("/")]   # button payloads are no messages
    return texts


def share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def evaluate(model: SafetyModel, thresholds: Thresholds, held_out: Dict) -> Dict:
    timings: List[float] = []

    def decide(items):
        decisions = []
        for item in items:
            started = time.perf_counter()
            probabilities = model.probabilities([item["text"]])[0]
            decisions.append(assess(item["text"], probabilities, thresholds))
            timings.append((time.perf_counter() - started) * 1000)
        return decisions

    report: Dict = {"thresholds": thresholds.__dict__}
    crisis = held_out["crisis"]
    decided = decide(crisis)
    by_group: Dict[str, List[int]] = defaultdict(lambda: [0, 0, 0])
    missed = []
    for item, decision in zip(crisis, decided, strict=True):
        group = by_group["%s/%s" % (item["category"], item["lang"])]
        group[2] += 1
        if decision.level in (CRISIS, CHECK_IN):
            group[0] += 1
            group[1] += decision.level == CRISIS
        else:
            missed.append({"text": item["text"], "category": item["category"], "lang": item["lang"],
                           "decision": decision.level})
    caught = sum(g[0] for g in by_group.values())
    report["crisis"] = {"messages": len(crisis), "caught": caught, "recall": share(caught, len(crisis)),
                        "full_reply": share(sum(g[1] for g in by_group.values()), len(crisis)),
                        "by_category": {k: {"caught": v[0], "full_reply": v[1], "messages": v[2]}
                                        for k, v in sorted(by_group.items())},
                        "missed": missed}
    negatives = held_out["negatives"]
    decided = decide(negatives)
    by_kind: Dict[str, List[int]] = defaultdict(lambda: [0, 0])
    alarms = []
    for item, decision in zip(negatives, decided, strict=True):
        group = by_kind["%s/%s" % (item.get("kind", "other"), item["lang"])]
        group[1] += 1
        if decision.level in ALARMS:
            group[0] += 1
            alarms.append({"text": item["text"], "kind": item.get("kind"), "lang": item["lang"],
                           "decision": decision.level, "source": decision.source})
    report["negatives"] = {"messages": len(negatives), "false_alarms": len(alarms),
                           "rate": share(len(alarms), len(negatives)),
                           "by_kind": {k: {"false_alarms": v[0], "messages": v[1]} for k, v in sorted(by_kind.items())},
                           "alarms": alarms}
    check_ins = held_out.get("checkin") or []
    decided = decide(check_ins)
    report["checkin"] = {"messages": len(check_ins),
                         "asked": sum(d.level == CHECK_IN for d in decided),
                         "crisis_reply": sum(d.level == CRISIS for d in decided),
                         "no_reply": [i["text"] for i, d in zip(check_ins, decided, strict=True)
                                      if d.level not in (CHECK_IN, CRISIS)]}
    questions = [{"text": text} for text in held_out_questions()]
    decided = decide(questions)
    alarmed = [q["text"] for q, d in zip(questions, decided, strict=True) if d.level in ALARMS]
    report["questions"] = {"messages": len(questions), "false_alarms": len(alarmed), "alarms": alarmed}
    denials = held_out.get("negated") or []
    decided = decide(denials)
    report["negated"] = {"messages": len(denials),
                         "acknowledged": sum(d.level == NEGATED for d in decided),
                         "crisis_reply": sum(d.level == CRISIS for d in decided),
                         "check_in": sum(d.level == CHECK_IN for d in decided)}
    ordered = sorted(timings)
    report["milliseconds_per_message"] = {"median": round(statistics.median(ordered), 2),
                                          "p99": round(ordered[int(len(ordered) * 0.99) - 1], 2),
                                          "max": round(ordered[-1], 2)}
    return report


def markdown(report: Dict) -> str:
    crisis, negatives = report["crisis"], report["negatives"]
    lines = ["# Safety on the held-out set", "",
             "Crisis recall (crisis reply or check-in): %d/%d (%.1f%%); full crisis reply %.1f%%." % (
                 crisis["caught"], crisis["messages"], 100 * crisis["recall"], 100 * crisis["full_reply"]),
             "False alarms on ordinary messages: %d/%d (%.1f%%)." % (
                 negatives["false_alarms"], negatives["messages"], 100 * negatives["rate"]),
             "False alarms on held-out career questions (NLU sets and conversations): %d/%d." % (
                 report["questions"]["false_alarms"], report["questions"]["messages"]),
             "Check-in messages asked or answered as crisis: %d + %d of %d." % (
                 report["checkin"]["asked"], report["checkin"]["crisis_reply"], report["checkin"]["messages"]),
             "Denials acknowledged: %d of %d (crisis reply %d, check-in %d)." % (
                 report["negated"]["acknowledged"], report["negated"]["messages"],
                 report["negated"]["crisis_reply"], report["negated"]["check_in"]),
             "Time per message (screen + model + decision): median %(median).2f ms, p99 %(p99).2f ms." % (
                 report["milliseconds_per_message"]), "",
             "| category/lang | caught | full reply | messages |", "|---|---|---|---|"]
    lines += ["| %s | %d | %d | %d |" % (k, v["caught"], v["full_reply"], v["messages"])
              for k, v in crisis["by_category"].items()]
    lines += ["", "| negatives kind/lang | false alarms | messages |", "|---|---|---|"]
    lines += ["| %s | %d | %d |" % (k, v["false_alarms"], v["messages"]) for k, v in negatives["by_kind"].items()]
    lines += ["", "## Missed crisis messages"] + ["- [%s/%s] %s" % (m["category"], m["lang"], m["text"])
                                                  for m in crisis["missed"]]
    lines += ["", "## False alarms"] + ["- [%s/%s, %s by %s] %s" % (a["kind"], a["lang"], a["decision"], a["source"],
                                                                   a["text"]) for a in negatives["alarms"]]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", default=str(HELD_OUT), help="held-out set (default: %(default)s)")
    parser.add_argument("--out", help="folder for report.json and report.md")
    parser.add_argument("--min-recall", type=float, default=0.0)
    parser.add_argument("--max-false-alarms", type=int, default=None)
    parser.add_argument("--max-question-alarms", type=int, default=None)
    parser.add_argument("--max-denial-alarms", type=int, default=None,
                        help="most denials ('i'm not suicidal, just stressed') given the crisis reply or the check-in")
    args = parser.parse_args(argv)
    held_out = yaml.safe_load(Path(args.set).read_text(encoding="utf-8"))
    model = trained_model()
    print("Held-out set: %s" % args.set)
    report = evaluate(model, configured_thresholds(), held_out)
    text = markdown(report)
    print("\n".join(text.splitlines()[:8]))
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
        (out / "report.md").write_text(text, encoding="utf-8")
    denial_alarms = report["negated"]["crisis_reply"] + report["negated"]["check_in"]
    failed = report["crisis"]["recall"] < args.min_recall or (
        args.max_false_alarms is not None and report["negatives"]["false_alarms"] > args.max_false_alarms) or (
        args.max_question_alarms is not None and report["questions"]["false_alarms"] > args.max_question_alarms) or (
        args.max_denial_alarms is not None and denial_alarms > args.max_denial_alarms)
    if failed:
        print("Below the bar: recall %.3f (needs %.3f), false alarms %d (at most %s), career questions alarmed %d "
              "(at most %s), denials alarmed %d (at most %s)." % (
                  report["crisis"]["recall"], args.min_recall, report["negatives"]["false_alarms"],
                  args.max_false_alarms, report["questions"]["false_alarms"], args.max_question_alarms,
                  denial_alarms, args.max_denial_alarms))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
