"""Chooses SafetyOverride's thresholds by cross-validation on the TRAINING corpus (data/safety and the
NLU data), never on the held-out set: every corpus message is scored by a model that did not see it
(5 folds), then every threshold combination is tried.

    tune_safety.py [--max-alarm-rate 0.10] [--max-question-alarm-rate 0.003] [--folds 5]

False alarms are counted apart on the corpus's deliberately hard ordinary messages (idioms, grief,
stress...) and on career questions (the NLU training data), which are most of what students send.
Prints the best cross-validated recall (crisis reply or check-in) within each budget, and the
combination for config.yml: the highest recall within both budgets. Scores are cached in var/.
"""
import argparse
import itertools
import pickle
import sys
import time
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerbot.paths import VAR_DIR  # noqa: E402
from careerbot.safety.assess import CHECK_IN, CRISIS, Reading, Thresholds, decide, read  # noqa: E402
from careerbot.safety.classifier import CONCERN, NEGATIVE, Example, SafetyModel, corpus_digest, load_corpus  # noqa: E402

ALARMS = (CRISIS, CHECK_IN)   # a bullying or harassment reply is the screen's alone; not tuned here
CRISIS_BARS = (0.5, 0.6, 0.7, 0.8, 0.9)
CHECK_IN_BARS = (0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8)
TOPIC_BARS = (0.1, 0.2, 0.3, 0.4, 0.5)
CAREER_GAPS = (0.0, 0.1, 0.2, 0.35, 0.5)   # how much higher both bars are for a question about careers
SHORT_BARS = (0.45, 0.6, 0.7, 0.8, 0.9)


def out_of_fold(examples: List[Example], folds: int) -> List[Dict[str, float]]:
    from sklearn.model_selection import StratifiedKFold

    scores: List[Dict[str, float]] = [{} for _ in examples]
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=7)
    labels = [e.label for e in examples]
    for number, (train, test) in enumerate(splitter.split(examples, labels), 1):
        started = time.perf_counter()
        model = SafetyModel.train([examples[i] for i in train])
        for i, probabilities in zip(test, model.probabilities([examples[i].text for i in test]), strict=True):
            scores[i] = probabilities
        print("fold %d/%d scored in %.0f s" % (number, folds, time.perf_counter() - started), flush=True)
    return scores


def rates(readings: Sequence[Reading], scores: Sequence[Dict[str, float]], examples: Sequence[Example],
          thresholds: Thresholds) -> Tuple[float, float, float]:
    """(crisis recall, false-alarm rate on the hard ordinary messages, on the career questions)."""
    caught = crisis = 0
    alarms = {"corpus": 0, "nlu": 0}
    ordinary = {"corpus": 0, "nlu": 0}
    for reading, probabilities, example in zip(readings, scores, examples, strict=True):
        level = decide(reading, probabilities, thresholds).level
        if example.label == NEGATIVE:
            ordinary[example.source] += 1
            alarms[example.source] += level in ALARMS
        elif example.label != CONCERN:
            crisis += 1
            caught += level in (CRISIS, CHECK_IN)
    return caught / crisis, alarms["corpus"] / ordinary["corpus"], alarms["nlu"] / ordinary["nlu"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-alarm-rate", type=float, default=0.10,
                        help="false alarms allowed on the corpus's hard ordinary messages")
    parser.add_argument("--max-question-alarm-rate", type=float, default=0.003,
                        help="false alarms allowed on career questions (the NLU training data)")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    examples = load_corpus()
    cache = VAR_DIR / ("safety-cv-%s-%d.pickle" % (corpus_digest(), args.folds))
    if cache.exists():
        scores = pickle.loads(cache.read_bytes())   # our own file, written below
    else:
        scores = out_of_fold(examples, args.folds)
        VAR_DIR.mkdir(exist_ok=True)
        cache.write_bytes(pickle.dumps(scores))
    readings = [read(e.text) for e in examples]
    results = []
    for crisis, check_in, topic, career_gap, short in itertools.product(CRISIS_BARS, CHECK_IN_BARS, TOPIC_BARS,
                                                                        CAREER_GAPS, SHORT_BARS):
        thresholds = Thresholds(crisis=crisis, check_in=check_in, career=min(0.95, crisis + career_gap),
                                career_check_in=min(0.95, check_in + career_gap), topic=topic, short=short)
        results.append(rates(readings, scores, examples, thresholds) + (thresholds,))
    print("\nbest CV recall with career-question false alarms <= %.2f%%, by budget on hard ordinary messages:"
          % (100 * args.max_question_alarm_rate))
    allowed = [r for r in results if r[2] <= args.max_question_alarm_rate]
    for budget in (0.02, 0.05, 0.08, 0.10, 0.15):
        within = [r for r in allowed if r[1] <= budget]
        if within:
            best = max(within, key=lambda r: (r[0], -r[1], -r[2]))
            print("  <= %4.1f%%: recall %.4f, hard %.4f, questions %.4f %s" % (
                100 * budget, best[0], best[1], best[2], best[3].as_config()))
    within = [r for r in allowed if r[1] <= args.max_alarm_rate]
    if not within:
        print("\nNo combination stays within those false-alarm rates.")
        return 1
    best = max(within, key=lambda r: (r[0], -r[1], -r[2]))
    print("\nFor config.yml (CV recall %.4f, false alarms: hard %.4f, questions %.4f):" % best[:3])
    for key, value in best[3].as_config().items():
        print("    %s: %s" % (key, round(value, 2)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
