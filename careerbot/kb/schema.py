"""JSON schemas for each kind of knowledge file. Friendly wording of errors is in validate.py."""

ID = {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}
TEXT = {"type": "string", "minLength": 1}
LINK = {"type": "string", "minLength": 1}
SOURCES = {"type": "array", "items": LINK, "minItems": 1}
TEXTS = {"type": "array", "items": TEXT}
IDS = {"type": "array", "items": ID}
CODE = {"type": "string", "pattern": "^[0-9]{6}$"}
RIASEC = {"type": "array", "items": {"enum": list("RIASEC")}, "minItems": 1, "maxItems": 3}


# Languages besides English that entries may carry text in, under a key of the language's code:
#   es: {description: "...", aliases: [...]}
# Only the fields listed as translatable may appear there; a missing one is a warning, not an error.
LANGUAGES = ("es",)
# Words the bot only matches on, never shows: worth adding in Spanish, but not a gap when missing;
# a translation adds to them rather than replacing them.
MATCHING_ONLY = ("aliases", "interest_keywords", "keywords", "other_names")
GLOSS = "gloss"   # a proper name stays in English; its gloss says what it means ("salud y servicios humanos")


def entry(required, optional=None, translate=()):
    """An object schema. `translate` names the text fields (or "gloss" for a proper name) that
    may also be given in another language under that language's key."""
    properties = dict(required)
    properties.update(optional or {})
    if translate:
        fields = {f: (TEXTS if (properties.get(f) or {}).get("type") == "array" else TEXT) for f in translate}
        for lang in LANGUAGES:
            properties[lang] = {"type": "object", "properties": fields, "additionalProperties": False}
    schema = {"type": "object", "properties": properties, "required": sorted(required),
              "additionalProperties": False}
    if translate:
        schema["translate"] = list(translate)   # read by the translation check in validate.py
    return schema


def listing(item, min_items=1):
    return {"type": "array", "items": item, "minItems": min_items}


GROUPING = entry(
    {"id": ID, "name": TEXT, "purpose": TEXT, "cross_cutting": {"type": "boolean"}, "sources": SOURCES},
    {"aliases": TEXTS, "interest_keywords": TEXTS},
    translate=('gloss', 'purpose', 'aliases', 'interest_keywords'))

MEDIAN_WAGE = entry({"amount": {"type": "number", "exclusiveMinimum": 0}, "per": {"enum": ["year", "hour"]},
                     "year": {"type": "integer", "minimum": 2000, "maximum": 2100}, "source": LINK})

OCCUPATION = entry(
    {"title": TEXT, "education": TEXT},
    {"aliases": TEXTS, "soc": {"type": "string", "pattern": "^[0-9]{2}-[0-9]{4}(\\.[0-9]{2})?$"},
     "median_wage": MEDIAN_WAGE, "description": TEXT},
    translate=('title', 'education', 'description', 'aliases'))

SUB_CLUSTER = entry(
    {"id": ID, "name": TEXT, "description": TEXT, "interest_keywords": TEXTS,
     "occupations": listing(OCCUPATION, 3), "sources": SOURCES},
    {"code": CODE, "aliases": TEXTS},
    translate=('gloss', 'description', 'interest_keywords', 'aliases'))

CLUSTER = entry(
    {"id": ID, "code": CODE, "name": TEXT, "grouping": ID, "cross_cutting": {"type": "boolean"},
     "description": TEXT, "interest_keywords": TEXTS, "riasec": RIASEC, "sources": SOURCES,
     "sub_clusters": listing(SUB_CLUSTER)},
    {"aliases": TEXTS},
    translate=('gloss', 'description', 'interest_keywords', 'aliases'))

YEAR = {"type": "integer", "minimum": 2000, "maximum": 2100}
GRADE = {"type": "integer", "minimum": 9, "maximum": 12}
STATE_COURSE = entry({"state": {"type": "string", "pattern": "^[A-Z]{2}$"}, "name": TEXT, "source": LINK})
# A generic course name ("Principles of Construction"); state_examples name real state courses.
COURSE = entry({"grade": GRADE, "name": TEXT}, {"state_examples": listing(STATE_COURSE)},
    translate=('name',))
LOCAL_COURSE = entry({"grade": GRADE, "name": TEXT})
WBL_ITEM = entry({"type": ID, "description": TEXT},
    translate=('description',))
DE_COURSE = entry({"course": TEXT}, {"credits": {"type": "number", "minimum": 0}, "note": TEXT},
    translate=('course', 'note'))

