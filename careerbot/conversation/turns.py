"""Turns and the messages replies are made of."""
import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Set

from careerbot.i18n import join_names
from careerbot.input_guard import escape_text
from careerbot.mention import Mention

Message = Dict


@dataclass
class Turn:
    intent: str
    text: str = ""
    mentions: List[Mention] = field(default_factory=list)
    quiz_choice: Optional[int] = None
    truncated: bool = False
    understood: Optional[Any] = field(default=None, repr=False, compare=False)   # understand.Understanding
    language: Optional[str] = None        # the language this message is written in, as detected
    language_confidence: float = 0.0
    language_choice: Optional[str] = None  # the language the student explicitly chose (a button)
    page_language: Optional[str] = None    # the language the page asks for (data-lang, its toggle)
    intent_confidence: float = 1.0         # the intent model's confidence (buttons and tests: sure)

    def values(self, label: str) -> Set[str]:
        """The values of every mention with this label ({"compare", "likes"} for "cue")."""
        return {mention.value for mention in self.mentions if mention.label == label}

    def first(self, *labels: str) -> Optional[Mention]:
        for label in labels:
            for mention in self.mentions:
                if mention.label == label:
                    return mention
        return None



def button(title: str, intent: str, **entities: str) -> Dict[str, str]:
    payload = "/" + intent + (json.dumps(entities, separators=(",", ":"), sort_keys=True) if entities else "")
    return {"title": title, "payload": payload}


def text_message(text: str, buttons: Sequence[Dict] = ()) -> Message:
    message: Message = {"text": text}
    if buttons:
        message["buttons"] = list(buttons)
    return message


def quoted(words: Sequence[str]) -> str:
    return join_names(['"%s"' % escape_text(w) for w in words])
