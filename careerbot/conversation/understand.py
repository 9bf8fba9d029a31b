"""What a message is about, resolved once per turn for every handler.

- Subjects: the knowledge-base things the student named, in the order said, plus what a
  reference points back to ("the other one", "the second", "both", "that one").
- Concepts: kinds the student named by a word ("sub-clusters", "jobs", "the old clusters").
- The question asked: the classifier's intent, corrected by structure where it is unsure. A
  named thing beats a concept word: "what sub-clusters does agriculture have" asks for the
  members of Agriculture, not what a sub-cluster is; "what cluster is an electrician in" asks
  for an electrician's cluster.
"""
import re
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from careerbot import lexicon
from careerbot.conversation.picks import choice_from_turn
from careerbot.conversation.turns import Turn
from careerbot.kb import kinds
from careerbot.kb.model import KnowledgeBase, fold
from careerbot.matching import rank_clusters, top_matches
from careerbot.state import ExplorationState

Subject = Tuple[str, str]   # (kind, id)
ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}
# Questions whose intent the classifier often mixes up with one another; structure decides.
STRUCTURE_QUESTIONS = {"ask_framework", "ask_about", "ask_members", "ask_parent", "ask_list", "ask_careers"}
# Kinds asked for "inside" something, and the question that lists them.
MEMBER_QUESTIONS = {"sub_cluster": "ask_members", "cluster": "ask_members", "occupation": "ask_members",
                    "pathway": "ask_courses", "credential": "ask_credentials"}
ONE_WORD = re.compile(r"\bones?\b", re.IGNORECASE)
POSSESSIVE = re.compile(r"\b(?:my|our|his|her)\s+(?:\w+\s+){0,2}$")
# "and an architect?", "now plant systems", "what about nursing": the same question, about something new.
FOLLOW_UP = re.compile(r"^\s*(?:(?:wait|hold on|hold up|hmm+|oh|ok(?:ay)?|so|y|e)[\s,.!]+)?"
                       r"(?:and|what about|how about|now|ok(?:ay)?|also|then|same for|same with|"
                       r"y|y el|y la|y los|y las|que tal|qué tal|y que tal|y qué tal)\b", re.IGNORECASE)
FOLLOWED_QUESTIONS = {"ask_pay", "ask_education", "ask_members", "ask_parent", "ask_credentials", "ask_courses",
                      "ask_work_based_learning", "ask_get_ready"}
LISTABLE = {"cluster", "grouping", "sub_cluster", "old_cluster"}
# What each topic question can be about; about anything else it is a question about that thing.
AREAS = {"pathway", "occupation", "sub_cluster", "cluster"}
ACCEPTED_KINDS = {"ask_credentials": AREAS | {"credential"}, "ask_courses": AREAS | {"credential"},
                  "ask_pay": {"occupation", "sub_cluster", "cluster"},
                  "ask_education": {"occupation", "sub_cluster", "cluster"},
                  "ask_work_based_learning": AREAS | {"work_based_learning"}, "ask_dual_enrollment": AREAS}
SHORT_PICK_WORDS = 6
SHORT_ANSWER_WORDS = 3   # "ag", "the art side": a few words right after options may pick one
# A message asking what things are ("what's a cna and what's a medical assistant"), not listing likes.
ASKS_WHAT = re.compile(r"(?i)\b(?:what|whats|what's|which|who|how|tell me|describe|explain|que|qué|cual|cuál|como|cómo|"
                       r"dime|explica)\b")
# References that only make sense when nothing is named in the same message ("them", "that one").
PRONOUN_REFERENCES = {"both", "that"}
# Intents under which two or more named things are answered side by side.
SIDE_BY_SIDE = {"ask_about", "choose_option", "ask_parent", "ask_members"}
# Questions about one topic that a list of likes gets mistaken for when the intent model is unsure.
TOPIC_QUESTIONS = {"ask_pay", "ask_courses", "ask_education", "ask_credentials", "ask_work_based_learning",
                   "ask_parent", "ask_compare"}
UNSURE_INTENT = 0.7
# Intents that are really "which clusters fit these interests?" when they span several clusters.
SUGGESTION_QUESTIONS = {"share_interest", "ask_about", "ask_members", "ask_careers", "choose_option"}


