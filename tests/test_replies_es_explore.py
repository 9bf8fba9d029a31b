"""Spanish replies of the exploration modules (describe, structure, compare, choose, context,
interests, topics), through respond() on the real knowledge base: the bot's own words come from the
Spanish templates, the knowledge from the Spanish view, and the buttons do what the English ones do."""

from careerbot.conversation.describe import wage_text
from careerbot.conversation.turns import Turn
from careerbot.i18n import speaking
from careerbot.mention import Mention
from tests.fakes.chat import ChatBase, national_kb, national_kb_in_spanish  # noqa: F401 (fixtures)

# Template words of the English replies; none may show in a Spanish one.
ENGLISH = ("Its ", "Pick one", "Example careers", "Median pay", "Typical", "part of", "Tell me more", "What classes?",
           "Certifications", "How to prepare", "More info", "Minimum age", "Because you mentioned", "Which one",
           "clusters", "Sorry", "High school", "Grade ", " a year", " are in ", " is in ")


class Chat(ChatBase):
    """A conversation in one language; mentions are given, as the NLU would find them."""

    def __init__(self, kb, lang="es", grade=None):
        super().__init__(kb, lang, grade)

    def say(self, intent, text="", **entities):
        mentions = [Mention(label, value, value) for label, value in entities.items()]
        return self.play(Turn(intent, text, mentions, language_choice=self.lang))


def spanish(text):
    found = [word for word in ENGLISH if word in text]
    assert not found, "English template words %s in: %s" % (found, text)
    return text


def test_a_cluster_in_spanish_with_its_sub_clusters_and_the_same_buttons(kb, es):
    chat = Chat(kb).say("ask_about", "háblame de construction", cluster="construction")
    spanish(chat.text)
    assert chat.text.startswith("Construction (construcción): " + es.clusters["construction"].description.split(".")[0])
    assert "Es parte de la agrupación Building & Moving" in chat.text
    assert "Sus subgrupos son" in chat.text and "Skilled Trades (oficios especializados)" in chat.text
    english = Chat(kb, "en").say("ask_about", "tell me about construction", cluster="construction")
    assert chat.payloads == english.payloads      # same choices, worded in Spanish
    assert "¿Qué clases?" in [b["title"] for b in chat.buttons]


def test_a_sub_cluster_names_its_careers_and_keeps_their_education_and_pay_for_later(kb, es):
    chat = Chat(kb).say("ask_about", sub_cluster="skilled-trades")
    spanish(chat.text)
    assert chat.text.startswith("Skilled Trades (oficios especializados), parte de Construction (construcción): ")
    assert "Ejemplos de carreras:" in chat.text and "Electricistas" in chat.text
    assert chat.buttons[0]["title"] == "Cuéntame más" and chat.buttons[0]["payload"] == "/ask_about"
    chat.click("Cuéntame más")
    spanish(chat.text)
    assert "Ejemplos de carreras y los estudios que suelen pedir:" in chat.text
    assert "- Electricistas: " + es.occupations["skilled-trades--electricians"].education.rstrip(".") in chat.text
    assert "Sueldo medio: $62,350 al año (2024)." in chat.text


def test_a_job_in_spanish_with_its_place_education_and_pay(kb, es):
    chat = Chat(kb).say("ask_about", occupation="skilled-trades--electricians")
    spanish(chat.text)
    assert chat.text.startswith("Electricistas forman parte de Skilled Trades")
    assert "en el grupo de carreras Construction" in chat.text
    education = es.occupations["skilled-trades--electricians"].education.rstrip(".")
    assert "Estudios que suelen pedir: " + education in chat.text
    assert "Sueldo medio: $62,350 al año (2024)." in chat.text
    assert chat.state.focus == ["occupation", "skilled-trades--electricians"]


def test_pay_is_worded_per_year_and_per_hour(kb):
    with speaking("es"):
        assert wage_text(kb.occupations["skilled-trades--electricians"]) == " Sueldo medio: $62,350 al año (2024)."
        assert wage_text(kb.occupations["performing-arts--actors"]) == " Sueldo medio: $23.33 la hora (2024)."
    assert wage_text(kb.occupations["performing-arts--actors"]) == " Median pay: $23.33 an hour (2024)."


