"""Eating disorders: not eating for days, making oneself throw up, punishing exercise."""
from __future__ import annotations

from careerbot.safety.engine import RuleSet

rules = RuleSet("eating")

rules.add("restricting",
          r"\b(?:haven'?t|have not|didn'?t|did not) eaten? (?:in|for) (?:\w+ )?(?:days|a week|two days|2 days)\b",
          r"\b(?:starving|starve) my ?self\b",
          r"\b(?:stopped|stop|quit) eating\b(?= .{0,40}\b(?:fat|weight|body|thin|skinny|ugly)\b)",
          r"\bno (?:he comido|como) (?:en|desde hace) (?:\w+ )?dias\b",
          r"\bme (?:mato|estoy matando) de hambre\b")
rules.add("purging",
          r"\bmake my ?self (?:throw up|puke|vomit|sick after eating)\b",
          r"\b(?:purging|purge after|binge and purge)\b",
          r"\bme (?:hago|provoco) (?:vomitar|el vomito)\b")
