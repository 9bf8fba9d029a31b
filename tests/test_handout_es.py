"""The handout in Spanish (careerbot.handout), against the shipped knowledge base and its staff
translations: printable in either language whatever the chat's language, framework names kept in
English with their gloss on first use, Spanish dates, and the same knowledge as the English one."""
import json
from datetime import date

import pytest

from careerbot.handout import build_handout, format_date, reply_text
from careerbot.i18n import catalog, speaking
from careerbot.i18n.catalogs import texts_in_code
from careerbot.kb.loader import load_knowledge
from careerbot.kb.localize import localized
from careerbot.state import ExplorationState

TODAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def real_kb():
    return load_knowledge().knowledge


def construction_state(grade=10):
    state = ExplorationState(grade=grade, interests=["construir cosas"],
                             chosen=[["grouping", "building-moving"], ["cluster", "construction"],
                                     ["pathway", "construction-trades"]],
                             shown_clusters=["construction", "advanced-manufacturing", "digital-technology"])
    state.discussed["credential"] = ["osha-10-construction"]
    return state


def sections(handout):
    return {s["id"]: s for s in handout["sections"]}


def texts(handout):
    """Every text the handout shows, in reading order."""
    out = [handout["title"], handout["sample_data"] or "", handout["empty_text"] or "", handout["notes"],
           handout["privacy"]]
    out += [f["label"] for f in handout["facts"]] + [f["value"] for f in handout["facts"]]
    for section in handout["sections"]:
        out.append(section["title"])
        for block in section["blocks"]:
            out += [block.get(k) or "" for k in ("label", "caption", "text")]
            out += [i if isinstance(i, str) else i["label"] + " " + i["value"] for i in block.get("items") or []]
            out += block.get("columns") or []
            out += [cell for row in block.get("rows") or [] for cell in row]
    return out


def test_spanish_handout_has_spanish_wording_and_a_spanish_date(real_kb):
    handout = build_handout(real_kb, construction_state(), TODAY, "es")
    assert handout["lang"] == "es"
    assert handout["title"] == "Mi plan para explorar carreras"
    facts = {f["label"]: f["value"] for f in handout["facts"]}
    assert facts["Fecha"] == "30 de noviembre de 2026" and facts["Grado"] == "10" and "Escuela" in facts
    assert handout["date"] == "2026-11-30"   # the machine-readable date stays ISO
    parts = sections(handout)
    assert parts["next_steps"]["title"] == "Tres próximos pasos"
    assert parts["counselor"]["title"] == "Mi consejero o consejera escolar"
    assert handout["notes"] == "Notas" and "identifique al estudiante" in handout["privacy"]
    # No English template text is left in it (every English t() text of the handout module).
    english = [t.msgid for t in texts_in_code()["handout"] if "{" not in t.msgid and len(t.msgid) > 6]
    shown = "\n".join(texts(handout))
    assert [e for e in english if e in shown] == []


def test_spanish_handout_carries_the_same_knowledge_as_the_english_one(real_kb):
    english = build_handout(real_kb, construction_state(), TODAY, "en")
    spanish = build_handout(real_kb, construction_state(), TODAY, "es")
    assert [s["id"] for s in spanish["sections"]] == [s["id"] for s in english["sections"]]
    view = localized(real_kb, "es")
    plan = sections(spanish)["pathways"]["blocks"][0]
    assert plan["rows"] == [[str(c.grade), c.name] for c in
                            sorted(view.pathways["construction-trades"].courses, key=lambda c: c.grade)]
    assert view.pathways["construction-trades"].name in plan["caption"]
    jobs = sections(spanish)["jobs"]["blocks"][0]
    english_jobs = sections(english)["jobs"]["blocks"][0]
    assert len(jobs["rows"]) == len(english_jobs["rows"])
    for row, english_row in zip(jobs["rows"], english_jobs["rows"], strict=True):
        amount = english_row[2].split(" ")[0]          # "$59,310 a year (2024)" -> "$59,310"
        assert row[2].startswith(amount) and ("al año" in row[2] or "por hora" in row[2]), row
    credentials = sections(spanish)["credentials"]["blocks"][0]["items"]
    assert credentials[0].startswith(real_kb.credentials["osha-10-construction"].name)   # names stay