PATHWAY = entry(
    {"id": ID, "name": TEXT, "cluster": ID, "sub_clusters": listing(ID), "description": TEXT,
     "courses": listing(COURSE, 2), "middle_school": listing(TEXT), "work_based_learning": listing(WBL_ITEM),
     "dual_enrollment": {"type": "array", "items": DE_COURSE}, "credentials": IDS, "sources": SOURCES},
    {"aliases": TEXTS},
    translate=('name', 'description', 'middle_school', 'aliases'))

CREDENTIAL = entry(
    {"id": ID, "name": TEXT, "issuer": TEXT, "clusters": listing(ID), "description": TEXT,
     "preparation": TEXT, "url": LINK, "sources": SOURCES},
    {"aliases": TEXTS, "sub_clusters": IDS, "min_age": {"type": "integer", "minimum": 0, "maximum": 99},
     "min_grade": {"type": "integer", "minimum": 1, "maximum": 12}, "cost": TEXT,
     "cost_checked": YEAR, "min_age_checked": YEAR},
    translate=('description', 'preparation', 'cost', 'aliases'))

TOPIC = entry({"id": ID, "title": TEXT, "answer": TEXT, "keywords": TEXTS, "sources": SOURCES},
    translate=('title', 'answer', 'keywords'))

DUAL_ENROLLMENT = entry({"other_names": TEXTS, "topics": listing(TOPIC)}, translate=("other_names",))

WBL_TYPE = entry(
    {"id": ID, "name": TEXT, "description": TEXT, "sources": SOURCES},
    {"aliases": TEXTS, "typical_grades": TEXT, "notes": TEXT},
    translate=('name', 'description', 'notes', 'aliases'))

CROSSWALK = entry(
    {"id": ID, "old_name": TEXT, "new_clusters": listing(ID), "what_changed": TEXT,
     "basis": {"enum": ["stated", "name-based"]}, "sources": SOURCES},
    {"aliases": TEXTS},
    translate=('what_changed',))

QUIZ_OPTION = entry({"label": {"type": "string", "minLength": 1, "maxLength": 60}, "clusters": listing(ID)},
                    {"riasec": {"type": "array", "items": {"enum": list("RIASEC")}}},
    translate=('label',))
QUIZ_QUESTION = entry({"id": ID, "question": TEXT, "options": listing(QUIZ_OPTION, 2)},
    translate=('question',))

FRAMEWORK = entry(
    {"name": TEXT, "steward": TEXT, "released": TEXT, "replaces": TEXT, "concepts": listing(TOPIC),
     "quiz": listing(QUIZ_QUESTION, 3)},
    {"sources": SOURCES, "quiz_sources": SOURCES},
)

CONTACT = entry({"office": TEXT}, {"url": LINK, "phone": TEXT, "email": TEXT},
    translate=('office',))
DISTRICT = entry(
    {"id": ID, "name": TEXT, "counselor_contact": CONTACT},
    {"example": {"type": "boolean"},
     "pathways_offered": {"type": "array", "items": entry({"pathway": ID}, {"schools": TEXTS, "note": TEXT,
                                                                        "courses": listing(LOCAL_COURSE)})},
     "dual_enrollment_partners": {"type": "array", "items": entry(
         {"name": TEXT}, {"url": LINK, "pathways": IDS, "courses": TEXTS, "note": TEXT})},
     "employers": {"type": "array", "items": entry(
         {"name": TEXT}, {"offers": IDS, "clusters": IDS, "url": LINK, "note": TEXT})},
     "sources": SOURCES},
)

READINESS_BAND = entry(
    {"id": ID, "title": TEXT, "first_grade": {"type": "integer", "minimum": 6, "maximum": 12},
     "last_grade": {"type": "integer", "minimum": 6, "maximum": 12}, "steps": listing(TEXT, 3), "sources": SOURCES},
    translate=('title', 'steps'))

# Each knowledge file has exactly one of these top-level keys.
FILE_KINDS = {
    "groupings": listing(GROUPING),
    "cluster": CLUSTER,
    "pathways": listing(PATHWAY),
    "credentials": listing(CREDENTIAL),
    "dual_enrollment": DUAL_ENROLLMENT,
    "work_based_learning": listing(WBL_TYPE),
    "crosswalk": listing(CROSSWALK),
    "framework": FRAMEWORK,
    "district": DISTRICT,
    "getting_ready": listing(READINESS_BAND),
}
