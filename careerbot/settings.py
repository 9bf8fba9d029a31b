"""Every CAREERBOT_* setting, in one table: name, default, meaning. Read at call time, never on import.

README's settings table is checked against SETTINGS by tests/test_settings.py, so the two
cannot drift. Add a setting here (and to README), then read it with `get("NAME")` or one of
the typed helpers below.
"""
import os
from dataclasses import dataclass
from typing import Dict, Mapping, Optional, Tuple

PREFIX = "CAREERBOT_"


@dataclass(frozen=True)
class Setting:
    name: str        # without the CAREERBOT_ prefix
    default: str     # "" means unset
    meaning: str


SETTINGS: Tuple[Setting, ...] = (
    Setting("HOST", "127.0.0.1", "interface the Rasa and action servers bind to"),
    Setting("WEB_HOST", "", "interface the web front binds to (default: CAREERBOT_HOST); "
                            "0.0.0.0 exposes only the web front"),
    Setting("WEB_PORT", "8080", "web front port (chat page, embed, counselor view)"),
    Setting("RASA_PORT", "5005", "first Rasa server port (replicas use the next ports)"),
    Setting("ACTION_PORT", "5055", "action gateway port Rasa calls; the action servers use the next ports"),
    Setting("RASA_URL", "", "where the web front finds the bot when started on its own "
                            "(default http://127.0.0.1:CAREERBOT_RASA_PORT; comma-separate several replicas)"),
    Setting("CLIENT_RATE_LIMIT", "300", "requests a minute the web front accepts from one client address "
                                        "(a school behind one address counts once: raise it for big schools)"),
    Setting("ENABLE_API", "", "1 turns on Rasa's HTTP API (needs CAREERBOT_API_TOKEN)"),
    Setting("API_TOKEN", "", "long random secret that protects Rasa's HTTP API"),
    Setting("WEB_SECRET", "", "secret that signs conversation ids (default: generated once into var/web-secret)"),
    Setting("RETENTION_DAYS", "30", "days conversations are kept before they are deleted"),
    Setting("TRACKER_CACHE", "200", "conversations each Rasa server keeps in memory between turns, so a long "
                                    "conversation is not read back from the database every turn (0: none)"),
    Setting("KNOWLEDGE_DIR", "", "knowledge base folder (default: knowledge/ in the project)"),
    Setting("DATABASE_URL", "", "PostgreSQL tracker store, e.g. postgresql://user:pass@host:5432/careerbot "
                                "(default: SQLite in var/)"),
    Setting("REDIS_URL", "", "Redis lock store, e.g. redis://127.0.0.1:6379/0 (needed for more than one replica)"),
    Setting("RASA_REPLICAS", "1", "number of Rasa servers (more than 1 needs DATABASE_URL and REDIS_URL)"),
    Setting("ACTION_SERVERS", "1", "number of action servers"),
    Setting("LOCAL_POSTGRES_PORT", "5433", "port of the private PostgreSQL `make run-scaled` starts under var/ "
                                           "when CAREERBOT_DATABASE_URL is unset"),
    Setting("LOCAL_REDIS_PORT", "6380", "port of the private Redis `make run-scaled` starts under var/ "
                                        "when CAREERBOT_REDIS_URL is unset"),
    Setting("REQUIRE_SCALED_TEST", "", "1 makes `make test` fail, not skip, the scaled fault test when "
                                       "PostgreSQL or Redis is missing (CI sets it)"),
)
_BY_NAME: Dict[str, Setting] = {s.name: s for s in SETTINGS}


def get(name: str, environ: Optional[Mapping[str, str]] = None) -> str:
    """The value of CAREERBOT_<name>, or its default. Unknown names are a programming error."""
    setting = _BY_NAME[name]
    env = os.environ if environ is None else environ
    return env.get(PREFIX + name, "").strip() or setting.default


def get_int(name: str, minimum: int = 0, environ: Optional[Mapping[str, str]] = None) -> int:
    value = get(name, environ)
    try:
        number = int(value)
    except ValueError:
        raise SystemExit("%s%s must be a whole number, not %r" % (PREFIX, name, value)) from None
    if number < minimum:
        raise SystemExit("%s%s must be at least %d" % (PREFIX, name, minimum))
    return number


def get_flag(name: str, environ: Optional[Mapping[str, str]] = None) -> bool:
    return get(name, environ).lower() in ("1", "true", "yes", "on")


def retention_days(environ: Optional[Mapping[str, str]] = None) -> int:
    return get_int("RETENTION_DAYS", minimum=1, environ=environ)


def markdown_table() -> str:
    """The README table of settings."""
    rows = ["| setting | default | what it does |", "|---|---|---|"]
    for s in SETTINGS:
        rows.append("| `%s%s` | %s | %s |" % (PREFIX, s.name, "`%s`" % s.default if s.default else "-", s.meaning))
    return "\n".join(rows)
