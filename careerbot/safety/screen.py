"""screen(text): the deterministic first layer, run on every message before any intent is used.

- Every rule is a compiled regular expression (some need two patterns to co-occur, such as a
  distress cue plus a method word); one module per category under careerbot/safety/rules/ (self-harm's
  quieter warning signs in a second).
- *Disclosure* rules are first-person or otherwise specific ("kill myself", "my dad hits me");
  nothing neutralises them. *Topic* rules fire on a bare topic word ("suicide", "abuse");
  career or school-work framing ("what does a suicide prevention counselor do") neutralises them.
  *Ask* rules are questions that reveal a situation only sometimes ("how do i get emancipated fast"),
  written in the student's own voice, so framing leaves them; the decision asks (the check-in).
- A few figurative phrases ("die of embarrassment", "dying to know") are blanked out first.
- When several categories match, the most serious wins (engine.PRIORITY).
"""
from __future__ import annotations

import re
from typing import List, Tuple

from careerbot.safety import segment
from careerbot.safety.engine import CRISIS_CATEGORIES, PRIORITY, SAFE, Rule, ScreenResult
from careerbot.safety.negation import FIGURATIVE_RE
from careerbot.safety.normalize import REPEAT_RE, SPACE_RE, prepare
from careerbot.safety.rules import (
    abuse,
    bullying,
    eating,
    harassment,
    self_harm,
    self_harm_signs,
    sexual_abuse,
    substance,
    violence,
)
from careerbot.safety.vocabulary import CAREER
from careerbot.safety.vocabulary_es import CARRERA_ES
from careerbot.text import TEXTING

_RULE_SETS = (sexual_abuse.rules, abuse.rules, self_harm.rules, self_harm_signs.rules, violence.rules, substance.rules,
              eating.rules, bullying.rules, harassment.rules)


def _ordered_rules() -> Tuple[Rule, ...]:
    order = {category: i for i, category in enumerate(PRIORITY)}
    rules = [rule for rule_set in _RULE_SETS for rule in rule_set.rules]
    # Stable sort: crisis categories before bullying and harassment ("is it normal to want to kill yourself" is no
    # insult); disclosures before questions (ask) before topic words, as a topic word only counts when the model
    # agrees ("does a rape kit still work if i showered" is a disclosure, not the topic); then priority; then the
    # order the rules are written in.
    return tuple(sorted(rules, key=lambda r: (r.category not in CRISIS_CATEGORIES, 2 if r.topic else 1 if r.ask else 0,
                                              order[r.category])))


RULES = _ordered_rules()
# Every value ScreenResult.rule can take (fixed names, never message text).
RULE_NAMES = frozenset(rule.name for rule in RULES)
_CAREER_RE = re.compile(CAREER + "|" + CARRERA_ES)
# Words that change the subject ("what jobs are there for car people? btw ..."). Sentences alone do not:
# "my cousin died of an overdose. i want to be an addiction counselor" stays one career thought.
_NEW_SUBJECT_RE = re.compile(r"\b(?:btw|by the way|anyway|anyways|on another note|unrelated but|por cierto|"
                             r"cambiando de tema|otra cosa)\b")
# Letters that English almost never doubles; a doubled one is a stretched word ("kiill").
_RARE_DOUBLE_RE = re.compile(r"([aiuyhkwjqvx])\1+")
_STRETCHED_DIE_RE = re.compile(r"\bdi+e+(d|s)?\b")
# Words spelled by ear or texted: Spanish as U.S. heritage speakers write it ("me kiere llevar", "nose ke hacer",
# "xq", "no boi a estar"), and English typos and texting ("i cut agian", "they r right", "ppl", "last nite").
_RESPELLED = {"ke": "que", "q": "que", "k": "que", "xq": "porque", "pq": "porque", "porq": "porque",
              "kiero": "quiero", "kieres": "quieres", "kiere": "quiere", "kieren": "quieren", "kisiera": "quisiera",
              "kien": "quien", "aki": "aqui", "tmb": "tambien", "tb": "tambien", "nose": "no se", "aser": "hacer",
              "ase": "hace", "toy": "estoy", "tamos": "estamos", "nadien": "nadie", "boi": "voy", "c": "se",
              **TEXTING, "agian": "again", "agin": "again", "agen": "again", "nite": "night", "tonite": "tonight",
              "monts": "months", "mnths": "months", "r": "are", "becuz": "because", "becus": "because",
              "sumthing": "something", "smth": "something", "wat": "what", "wen": "when", "thru": "through",
              "ded": "dead"}
