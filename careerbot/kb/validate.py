"""Checks on knowledge files, each problem worded for the staff member who made the edit."""
import re
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Tuple
from urllib.parse import urlparse

from jsonschema import Draft7Validator

from careerbot.kb.schema import FILE_KINDS, MATCHING_ONLY
from careerbot.kb.yaml_lines import line_for

HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>|javascript\s*:", re.IGNORECASE)
LINK_FIELDS = {"url", "source"}
TYPE_WORDS = {"string": "text", "array": "a list", "object": "a set of fields", "integer": "a whole number",
              "number": "a number", "boolean": "true or false"}


@dataclass(frozen=True, order=True)
class KBError:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return "%s:%d: %s" % (self.file, self.line, self.message)


def _describe(path: Tuple) -> str:
    """'credentials entry 3, field "url"' from a path like ('credentials', 2, 'url')."""
    parts = []
    for step in path:
        if isinstance(step, int):
            parts.append("entry %d" % (step + 1))
        else:
            parts.append('"%s"' % step)
    return " > ".join(parts) if parts else "the file"


def _label(data: Any, path: Tuple) -> str:
    """Names the entry by its id when it has one, which is easier to find than a number."""
    node, label = data, _describe(path)
    for index, step in enumerate(path):
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            rest = _describe(path[index + 1:])
            label = "'%s'" % node["id"] + ("" if rest == "the file" else " > " + rest)
    return label


def schema_errors(kind: str, data: Any, lines: Dict, file: str) -> List[KBError]:
    validator = Draft7Validator({"type": "object", "properties": {kind: FILE_KINDS[kind]}})
    errors = []
    for error in validator.iter_errors(data):
        path = tuple(error.absolute_path)
        where = _label(data, path)
        line = line_for(lines, path)
        if error.validator == "required":
            missing = re.findall(r"'([^']+)' is a required property", error.message)
            message = "%s is missing the required field '%s'" % (where, missing[0] if missing else "?")
        elif error.validator == "additionalProperties":
            extras = sorted(set(error.instance) - set(error.schema.get("properties", {})))
            allowed = ", ".join(sorted(error.schema.get("properties", {})))
            for extra in extras:
                errors.append(KBError(file, line_for(lines, path + (extra,)),
                                      "%s has an unknown field '%s' (check the spelling; allowed fields: %s)"
                                      % (where, extra, allowed)))
            continue
        elif error.validator == "type":
            wanted = error.validator_value
            wanted = wanted if isinstance(wanted, str) else wanted[0]
            message = "%s should be %s" % (where, TYPE_WORDS.get(wanted, wanted))
        elif (error.validator == "pattern" and path and path[-1] in ("id", "grouping", "cluster")) or (
                error.validator == "pattern" and error.schema.get("pattern", "").startswith("^[a-z0-9]")):
            message = "%s must be an id: lowercase letters and digits joined by hyphens, like 'culinary-arts'" % where
        elif error.validator == "pattern":
            message = "%s is not in the expected form (%r)" % (where, error.instance)
        elif error.validator == "minItems":
            message = "%s needs at least %d entr%s" % (where, error.validator_value,
                                                        "y" if error.validator_value == 1 else "ies")
        elif error.validator == "maxItems":
            message = "%s can have at most %d entries" % (where, error.validator_value)
        elif error.validator == "minLength":
            message = "%s must not be empty" % where
        elif error.validator == "maxLength":
            message = "%s is too long (at most %d characters)" % (where, error.validator_value)
        elif error.validator == "enum":
            message = "%s must be one of: %s" % (where, ", ".join(str(v) for v in error.validator_value))
        elif error.validator in ("minimum", "maximum", "exclusiveMinimum"):
            message = "%s is out of range (%s)" % (where, error.message)
        else:
            message = "%s: %s" % (where, error.message)
        errors.append(KBError(file, line, message))
    return errors


def _walk(value: Any, path: Tuple = ()) -> Iterable[Tuple[Tuple, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, path + (index,))
    else:
        yield path, value


def is_link(value: str) -> bool:
    parsed = urlparse(value)
    return (parsed.scheme in ("http", "https") and bool(parsed.netloc) and "." in parsed.netloc
            and not re.search(r"\s", value))


def content_errors(data: Any, lines: Dict, file: str) -> List[KBError]:
    """Rules beyond shape: plain text only, balanced of braces, working links."""
    errors = []
    for path, value in _walk(data):
        if not isinstance(value, str):
            continue
        where, line = _label(data, path), line_for(lines, path)
        is_link_field = (path and (path[-1] in LINK_FIELDS or (len(path) > 1 and path[-2] == "sources")))
        if is_link_field:
            if not is_link(value):
                errors.append(KBError(file, line, "%s is not a working web link (it must start with "
                                                  "https:// or http:// and contain no spaces): %r" % (where, value)))
            continue
        if HTML_TAG.search(value):
            errors.append(KBError(file, line, "%s contains HTML or a script link; write plain text only" % where))
        if "{" in value or "}" in value:
            errors.append(KBError(file, line, "%s contains a '{' or '}' character; remove it (braces "
                                              "break the bot's replies)" % where))
    return errors


def translation_warnings(kind: str, data: Any, lines: Dict, file: str, lang: str) -> List[KBError]:
    """Text fields with no version in `lang` (schema "translate" lists): warnings, not errors. The
    bot answers those items in English, with a one-line note."""
    from careerbot.kb.schema import FILE_KINDS, GLOSS
    found: List[KBError] = []

    def walk(schema: Dict, value: Any, path: Tuple) -> None:
        if isinstance(value, dict) and schema.get("type") == "object":
            wanted = [f for f in schema.get("translate", ()) if f not in MATCHING_ONLY and (f == GLOSS or value.get(f))]
            translated = value.get(lang)
            have: Dict = translated if isinstance(translated, dict) else {}
            missing = [f for f in wanted if not have.get(f)]
            if missing:
                found.append(KBError(file, line_for(lines, path), "%s has no %s text for: %s (the bot answers it in "
                                     "English until it does)" % (_label(data, path), LANGUAGE_NAMES.get(lang, lang),
                                                                 ", ".join(missing))))
            for key, sub in (schema.get("properties") or {}).items():
                if key in value and key != lang:
                    walk(sub, value[key], path + (key,))
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            for index, item in enumerate(value):
                walk(schema["items"], item, path + (index,))

    walk({"type": "object", "properties": {kind: FILE_KINDS[kind]}}, data, ())
    return found


LANGUAGE_NAMES = {"es": "Spanish"}

