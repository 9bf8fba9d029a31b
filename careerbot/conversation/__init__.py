"""What the bot says for each kind of student message, answered from the knowledge base only.

Each handler takes the knowledge base, the student's exploration state and the current turn,
updates the state, and returns Rasa-style messages ({"text", "buttons", "custom"}). Replies are
short (students read on phones) and end with a next step as buttons. One module per flow:
interests, describe, pathways, dual_enrollment, framework, quiz, housekeeping; respond.py
routes each intent to its handler.
"""
from careerbot.conversation.dual_enrollment import dual_enrollment_topic
from careerbot.conversation.pathways import best_pathway
from careerbot.conversation.picks import choice_from_text
from careerbot.conversation.respond import respond
from careerbot.conversation.topics import pick_topic
from careerbot.conversation.turns import Mention, Turn, button, text_message

__all__ = ["Mention", "Turn", "best_pathway", "button", "choice_from_text", "dual_enrollment_topic", "pick_topic",
           "respond", "text_message"]