@dataclass
class Understanding:
    subjects: List[Subject] = field(default_factory=list)   # named, then referred to
    named: List[Subject] = field(default_factory=list)      # only those named in this message
    concepts: List[str] = field(default_factory=list)       # kinds (and cross_cutting, dual_enrollment...)
    references: List[str] = field(default_factory=list)
    question: str = ""

    def first(self, *wanted: str) -> Optional[Subject]:
        for kind in wanted:
            for subject in self.subjects:
                if subject[0] == kind:
                    return subject
        return None

    def concept_kind(self) -> Optional[str]:
        return next((c for c in self.concepts if c in kinds.BY_NAME), None)


def understand(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> Understanding:
    """Resolves the turn (once; the result is kept on the turn) and remembers what it needs to."""
    if turn.understood is not None:
        return turn.understood
    found = Understanding(concepts=_unique(m.value for m in turn.mentions if m.label == "concept"),
                          references=_unique(m.value for m in turn.mentions if m.label == "reference"))
    found.named = _named_subjects(kb, turn, found.concepts)
    found.subjects = list(found.named)
    references = [] if found.named else found.references   # "software first": an order, not a pick
    for subject in _referred(kb, state, references, found.concept_kind()):
        if subject not in found.subjects:
            found.subjects.append(subject)
    if not found.subjects and (ONE_WORD.search(turn.text) or len(turn.text.split()) <= SHORT_ANSWER_WORDS):
        option = option_by_words(kb, state, turn)   # "the hotel one", "the animal one"
        if option:
            found.subjects.append(option)
    found.subjects = [_option_inside(kb, state, s) for s in found.subjects]
    audience = turn.first("audience")
    if audience:
        state.audience = audience.value
    if len(found.named) >= 2:
        state.alternatives = [list(s) for s in found.named[:4]]
        for subject in found.named[:4]:   # named side by side: asked about, whatever the reply shows
            state.choose(*subject)
    found.question = _question(kb, state, turn, found)
    turn.understood = found
    return found


def _answers_the_quiz(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> bool:
    """A short message during the quiz that picks one of the question's options ("arte o musica")."""
    questions = kb.framework.quiz if kb.framework else ()
    step = (state.quiz or {}).get("step", 0)
    if not isinstance(step, int) or not 0 <= step < len(questions):
        return False
    labels = [option.label for option in questions[step].options]
    longest = max((len(label.split()) for label in labels), default=0)   # an answer may copy a long option
    if len(turn.text.split()) > max(SHORT_PICK_WORDS, longest + 2):
        return False
    return choice_from_turn(turn, labels) is not None


def _unique(values) -> List[str]:
    seen: List[str] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen


def _named_subjects(kb: KnowledgeBase, turn: Turn, concepts: List[str]) -> List[Subject]:
    """Knowledge-base things named, in order. Where one phrase names an original (2002) cluster and
    a current one ("Human Services"), the current one counts unless the talk is about the old ones."""
    by_span: dict = {}
    for mention in turn.mentions:
        if mention.label in kinds.NAMED and kb.get(mention.label, mention.value) is not None:
            by_span.setdefault((mention.start, mention.end, mention.text), []).append((mention.label, mention.value))
    old_spans = len({c for candidates in by_span.values() for c in candidates if c[0] == "old_cluster"})
    cues = turn.values("cue")
    changes = "change" in cues
    casual = bool(cues & {"likes", "ready"}) or len(by_span) >= 2   # "law and cybersecurity both sound cool"
    about_old = (turn.intent == "ask_crosswalk" and not casual) or "old_cluster" in concepts or (
        old_spans >= 2 and not casual) or (changes and old_spans >= 1)
    subjects: List[Subject] = []
    for (_, _, text), candidates in sorted(by_span.items(), key=lambda item: item[0][:2]):
        if _someones(turn.text, text) and all(c[0] in ("occupation", "cluster", "sub_cluster") for c in candidates):
            continue   # "my cte teacher said...": a person, not a career asked about
        old = [c for c in candidates if c[0] == "old_cluster"]
        current = [c for c in candidates if c[0] != "old_cluster"]
        if not about_old and not current:   # an old name used for today's cluster ("law")
            current = [c for _, o in old for c in kb.children_of("old_cluster", o)[:1]]
        chosen = (old or current) if about_old else (current or old)
        for subject in chosen[:1]:
            if subject not in subjects:
                subjects.append(subject)
    return subjects


def _someones(message: str, words: str) -> bool:
    """The words follow "my", "our", "his" or "her" (within two words): "my cte teacher"."""
    at = message.lower().find(words.lower())
    return at > 0 and bool(POSSESSIVE.search(message[:at].lower()))


def _referred(kb: KnowledgeBase, state: ExplorationState, references: List[str],
              concept: Optional[str] = None) -> List[Subject]:
    """What "the second", "the other one", "both" or "that one" points back to. With a kind asked for
    ("what clusters does the second have"), the list whose items hold that kind is the one meant."""
    offered: List[Subject] = [(o[0], o[1]) for o in state.offered if kb.get(*o) is not None]
    weighed: List[Subject] = [(a[0], a[1]) for a in state.alternatives if kb.get(*a) is not None]
    recent: List[Subject] = [(c[0], c[1]) for c in state.chosen[-3:] if kb.get(*c) is not None]
    if recent and recent[-1] not in weighed and not any(kb.related(recent[-1], w) for w in weighed):
        weighed = recent[-2:]   # talked about one thing, then another: "both", "the other one" are those
    focus: Optional[Subject] = (state.focus[0], state.focus[1]) \
        if state.focus and kb.get(*state.focus) is not None else None
    found: List[Subject] = []

    def holds(item: Subject) -> bool:
        return concept is not None and item[0] in kinds.ancestors(concept)

    lists = [items for items in (offered, weighed, recent) if items]
    for reference in references:
        options = lists[0] if lists else []
        fitting = next((items for items in lists if all(map(holds, items))), None) if concept else None
        if fitting and not all(map(holds, options)):
            options = fitting
        picked = None
        if reference in ORDINALS and ORDINALS[reference] < len(options):
            picked = options[ORDINALS[reference]]
        elif reference == "last" and options:
            picked = options[-1]
        if picked:
            # the student named "electrician or vet" and we listed their clusters: the job is meant
            if options is offered:
                picked = next((w for w in weighed if w != picked and kb.related(w, picked)), picked)
            found.append(picked)
        elif reference == "both":
            found.extend((weighed or offered)[:4])
        elif reference == "other":
            pool = weighed or offered
            latest: List[Subject] = [(c[0], c[1]) for c in state.chosen[-1:]]
            others = [o for o in pool if not any(kb.related(o, x) for x in [focus, *latest] if x)]
            found.extend(others[:1])
        elif reference == "that" and focus:
            found.append(focus)
    return found


def option_by_words(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> Optional[Subject]:
    """The offered option the student's words point to: "the tech one", "ag", "hmm the animal one"."""
    offered = [(o[0], o[1]) for o in state.offered if kb.get(*o) is not None] or \
        [(a[0], a[1]) for a in state.alternatives if kb.get(*a) is not None] or \
        [(c[0], c[1]) for c in state.chosen[-3:] if kb.get(*c) is not None]
    if not offered:
        return None
    words = set(fold(turn.text).split())
    for option in offered:   # a name or alias typed on its own ("ag", "culinary")
        if any(fold(n) in words or fold(n) == fold(turn.text) for n in kb.names_of(kb.get(*option))):
            return option
    signals = [[m.label, m.value, m.text] for m in turn.mentions
               if m.label in ("interest", "occupation", "sub_cluster", "cluster", "pathway")]
    for match in top_matches(rank_clusters(kb, signals), 3):
        for area in [("sub_cluster", s) for s in match.sub_clusters] + [("cluster", match.cluster_id)]:
            inside = [o for o in offered if kb.related(o, area)]
            if len(inside) == 1:
                return inside[0]
            if len(inside) > 1 and area[0] == "cluster":
                return area   # "the art side" of a list with several arts options: that cluster
    return None


def _option_inside(kb: KnowledgeBase, state: ExplorationState, subject: Subject) -> Subject:
    """"the nursing one" when the options were jobs: the one offered option inside what was named."""
    offered = [(o[0], o[1]) for o in state.offered if kb.get(*o) is not None]
    if subject in offered or not offered:
        return subject
    inside = [o for o in offered if subject in kb.lineage(*o)[1:]]
    return inside[0] if len(inside) == 1 else subject


def _question(kb: KnowledgeBase, state: ExplorationState, turn: Turn, found: Understanding) -> str:
    """The question the student asked: the intent, unless the structure of the message says otherwise."""
    intent = turn.intent
    concept = found.concept_kind()
    cues = turn.values("cue")
    unclear = intent in ("out_of_scope", "nlu_fallback")
    if state.quiz and (intent in ("choose_option", "quiz_answer", "affirm") or _answers_the_quiz(kb, state, turn)):
        return "quiz_answer"
    if intent == "quiz_answer":
        intent = "choose_option"                      # "2nd" with no quiz running picks an option
    if intent == "greet" and len(turn.text.split()) > 2 and (found.named or any(
            m.label == "interest" and not m.value.startswith("~") for m in turn.mentions)):
        intent = "share_interest"                     # "hola, me gusta la musica": the greeting is a preface
    if intent == "ask_parent" and not found.concepts and "parent" not in cues and not found.references:
        intent = "ask_about"                          # "cooking traveling and posting on tiktok": nothing asks where
    if found.named and state.topic in FOLLOWED_QUESTIONS and FOLLOW_UP.search(turn.text) \
            and len(turn.text.split()) <= SHORT_PICK_WORDS and not found.concepts:
        return state.topic                            # "and an architect?" after a pay question
    if intent in ("share_interest", "ask_about", "affirm", "choose_option", "ask_compare") and \
            _picks_an_option(state, turn, found):
        return "choose_option"
    if (unclear or intent == "choose_option") and found.subjects and not found.named:
        return "ask_about"                            # "how old for that one?", "the other one?"
    old = "old_cluster" in found.concepts or ("change" in cues and concept == "cluster" and not found.named) or \
        any(s[0] == "old_cluster" for s in found.named)
    if old:
        listing = (intent == "ask_list" or "list" in cues) and "change" not in cues
        return "ask_list" if listing else "ask_crosswalk"   # "list the old 16" / "what changed from 16"
    if intent == "ask_crosswalk" and found.named and not any(s[0] == "old_cluster" for s in found.named):
        if "ready" in cues:
            return "ask_get_ready"                    # "grade 10, i like finance stuff, what to do now"
        if "likes" in cues or len(found.named) >= 2:
            return "share_interest"                   # "law and cybersecurity both sound cool"
        return "ask_about"                            # today's cluster or job named, nothing about the old ones
    if "dual_enrollment" in found.concepts and not found.named and (
            intent.startswith("ask_") or intent in ("choose_option", "out_of_scope", "nlu_fallback")):
        return "ask_dual_enrollment"                  # "PSEO?? whats that", "AP or dual enrollment"
    # "which ones are the cross cutting clusters" read as a comparison with nothing to compare
    structure = intent in STRUCTURE_QUESTIONS or (intent == "ask_compare" and len(found.subjects) < 2
                                                  and "compare" not in cues and not state.focus)
    if "cross_cutting" in found.concepts and (structure or intent in ("out_of_scope", "nlu_fallback")) \
            and all(kb.get(*s) is not None and getattr(kb.get(*s), "cross_cutting", False) for s in found.named):
        return "ask_list"                             # "which clusters are cross-cutting"
    if "ready" in cues and intent in ("share_interest", "ask_courses", "ask_careers", "ask_about", "inform_grade"):
        return "ask_get_ready"                        # "10th grade, like finance, what to do now"
    if intent in STRUCTURE_QUESTIONS | {"share_interest"} and concept in ("credential", "pathway") and not found.named:
        return MEMBER_QUESTIONS[concept]              # "which pathway and credentials for fixing cars"
    if (intent in STRUCTURE_QUESTIONS | {"ask_work_based_learning"} or unclear) and concept:
        for subject in found.subjects:
            if concept in kinds.ancestors(subject[0]):
                return "ask_parent"                   # "what cluster is a welder in"
            if subject[0] in kinds.ancestors(concept):
                return MEMBER_QUESTIONS.get(concept, "ask_members")   # "what jobs are in agriculture"
        weighed = [a for a in state.alternatives if kb.get(*a) is not None]
        if not found.subjects and len(weighed) >= 2 and concept in kinds.ancestors(weighed[0][0]):
            return "ask_parent"                       # "same sub-cluster too?" about the two just compared
    if unclear:
        return _rescued(kb, turn, found, intent)
    named_spans = [(m.start, m.end) for m in turn.mentions if m.label in kinds.NAMED]
    shares_interests = any(m.label == "interest" and not m.value.startswith("~") and
                           not any(a < m.end and m.start < b for a, b in named_spans) for m in turn.mentions)
    if intent in SUGGESTION_QUESTIONS and len(_clusters_signalled(kb, turn)) >= 2 and concept in (None, "cluster") \
            and (len(found.named) < 2 or (shares_interests and "compare" not in cues
                                          and (intent == "share_interest" or not ASKS_WHAT.search(turn.text)))):
        return "share_interest"                       # "agriculture and business": each side's cluster
    if intent in TOPIC_QUESTIONS and concept is None and shares_interests and not ASKS_WHAT.search(turn.text) \
            and "?" not in turn.text and (("likes" in cues and not found.named) or (
                turn.intent_confidence < UNSURE_INTENT and len(_clusters_signalled(kb, turn)) >= 2)):
        return "share_interest"                       # "money stuff interests me"; "welding plus instagram", unsure
    if intent == "ask_compare" and len(found.subjects) < 2 and not state.focus and _clusters_signalled(kb, turn):
        return "share_interest"                       # "which clusters fit a kid who loves small engines"
    if len(found.named) >= 2 and "compare" in cues and intent not in ("ask_pay", "ask_education"):
        return "ask_compare"                          # "digital technology or arts?"
    if found.named and "inside" in cues and intent in ("ask_about", "ask_education", "ask_pay", "ask_careers"):
        return "ask_members"                          # "marketing & sales splits into what"
    if intent == "ask_parent" and len(found.named) == 2 and found.named[1][0] in kinds.ancestors(found.named[0][0]):
        return "ask_parent"                           # "is nursing part of caring for communities?"
    if len(found.named) >= 2 and (intent in SIDE_BY_SIDE or (
            intent == "share_interest" and all(s[0] == "occupation" for s in found.named))):
        return "ask_compare"                          # "nurse or dental hygienist?"
    if structure and concept in LISTABLE and not found.subjects and (
            _plural_concept(turn) or "list" in cues):
        focus = (state.focus[0], state.focus[1]) if state.focus else None
        in_context = focus is not None and kb.get(*focus) is not None and any(
            kind in kinds.ancestors(concept) for kind, _ in kb.lineage(*focus))
        if "list" in cues or not in_context:
            return "ask_list"                         # "give me the cluster groupings"
        return "ask_members"                          # "what sub-clusters does it have?" of the one discussed
    if intent == "ask_framework" and found.subjects:
        return "ask_about"                            # a named thing beats a definition
    accepted = ACCEPTED_KINDS.get(intent)
    if accepted and found.subjects and not any(s[0] in accepted for s in found.subjects):
        return "ask_about"                            # "how old for that one?" about an apprenticeship
    if intent == "ask_list" and found.subjects and kb.children_of(*found.subjects[0]):
        return "ask_members"                          # "list the clusters in Building & Moving"
    if intent == "ask_careers" and not found.subjects and _clusters_signalled(kb, turn):
        return "share_interest"                       # "jobs for someone good with little kids"
    return intent


def _clusters_signalled(kb: KnowledgeBase, turn: Turn) -> List[str]:
    """Clusters this message points to by whole terms (names and full interest keywords), each
    term counted on its own so a second interest isn't drowned out by a stronger first one."""
    clusters: List[str] = []
    signals = [[m.label, m.value, m.text] for m in turn.mentions
               if (m.label in kinds.NAMED or m.label == "interest") and m.label != "grouping"
               and not m.value.startswith("~")]
    for signal in signals + cue_signals(turn):
        for match in top_matches(rank_clusters(kb, [signal]), 1):
            if match.strong and match.cluster_id not in clusters:
                clusters.append(match.cluster_id)
    return clusters


def cue_signals(turn: Turn) -> List[List[str]]:
    """Interests that cue words stand for: "start my own gym" says "own business" (see the lexicon)."""
    meant = lexicon.all_cue_interests()
    return [["interest", fold(meant[m.value]), m.text] for m in turn.mentions if m.label == "cue" and m.value in meant]


def _rescued(kb: KnowledgeBase, turn: Turn, found: Understanding, intent: str) -> str:
    """An unclear or off-topic-looking message that clearly names careers is answered as such; only
    whole terms count, not single words out of longer phrases, so "who won the game" stays out."""
    if len(_clusters_signalled(kb, turn)) >= 2:
        return "share_interest"
    if found.named:
        return "ask_about"
    if any(m.label == "interest" and not m.value.startswith("~") for m in turn.mentions):
        return "share_interest"
    return intent


def _plural_concept(turn: Turn) -> bool:
    mention = turn.first("concept")
    return bool(mention and mention.text.lower().rstrip().endswith("s"))


def _picks_an_option(state: ExplorationState, turn: Turn, found: Understanding) -> bool:
    offered = [tuple(o) for o in state.offered]
    named_option = any(s in offered for s in found.named)
    return named_option and len(turn.text.split()) <= SHORT_PICK_WORDS and len(found.named) == 1
