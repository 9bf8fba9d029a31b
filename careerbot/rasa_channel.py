"""REST channel for careerbot's own web page: the bot's messages plus the live handout.

POST /webhooks/careerbot/webhook {"sender", "message", "metadata": {"mode", "lang"?}} ->
     {"messages": [...], "summary": <handout>, "lang": <the conversation's language after the turn>}
GET  /webhooks/careerbot/handout?sender=<id>[&lang=<en|es>] -> <handout>  (for printing)
`lang` in the metadata is the language the page was told to use (?lang=, data-lang, its toggle); it is
passed on to the bot only when the page sent one, since the bot reads a new value as the student's
choice. The handout is in the request's `lang` if it names one, else in the conversation's language.
The handout (careerbot.handout) is built from the conversation's `exploration` slot, in the same
Rasa process.
"""
import logging
from datetime import date
from typing import Dict, Optional

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response

from careerbot.handout import build_handout, language
from careerbot.i18n import LANGUAGES
from careerbot.kb.live import shared_knowledge
from careerbot.rasa_patches import apply as apply_rasa_patches
from careerbot.rasa_tracker_store import read_tracker
from careerbot.state import ExplorationState

apply_rasa_patches()   # the one place: Rasa imports this channel when its server starts
logger = logging.getLogger(__name__)
EXPLORATION_SLOT = "exploration"


def requested_language(value: object) -> Optional[str]:
    """A language the bot speaks, or None (nothing asked, or nothing it knows)."""
    return value if isinstance(value, str) and value in LANGUAGES else None


class CareerbotInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "careerbot"

    def blueprint(self, on_new_message):
        webhook = Blueprint("careerbot_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request):
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request):
            body = request.json if isinstance(request.json, dict) else {}
            sender = body.get("sender")
            text = body.get("message")
            if not isinstance(sender, str) or not sender or not isinstance(text, str):
                return response.json({"error": "sender and message are required"}, status=400)
            metadata = body.get("metadata")
            if not isinstance(metadata, dict):
                metadata = {}
            lang = requested_language(metadata.get("lang"))
            passed: Dict[str, str] = {"mode": str(metadata.get("mode", "student"))[:20]}
            if lang:
                passed["lang"] = lang
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(),
                                                 metadata=passed))
            except Exception:  # never echo the student's text into logs or the response
                logger.exception("The bot failed to handle a message.")
            state = await self._state(request, sender)
            spoken = language(state.lang)
            return response.json({"messages": collector.messages, "summary": self._handout(state, lang or spoken),
                                  "lang": spoken})

        @webhook.route("/handout", methods=["GET"])
        async def handout(request):
            sender = request.args.get("sender")
            if not isinstance(sender, str) or not sender or len(sender) > 200:
                return response.json({"error": "sender is required"}, status=400)
            state = await self._state(request, sender)
            lang = requested_language(request.args.get("lang")) or language(state.lang)
            return response.json(self._handout(state, lang))

        return webhook

    @staticmethod
    async def _state(request, sender: str) -> ExplorationState:
        """The conversation's exploration state (a new one if it can't be read)."""
        try:
            tracker = await read_tracker(request.app.ctx.agent.tracker_store, sender)
            return ExplorationState.from_slot(tracker.get_slot(EXPLORATION_SLOT) if tracker else None)
        except Exception:
            logger.exception("Could not read the conversation's state.")
            return ExplorationState()

    @staticmethod
    def _handout(state: ExplorationState, lang: str) -> Dict:
        try:
            return build_handout(shared_knowledge().get(), state, date.today(), lang)
        except Exception:
            logger.exception("Could not build the handout.")
            return build_handout(shared_knowledge().get(), ExplorationState(), date.today(), lang)