_RESPELL_RE = re.compile(r"\b(?:%s)\b" % "|".join(sorted(_RESPELLED, key=len, reverse=True)))


def _variants(prepared: str) -> List[str]:
    """The spellings the rules run on: the prepared text with runs of 3+ letters cut to two (as in
    normalize()), and a second spelling for stretched words with such runs cut to one
    ("kiiiill myselfff" -> "kill myself") and doubled rare letters cut to one ("kiill" -> "kill").
    Letters typed exactly twice stay, so real double letters ("chess", "class") are intact in
    both. Two more spellings: words typed without spaces split again ("imdoingittonight",
    careerbot/safety/segment.py), and words spelled by ear or texted respelled ("me kiere llevar" -> "me
    quiere llevar", "i cut agian" -> "i cut again"). A rule that matches any spelling counts. Figurative
    phrases are blanked out."""
    norm = SPACE_RE.sub(" ", REPEAT_RE.sub(r"\1\1", prepared)).strip()
    squeezed = _RARE_DOUBLE_RE.sub(r"\1", REPEAT_RE.sub(r"\1", prepared))
    squeezed = SPACE_RE.sub(" ", _STRETCHED_DIE_RE.sub(r"die\1", squeezed)).strip()
    out = [norm] if squeezed == norm else [norm, squeezed]
    split = segment.split_runs(norm)
    respelled = _RESPELL_RE.sub(lambda m: _RESPELLED[m.group(0)], norm)
    out += [v for v in (split, respelled) if v != norm]
    return [FIGURATIVE_RE.sub(" ", v) for v in out]


def is_career_framed(prepared: str) -> bool:
    """A question about careers or schoolwork ("what do crisis counselors do", "essay on abuse")."""
    return _CAREER_RE.search(prepared) is not None


# Where one thought ends and another may begin: a stop, or a word that turns ("anyway", "but", "asking bc").
_CLAUSE_RE = re.compile(r"[.!?;]+\s+|\s+(?:btw|by the way|anyway|anyways|also|but|pero|bueno|igual|tho|though|"
                        r"aunque|asking bc|asking because|pregunto porque|pregunto pq)\b\s*")


# School talk that carries a career question on ("which classes should i take", "¿qué materias?").
_SCHOOL_RE = re.compile(r"\b(?:class|classes|courses?|school|schools|grades?|homework|ap|dual enrollment|credits?|"
                        r"electives?|apply|applications?|scholarships?|uni|clases?|materias?|escuela|prepa|universidad|"
                        r"cursos?|becas?|solicitud)\b")
_AFTERTHOUGHT_WORDS = 2   # "lol", "thanks", "idk tho" neither make nor break career talk


def is_career_throughout(prepared: str) -> bool:
    """About careers or schoolwork in every clause that says anything. "my mom says i look like a skeleton but i
    still see fat. anyway what jobs are good for artsy people" is career talk around something else, which the
    learned layer reads with the ordinary bars (a fifth development set: 208 -> 217 of 240 caught, no more false
    alarms)."""
    clauses = [c for c in _CLAUSE_RE.split(prepared) if c and len(re.findall(r"[a-z]+", c)) > _AFTERTHOUGHT_WORDS]
    return (is_career_framed(prepared)
            and all(is_career_framed(c) or _SCHOOL_RE.search(c) for c in clauses))


def screen(text: str) -> ScreenResult:
    """Classify one message. Returns ScreenResult(None, None) when nothing matches."""
    if not text or not isinstance(text, str):
        return SAFE
    prepared = prepare(text)
    if not prepared.strip():
        return SAFE
    variants = _variants(prepared)
    # Career framing neutralises a topic word up to a change of subject: "what does a suicide prevention
    # counselor do" is a career question, "what jobs are there for car people? btw my brother od'd" is not.
    unframed = [" . ".join(part for part in _NEW_SUBJECT_RE.split(variant) if not is_career_framed(part))
                for variant in variants]
    for rule in RULES:
        for variant in (unframed if rule.topic else variants):
            if rule.matches(variant):
                return ScreenResult(rule.category, rule.name)
    return SAFE
