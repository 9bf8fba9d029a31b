"""Spanish replies for careers, classes, certifications, work-based learning, dual enrollment, pay and
education, getting ready, the framework, the quiz and housekeeping; grades read in Spanish; long
lists read first in short and complete behind "Tell me more"."""
import re

import pytest

from careerbot.conversation import Mention, Turn
from careerbot.conversation.dual_enrollment import pathway_dual_enrollment
from careerbot.grades import mentions_high_school, mentions_middle_school, parse_grade
from careerbot.i18n import speaking
from careerbot.state import ExplorationState
from tests.fakes.chat import ChatBase, national_kb, national_kb_in_spanish  # noqa: F401 (fixtures)

# English template wording that must not show up in a Spanish reply.
ENGLISH = ("Some careers", "Pick one", "Certifications students", "Ways to learn", "Yes! Students", "Half of workers",
           "median pay", "In middle school", "In high school", "Question ", "No problem", "Got it", "Tell me more",
           "Other names", "Your school counselor", "Take a quick quiz", "What classes?", "Partner college",
           "Local employers", "Which job", "I don't have", "released it", "became", "were renamed", "They are")


class Chat(ChatBase):
    def __init__(self, kb, lang="es", grade=None):
        super().__init__(kb, lang, grade)

    def say(self, intent, text="", *mentions, **extra):
        return self.play(Turn(intent, text, list(mentions), language_choice=self.lang, **extra), round_trip=False)

    def more(self):
        return self.say("ask_about")   # the "Tell me more" button


def spanish(chat):
    """The reply reads as Spanish: no English template words, in the text or on the buttons."""
    shown = chat.text + "\n" + "\n".join(chat.titles)
    left = [w for w in ENGLISH if w in shown]
    assert not left, (left, shown)
    return True


HEALTH = Mention("cluster", "healthcare-human-services", "salud")
NURSING = Mention("pathway", "nursing-patient-care", "enfermería")


# ------------------------------------------------------------------ grades in Spanish

@pytest.mark.parametrize("text, grade", [
    ("estoy en noveno", 9), ("noveno grado", 9), ("grado 10", 10), ("10mo grado", 10), ("9no", 9), ("décimo", 10),
    ("decimo", 10), ("onceavo", 11), ("undécimo", 11), ("doceavo", 12), ("duodécimo", 12), ("sexto", 6),
    ("séptimo", 7), ("septimo", 7), ("octavo", 8), ("estoy en 7mo, que puedo hacer ahorita", 7),
    ("mi hijo de 6to grado", 6), ("estoy en 11vo grado", 11), ("8vo.", 8), ("grado 9 jaja", 9),
    ("curso el decimo grado", 10), ("soy estudiante de onceavo grado", 11), ("12vo grado", 12),
    ("estoy en 10º", 10), ("10.º grado", 10), ("9° grado", 9), ("décimo primer grado", 11), ("grado once", 11),
])
def test_spanish_grades(text, grade):
    assert parse_grade(text) == grade


@pytest.mark.parametrize("text", [
    "segundo", "el segundo", "primero", "primero quiero saber de carreras", "tengo 12 años",
    "que grado universitario pide un data scientist", "desde que grado se puede", "hace 12 grados",
    "estoy en la prepa, en 11", "tomé 10 clases", "estoy en 5to", "once upon a time",
])
def test_no_grade_in_these(text):
    assert parse_grade(text) is None


@pytest.mark.parametrize("text, grade", [("im in 8th grade", 8), ("freshman", 9), ("grade 11", 11),
                                         ("sixth grade", 6), ("5th grade", None), ("a senior citizen", None),
                                         ("junior year", 11), ("10 grade", 10)])
def test_english_grades_unchanged(text, grade):
    assert parse_grade(text) == grade


@pytest.mark.parametrize("text, middle, high", [
    ("estoy en la secundaria", True, False), ("que puedo hacer en la secundaria", True, False),
    ("primero de secundaria", True, False), ("en la escuela intermedia", True, False),
    ("séptimo", True, False), ("8vo grado", True, False), ("noveno", False, False),
    ("estoy en la prepa", False, True), ("en la preparatoria", False, True),
    ("creditos universitarios en la prepa", False, True), ("como me preparo", False, False),
    ("educación media superior", False, False), ("middle school", True, False), ("high school", False, True),
    ("7th grade", True, False),
])
def test_school_levels_in_spanish_and_english(text, middle, high):
    assert mentions_middle_school(text) is middle
    assert mentions_high_school(text) is high


# ------------------------------------------------------------------ careers, classes, certifications

