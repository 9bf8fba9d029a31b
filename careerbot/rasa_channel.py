"""REST channel for careerbot's own web page: the bot's messages plus the live handout.

POST /webhooks/careerbot/webhook {"sender", "message", "metadata": {"mode", "lang"}} ->
     {"messages": [...], "summary": <handout>}
GET  /webhooks/careerbot/handout?sender=<id>&lang=<en|es> -> <handout>  (for printing)
The handout (careerbot.handout) is built from the conversation's `exploration` slot, in the same
Rasa process.
"""
import logging
from datetime import date

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response

from careerbot.handout import build_handout, language
from careerbot.kb.live import shared_knowledge
from careerbot.state import ExplorationState

logger = logging.getLogger(__name__)
EXPLORATION_SLOT = "exploration"


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
            metadata = body.get("metadata") if isinstance(body.get("metadata"), dict) else {}
            lang = language(metadata.get("lang"))
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(),
                                                 metadata={"mode": str(metadata.get("mode", "student"))[:20],
                                                           "lang": lang}))
            except Exception:  # never echo the student's text into logs or the response
                logger.exception("The bot failed to handle a message.")
            summary = await self._handout(request, sender, lang)
            return response.json({"messages": collector.messages, "summary": summary})

        @webhook.route("/handout", methods=["GET"])
        async def handout(request):
            sender = request.args.get("sender")
            if not isinstance(sender, str) or not sender or len(sender) > 200:
                return response.json({"error": "sender is required"}, status=400)
            return response.json(await self._handout(request, sender, language(request.args.get("lang"))))

        return webhook

    @staticmethod
    async def _handout(request, sender, lang):
        try:
            agent = request.app.ctx.agent
            tracker = await agent.tracker_store.retrieve(sender)
            value = tracker.get_slot(EXPLORATION_SLOT) if tracker else None
            return build_handout(shared_knowledge().get(), ExplorationState.from_slot(value), date.today(), lang)
        except Exception:
            logger.exception("Could not build the handout.")
            return build_handout(shared_knowledge().get(), ExplorationState(), date.today(), lang)
