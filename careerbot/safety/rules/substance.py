"""Dangerous drug and alcohol use: overdoses, not being able to stop, using to feel nothing."""
from __future__ import annotations

from careerbot.safety.engine import RuleSet

rules = RuleSet("substance")

rules.add("overdose_topic", r"\b(?:overdos\w*|sobredosis)\b", topic=True)
rules.add("overdose",
          r"\bi (?:just )?(?:od'?d|overdosed)\b",
          r"\b(?:took|take|taking|swallowed) (?:a (?:bunch|handful|lot) of|too many|all (?:my|the|of my)) "
          r"(?:pills|meds|xanax|percs|oxys?)\b(?! (?:for|from) (?:my|the) (?:doctor|dentist|pharmacy)\b)")
rules.add("dangerous_use",
      r"\b(?:molly|mdma|xanax|xans|percs|fentanyl|fent|lean|pills|coke|meth|drugs)\b.{0,60}\b(?:had a seizure|"
      r"seizured|overdosed|od'?d|stopped breathing|wouldnt wake up|would not wake up|turned blue|passed out|"
      r"ended up in the (?:er|hospital))\b",
      r"\b(?:me tome|me tomo|nos tomamos|se tomo) (?:el|la|los|las|un|una|unos|unas) (?:\w+ )?(?:jarabe|pastillas|"
      r"medicina|medicinas|pildoras)\b.{0,40}\b(?:pa|para) (?:ponerme|ponernos|drogarme|sentir)\b")
rules.add("cant_stop",
          r"\b(?:can'?t|cannot|cant) stop (?:drinking|using|smoking|vaping|taking pills|getting high)\b",
          r"\b(?:drunk|high|wasted) (?:every day|every night|all the time|before school)\b",
          r"\b(?:pills|drinking|getting high|weed|vodka) (?:to|so i can) (?:feel nothing|not feel|numb|forget)\b",
          r"\bno puedo dejar de (?:tomar|beber|fumar|drogarme|vapear)\b",
          r"\b(?:me drogo|me emborracho) (?:todos los dias|diario|cada dia|para no sentir)\b")