def test_careers_of_a_cluster_in_spanish_with_the_rest_behind_tell_me_more(kb, es):
    chat = Chat(kb).say("ask_careers", "carreras de salud", HEALTH)
    assert "Algunas carreras de Healthcare & Human Services" in chat.text and spanish(chat)
    assert chat.titles[0] == "Cuéntame más" and chat.words <= 60
    subs = es.sub_clusters_of("healthcare-human-services")
    assert [s.name for s in subs] == chat.titles[1:]
    shown = chat.text
    chat.more()
    every = shown + chat.text
    for sub in subs:   # nothing dropped: each sub-cluster's examples are in the reply or behind the button
        for job in es.occupations_of(sub.id)[:2]:
            assert job.title in every
    assert "Más carreras de" in chat.text


def test_classes_and_certifications_ask_which_area_in_spanish(kb):
    assert spanish(Chat(kb).say("ask_courses", "que clases")) and "¿Clases para qué área" in Chat(kb).say(
        "ask_courses", "que clases").text
    chat = Chat(kb).say("ask_credentials", "certificaciones")
    assert "¿Certificaciones de qué área?" in chat.text and spanish(chat)


def test_certifications_in_spanish_and_complete(kb, es):
    chat = Chat(kb).say("ask_credentials", "certificaciones de salud", HEALTH)
    assert "Certificaciones que puedes obtener para Healthcare & Human Services" in chat.text and spanish(chat)
    assert "¿Qué clases?" in chat.titles and chat.words <= 60
    shown = chat.text
    found = [es.credentials[c] for c in chat.state.discussed["credential"]]
    chat.more()
    assert all(c.name in shown + chat.text for c in found)


def test_certifications_for_a_middle_schooler_say_they_come_later(kb):
    chat = Chat(kb, grade=7).say("ask_credentials", "certificaciones de salud", HEALTH)
    assert "preparatoria (high school)" in chat.text and spanish(chat)


# ------------------------------------------------------------------ work-based learning

def test_ways_to_learn_on_the_job_names_first_then_descriptions(kb, es):
    chat = Chat(kb).say("ask_work_based_learning", "pasantias")
    items = es.sorted_items("work_based_learning")
    assert "Formas de aprender en un trabajo" in chat.text and all(i.name in chat.text for i in items)
    assert chat.titles[0] == "Cuéntame más" and spanish(chat) and chat.words <= 40
    chat.more()
    assert all(i.description in chat.text for i in items)


def test_work_based_learning_of_a_pathway_in_middle_school(kb, es):
    chat = Chat(kb, grade=7).say("ask_work_based_learning", "pasantias de enfermeria", NURSING)
    pathway = es.pathways["nursing-patient-care"]
    assert "En %s, los estudiantes suelen hacer:" % pathway.name in chat.text
    assert "- " in chat.text, "the heading never stands alone"
    assert "Las pasantías y los programas de aprendizaje llegan en la preparatoria" in chat.text and spanish(chat)
    shown = chat.text
    chat.more()
    assert all(item.description in shown + chat.text for item in pathway.work_based_learning)
    assert "Empresas de la zona que reciben a estudiantes" in shown + chat.text


# ------------------------------------------------------------------ dual enrollment

def test_dual_enrollment_in_general_in_spanish(kb, es):
    chat = Chat(kb).say("ask_dual_enrollment", "que es la doble inscripcion", Mention("de_topic", "what-is", ""))
    assert es.dual_enrollment_topics["what-is"].answer in chat.text
    assert "Tu consejero o consejera escolar puede decirte las reglas exactas" in chat.text and spanish(chat)
    assert chat.titles[0] == "Cuéntame más"
    chat.more()
    assert chat.text.startswith("Otros nombres que tiene:") and "PSEO" in chat.text


def test_a_pathways_college_courses_in_spanish(kb, es):
    chat = Chat(kb).say("ask_dual_enrollment", "creditos universitarios para enfermeria", NURSING)
    pathway = es.pathways["nursing-patient-care"]
    assert "¡Sí! Los estudiantes de %s suelen tomar clases universitarias como:" % pathway.name in chat.text
    assert "créditos)" in chat.text and all(c.course in chat.text for c in pathway.dual_enrollment)
    assert chat.titles == ["Cuéntame más", "¿Es lo mismo que AP?", "¿Cuesta dinero?", "Certificaciones"]
    assert spanish(chat) and chat.state.dual_enrollment == ["nursing-patient-care"]
    chat.more()
    assert "promedio universitario (GPA)" in chat.text and "Universidad asociada" in chat.text


def test_dual_enrollment_for_a_middle_schooler_says_when_it_starts(kb, es):
    chat = Chat(kb, grade=8).say("ask_dual_enrollment", "creditos universitarios para enfermeria", NURSING)
    assert es.dual_enrollment_topics["middle-school"].answer in chat.text and spanish(chat)
    with speaking("es"):
        messages = pathway_dual_enrollment(es, ExplorationState(grade=8), es.pathways["nursing-patient-care"])
    assert "empieza en la preparatoria (high school), casi siempre entre 10.º y 12.º grado" in messages[0]["text"]


