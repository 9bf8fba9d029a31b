"""Replies in the conversation's language, from templates per language (nothing is machine-translated
at run time).

Reply text is written in English in the code and wrapped in `t()`; its Spanish version lives in the
gettext catalogs `careerbot/i18n/<lang>/*.po` (one per module, editable with any PO editor).
`tests/test_i18n.py` fails when a `t()` text has no translation, when a translation's {fields} differ
from the English, or when a catalog keeps a text the code no longer uses.

The language is per turn: `speaking(lang)` sets it for everything said inside the block (a context
variable, so concurrent conversations never see each other's language).
"""
import contextvars
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Dict, Iterator, Sequence

import polib

LANGUAGES = ("en", "es")      # the first is the language the code is written in
DEFAULT = LANGUAGES[0]
CATALOG_DIR = Path(__file__).resolve().parent

_language: contextvars.ContextVar[str] = contextvars.ContextVar("careerbot_language", default=DEFAULT)


@contextmanager
def speaking(lang: str) -> Iterator[str]:
    """Everything `t()` returns inside the block is in `lang` (unknown languages read as English)."""
    token = _language.set(lang if lang in LANGUAGES else DEFAULT)
    try:
        yield _language.get()
    finally:
        _language.reset(token)


def current_language() -> str:
    return _language.get()


@cache
def catalog(lang: str) -> Dict[str, str]:
    """English text -> its translation, from every catalog file of `lang` (untranslated entries left out)."""
    entries: Dict[str, str] = {}
    for path in sorted((CATALOG_DIR / lang).glob("*.po")):
        for entry in polib.pofile(str(path)):
            if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags:
                entries[entry.msgid] = entry.msgstr
    return entries


def t(text: str, **fields: object) -> str:
    """`text` in the current language, with its {fields} filled in. A text the catalog lacks is said
    in English rather than not at all (the catalog test keeps that from shipping)."""
    lang = _language.get()
    if lang != DEFAULT:
        text = catalog(lang).get(text, text)
    return text.format(**fields) if fields else text


def join_names(names: Sequence[str]) -> str:
    """"a, b and c" in the current language."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return t("{items} and {last}", items=", ".join(names[:-1]), last=names[-1])


def join_alternatives(names: Sequence[str]) -> str:
    """"a, b or c" in the current language."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return t("{items} or {last}", items=", ".join(names[:-1]), last=names[-1])
