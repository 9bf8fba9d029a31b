"""Fails when the NLU evaluation's intent macro F1 is below a threshold; prints the weak intents."""
import argparse
import json
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--min-macro-f1", type=float, required=True)
    args = parser.parse_args()
    with open(args.report, encoding="utf-8") as handle:
        report = json.load(handle)
    macro = report["macro avg"]["f1-score"]
    weak = sorted((v["f1-score"], k) for k, v in report.items()
                  if isinstance(v, dict) and "f1-score" in v and k not in ("macro avg", "weighted avg", "micro avg")
                  and v["f1-score"] < 0.9)
    print("Intent macro F1 on held-out messages: %.3f (required: %.2f)" % (macro, args.min_macro_f1))
    for score, intent in weak:
        print("  below 0.90: %-28s %.3f" % (intent, score))
    return 0 if macro >= args.min_macro_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
