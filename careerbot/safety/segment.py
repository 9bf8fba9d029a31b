"""Words typed without spaces, split again: "imdoingitafterschooltodaydonttellmymom" -> "im doing it after
school today dont tell my mom". Neither layer can read a run like that, and students do type them.

Only a run of RUN_LETTERS letters or more that is not itself a word is split, and only into MIN_PIECES
words or more of MIN_AVERAGE letters on average, every piece a word. The words and their counts come
from the safety corpus and the NLU training data, written the way students type ("dont", "wanna",
"tmrw"). The most likely split wins (the product of the pieces' frequencies, as in Norvig's
segmenter), and only when it is likelier than the run being one word nobody wrote down. The screen
reads the split as one more spelling next to the message as typed, so a long real word split wrongly
loses nothing. The counts are read on the first such run, so ordinary messages cost nothing.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from careerbot.safety.normalize import prepare

RUN_LETTERS = 14
MIN_PIECES = 4
MIN_AVERAGE = 3.0        # letters per piece: "auto les i on ando me" is a word the corpus lacks, not a phrase
MIN_COUNT = 3            # a word seen fewer times is likely a typo, not a piece to split into
LONGEST_WORD = 20
ONE_LETTER_WORDS = frozenset({"i", "a", "y", "o", "e"})
_RUN_RE = re.compile(r"\b[a-z]{%d,}\b" % RUN_LETTERS)
_WORD_RE = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def word_counts() -> Tuple[Dict[str, int], int]:
    """(count of every word seen MIN_COUNT times or more, total of those counts), over the safety corpus and the
    NLU training data as the learned layer reads them."""
    from careerbot.safety.classifier import load_corpus  # numpy and the corpus only when a run needs them

    counts: Dict[str, int] = {}
    for example in load_corpus():
        for word in _WORD_RE.findall(prepare(example.text)):
            counts[word] = counts.get(word, 0) + 1
    kept = {w: c for w, c in counts.items() if c >= MIN_COUNT and (len(w) > 1 or w in ONE_LETTER_WORDS)}
    return kept, sum(kept.values())


def split(run: str) -> Optional[List[str]]:
    """The likeliest split of `run` into known words, or None when some part is not a word or the run is
    likelier one unknown word (Norvig's estimate for an unseen word: 10 / (total * 10 ** letters))."""
    counts, total = word_counts()
    best: List[Tuple[float, Optional[List[str]]]] = [(0.0, [])] + [(-math.inf, None)] * len(run)
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - LONGEST_WORD), end):
            words = best[start][1]
            count = counts.get(run[start:end])
            if words is None or not count:
                continue
            score = best[start][0] + math.log(count / total)
            if score > best[end][0]:
                best[end] = (score, words + [run[start:end]])
    score, words = best[-1]
    unknown_word = math.log(10 / total) - len(run) * math.log(10)
    if not words or len(words) < MIN_PIECES or len(run) / len(words) < MIN_AVERAGE:
        return None
    return words if score > unknown_word else None


def split_runs(text: str) -> str:
    """`text` (as prepared) with each long run of letters that is not a word split into words where it can."""
    if not _RUN_RE.search(text):
        return text

    def _split(match: re.Match[str]) -> str:
        run = match.group(0)
        if run in word_counts()[0]:
            return run
        words = split(run)
        return " ".join(words) if words else run

    return _RUN_RE.sub(_split, text)
