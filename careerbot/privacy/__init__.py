"""Student privacy: personal details are masked before anything is stored or logged, and old
conversation events are deleted.

mask_pii() masks contact details (careerbot/privacy/contact.py) and what identifies a student
(careerbot/privacy/identity.py: names they give, student IDs, dates of birth). It runs on every
message first thing in the NLU pipeline and again in the tracker store.
"""
from __future__ import annotations

from careerbot.privacy.contact import ADDRESS_MASK, EMAIL_MASK, PHONE_MASK, mask_contacts
from careerbot.privacy.identity import BIRTH_DATE_MASK, ID_MASK, NAME_MASK, mask_identity
from careerbot.privacy.retention import purge_old_events, purge_old_events_sql

__all__ = ["ADDRESS_MASK", "BIRTH_DATE_MASK", "EMAIL_MASK", "ID_MASK", "NAME_MASK", "PHONE_MASK", "contains_pii",
           "mask_pii", "purge_old_events", "purge_old_events_sql"]


def mask_pii(text: str) -> str:
    """Every personal detail in `text` replaced by a fixed placeholder; the rest kept as typed."""
    if not text:
        return text
    return mask_identity(mask_contacts(text))


def contains_pii(text: str) -> bool:
    """True when mask_pii() would change the text."""
    return bool(text) and mask_pii(text) != text
