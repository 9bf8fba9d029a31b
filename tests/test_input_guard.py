"""Input hygiene (careerbot.input_guard)."""
import dataclasses

import pytest

from careerbot.input_guard import MAX_CHARS, CleanText, clean_user_text, escape_text, looks_like_markup

# --- clean_user_text ---------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [None, "", " ", "   \n\t  ", "\u200b\u200b", "\u202e", "\x00\x07"])
def test_empty_and_whitespace(raw):
    assert clean_user_text(raw) == CleanText(text="", truncated=False, empty=True, emoji_only=False)


def test_plain_text_passes_through():
    assert clean_user_text("  what does a welder do?  ") == CleanText("what does a welder do?", False, False, False)


def test_newlines_and_tabs_become_single_spaces():
    assert clean_user_text("i like\ncoding\r\nand\t\tart\u2028ok").text == "i like coding and art ok"


@pytest.mark.parametrize("raw, expected", [
    ("k\u200bms", "kms"),
    ("k\u200c\u200d\u2060\ufeffms", "kms"),
    ("\u202eevil\u202c text", "evil text"),
    ("\u2066iso\u2069late", "isolate"),
    ("soft\u00adhyphen", "softhyphen"),
    ("bell\x07 null\x00 esc\x1b", "bell null esc"),
    ("tag\U000E0041\U000E0042s", "tags"),
])
def test_invisible_and_control_characters_are_removed(raw, expected):
    assert clean_user_text(raw).text == expected


def test_long_text_is_truncated_at_a_word_boundary():
    raw = "coding " * 215   # 1,505 characters
    result = clean_user_text(raw)
    assert result.truncated and not result.empty
    assert len(result.text) <= MAX_CHARS
    assert result.text.endswith("coding")
    assert raw.startswith(result.text)


def test_1500_characters_without_spaces_are_cut_hard():
    result = clean_user_text("x" * 1500)
    assert result.truncated
    assert result.text == "x" * MAX_CHARS


def test_exactly_max_chars_is_not_truncated():
    result = clean_user_text("y" * MAX_CHARS)
    assert not result.truncated and len(result.text) == MAX_CHARS


def test_whitespace_does_not_count_towards_the_limit():
    assert not clean_user_text("   " + "a " * 400 + "\n" * 800).truncated


@pytest.mark.parametrize("raw, emoji_only", [
    ("😀", True),
    ("😀😀 🎉", True),
    ("👍🏽", True),
    ("!!!", True),
    ("💀 lol", False),
    ("🙂 ok", False),
    ("🎉 10", False),
    ("我喜欢 coding", False),
    ("مرحبا", False),
    ("Привет", False),
    ("１２３", False),
])
def test_emoji_only(raw, emoji_only):
    result = clean_user_text(raw)
    assert not result.empty
    assert result.emoji_only is emoji_only


def test_mixed_scripts_are_kept_as_typed():
    assert clean_user_text("我喜欢 coding").text == "我喜欢 coding"
    assert clean_user_text("quiero ser enfermera 👩‍⚕").text.startswith("quiero ser enfermera")


def test_clean_text_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        clean_user_text("hi").text = "changed"


# --- escape_text -----------------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("Tom & Jerry", "Tom &amp; Jerry"),
    ("&lt;", "&amp;lt;"),
    ("{name}", "(name)"),
    ("{{slot}}", "((slot))"),
    ("${7*7}", "$(7*7)"),
    ("<b>{x}</b>", "&lt;b&gt;(x)&lt;/b&gt;"),
    ("nurse", "nurse"),
    ("it's \"fine\"", "it's \"fine\""),
    (42, "42"),
    (None, ""),
])
def test_escape_text(value, expected):
    assert escape_text(value) == expected


def test_escaped_text_survives_str_format():
    # Rasa fills response templates with str.format; an escaped value has no braces left.
    escaped = escape_text("{0} {name} {")
    assert "{" not in escaped and "}" not in escaped
    assert f"Hi {escaped}" == "Hi (0) (name) ("


# --- looks_like_markup ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "<b>hi</b>",
    "<img src=x onerror=alert(1)>",
    "<script",
    "</div>",
    "<!-- comment -->",
    "[click](javascript:alert(1))",
    "JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "${7*7}",
    "{{user.name}}",
    "{% if x %}",
    "{}",
    "{0}",
    "{name}",
    "{name!r}",
    "%s",
    "%d items",
    "%(name)s",
])
def test_markup_is_detected(text):
    assert looks_like_markup(text)


@pytest.mark.parametrize("text", [
    "",
    None,
    "what does a nurse do?",
    "i <3 coding",
    "a < b and c > d",
    "I'm 100% sure",
    "50% discount",
    "I scored 95%",
    "smile :} ok",
    "use a { brace",
    "data: I like data science",
    "email me at sam@example.com",
    "javascript is my favorite language",
])
def test_plain_text_is_not_markup(text):
    assert not looks_like_markup(text)
