"""Light word handling shared by the term finder and the matcher (no spaCy import here)."""
import gzip
import json
import re
from functools import cache
from pathlib import Path
from typing import Dict, List

import spacy_lookups_data

from careerbot.kb.model import fold, strip_accents

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

# The same for Spanish, without accents (spaCy's Spanish list, folded).
SPANISH_STOP_WORDS = set("""
acuerdo adelante ademas afirmo agrego ahora algo algun alguna algunas alguno algunos alli alrededor ambos
anadio ante anterior antes apenas aproximadamente aquel aquella aquellas aquello aquellos aqui arriba aseguro
atras aunque bajo bastante bien breve buen buena buenas bueno buenos cada casi cierta ciertas cierto ciertos
cinco claro comento como conmigo conocer conseguimos conseguir considera considero consigo consigue consiguen
consigues contigo contra creo cual cuales cualquier cuando cuanta cuantas cuanto cuantos cuatro cuenta dado
debajo debe deben debido decir dejo delante demas demasiado dentro deprisa desde despacio despues detras dias
dice dicen dicho dieron diez diferente diferentes dijeron dijo doce donde durante ella ellas ello ellos
embargo encima encuentra enfrente enseguida entonces entre eramos eran eras eres esas esos esta estaba estaban
estado estados estais estamos estan estar estara estas este esto estos estoy estuvo excepto existe existen
explico expreso final fuera fueron fuimos gran grande grandes haber habia habian habla hablan habra hace
haceis hacemos hacen hacer hacerlo haces hacia haciendo hago hasta haya hecho hemos hicieron hizo hubo igual
incluso indico informo junto lado largo llego lleva llevar luego manera manifesto mayor mediante medio mejor
menciono menos menudo mias mientras mios misma mismas mismo mismos modo mucha muchas mucho muchos nada nadie
ningun ninguna ningunas ninguno ningunos nosotras nosotros nuestra nuestras nuestro nuestros nueva nuevas
nueve nuevo nuevos nunca ocho once otra otras otro otros pais para parece parte partir pasada pasado peor pero
pesar poca pocas poco pocos podeis podemos poder podra podran podria podriais podriamos podrian podrias poner
porque posible primer primera primero primeros pronto propia propias propio propios proximo proximos pudo
pueda puede pueden puedo pues quedo queremos quien quienes quiere quiza quizas realizado realizar realizo
repente respecto sabe sabeis sabemos saben saber sabes salvo sean segun segunda segundo seis senalo sera seran
seria sido siempre siendo siete sigue siguiente sino sobre sois sola solamente solas solo solos somos supuesto
suya suyas suyo suyos tambien tampoco tanto tarde temprano tendra tendran teneis tenemos tener tenga tengo
tenia tenido tercera tercero tiene tienen toda todas todavia todo todos total tras trata traves tres tuvo tuya
tuyas tuyo tuyos ultima ultimas ultimo ultimos unas unos usais usamos usan usar usas usted ustedes vais vamos
varias varios vaya veces verdad verdadera verdadero vosotras vosotros vuestra vuestras vuestro vuestros
""".split())
ALL_STOP_WORDS = STOP_WORDS | SPANISH_STOP_WORDS


# Texting shorthand, read as the words it stands for by the term finder and by the safety screen.
TEXTING = {"w": "with", "u": "you", "bc": "because", "cuz": "because", "ppl": "people"}
# ... and the words the knowledge base uses.
SLANG = {**TEXTING, "n": "and", "ur": "your", "stuff": "things", "tech": "technology", "govt": "government",
         "biz": "business", "comp": "computer", "licence": "license", "licences": "licenses"}

# Words too general to point at any cluster on their own.
GENERIC_WORDS = set("""things thing work working people make making help helping like good new job jobs career
careers learn learning using use other others own lots kind kinds really being doing getting want going stuff
someone something everything everyone person place places time times world life way ways part parts
class classes course courses school schools college colleges degree degrees program programs study studying
certification certifications certificate certificates license licenses credit credits grade grades
pathway pathways cluster clusters
trabajo trabajos trabajar cosa cosas gente persona personas ayudar hacer clase clases curso cursos escuela escuelas
colegio universidad carrera carreras empleo empleos grado grados programa programas certificacion certificado
licencia credito creditos mundo vida tiempo lugar lugares""".split())


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
    return [w for w in words if len(w) >= 4 and w not in ALL_STOP_WORDS and w not in GENERIC_WORDS]


