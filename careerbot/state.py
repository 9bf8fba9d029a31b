"""What one student has explored so far, kept in a single Rasa slot as a plain dict."""
from dataclasses import asdict, dataclass, field
from typing import Dict, List, Optional

from careerbot.kb.kinds import REMEMBERED


def _empty_discussed() -> Dict[str, List[str]]:
    return {kind: [] for kind in REMEMBERED}


@dataclass
class ExplorationState:
    grade: Optional[int] = None
    interests: List[str] = field(default_factory=list)        # words the student used, in order
    signals: List[List[str]] = field(default_factory=list)    # [label, knowledge id, text] behind the interests
    discussed: Dict[str, List[str]] = field(default_factory=_empty_discussed)  # kind -> ids shown, in order
    dual_enrollment: List[str] = field(default_factory=list)  # pathway ids, or "general"
    focus: Optional[List[str]] = None                         # [kind, id] under discussion
    offered: List[List[str]] = field(default_factory=list)    # [kind, id] of the last options offered
    alternatives: List[List[str]] = field(default_factory=list)  # [kind, id] the student is weighing up
    audience: Optional[str] = None                            # "counselor" or "parent" when they say so
    more: Optional[str] = None                                # the rest of the last answer ("Tell me more")
    topic: Optional[str] = None                               # the last question answered, for follow-ups
    lang: Optional[str] = None                                # the conversation's language ("en", "es")
    page_lang: Optional[str] = None                           # the page's language setting, last seen
    lang_chosen: bool = False                                 # the student chose it (it no longer follows detection)
    glossed: List[str] = field(default_factory=list)          # framework names already glossed in Spanish
    support: Optional[Dict] = None                            # {"mode": "crisis"|"checkin", "category": ...}
    shown_clusters: List[str] = field(default_factory=list)   # clusters already suggested from interests
    quiz: Optional[Dict] = None                               # {"step": int, "answers": [option index...]}
    quiz_answers: List[str] = field(default_factory=list)     # labels of the quiz answers picked
    chosen: List[List[str]] = field(default_factory=list)     # [kind, id] the student asked about or picked

    @classmethod
    def from_slot(cls, value) -> "ExplorationState":
        if not isinstance(value, dict):
            return cls()
        known = {k: v for k, v in value.items() if k in cls.__dataclass_fields__}
        try:
            state = cls(**known)
        except TypeError:
            return cls()
        if not isinstance(state.discussed, dict):
            state.discussed = _empty_discussed()
        for kind in REMEMBERED:
            state.discussed.setdefault(kind, [])
        return state

    def to_slot(self) -> Dict:
        return asdict(self)

    def discuss(self, kind: str, item_id: str) -> None:
        """Remembers that this item was shown; kinds the state doesn't keep are ignored."""
        items = self.discussed.get(kind)
        if items is not None and item_id not in items:
            items.append(item_id)

    def discuss_dual_enrollment(self, pathway_id: str) -> None:
        """A pathway's college courses, or "general" for dual enrollment in general."""
        if pathway_id not in self.dual_enrollment:
            self.dual_enrollment.append(pathway_id)

    def choose(self, kind: str, item_id: str) -> None:
        """The student asked about or picked this (as opposed to the bot suggesting it)."""
        entry = [kind, item_id]
        if entry in self.chosen:
            self.chosen.remove(entry)
        self.chosen.append(entry)

    def add_signal(self, label: str, value: str, text: str, from_quiz: bool = False) -> bool:
        """An interest behind the suggestions; quiz answers count for matching but are not the
        student's own words, so they are kept apart from `interests`."""
        signal = [label, value, text]
        if signal in self.signals:
            return False
        self.signals.append(signal)
        word = text.strip().lower()
        if from_quiz:
            if text not in self.quiz_answers:
                self.quiz_answers.append(text)
        elif word and word not in self.interests:
            self.interests.append(word)
        return True