def test_framework_names_stay_english_with_the_gloss_on_first_use_only(real_kb):
    handout = build_handout(real_kb, construction_state(), TODAY, "es")
    glossary = localized(real_kb, "es").glossary
    chosen = sections(handout)["choices"]["blocks"][0]["items"]
    assert chosen[:2] == ["Agrupación de carreras: Building & Moving (%s)" % glossary["Building & Moving"],
                          "Grupo de carreras: Construction (%s)" % glossary["Construction"]]
    assert chosen[2].startswith("Programa de estudios (pathway): ")
    suggested = sections(handout)["suggested"]["blocks"][0]["items"]
    assert suggested == ["Advanced Manufacturing (%s)" % glossary["Advanced Manufacturing"],
                         "Digital Technology (%s)" % glossary["Digital Technology"]]
    everything = json.dumps(handout, ensure_ascii=False)
    for name in ("Building & Moving", "Construction", "Advanced Manufacturing"):
        assert everything.count("%s (%s)" % (name, glossary[name])) == 1, name
    # The English handout has no glosses.
    english = json.dumps(build_handout(real_kb, construction_state(), TODAY, "en"))
    assert glossary["Construction"] not in english


def test_later_steps_name_clusters_without_a_second_gloss(real_kb):
    state = ExplorationState(shown_clusters=["education", "agriculture"])
    handout = build_handout(real_kb, state, TODAY, "es")
    steps = sections(handout)["next_steps"]["blocks"][0]["items"]
    assert steps[0] == "Lee sobre estos grupos de carreras: Education y Agriculture."
    assert sections(handout)["suggested"]["blocks"][0]["items"][0].startswith("Education (")


def test_middle_school_handout_in_spanish(real_kb):
    state = ExplorationState(grade=7, chosen=[["cluster", "healthcare-human-services"]])
    handout = build_handout(real_kb, state, date(2026, 5, 3), "es")
    assert {f["label"]: f["value"] for f in handout["facts"]}["Fecha"] == "3 de mayo de 2026"
    parts = sections(handout)
    assert parts["credentials"]["blocks"][0]["label"] == "Más adelante, en la preparatoria (high school) o después"
    steps = parts["next_steps"]["blocks"][0]["items"]
    assert steps[0].startswith("Prueba esto en la escuela intermedia (middle school): ")
    assert any("noveno grado" in step for step in steps), steps


def test_counselor_office_uses_the_districts_spanish_name(real_kb):
    contact = real_kb.district().counselor_contact
    spanish = sections(build_handout(real_kb, ExplorationState(), TODAY, "es"))["counselor"]["blocks"][0]["items"]
    assert spanish[0] == {"label": "Oficina", "value": contact["es"]["office"]}
    assert [i["label"] for i in spanish] == ["Oficina", "Teléfono", "Correo electrónico", "Sitio web"]
    english = sections(build_handout(real_kb, ExplorationState(), TODAY, "en"))["counselor"]["blocks"][0]["items"]
    assert english[0] == {"label": "Office", "value": contact["office"]}
    assert [i.get("href") for i in spanish] == [i.get("href") for i in english]


def test_the_handout_language_does_not_depend_on_the_chats(real_kb):
    state = construction_state()
    with speaking("es"):   # a Spanish conversation: a counselor prints the English handout
        english = build_handout(real_kb, state, TODAY, "en")
        default = build_handout(localized(real_kb, "es"), state, TODAY)   # as the chat's summary does
    assert english["lang"] == "en" and english["title"] == "My career exploration plan"
    assert sections(english)["next_steps"]["title"] == "Three next steps"
    assert default["lang"] == "es" and default["title"] == "Mi plan para explorar carreras"
    spanish = build_handout(real_kb, state, TODAY, "es")   # and the other way round
    assert spanish == default
    assert build_handout(real_kb, state, TODAY)["lang"] == "en"


def test_reply_line_in_spanish(real_kb):
    state = ExplorationState(chosen=[["cluster", "construction"]])
    line = reply_text(real_kb, state, "es")
    assert line.startswith("Esto es lo que exploramos: Construction.")
    assert "consejero o consejera escolar (%s)" % real_kb.district().counselor_contact["es"]["office"] in line
    assert reply_text(real_kb, ExplorationState(), "es").startswith("Todavía no hemos explorado nada.")
    with speaking("es"):
        assert reply_text(real_kb, state) == line


def test_dates_and_amounts(real_kb):
    assert format_date(date(2026, 11, 30), "es") == "30 de noviembre de 2026"
    assert format_date(date(2026, 11, 30), "en") == "November 30, 2026"
    with speaking("es"):
        assert format_date(date(2026, 1, 2)) == "2 de enero de 2026"
    assert catalog("es")["${amount} an hour ({year})"] == "${amount} por hora ({year})"


@pytest.mark.heavy
def test_the_chats_summary_card_carries_a_spanish_handout(real_kb):
    from careerbot.conversation import Turn, respond

    state = ExplorationState(chosen=[["cluster", "construction"]])
    messages = respond(real_kb, state, Turn("ask_summary", "resumen", language_choice="es"))
    card = next(m["custom"] for m in messages if m.get("custom"))
    assert card["type"] == "handout"
    assert card["handout"]["lang"] == "es" and card["handout"]["title"] == "Mi plan para explorar carreras"
    assert "Construction (" in json.dumps(card["handout"], ensure_ascii=False)
