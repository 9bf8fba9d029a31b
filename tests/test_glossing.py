"""First-mention glosses of framework names in Spanish replies."""
from careerbot.conversation.glossing import add_glosses
from careerbot.state import ExplorationState

GLOSSARY = {"Healthcare & Human Services": "salud y servicios humanos", "Human Services": "servicios humanos",
            "Environmental Protection": "protección del medio ambiente", "Engineering": "ingeniería"}


def test_first_mention_only_and_longest_name_first():
    state = ExplorationState()
    messages = [{"text": "Healthcare & Human Services: cuida a la gente. Healthcare & Human Services otra vez."}]
    add_glosses(messages, GLOSSARY, state)
    assert messages[0]["text"].count("(salud y servicios humanos)") == 1
    assert "(servicios humanos)" not in messages[0]["text"]
    again = [{"text": "Mira Healthcare & Human Services."}]
    add_glosses(again, GLOSSARY, state)
    assert "(" not in again[0]["text"]


def test_names_inside_other_names_are_left_alone():
    messages = [{"text": "Lo da la U.S. Environmental Protection Agency. Antes: Science, Technology, "
                         "Engineering & Mathematics."}]
    add_glosses(messages, GLOSSARY, ExplorationState(), other_names=(
        "U.S. Environmental Protection Agency", "Science, Technology, Engineering & Mathematics"))
    assert "(" not in messages[0]["text"]


def test_buttons_are_not_glossed():
    messages = [{"text": "Elige uno.", "buttons": [{"title": "Engineering", "payload": "/ask_about"}]}]
    add_glosses(messages, GLOSSARY, ExplorationState())
    assert messages[0]["buttons"][0]["title"] == "Engineering"
