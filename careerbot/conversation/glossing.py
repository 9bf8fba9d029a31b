"""Framework names stay in English in Spanish replies (they are what schools and course catalogs
use); the first time a conversation shows one, its Spanish gloss follows it:
"Healthcare & Human Services (salud y servicios humanos)"."""
import re
from typing import Dict, List, Tuple

from careerbot.conversation.turns import Message
from careerbot.state import ExplorationState


def add_glosses(messages: List[Message], glossary: Dict[str, str], state: ExplorationState) -> None:
    """Glosses each name's first mention in the conversation (longest names first, so a name inside
    a longer one is not glossed there)."""
    if not glossary:
        return
    for message in messages:
        text = message.get("text")
        if not isinstance(text, str):
            continue
        taken: List[Tuple[int, int]] = []
        inserts: List[Tuple[int, str]] = []
        for name in sorted(glossary, key=lambda n: (-len(n), n)):
            for found in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(name), text):
                span = found.span()
                if any(a < span[1] and span[0] < b for a, b in taken):
                    continue
                taken.append(span)
                if name not in state.glossed:
                    state.glossed.append(name)
                    if not text[span[1]:].startswith(" ("):
                        inserts.append((span[1], " (%s)" % glossary[name]))
        for position, gloss in sorted(inserts, reverse=True):
            text = text[:position] + gloss + text[position:]
        message["text"] = text