def test_a_credential_answers_the_age_question_first(kb, es):
    chat = Chat(kb).say("ask_about", "¿qué edad necesito para volar drones?", credential="faa-part-107")
    spanish(chat.text)
    assert chat.text.startswith("FAA Part 107 Remote Pilot Certificate (de ")
    assert es.credentials["faa-part-107"].description in chat.text
    assert "Edad mínima: 16 años (revisado en 2026)." in chat.text
    everything = chat.text + "\n" + (chat.state.more or "")
    assert "Cómo prepararte: " + es.credentials["faa-part-107"].preparation in everything
    assert "Más información: https://www.faa.gov" in everything
    others = [b["title"] for b in chat.buttons if b["payload"].startswith("/ask_credentials")]
    assert others == ["Otras certificaciones"]


def test_a_credential_answers_the_cost_question_first(kb):
    chat = Chat(kb).say("ask_about", "¿cuánto cuesta?", credential="servsafe-food-handler")
    assert "Costo: Unos $15 por el curso en línea y la evaluación (revisado en 2024)." in spanish(chat.text)


def test_a_pathway_s_classes_in_spanish_with_middle_school_ideas_behind_tell_me_more(kb, es):
    chat = Chat(kb, grade=10).say("ask_courses", "¿qué clases hay?", pathway="fire-emergency-services")
    spanish(chat.text)
    assert chat.text.startswith("Bomberos y servicios de emergencia:")
    assert "Clases comunes en la preparatoria (high school)" in chat.text
    assert "- 10.º grado: Bombero I" in chat.text
    assert "Cuéntame más" in [b["title"] for b in chat.buttons]
    chat.click("Cuéntame más")
    assert "Cosas para probar en la escuela intermedia (middle school):" in spanish(chat.text)
    assert es.pathways["fire-emergency-services"].description.split(".")[0] in chat.text


def test_a_middle_schooler_sees_what_to_try_now_first(kb):
    chat = Chat(kb, grade=7).say("ask_courses", "¿qué clases?", pathway="fire-emergency-services")
    assert "Cosas para probar en la escuela intermedia (middle school):" in spanish(chat.text)
    everything = chat.text + "\n" + (chat.state.more or "")
    assert "Más adelante, en la preparatoria (high school)" in everything and "- 9.º grado:" in everything


def test_the_district_offer_is_worded_in_spanish(kb):
    chat = Chat(kb, grade=10).say("ask_courses", "clases", pathway="nursing-patient-care")
    assert "(datos de ejemplo), se ofrece en Example High School." in spanish(chat.text)


def test_a_work_based_question_is_answered_first_in_spanish(kb, es):
    chat = Chat(kb).say("ask_about", "¿las pasantías son pagadas?", work_based_learning="internship")
    assert chat.text.startswith("Pasantía: ")
    assert "Algunas pasantías son pagadas y otras no." in chat.text
    assert chat.buttons[0]["title"] == "Cuéntame más"


def test_what_a_work_based_item_is_comes_first_and_the_rest_waits(kb, es):
    chat = Chat(kb).say("ask_about", "qué es una pasantía", work_based_learning="internship")
    spanish(chat.text)
    assert chat.text.startswith("Pasantía: " + es.work_based_learning["internship"].description)
    assert "Suele ser en los grados 11-12." in chat.text
    assert "Algunas pasantías son pagadas" not in chat.text      # the notes wait for "Tell me more"
    chat.click("Cuéntame más")
    assert "Algunas pasantías son pagadas y otras no." in chat.text


def test_what_became_of_an_original_cluster(kb):
    chat = Chat(kb).say("ask_crosswalk", "qué pasó con STEM", old_cluster="stem")
    spanish(chat.text)
    assert "fue uno de los 16 grupos de carreras originales." in chat.text
    assert "Hoy puedes buscar en Advanced Manufacturing" in chat.text


