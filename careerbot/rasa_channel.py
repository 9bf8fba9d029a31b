"""REST channel for careerbot's own web page: the bot's messages plus the live exploration summary.

POST /webhooks/careerbot/webhook {"sender", "message", "metadata"} ->
     {"messages": [...], "summary": {...}}
The summary is read from the conversation's `exploration` slot, in the same Rasa process.
"""
import logging

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response

from careerbot.kb.live import shared_knowledge
from careerbot.state import ExplorationState
from careerbot.summary import build_summary

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
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(),
                                                 metadata={"mode": str(metadata.get("mode", "student"))[:20]}))
            except Exception:  # never echo the student's text into logs or the response
                logger.exception("The bot failed to handle a message.")
            summary = await self._summary(request, sender)
            return response.json({"messages": collector.messages, "summary": summary})

        return webhook

    @staticmethod
    async def _summary(request, sender):
        try:
            agent = request.app.ctx.agent
            tracker = await agent.tracker_store.retrieve(sender)
            value = tracker.get_slot(EXPLORATION_SLOT) if tracker else None
            return build_summary(shared_knowledge().get(), ExplorationState.from_slot(value))
        except Exception:
            logger.exception("Could not build the exploration summary.")
            return build_summary(shared_knowledge().get(), ExplorationState())
