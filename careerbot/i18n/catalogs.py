"""Keeping the translation catalogs in step with the code.

Every `t("...")` text in a module of the careerbot package belongs to that module's catalog,
`careerbot/i18n/<lang>/<module path with dots>.po` (careerbot/conversation/describe.py ->
conversation.describe.po). `python scripts/update_catalogs.py` adds new texts (untranslated) and
drops texts the code no longer uses; tests/test_i18n.py fails until every text is translated.
"""
import ast
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Tuple

import polib

from careerbot.i18n import CATALOG_DIR, LANGUAGES

PACKAGE_DIR = CATALOG_DIR.parent
FIELD = re.compile(r"(?<!\{)\{(\w*)\}(?!\})")
PERCENT = re.compile(r"%(?:\([a-z_]+\))?[-+ #0]*\d*(?:\.\d+)?[sdfr%]")


@dataclass(frozen=True)
class Text:
    msgid: str
    module: str      # "conversation.describe"
    path: str        # "careerbot/conversation/describe.py"
    line: int

    @property
    def where(self) -> str:
        return "%s:%d" % (self.path, self.line)


def module_name(path: Path) -> str:
    parts = path.resolve().relative_to(PACKAGE_DIR).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def texts_in_code() -> Dict[str, List[Text]]:
    """module -> the t() texts it says, in order of first appearance."""
    found: Dict[str, List[Text]] = {}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        module = module_name(path)
        seen = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t" and \
                    node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                text = node.args[0].value
                if text not in seen:
                    seen.add(text)
                    where = "careerbot/" + path.resolve().relative_to(PACKAGE_DIR).as_posix()
                    found.setdefault(module, []).append(Text(text, module, where, node.lineno))
        if module in found:
            found[module].sort(key=lambda item: item.line)
    return found


def catalog_path(lang: str, module: str) -> Path:
    return CATALOG_DIR / lang / ("%s.po" % module)


def placeholders(text: str) -> Tuple[List[str], int]:
    """The {fields} of a text (sorted) and how many %-placeholders it has."""
    return sorted(FIELD.findall(text)), len([p for p in PERCENT.findall(text) if p != "%%"])


def update(lang: str) -> Tuple[int, int]:
    """Brings every catalog of `lang` in step with the code: (texts added, texts dropped)."""
    added = dropped = 0
    code = texts_in_code()
    directory = CATALOG_DIR / lang
    directory.mkdir(exist_ok=True)
    for module, texts in sorted(code.items()):
        path = catalog_path(lang, module)
        old = polib.pofile(str(path)) if path.exists() else polib.POFile()
        translated = {entry.msgid: entry for entry in old if not entry.obsolete}
        new = polib.POFile(wrapwidth=0)
        new.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": lang}
        for text in texts:
            entry = translated.get(text.msgid) or polib.POEntry(msgid=text.msgid, msgstr="")
            added += text.msgid not in translated
            entry.occurrences = [(text.path, str(text.line))]
            new.append(entry)
        dropped += len(set(translated) - {text.msgid for text in texts})
        new.save(str(path))
    for path in sorted(directory.glob("*.po")):
        if path.stem not in code:
            dropped += len(polib.pofile(str(path)))
            path.unlink()
    return added, dropped


def problems(lang: str) -> List[str]:
    """What keeps `lang`'s catalogs from matching the code, one line each (empty when they match)."""
    found: List[str] = []
    code = texts_in_code()
    for module, texts in sorted(code.items()):
        path = catalog_path(lang, module)
        entries = {e.msgid: e for e in polib.pofile(str(path))} if path.exists() else {}
        for text in texts:
            entry = entries.get(text.msgid)
            where = text.where
            if entry is None or not entry.msgstr:
                found.append("%s: no %s text for %r" % (where, lang, text.msgid[:60]))
            elif placeholders(entry.msgstr) != placeholders(text.msgid):
                found.append("%s: the %s text's placeholders differ from %r" % (where, lang, text.msgid[:60]))
        unused = sorted(set(entries) - {text.msgid for text in texts})
        found.extend("%s: text no longer in the code: %r" % (path.name, msgid[:60]) for msgid in unused)
    for path in sorted((CATALOG_DIR / lang).glob("*.po")):
        if path.stem not in code:
            found.append("%s: no module says these texts" % path.name)
    return found


TRANSLATED = tuple(lang for lang in LANGUAGES[1:])