@cache
def _lemma_table(lang: str) -> Dict[str, str]:
    """spaCy's lookup lemmas from the spacy-lookups-data package, read without importing spaCy."""
    path = Path(str(spacy_lookups_data.get_file("%s_lemma_lookup.json" % lang)) + ".gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


# -ing words that are nouns of their own, not the verb ("training" is not "train").
OWN_NOUNS = {"training", "meeting", "setting", "clothing", "housing", "evening", "morning", "wedding", "news",
             "hearing", "savings", "earnings", "marketing", "engineering", "accounting", "banking"}


COMMON_WORD_LOGPROB = -14.5   # about the 40,000 most frequent English words


@cache
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


@cache
def _folded_lemma_table(lang: str) -> Dict[str, str]:
    """The lemma table keyed and valued without accents, as fold() writes words ("animales" -> "animal",
    "disenando" -> "disenar"); only entries that change the word (~1.5 s and ~40 MB for Spanish, once)."""
    table: Dict[str, str] = {}
    for word, base in _lemma_table(lang).items():
        word, base = strip_accents(word.lower()), strip_accents(base.lower())
        if word != base and word.isalpha() and not (lang == "es" and word.endswith(PARTICIPLE_ENDINGS)):
            table.setdefault(word, base)
    return table


# Spanish participles are often nouns of their own ("ganado" is cattle, not "ganar"; "mercado").
PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")


@cache
def frequent_words() -> Dict[str, float]:
    """Frequent English and Spanish words (accents folded away) with their log probabilities."""
    found = dict(common_words("en"))
    for word, probability in common_words("es").items():
        word = strip_accents(word)
        if probability > found.get(word, -100.0):
            found[word] = probability
    return found


def lemma(word: str) -> str:
    """Dictionary form of a folded English or Spanish word: "owning" -> "own", "ads" -> "ad",
    "nurses" -> "nurse", "enfermeras" -> "enfermero". English wins where a word is in both tables;
    the same function shapes patterns and messages, so a shared spelling can never miss a match."""
    if word in OWN_NOUNS:
        return word
    english = _lemma_table("en").get(word)
    if english and not (len(word) <= 2 and english == word[:-1]):   # "cs" is not the plural of "c"
        return english
    if word.isascii() and len(word) > 3:
        spanish = _folded_lemma_table("es").get(word)
        if spanish:
            return spanish
    return light_lemma(word)


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


# The same for Spanish titles, where the job noun comes first ("Técnicos de farmacia").
SPANISH_GENERIC_JOB_WORDS = set("""trabajadores trabajadoras especialistas tecnicos tecnicas tecnologos operadores
operadoras asistentes auxiliares ayudantes empleados empleadas agentes representantes asociados profesionales
gerentes supervisores supervisoras directores directoras coordinadores coordinadoras oficiales analistas
personal""".split())


def spanish_job_title_heads(title: str) -> List[str]:
    """The job nouns of a Spanish title: "Enfermeros registrados" -> ["enfermeros"],
    "Soldadores, cortadores y soldadores de latón" -> ["soldadores", "cortadores"]."""
    heads = []
    for segment in re.split(r",|\by\b|\be\b|\bo\b", title.lower()):
        words = fold(segment).split()
        head = words[0] if words else ""
        if len(head) >= 5 and head.endswith("s") and head not in SPANISH_GENERIC_JOB_WORDS and head not in heads:
            heads.append(head)
    return heads


TECH_HEADS = ("technicians", "technologists", "technician", "technologist")


def tech_short_forms(title: str) -> List[str]:
    """What students call technicians: "Wind Turbine Service Technicians" -> ["wind turbine service tech",
    "wind turbine tech"], "Surgical Technologists" -> ["surgical tech"]."""
    forms: List[str] = []
    for segment in re.split(r",|\band\b", title.lower()):
        words = fold(segment).split()
        if len(words) < 2 or words[-1] not in TECH_HEADS:
            continue
        for modifiers in (words[:-1], [w for w in words[:-1] if w != "service"]):
            form = " ".join(modifiers + ["tech"])
            if modifiers and form not in forms:
                forms.append(form)
    return forms


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
