"""Brings the reply translation catalogs (careerbot/i18n/<lang>/*.po) in step with the code's t()
texts: new texts are added untranslated, texts the code dropped are removed. Then translate the
empty entries (any PO editor, or by hand) until tests/test_i18n.py passes."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from careerbot.i18n.catalogs import TRANSLATED, problems, update


def main() -> int:
    for lang in TRANSLATED:
        added, dropped = update(lang)
        left = problems(lang)
        print("%s: %d texts added, %d dropped, %d still to translate" % (lang, added, dropped, len(left)))
        for line in left[:20]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
