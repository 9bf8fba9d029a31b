"""Input hygiene for student messages and for any value echoed back into a reply.

- clean_user_text(): one cleaned, bounded line of text plus flags (empty, truncated, emoji-only).
- escape_text(): make a value safe to put inside a reply (HTML-escaped, no template braces).
- looks_like_markup(): spot HTML, javascript: links and template/format tokens.

"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Optional

from careerbot.safety.normalize import INVISIBLE_RE

__all__ = ["MAX_CHARS", "CleanText", "clean_user_text", "escape_text", "looks_like_markup"]

MAX_CHARS = 1000

# How far back from the cut we look for a space to cut at a word boundary.
_WORD_BOUNDARY_WINDOW = 100


@dataclass(frozen=True)
class CleanText:
    text: str
    truncated: bool
    empty: bool
    emoji_only: bool


_LINE_BREAKS_RE = re.compile("[\r\n\t\v\f\u0085\u2028\u2029]")
_SPACES_RE = re.compile(r"\s+")


def _drop_controls(text: str) -> str:
    # Cc: C0/C1 controls (newlines were turned into spaces before this); Cf: other format
    # characters; Cs: lone surrogates from broken decoding.
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if text[limit].isspace():
        return cut.rstrip()
    space = cut.rfind(" ")
    if space >= limit - _WORD_BOUNDARY_WINDOW and space > 0:
        return cut[:space].rstrip()
    return cut.rstrip()


def clean_user_text(text: Optional[str]) -> CleanText:
    """Clean one user message.

    - None, "" and whitespace-only messages come back with empty=True.
    - Zero-width, bidi and other control characters are removed; newlines and tabs become
      spaces; runs of whitespace collapse to one space; NFC normalisation.
    - Longer than MAX_CHARS: cut at the last word boundary (within 100 characters of the limit,
      otherwise a hard cut) and truncated=True.
    - emoji_only=True when the message has no letters or digits in any script (emoji,
      punctuation or symbols only).
    """
    if text is None:
        return CleanText("", False, True, False)
    text = str(text)
    text = INVISIBLE_RE.sub("", text)
    text = _LINE_BREAKS_RE.sub(" ", text)
    text = _drop_controls(text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES_RE.sub(" ", text).strip()
    if not text:
        return CleanText("", False, True, False)
    truncated = len(text) > MAX_CHARS
    if truncated:
        text = _truncate(text, MAX_CHARS)
    emoji_only = not any(unicodedata.category(ch)[0] in ("L", "N") for ch in text)
    return CleanText(text, truncated, False, emoji_only)


def escape_text(value: Any) -> str:
    """Make any value safe to echo into a reply: &, < and > become HTML entities, and { and }
    become ( and ) so no template engine (Rasa's str.format interpolation, Jinja, Mustache)
    can interpret them. None becomes ""."""
    if value is None:
        return ""
    text = str(value)
    return (text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("{", "(")
                .replace("}", ")"))


_TAG_RE = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?\s*>"                  # <b>, </div>, <img src=x ...>
    r"|</?(?:script|iframe|img|svg|object|embed|style|link|meta|math|body|html|form|input|base|frame|"
    r"video|audio|details|marquee)\b|<a\s+href"                      # unclosed dangerous tags
    r"|<!--|<!\[CDATA\[|<!doctype"
    r"|&lt;\s*/?\s*[a-zA-Z]|&#0*60;|&#x0*3c;",                         # encoded "<tag"
    re.IGNORECASE,
)
_SCHEME_RE = re.compile(r"(?:javascript|vbscript|livescript):|data:[a-z]+/[a-z0-9.+-]+[;,]", re.IGNORECASE)
_TEMPLATE_RE = re.compile(
    r"\$\{[^}]*\}"                                  # ${...}  (JS template, shell)
    r"|#\{[^}]*\}"                                  # #{...}  (Ruby)
    r"|\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}"             # {{ }}, {% %}, {# #}  (Jinja, Mustache)
    r"|\{\s*\}"                                     # {}
    r"|\{\d+\}"                                     # {0}
    r"|\{[A-Za-z_][A-Za-z0-9_.\[\]]*(?:![rsa])?(?::[^{}]*)?\}"  # {name}, {name!r}, {name:>10}
    r"|%(?:\([^)]*\))?[-#0+]*\d*(?:\.\d+)?[sdifrxXoeEgGcab](?![A-Za-z])",  # %s, %d, %(name)s
    re.DOTALL,
)
_INVISIBLE_OR_SPACE_RE = re.compile(r"[\s\x00-\x1f\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+")


def looks_like_markup(text: Optional[str]) -> bool:
    """True when the text contains HTML tags, a javascript:/vbscript:/data: link, or a
    template or format token (${...}, {{...}}, {name}, {}, {0}, %s, %(name)s)."""
    if not text:
        return False
    text = str(text)
    squashed = _INVISIBLE_OR_SPACE_RE.sub("", text)   # "java script :" tricks
    return bool(
        _TAG_RE.search(text)
        or _SCHEME_RE.search(text)
        or _SCHEME_RE.search(squashed)
        or _TEMPLATE_RE.search(text)
    )
