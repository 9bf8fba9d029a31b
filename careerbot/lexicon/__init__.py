"""Per-language words the bot reads besides knowledge-base terms (see en.yml for what each list means).
Every language's words are read on every message: students switch and mix languages."""
from functools import cache
from pathlib import Path
from typing import Dict, Iterable, List, Tuple

import yaml

LEXICON_DIR = Path(__file__).resolve().parent
LANGUAGES = ("en", "es")   # one <lang>.yml each
# entity label -> the lexicon section its words come from
SECTIONS = {"concept": "concepts", "reference": "references", "audience": "audiences", "grade_band": "grade_bands",
            "cue": "cues", "person": "people"}
LABELS = tuple(SECTIONS)
# cues that answer the bot's safety questions (careerbot/conversation/safety_answers.py); they are matched as
# written but never steer spelling correction ("fever" must not become "never")
ANSWER_CUES = ("yes", "thinks_about", "no", "hedge", "not_now", "okay", "not_okay", "afraid", "unsure", "retract")
Lexicon = Dict[str, Dict[str, List[str]]]


@cache
def lexicon(lang: str = "en") -> Lexicon:
    data = yaml.safe_load((LEXICON_DIR / ("%s.yml" % lang)).read_text(encoding="utf-8")) or {}
    return {section: {key: [str(w) for w in words] for key, words in (data.get(section) or {}).items()}
            for section in SECTIONS.values()}


@cache
def cue_interests(lang: str = "en") -> Dict[str, str]:
    """cue -> the interest keyword it stands for ("my own ..." -> "own business")."""
    data = yaml.safe_load((LEXICON_DIR / ("%s.yml" % lang)).read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in (data.get("cue_interests") or {}).items()}


def all_cue_interests() -> Dict[str, str]:
    found: Dict[str, str] = {}
    for lang in LANGUAGES:
        found.update(cue_interests(lang))
    return found


def lexicon_terms() -> Iterable[Tuple[str, str, str]]:
    """(label, text, value) for the term finder in every language, like knowledge_terms()."""
    for lang in LANGUAGES:
        words = lexicon(lang)
        for label, section in SECTIONS.items():
            for value, texts in sorted(words[section].items()):
                for text in texts:
                    yield label, text, value
