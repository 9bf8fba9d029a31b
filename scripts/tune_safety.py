"""Chooses SafetyOverride's thresholds by cross-validation on the TRAINING corpus (data/safety and the
NLU data), never on the held-out set: every corpus message is scored by a model that did not see it
(5 folds), then every threshold combination is tried.

    tune_safety.py [--max-alarm-rate 0.10] [--folds 5]

Prints the best cross-validated recall (crisis reply or check-in) within each false-alarm budget, and
the combination to put in config.yml: the highest recall whose false-alarm rate on ordinary training
messages stays within --max-alarm-rate (the corpus's ordinary messages include hard ones on purpose,
so this rate is well above what students see). Scores are cached in var/ by corpus digest.
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
from careerbot.safety.assess import CHECK_IN, CRISIS, NEGATED, NONE, Reading, Thresholds, decide, read  # noqa: E402
from careerbot.safety.classifier import CONCERN, NEGATIVE, Example, SafetyModel, corpus_digest, load_corpus  # noqa: E402

CRISIS_BARS = (0.5, 0.6, 0.7, 0.8, 0.9)
CHECK_IN_BARS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)
TOPIC_BARS = (0.1, 0.2, 0.3, 0.4, 0.5)
CAREER_GAPS = (0.0, 0.1, 0.2, 0.35)   # how much higher both bars are for a question about careers
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


def rates(readings: Sequence[Reading], scores: Sequence[Dict[str, float]], labels: Sequence[str],
          thresholds: Thresholds) -> Tuple[float, float, int]:
    caught = crisis = alarms = ordinary = 0
    for reading, probabilities, label in zip(readings, scores, labels, strict=True):
        level = decide(reading, probabilities, thresholds).level
        if label == NEGATIVE:
            ordinary += 1
            alarms += level not in (NONE, NEGATED)
        elif label != CONCERN:
            crisis += 1
            caught += level in (CRISIS, CHECK_IN)
    return caught / crisis, alarms / ordinary, alarms


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-alarm-rate", type=float, default=0.10)
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
    labels = [e.label for e in examples]
    results = []
    for crisis, check_in, topic, career_gap, short in itertools.product(CRISIS_BARS, CHECK_IN_BARS, TOPIC_BARS,
                                                                        CAREER_GAPS, SHORT_BARS):
        thresholds = Thresholds(crisis=crisis, check_in=check_in, career=min(0.95, crisis + career_gap),
                                career_check_in=min(0.9, check_in + career_gap), topic=topic, short=short)
        recall, alarm_rate, alarms = rates(readings, scores, labels, thresholds)
        results.append((recall, alarm_rate, alarms, thresholds))
    print("\nbest CV recall within each false-alarm budget:")
    for budget in (0.01, 0.02, 0.05, 0.08, 0.10, 0.15, 0.20):
        within = [r for r in results if r[1] <= budget]
        if within:
            best = max(within, key=lambda r: (r[0], -r[1]))
            print("  <= %4.1f%%: recall %.4f at %.4f (%d) %s" % (100 * budget, best[0], best[1], best[2],
                                                               best[3].as_config()))
    within = [r for r in results if r[1] <= args.max_alarm_rate]
    if not within:
        print("\nNo combination stays within a false-alarm rate of %.3f." % args.max_alarm_rate)
        return 1
    best = max(within, key=lambda r: (r[0], -r[1]))
    print("\nFor config.yml (CV recall %.4f, false alarms %.4f):" % (best[0], best[1]))
    for key, value in best[3].as_config().items():
        print("    %s: %s" % (key, round(value, 2)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
