"""One module of screen rules per category; careerbot.safety.screen puts them in priority order."""
