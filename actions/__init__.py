"""Custom actions: thin adapters from Rasa to careerbot.conversation."""