def test_what_is_inside_and_what_it_belongs_to(kb):
    chat = Chat(kb).say("ask_members", "qué subgrupos tiene agriculture", cluster="agriculture",
                        concept="sub_cluster")
    spanish(chat.text)
    assert chat.text.startswith("Agriculture (agricultura) tiene 6 subgrupos: ")
    assert chat.text.endswith("¿Sobre cuál quieres saber más?")
    chat.say("ask_parent", "en qué cluster están los electricistas", occupation="skilled-trades--electricians",
             concept="cluster")
    assert chat.text.startswith("Electricistas están en Skilled Trades")
    assert "que es parte de Construction" in spanish(chat.text)


def test_complete_lists_in_spanish(kb):
    chat = Chat(kb).say("ask_list", "dime todos los grupos de carreras", concept="cluster")
    assert spanish(chat.text).startswith("Los 14 grupos de carreras: ")
    assert "3 son transversales (Digital Technology" in chat.text
    chat.say("ask_list", "cuáles eran los clusters originales", concept="old_cluster")
    assert chat.text.startswith("El marco original (2002) tenía 16 grupos de carreras: ")
    assert [b["title"] for b in chat.buttons] == ["¿Qué cambió?"]


def test_two_jobs_side_by_side(kb, es):
    chat = Chat(kb).say("ask_compare", "electricista o carpintero", occupation="skilled-trades--electricians")
    chat.say("ask_compare", "electricista o plomero",
             **{"occupation": "skilled-trades--plumbers-pipefitters-and-steamfitters"})
    spanish(chat.text)
    assert "Electricistas: " in chat.text and "Plomeros" in chat.text
    assert [b["title"] for b in chat.buttons] == ["Más sobre Electricistas", "Más sobre Plomeros, tuberos e "
                                                  "instaladores de tuberías de vapor"]
    assert "Los dos están en el grupo de carreras Construction" in chat.text


def test_an_interest_suggests_clusters_in_spanish_and_asks_the_grade(kb):
    chat = Chat(kb).say("share_interest", "me gustan los animales", interest="animales")
    spanish(chat.text)
    assert chat.text.startswith('Como mencionaste "animales"')
    assert "podría ser para ti" in chat.text or "podrían ser para ti" in chat.text
    assert "Grupos de carreras que puedes ver:" in chat.text and "- Agriculture" in chat.text
    assert "¿En qué grado estás?" in chat.text
    titles = [b["title"] for b in chat.buttons]
    assert "Otra cosa" in titles and "6.º grado" in titles and "12.º" in titles
    assert '/inform_grade{"grade":"12"}' in chat.payloads


def test_picking_without_saying_which_and_not_understanding(kb):
    chat = Chat(kb).say("ask_members", "qué subgrupos tiene agriculture", cluster="agriculture",
                        concept="sub_cluster")
    chat.say("choose_option", "mmm")
    assert chat.text == "¿Cuál? Tócalo abajo."
    chat = Chat(kb).say("nlu_fallback", "asdf")
    assert spanish(chat.text).startswith("Perdón, no entendí.")
    assert "Haz un quiz rápido" in [b["title"] for b in chat.buttons]
    chat.say("ask_about", "")
    assert chat.text == "¿Sobre qué área de carreras quieres saber?"


def test_the_same_turns_stay_in_english_in_an_english_conversation(kb):
    chat = Chat(kb, "en").say("ask_about", sub_cluster="skilled-trades")
    assert "Skilled Trades (part of Construction)" in chat.text and "Example careers" in chat.text
    assert chat.buttons[0]["title"] == "Tell me more"


def test_a_question_about_a_work_based_item_is_answered_first_in_english_too(kb):
    # "paid" is also in one of the item's names ("paid internship"); it still counts as the question
    chat = Chat(kb, "en").say("ask_about", "are internships paid", work_based_learning="internship")
    assert "Some internships are paid and some are not." in chat.text
    assert chat.buttons[0]["title"] == "Tell me more"


def test_asking_about_the_schooling_right_after_a_job_is_about_that_job(kb):
    chat = Chat(kb).say("ask_about", occupation="skilled-trades--electricians")
    chat.say("ask_about", "¿y qué estudios necesita?", cluster="education")
    assert chat.text.startswith("Electricistas forman parte de Skilled Trades")
