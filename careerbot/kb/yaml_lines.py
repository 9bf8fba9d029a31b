"""YAML loading that remembers the line of every value, so errors can say `file:line`.

PyYAML's composer gives nodes with positions; we build plain Python values from them and
keep a map from each value's path (a tuple of keys and list indexes) to its 1-based line.
Duplicate keys, which PyYAML would silently overwrite, are reported.

Kept rather than ruamel.yaml's round-trip loader (which Rasa already installs), by measurement:
on this knowledge base ruamel took 0.91 s against 0.43 s here, and it stops at the first
duplicate key where staff need every problem listed at once.
"""
from typing import Any, Dict, List, Tuple

import yaml

Path_ = Tuple[Any, ...]
# libyaml's loader when PyYAML was built with it (about 4 times faster, the same lines), else PyYAML's own.
FAST_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlProblem(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def load_with_lines(text: str) -> Tuple[Any, Dict[Path_, int], List[YamlProblem]]:
    """Parses YAML text. Returns (data, lines, problems); raises YamlProblem on syntax errors."""
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlProblem(line, _syntax_message(error)) from None
    except yaml.YAMLError as error:
        raise YamlProblem(1, "the file is not valid YAML (%s)" % error) from None
    lines: Dict[Path_, int] = {}
    problems: List[YamlProblem] = []
    if node is None:
        return None, lines, problems
    constructor = yaml.constructor.SafeConstructor()
    try:
        data = _build(node, (), lines, problems, constructor)
    except yaml.constructor.ConstructorError as error:
        mark = error.problem_mark
        raise YamlProblem(mark.line + 1 if mark else 1, "a value could not be read: %s" % error.problem) from None
    return data, lines, problems


def _compose(text: str) -> Any:
    """The node tree, by FAST_SAFE_LOADER. A syntax error is read again by PyYAML's own parser, whose
    messages _syntax_message knows."""
    if FAST_SAFE_LOADER is not yaml.SafeLoader:
        try:
            return yaml.compose(text, Loader=FAST_SAFE_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def _syntax_message(error: "yaml.MarkedYAMLError") -> str:
    problem = (error.problem or "").strip()
    hints = {
        "mapping values are not allowed here": "a ':' is in the wrong place; put text that contains ': ' in quotes",
        "could not find expected ':'": "a line is missing its ':' or a quote is not closed",
        "found character '\\t' that cannot start any token": "a tab character is used; indent with spaces",
        "found undefined alias": "a '*' starts a value; put the text in quotes",
    }
    for key, hint in hints.items():
        if key in problem:
            return "YAML syntax error: %s" % hint
    return "YAML syntax error: %s (check indentation, quotes and colons)" % (problem or "unreadable text")


def _build(node, path, lines, problems, constructor):
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: Dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = constructor.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) or isinstance(key, bool):
                problems.append(YamlProblem(key_node.start_mark.line + 1, "a field name must be plain text"))
                continue
            key = str(key)
            if key in result:
                problems.append(YamlProblem(key_node.start_mark.line + 1,
                                            "the field '%s' appears twice in the same entry" % key))
            result[key] = _build(value_node, path + (key,), lines, problems, constructor)
            lines[path + (key,)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path + (index,), lines, problems, constructor)
                for index, item in enumerate(node.value)]
    return constructor.construct_object(node, deep=True)


def line_for(lines: Dict[Path_, int], path: Path_) -> int:
    """The line of the deepest known prefix of path."""
    path = tuple(path)
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)