# ------------------------------------------------------------------ pay and education

def test_pay_of_a_job_in_spanish(kb, es):
    job = Mention("occupation", "skilled-trades--electricians", "electricista")
    chat = Chat(kb).say("ask_pay", "cuanto gana un electricista", job)
    wage = kb.occupations["skilled-trades--electricians"].median_wage
    title = es.occupations["skilled-trades--electricians"].title
    assert "%s: sueldo medio de $%s al año (%d)." % (title, format(round(wage.amount), ","), wage.year) in chat.text
    assert "La mitad de los trabajadores gana más" in chat.text and spanish(chat)
    assert chat.titles[0] == "¿Qué estudios?" and chat.state.focus == ["occupation", "skilled-trades--electricians"]


def test_hourly_pay_and_missing_pay_in_spanish(kb, es):
    actors = Mention("occupation", "performing-arts--actors", "actor")
    chat = Chat(kb).say("ask_pay", "cuanto gana un actor", actors)
    assert re.search(r"sueldo medio de \$[\d.]+ la hora \(\d{4}\)", chat.text) and spanish(chat)
    unpaid = next(o for o in kb.occupations.values() if not o.median_wage)
    chat = Chat(kb).say("ask_pay", "cuanto gana", Mention("occupation", unpaid.id, "x"))
    assert "todavía no tengo un sueldo revisado para %s" % es.occupations[unpaid.id].title.lower() in chat.text


def test_pay_for_an_area_keeps_every_job(kb, es):
    chat = Chat(kb).say("ask_pay", "cuanto se gana en salud", HEALTH)
    jobs = [es.occupations[o[1]] for o in chat.state.offered]
    assert len(jobs) > 1 and [j.title for j in jobs] == [t for t in chat.titles if t != "Cuéntame más"]
    assert chat.words <= 60 and spanish(chat)
    shown = chat.text
    if "Cuéntame más" in chat.titles:
        chat.more()
    assert all(j.title in shown + chat.text for j in jobs)


def test_education_and_which_job_in_spanish(kb, es):
    nurse = Mention("occupation", "physical-health--registered-nurse", "enfermera")
    chat = Chat(kb).say("ask_education", "que estudios necesita una enfermera", nurse)
    assert es.occupations["physical-health--registered-nurse"].education.rstrip(".") in chat.text
    assert chat.titles[0] == "¿Cuánto ganan?" and spanish(chat)
    chat = Chat(kb).say("ask_pay", "cuanto gana")
    assert "¿De qué trabajo hablas?" in chat.text and spanish(chat)


# ------------------------------------------------------------------ getting ready

def test_getting_ready_asks_the_grade_in_spanish(kb):
    chat = Chat(kb).say("ask_get_ready", "como me preparo")
    assert "¿En qué grado estás?" in chat.text and spanish(chat)


def test_getting_ready_reads_a_spanish_grade(kb, es):
    chat = Chat(kb).say("ask_get_ready", "estoy en noveno, como me preparo para enfermeria", NURSING)
    assert chat.state.grade == 9 and chat.text.startswith("En la preparatoria (high school) puedes:")
    assert "programa de estudios (pathway) %s" % es.pathways["nursing-patient-care"].name in chat.text
    assert "Clases de %s" % es.pathways["nursing-patient-care"].name in chat.titles and spanish(chat)
    assert chat.words <= 60
    chat.more()
    assert es.readiness_for(9).steps[-1] in chat.text


def test_getting_ready_in_middle_school_keeps_names_in_capitals(kb):
    chat = Chat(kb).say("ask_get_ready", "que hago en 7mo para ser enfermera", NURSING)
    assert chat.state.grade == 7 and "En la escuela intermedia (middle school) puedes:" in chat.text
    assert "HOSA" in chat.text and "hosa" not in chat.text and spanish(chat)


# ------------------------------------------------------------------ the framework

def test_framework_counts_in_spanish(kb):
    chat = Chat(kb).say("ask_framework", "cuantos grupos de carreras hay")
    assert "%d grupos de carreras (career clusters) y %d subgrupos" % (len(kb.clusters), len(kb.sub_clusters)) \
        in chat.text and spanish(chat)


def test_what_the_framework_is_answers_first_then_counts(kb, es):
    chat = Chat(kb).say("ask_framework", "que es el marco")
    concept = next(c for c in es.framework.concepts if c.id == "what-is-framework")
    assert chat.text == concept.answer and chat.titles[0] == "Cuéntame más" and spanish(chat)
    chat.more()
    assert "%d grupos de carreras" % len(kb.clusters) in chat.text and spanish(chat)
    # the release sentence is said only in a language the framework record has text in (English for now)
    assert kb.framework.released not in chat.text
    english = Chat(kb, lang="en").say("ask_framework", "what is the framework")
    english.more()
    assert "Advance CTE released it in %s" % kb.framework.released in english.text


