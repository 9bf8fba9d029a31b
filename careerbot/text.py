"""Light word handling shared by the term finder and the matcher (no spaCy import here)."""
import gzip
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, List

import spacy_lookups_data

from careerbot.kb.model import fold

# spaCy's English stop words of 4+ letters (shorter words never count as keyword words). Kept
# here so the action server needn't import spaCy, which loads TensorFlow (~450 MB).
STOP_WORDS = set("""
about above across after afterwards again against almost alone along already also although always among
amongst amount another anyhow anyone anything anyway anywhere around back became because become becomes
becoming been before beforehand behind being below beside besides between beyond both bottom call cannot could
does doing done down during each eight either eleven else elsewhere empty enough even ever every everyone
everything everywhere except fifteen fifty first five former formerly forty four from front full further give
have hence here hereafter hereby herein hereupon hers herself himself however hundred indeed into itself just
keep last latter latterly least less made make many meanwhile might mine more moreover most mostly move much
must myself name namely neither never nevertheless next nine nobody none noone nothing nowhere often once only
onto other others otherwise ours ourselves over part perhaps please quite rather really regarding same seem
seemed seeming seems serious several should show side since sixty some somehow someone something sometime
sometimes somewhere still such take than that their them themselves then thence there thereafter thereby
therefore therein thereupon these they third this those though three through throughout thru thus together
toward towards twelve twenty under unless until upon used using various very well were what whatever when
whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither
whoever whole whom whose will with within without would your yours yourself yourselves
""".split())


# Texting shorthand read as the words the knowledge base uses.
SLANG = {"w": "with", "n": "and", "u": "you", "ur": "your", "bc": "because", "cuz": "because", "stuff": "things",
         "ppl": "people", "tech": "technology", "govt": "government", "biz": "business", "comp": "computer",
         "licence": "license", "licences": "licenses"}

# Words too general to point at any cluster on their own.
GENERIC_WORDS = set("""things thing work working people make making help helping like good new job jobs career
careers learn learning using use other others own lots kind kinds really being doing getting want going stuff
someone something everything everyone person place places time times world life way ways part parts
class classes course courses school schools college colleges degree degrees program programs study studying
certification certifications certificate certificates license licenses credit credits grade grades
pathway pathways cluster clusters""".split())


# Single words of compound names that students use in everyday questions ("in my state",
# "college credit", "training"); as lone words they must not point at one sub-cluster.
EVERYDAY_NAME_WORDS = set("""local state federal clean ground credit services community planning processing
production operations training administration repair behavioral ethics support systems design research
leadership development engagement experience""".split())


def keyword_words(keyword: str) -> List[str]:
    """The distinctive words of a multi-word interest keyword ("fixing cars" -> ["fixing", "cars"])."""
    words = fold(keyword).split()
    if len(words) < 2:
        return []
    return [w for w in words if len(w) >= 4 and w not in STOP_WORDS and w not in GENERIC_WORDS]


@lru_cache(maxsize=None)
def _lemma_table(lang: str) -> Dict[str, str]:
    """spaCy's lookup lemmas from the spacy-lookups-data package, read without importing spaCy."""
    path = Path(str(spacy_lookups_data.get_file("%s_lemma_lookup.json" % lang)) + ".gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


# -ing words that are nouns of their own, not the verb ("training" is not "train").
OWN_NOUNS = {"training", "meeting", "setting", "clothing", "housing", "evening", "morning", "wedding", "news",
             "hearing", "savings", "earnings", "marketing", "engineering", "accounting", "banking"}


COMMON_WORD_LOGPROB = -14.5   # about the 40,000 most frequent English words


@lru_cache(maxsize=None)
def common_words(lang: str = "en") -> Dict[str, float]:
    """Frequent words of the language and their log probabilities (spaCy's lexeme probabilities).
    A frequent word is not "corrected" into a knowledge-base word ("hearing" is not a typo of
    "healing") unless that word is far more frequent ("enviroment" is a common typo)."""
    path = Path(str(spacy_lookups_data.get_file("%s_lexeme_prob.json" % lang)) + ".gz")
    if not path.exists():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        probabilities = json.load(handle)
    return {w: p for w, p in probabilities.items() if p > COMMON_WORD_LOGPROB and w.isalpha()}


def lemma(word: str, lang: str = "en") -> str:
    """Dictionary form: "owning" -> "own", "ads" -> "ad", "nurses" -> "nurse"."""
    if word in OWN_NOUNS:
        return word
    return _lemma_table(lang).get(word) or light_lemma(word)


def light_lemma(word: str) -> str:
    """Plural-insensitive form: 'nurses' -> 'nurse', 'technologies' -> 'technology'."""
    if word == "&":
        return "and"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")):
        return word[:-1]
    return word


# Job-title endings too general to point at a career on their own ("Pharmacy Technicians").
GENERIC_JOB_WORDS = set("""workers worker specialists specialist technicians technician technologists
technologist operators operator assistants assistant clerks clerk agents agent representatives
representative associates associate aides aide helpers helper occupations professionals staff managers
manager supervisors supervisor directors director coordinators coordinator officers analysts""".split())


def job_title_heads(title: str) -> List[str]:
    """The job nouns of a title: "Kindergarten and Elementary School Teachers" -> ["teachers"],
    "Welders, Cutters, Solderers, and Brazers" -> ["welders", "cutters", "solderers", "brazers"].
    Only plural nouns count, so "Elementary, Middle, and High School Principals" gives ["principals"]."""
    heads = []
    for segment in title.lower().split(","):
        words = fold(re.sub(r"^\s*(?:and|or)\s+", "", segment)).split()
        head = words[-1] if words else ""
        if len(head) >= 4 and head.endswith("s") and head not in GENERIC_JOB_WORDS and head not in heads:
            heads.append(head)
    return heads
