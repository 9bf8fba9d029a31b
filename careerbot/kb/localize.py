"""The knowledge base as seen in another language: the same items and ids, with every text field
staff translated under `es:` in its place.

- Shown text (descriptions, titles, steps...) is replaced by its translation; a field with none stays
  in English and is remembered in `untranslated`, so the reply can say so in one line.
- Words only matched on (aliases, keywords) gain the translation's words and keep the English ones.
- Proper names (groupings, clusters, sub-clusters) keep the framework's English name; their Spanish
  gloss is added to the first mention in a conversation (careerbot.conversation.glossing).
"""
import dataclasses
from typing import Any, Dict, Iterator, Set, Tuple

from careerbot.kb.model import KnowledgeBase
from careerbot.kb.schema import GLOSS, MATCHING_ONLY
from careerbot.kb.schema import LANGUAGES as TRANSLATED_LANGUAGES

VIEWS = "_language_views"   # cache on the KnowledgeBase object: {lang: view}; a reload builds a new object


@dataclasses.dataclass
class LocalizedKnowledgeBase(KnowledgeBase):
    lang: str = "en"
    untranslated: Set[str] = dataclasses.field(default_factory=set)   # English texts shown as they are
    glossary: Dict[str, str] = dataclasses.field(default_factory=dict)  # proper name -> its gloss
    other_names: Tuple[str, ...] = ()    # names without a gloss (credentials, issuers, 2002 clusters)


def translations(item: Any) -> Iterator[Dict[str, Any]]:
    """An item's translations, one dict per language that has one."""
    for lang in TRANSLATED_LANGUAGES:
        texts = _texts(item, lang)
        if texts:
            yield texts


def in_all_languages(item: Any, field_name: str) -> Tuple[str, ...]:
    """A list field's words in English and every translation ("interest_keywords" of a cluster)."""
    words = tuple(getattr(item, field_name, ()) or ())
    for texts in translations(item):
        words = _merged(words, texts.get(field_name) or ())
    return words


def localized(kb: KnowledgeBase, lang: str) -> KnowledgeBase:
    """`kb` in `lang` (the knowledge base itself for English). Built once per knowledge-base version."""
    if lang == "en" or isinstance(kb, LocalizedKnowledgeBase):
        return kb
    views = kb.__dict__.setdefault(VIEWS, {})
    if lang not in views:
        views[lang] = _build(kb, lang)
    return views[lang]


def _build(kb: KnowledgeBase, lang: str) -> LocalizedKnowledgeBase:
    translator = _Translator(lang, _translated_fields(kb, lang))
    fields = {f.name: translator.translate(getattr(kb, f.name)) for f in dataclasses.fields(KnowledgeBase)}
    other = (kb.dual_enrollment_es.get("other_names") or []) if lang == "es" else []
    fields["dual_enrollment_other_names"] = _merged(other, kb.dual_enrollment_other_names)
    names = {KnowledgeBase.display_name(item) for f in dataclasses.fields(KnowledgeBase)
             for item in _items(getattr(kb, f.name)) if hasattr(item, "id")}
    names |= {c.issuer for c in kb.credentials.values() if getattr(c, "issuer", None)}
    return LocalizedKnowledgeBase(**fields, lang=lang, untranslated=translator.untranslated,
                                  glossary=translator.glossary,
                                  other_names=tuple(sorted(n for n in names if n and n not in translator.glossary)))


def _texts(item: Any, lang: str) -> Dict[str, Any]:
    """An item's translations into `lang` (stored under the language's key, `es:`)."""
    texts = getattr(item, lang, None) if dataclasses.is_dataclass(item) else None
    return texts if isinstance(texts, dict) else {}


def _items(value: Any) -> Iterator[Any]:
    """Every dataclass item inside `value`, nested ones included."""
    if isinstance(value, dict):
        value = tuple(value.values())
    if isinstance(value, tuple):
        for item in value:
            yield from _items(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield value
        for f in dataclasses.fields(value):
            yield from _items(getattr(value, f.name))


def _translated_fields(kb: KnowledgeBase, lang: str) -> Dict[type, Set[str]]:
    """Per model class, the shown fields staff translate somewhere in the base: a copy of such a field
    left in English is a gap worth a note (names kept in English on purpose never are)."""
    found: Dict[type, Set[str]] = {}
    for f in dataclasses.fields(KnowledgeBase):
        for item in _items(getattr(kb, f.name)):
            names = {name for name in _texts(item, lang) if name != GLOSS and name not in MATCHING_ONLY}
            found.setdefault(type(item), set()).update(names)
    return found


class _Translator:
    def __init__(self, lang: str, translated_fields: Dict[type, Set[str]]):
        self.lang = lang
        self.translated_fields = translated_fields
        self.untranslated: Set[str] = set()
        self.glossary: Dict[str, str] = {}

    def translate(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {key: self.translate(item) for key, item in value.items()}
        if isinstance(value, tuple):
            return tuple(self.translate(item) for item in value)
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            return value
        texts = _texts(value, self.lang)
        changes: Dict[str, Any] = {}
        for f in dataclasses.fields(value):
            current = getattr(value, f.name)
            if f.name == self.lang:
                continue
            if f.name in texts:
                changes[f.name] = (_merged(texts[f.name], current) if f.name in MATCHING_ONLY
                                   else _as_type(texts[f.name], current))
            elif isinstance(current, (tuple, dict)) or dataclasses.is_dataclass(current):
                changes[f.name] = self.translate(current)
            elif isinstance(current, str) and current and f.name in self.translated_fields.get(type(value), ()):
                self.untranslated.add(current)
        if texts.get(GLOSS):
            self.glossary[KnowledgeBase.display_name(value)] = texts[GLOSS]
        return dataclasses.replace(value, **changes) if changes else value


def _merged(first: Any, then: Any) -> Tuple:
    seen, merged = set(), []
    for word in list(first or []) + list(then or []):
        if word not in seen:
            seen.add(word)
            merged.append(word)
    return tuple(merged)


def _as_type(translated: Any, english: Any) -> Any:
    return tuple(translated) if isinstance(english, tuple) else translated
