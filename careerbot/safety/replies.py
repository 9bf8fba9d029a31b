"""The fixed replies to flagged messages (careerbot/safety/replies.yml), by category and language."""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Dict, Optional

import yaml

__all__ = ["CATEGORIES_WITH_REPLIES", "LANGUAGES", "REPLIES", "reply_for"]

REPLIES_FILE = Path(__file__).resolve().parent / "replies.yml"
LANGUAGES = ("en", "es")
COUNSELOR = "{counselor}"


@cache
def _replies() -> Dict:
    return yaml.safe_load(REPLIES_FILE.read_text(encoding="utf-8"))


def _table(lang: str) -> Dict[str, str]:
    return _replies()[lang if lang in LANGUAGES else "en"]


REPLIES: Dict[str, str] = _table("en")
CATEGORIES_WITH_REPLIES = frozenset(REPLIES)


def reply_for(category: str, counselor: Optional[str] = None, lang: str = "en",
              resource_for: Optional[str] = None) -> str:
    """The fixed reply for a category ("self_harm", "checkin", "followup"...), in the language asked
    (English when there is no such language). `counselor` is an optional line such as "School
    Counseling Office, 555-0100", put after the advice to talk to a trusted adult. `resource_for`
    picks the resource a follow-up repeats. Raises ValueError for an unknown category."""
    table = _table(lang)
    if category not in table:
        raise ValueError("no safety reply for category %r" % (category,))
    reply = table[category]
    if "{resource}" in reply:
        resources = _replies()["followup_resource"][lang if lang in LANGUAGES else "en"]
        reply = reply.replace("{resource}", resources.get(resource_for or "", resources["default"]))
    line = " ".join(str(counselor).split()) if counselor else ""
    lines = [line if part == COUNSELOR else part for part in reply.split("\n")]
    return "\n".join(part for part in lines if part)