def test_crosswalk_in_spanish_with_details_behind_the_button(kb):
    chat = Chat(kb).say("ask_crosswalk", "que paso con los grupos de carreras viejos")
    assert chat.text.startswith("Los %d grupos de carreras de 2002 se convirtieron en %d en 2024." % (
        len(kb.crosswalk), len(kb.clusters))) and spanish(chat)
    chat.more()
    assert "ahora se llama Digital Technology" in chat.text and "ahora son transversales" in chat.text


# ------------------------------------------------------------------ quiz, yes / no

def test_quiz_in_spanish(kb, es):
    chat = Chat(kb).say("request_quiz", "no se que me gusta")
    first = es.framework.quiz[0]
    assert "No hay respuestas incorrectas" in chat.text
    assert "Pregunta 1 de %d: %s" % (len(es.framework.quiz), first.question) in chat.text
    assert chat.titles == [o.label for o in first.options] and spanish(chat)
    chat.say("quiz_answer", "banana")
    assert "Elige uno de los botones o escribe su número." in chat.text and spanish(chat)
    chat.say("quiz_answer", "", quiz_choice=0)
    assert "Pregunta 2 de" in chat.text


def test_no_thanks_in_spanish(kb):
    chat = Chat(kb).say("deny", "no gracias")
    assert "¡No hay problema!" in chat.text and spanish(chat)


# ------------------------------------------------------------------ housekeeping

@pytest.mark.parametrize("intent, words", [
    ("greet", "¡Hola! Soy un programa de computadora"), ("help", "Te ayudo a encontrar carreras"),
    ("goodbye", "¡Hasta pronto!"), ("thank", "¡De nada!"), ("start_over", "¿Quieres empezar de nuevo?"),
    ("out_of_scope", "Con eso no te puedo ayudar"), ("empty_input", "Parece que tu mensaje llegó vacío"),
])
def test_housekeeping_in_spanish(kb, intent, words):
    chat = Chat(kb).say(intent, "x")
    assert words in chat.text and spanish(chat)


def test_start_over_in_spanish_when_asked_in_words(kb):
    chat = Chat(kb).say("share_interest", "me gusta dibujar").say(
        "start_over", "quiero empezar de nuevo", Mention("cue", "restart", "empezar de nuevo"))
    assert "empecemos de nuevo" in chat.text and spanish(chat) and not chat.state.signals


def test_personal_details_note_in_spanish(kb):
    chat = Chat(kb).say("nlu_fallback", "mi correo es [email removed]", Mention("input_flag", "personal", ""))
    assert "datos personales" in chat.text and spanish(chat)


def test_emoji_only_message_in_spanish(kb):
    chat = Chat(kb).say("empty_input", "", Mention("input_flag", "emoji", ""))
    assert "emojis" in chat.text and spanish(chat)


def test_about_answer_keeps_the_onet_attribution_in_spanish(kb):
    chat = Chat(kb).say("bot_challenge", "eres una persona real?")
    assert "No soy una persona" in chat.text and spanish(chat)
    for must in ("O*NET", "CC BY 4.0", "USDOL/ETA", "Departamento de Trabajo de EE. UU.", "marca comercial",
                 "Advance CTE", "medianas"):
        assert must in chat.text


@pytest.mark.parametrize("text, grade", [("estoy en noveno", 9), ("voy en 8vo grado", 8),
                                         ("estoy en la secundaria", 7)])
def test_grade_said_in_spanish(kb, text, grade):
    chat = Chat(kb).say("inform_grade", text)
    assert chat.state.grade == grade and "¡Entendido, %d.º grado!" % grade in chat.text and spanish(chat)


def test_grade_outside_six_to_twelve_in_spanish(kb):
    chat = Chat(kb).say("inform_grade", "3", Mention("grade", "3", "3"))
    assert "Estoy hecho para estudiantes de 6.º a 12.º grado" in chat.text and spanish(chat)


# ------------------------------------------------------------------ English stays as it was

def test_english_pay_line_and_buttons_unchanged(kb):
    job = Mention("occupation", "skilled-trades--electricians", "electrician")
    chat = Chat(kb, lang="en").say("ask_pay", "how much do electricians make", job)
    wage = kb.occupations["skilled-trades--electricians"].median_wage
    assert "Electricians: median pay $%s a year (%d)." % (format(round(wage.amount), ","), wage.year) in chat.text
    assert chat.titles[0] == "What education?" and chat.messages[0]["buttons"][0]["payload"] == "/ask_education"
    chat.say("ask_education", "what education do electricians need", job)
    assert chat.titles[0] == "How much do they make?" and chat.messages[0]["buttons"][0]["payload"] == "/ask_pay"
