"""Framework names stay in English in Spanish replies (they are what schools and course catalogs
use); the first time a conversation shows one, its Spanish gloss follows it:
"Healthcare & Human Services (salud y servicios humanos)"."""
import re
from typing import Dict, List, Sequence, Tuple

from careerbot.conversation.turns import Message
from careerbot.state import ExplorationState


def add_glosses(messages: List[Message], glossary: Dict[str, str], state: ExplorationState,
                other_names: Sequence[str] = ()) -> None:
    """Glosses each name's first mention in the conversation (longest names first, so a name inside
    a longer one, "Engineering" in "Science, Technology, Engineering & Mathematics" or in an issuer's
    name, is not glossed there)."""
    if not glossary:
        return
    for message in messages:
        text = message.get("text")
        if not isinstance(text, str):
            continue
        taken: List[Tuple[int, int]] = []
        inserts: List[Tuple[int, str]] = []
        longest_first = sorted(set(glossary) | {n for n in other_names if n in text}, key=lambda n: (-len(n), n))
        for name in longest_first:
            for found in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(name), text):
                span = found.span()
                if any(a < span[1] and span[0] < b for a, b in taken):
                    continue
                taken.append(span)
                if name in glossary and name not in state.glossed:
                    state.glossed.append(name)
                    if not text[span[1]:].startswith(" ("):
                        inserts.append((span[1], " (%s)" % glossary[name]))
        for position, gloss in sorted(inserts, reverse=True):
            text = text[:position] + gloss + text[position:]
        message["text"] = text
