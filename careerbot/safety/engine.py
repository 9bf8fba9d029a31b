"""The pieces every rule module shares: categories, the result type and the rule set."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional, Pattern, Tuple

from careerbot.safety.vocabulary import alt

# Most serious first; screen() returns the first category that matches in this order.
PRIORITY: Tuple[str, ...] = ("sexual_abuse", "abuse", "self_harm", "violence", "substance", "eating", "bullying",
                             "harassment")
CATEGORIES = frozenset(PRIORITY)
CRISIS_CATEGORIES = frozenset({"self_harm", "abuse", "sexual_abuse", "violence", "substance", "eating"})


@dataclass(frozen=True)
class ScreenResult:
    category: Optional[str]
    rule: Optional[str]     # a fixed rule name for logs; never message text

    @property
    def is_crisis(self) -> bool:
        return self.category in CRISIS_CATEGORIES


SAFE = ScreenResult(None, None)


@dataclass(frozen=True)
class Rule:
    name: str
    category: str
    pattern: Pattern[str]
    also: Tuple[Pattern[str], ...] = ()   # every one of these must match too
    topic: bool = False                   # neutralised by career / school-work framing
    ask: bool = False                     # a question that reveals a situation only sometimes ("how do i get
                                          # emancipated fast"): the check-in asks, unless the model is sure

    def matches(self, text: str) -> bool:
        return bool(self.pattern.search(text)) and all(p.search(text) for p in self.also)


@dataclass
class RuleSet:
    """The rules of one category, in the order they are written."""
    category: str
    rules: List[Rule] = field(default_factory=list)

    def add(self, name: str, *patterns: str, also: Tuple[str, ...] = (), topic: bool = False,
            ask: bool = False) -> None:
        """A rule matches when any of `patterns` matches and every pattern in `also` matches too."""
        self.rules.append(Rule(self.category + "." + name, self.category, re.compile(alt(*patterns)),
                               tuple(re.compile(p) for p in also), topic, ask))
