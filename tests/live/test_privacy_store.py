"""Names, student IDs and dates of birth a student types never reach the conversation database."""
import sqlite3

import pytest

from careerbot import settings
from careerbot.paths import PROJECT_ROOT

pytestmark = pytest.mark.live
DATABASE = PROJECT_ROOT / "var" / "conversations.db"   # endpoints.yml's tracker store, unless scaled out


def test_identity_details_are_masked_in_the_stored_conversation(chat):
    if settings.get("DATABASE_URL"):
        pytest.skip("the running stack stores conversations in PostgreSQL (covered by the scaled fault test)")
    chat.say("hi im Quorra Vantablack, my student id is 20239876 and i was born 3/14/2011. i like drawing")
    assert "Quorra" not in chat.text
    rows = sqlite3.connect(DATABASE).execute("select data from events where sender_id = ?", (chat.sender,)).fetchall()
    stored = " ".join(row[0] for row in rows)
    assert rows and "[name removed]" in stored
    for secret in ("Quorra", "Vantablack", "20239876", "3/14/2011"):
        assert secret not in stored
