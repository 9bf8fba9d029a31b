"""Turns and the messages replies are made of."""
import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence

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


def join_names(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def quoted(words: Sequence[str]) -> str:
    return join_names(['"%s"' % escape_text(w) for w in words])
