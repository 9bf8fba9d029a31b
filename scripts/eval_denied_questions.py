"""A denial in front of a career question ("i'm not suicidal lol, what do electricians make?") must not
cost the question. Held-out career questions (tests/nlu*, never trained on) are parsed by the trained
model alone and behind a short held-out denial (tests/safety_denials.yml): the share whose intent
survives is reported, and must reach --min-share of what the questions alone get right.

    eval_denied_questions.py [--model models/careerbot.tar.gz] [--out results/denied_questions] [--min-share 0.85]
"""
import argparse
import asyncio
import json
import logging
import random
import sys
from pathlib import Path
from typing import List, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerbot.conversation.support import CAREER_QUESTIONS  # noqa: E402
from careerbot.safety.classifier import nlu_examples  # noqa: E402

PAIRS = {"en": 200, "es": 100}
MAX_DENIAL_WORDS = 7
SEED = 3


def held_out_questions(lang: str) -> List[Tuple[str, str]]:
    folder = ROOT / "tests" / ("nlu" if lang == "en" else "nlu_es")
    return [(text, intent) for path in sorted(folder.glob("*.yml")) for intent, text in nlu_examples(path)
            if intent in CAREER_QUESTIONS]


def denied_questions() -> List[Tuple[str, str, str]]:
    """(question, denial + question, intent), deterministic."""
    rng = random.Random(SEED)
    spec = yaml.safe_load((ROOT / "tests" / "safety_denials.yml").read_text(encoding="utf-8"))["denials"]
    cases = []
    for lang, count in PAIRS.items():
        denials = [d["text"] for d in spec if d["lang"] == lang and len(d["text"].split()) <= MAX_DENIAL_WORDS]
        for question, intent in rng.sample(held_out_questions(lang), count):
            joined = rng.choice(denials).rstrip(".!") + rng.choice((", ", ". ", " ")) + question
            cases.append((question, joined, intent))
    return cases


async def evaluate(model: str) -> dict:
    from rasa.core.agent import Agent
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)   # or every parse is logged
    agent = Agent.load(model)
    report: dict = {"cases": 0, "alone": 0, "denied": 0, "kept_the_flag": 0, "lost": []}
    for question, joined, intent in denied_questions():
        alone, denied = await agent.parse_message(question), await agent.parse_message(joined)
        report["cases"] += 1
        report["alone"] += alone["intent"]["name"] == intent
        report["denied"] += denied["intent"]["name"] == intent
        report["kept_the_flag"] += any(e.get("value") == "denied" for e in denied.get("entities") or [])
        if alone["intent"]["name"] == intent != denied["intent"]["name"]:
            report["lost"].append({"text": joined, "intent": intent, "predicted": denied["intent"]["name"]})
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=str(ROOT / "models" / "careerbot.tar.gz"))
    parser.add_argument("--out", help="folder for report.json")
    parser.add_argument("--min-share", type=float, default=0.0,
                        help="intents right behind a denial, as a share of those right alone")
    args = parser.parse_args(argv)
    report = asyncio.run(evaluate(args.model))
    share = report["denied"] / max(report["alone"], 1)
    report["share"] = round(share, 3)
    print("Career questions with the right intent: alone %(alone)d/%(cases)d, behind a denial %(denied)d/%(cases)d "
          "(%(kept_the_flag)d answered with the glad-you're-okay line)." % report)
    if args.out:
        Path(args.out).mkdir(parents=True, exist_ok=True)
        (Path(args.out) / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    if share < args.min_share:
        print("FAILED: %.3f of what the questions alone get right, below %.3f." % (share, args.min_share))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
