"""Fixed replies for the safety screen's categories.

These live in code on purpose: staff can edit the knowledge base, but not these. Each reply is
short (under about 90 words before the optional counselor line), written at about a 6th-grade
reading level, and never repeats what the student wrote.

Resources (each organisation's own page):
- 988 Suicide & Crisis Lifeline: call or text 988.
- Crisis Text Line: text HOME to 741741.
- Childhelp National Child Abuse Hotline: 1-800-422-4453, call or text, 24/7.
- 911 for immediate danger; NCMEC CyberTipline (CyberTipline.org) for online exploitation.
"""
from __future__ import annotations

from typing import Dict, Optional

__all__ = ["CLOSING", "REPLIES", "reply_for"]

LIFELINE = "You can call or text 988 (Suicide & Crisis Lifeline) any time, day or night."
TEXT_LINE = "You can also text HOME to 741741 (Crisis Text Line)."
DANGER = "If you are in danger right now, call 911."
TRUSTED_ADULT = "Please talk to a trusted adult or your school counselor."
NOT_A_PERSON = "I'm a computer program, so I can't call for help."
CLOSING = "When you're ready, I'm here to keep exploring careers with you."
CHILDHELP = "Call or text the Childhelp National Child Abuse Hotline at 1-800-422-4453, any time."

REPLIES: Dict[str, str] = {
    "self_harm": "\n".join([
        "I'm really glad you told me. You matter, and you are not alone.",
        NOT_A_PERSON + " But people can help you right now.",
        LIFELINE,
        TEXT_LINE,
        DANGER,
        TRUSTED_ADULT,
        CLOSING,
    ]),
    "abuse": "\n".join([
        "Thank you for telling me. No one should hurt you. It is not your fault.",
        NOT_A_PERSON,
        CHILDHELP,
        "You can also call or text 988, or text HOME to 741741.",
        DANGER,
        TRUSTED_ADULT,
        CLOSING,
    ]),
    "sexual_abuse": "\n".join([
        "Thank you for telling me. What happened is not okay. It is not your fault.",
        NOT_A_PERSON,
        CHILDHELP,
        "If it happens online, report it at CyberTipline.org.",
        "You can also call or text 988, or text HOME to 741741.",
        DANGER,
        TRUSTED_ADULT,
        CLOSING,
    ]),
    "violence": "\n".join([
        "It sounds like you are really upset right now. Please don't act on it. Hurting someone "
        "can't be undone.",
        "If anyone is in danger right now, call 911.",
        TRUSTED_ADULT,
        "If you're struggling, you can call or text 988 any time, day or night.",
        CLOSING,
    ]),
    "bullying": "\n".join([
        "I'm sorry that is happening. Being bullied is not okay, and it is not your fault.",
        "Please tell a trusted adult, like a parent, a teacher, or your school counselor. "
        "They can help make it stop.",
        "If you ever feel unsafe at school, tell an adult right away.",
        "You can keep exploring careers with me any time.",
    ]),
    "harassment": "Let's keep it kind. I'm here to help you explore careers. What would you like to learn about?",
}

# Where the optional counselor line goes: right after the "talk to a trusted adult" advice.
_COUNSELOR_AFTER = {
    "self_harm": TRUSTED_ADULT,
    "abuse": TRUSTED_ADULT,
    "sexual_abuse": TRUSTED_ADULT,
    "violence": TRUSTED_ADULT,
    "bullying": "They can help make it stop.",
}


def _clean_counselor(counselor: Optional[str]) -> str:
    if not counselor:
        return ""
    return " ".join(str(counselor).split())


def reply_for(category: str, counselor: Optional[str] = None) -> str:
    """The fixed reply for a safety category.

    `counselor` is an optional line such as "School Counseling Office: https://..."; it is added
    after the advice to talk to a trusted adult (every category except harassment).
    Raises ValueError for an unknown category.
    """
    try:
        reply = REPLIES[category]
    except KeyError:
        raise ValueError("no safety reply for category %r" % (category,)) from None
    line = _clean_counselor(counselor)
    anchor = _COUNSELOR_AFTER.get(category)
    if line and anchor:
        reply = reply.replace(anchor, anchor + "\n" + line, 1)
    return reply
