"""Settings live in careerbot/settings.py only; README documents each one; no module reads them itself."""
import re
from pathlib import Path

import pytest

from careerbot import settings

ROOT = Path(__file__).resolve().parent.parent


def test_readme_table_matches_the_settings_module():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert settings.markdown_table() in readme


def test_no_module_reads_careerbot_variables_itself():
    offenders = []
    for path in sorted((ROOT / "careerbot").rglob("*.py")) + sorted((ROOT / "actions").rglob("*.py")):
        if path.name == "settings.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"environ(?:\.get)?\s*[\[(]\s*['\"]CAREERBOT_", text):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_defaults_and_overrides():
    assert settings.get("WEB_PORT", {}) == "8080"
    assert settings.get("WEB_PORT", {"CAREERBOT_WEB_PORT": " 9000 "}) == "9000"
    assert settings.retention_days({}) == 30


@pytest.mark.parametrize("value", ["0", "-3", "ten"])
def test_bad_numbers_stop_with_a_clear_message(value):
    with pytest.raises(SystemExit, match="CAREERBOT_RETENTION_DAYS"):
        settings.retention_days({"CAREERBOT_RETENTION_DAYS": value})
