"""Reply templates per language: every t() text has a translation with the same placeholders, and
the catalogs keep nothing the code no longer says; the language follows the conversation."""
import pytest

from careerbot.i18n import catalog, join_names, speaking, t
from careerbot.i18n.catalogs import TRANSLATED, placeholders, problems, texts_in_code


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_reply_text_is_translated_with_the_same_placeholders(lang):
    assert problems(lang) == []


def test_texts_are_found_in_the_code():
    modules = texts_in_code()
    assert "conversation.respond" in modules
    assert any(text.msgid.startswith("That was a long message") for text in modules["conversation.respond"])


def test_placeholders_are_compared_by_name_and_count():
    assert placeholders("{name} is in {cluster}") == (["cluster", "name"], 0)
    assert placeholders("%s and %d%%") == ([], 2)


def test_the_language_is_per_block_and_falls_back_to_english():
    english = "That was a long message, so I only read the first part."
    assert t(english) == english
    with speaking("es"):
        assert t(english) == catalog("es")[english]
        assert t("a text nobody translated") == "a text nobody translated"
        assert join_names(["a", "b", "c"]) == "a, b y c"
    with speaking("fr"):   # not a language the bot speaks
        assert t(english) == english
    assert join_names(["a", "b"]) == "a and b"
