"""The public web front: chat pages, the school-site embed, and the relay to the bot."""
