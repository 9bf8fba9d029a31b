"""Simulated students for the fault and throughput tests: each opens a session at the web front
and chats like a student (grade, interests, then questions), checking on every later turn that
the bot still knows the grade and interests it was told."""
import asyncio
import json
import random
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional

import aiohttp

PROFILES = [(9, ["animals", "science"]), (10, ["cars"]), (11, ["drawing", "computers"]), (12, ["cooking"]),
            (9, ["building things"]), (10, ["music"]), (11, ["helping people"]), (12, ["money"])]
FOLLOW_UPS = [
    "what classes would I take?", "what certifications could I get?", "what jobs are there?",
    "can I take college classes in high school?", "what about internships?", "tell me more",
    "what does it pay?", "summary", "what other careers fit me?", "how long is college for that?",
    "ok thanks", "what would I do every day?", "what should I do next year?", "show me the pathway",
    "what is dual enrollment?", "any apprenticeships?", "what else?",
]


@dataclass
class Student:
    number: int
    grade: int
    interests: List[str]
    conversation: Optional[str] = None
    turns_done: int = 0
    failures: List[str] = field(default_factory=list)      # 5xx answers, with what they said
    lost: List[str] = field(default_factory=list)          # turns that forgot grade or interests
    empty: int = 0                                         # 200 answers with no message
    broken: List[str] = field(default_factory=list)        # anything not friendly JSON

    def script(self, turns: int) -> List[str]:
        rng = random.Random(self.number)
        said = ["hi", "I'm in %dth grade" % self.grade, "I like " + " and ".join(self.interests)]
        if self.number % 4 == 0:
            said.append("you can email me at student%d@example.com" % self.number)
        while len(said) < turns:
            said.append(rng.choice(FOLLOW_UPS))
        return said[:turns]


def students(count: int) -> List[Student]:
    return [Student(i, *PROFILES[i % len(PROFILES)]) for i in range(count)]


async def _post(http: aiohttp.ClientSession, url: str, body: dict):
    async with http.post(url, json=body, timeout=aiohttp.ClientTimeout(total=60)) as resp:
        text = await resp.text()
        return resp.status, resp.content_type, text


async def talk(http: aiohttp.ClientSession, web_url: str, student: Student, turns: int,
               think: Callable[[], float], retry_wait: float = 1.0, max_retries: int = 1) -> None:
    """One student's whole conversation. A 5xx is retried (same message) after `retry_wait`."""
    status, _, text = await _post(http, web_url + "/api/session", {})
    student.conversation = json.loads(text)["conversation_id"]
    for index, message in enumerate(student.script(turns)):
        await asyncio.sleep(think())
        retries, slowdowns = 0, 0
        while True:
            status, content_type, text = await _post(http, web_url + "/api/chat",
                                                     {"conversation_id": student.conversation, "message": message})
            if status == 429 and slowdowns < 60:   # slow down as the page would; not an outage
                slowdowns += 1
                await asyncio.sleep(2)
                continue
            if status >= 500:
                student.failures.append("turn %d %r: HTTP %d" % (index + 1, message, status))
                if content_type != "application/json" or "try again" not in json.loads(text).get("message", ""):
                    student.broken.append("turn %d: HTTP %d %s %.80s" % (index + 1, status, content_type, text))
                if retries < max_retries:
                    retries += 1
                    await asyncio.sleep(retry_wait)
                    continue
            break
        if status != 200:
            student.broken.append("turn %d %r: gave up with HTTP %d" % (index + 1, message, status))
            student.turns_done += 1
            continue
        body = json.loads(text)
        if not body.get("messages"):
            student.empty += 1
        summary = body.get("summary") or {}
        if index >= 3 and not knows(student, summary):
            student.lost.append("turn %d: grade %r interests %r" % (index + 1, summary.get("grade"),
                                                                     summary.get("interests")))
        student.turns_done += 1


def knows(student: Student, summary: Dict) -> bool:
    return summary.get("grade") == student.grade and set(student.interests) <= set(summary.get("interests") or [])


async def throughput(http: aiohttp.ClientSession, rasa_urls: List[str], conversations: int, turns: int) -> float:
    """Turns a second straight into the Rasa replicas' careerbot webhook (conversations spread
    over `rasa_urls`), all at once, no think time."""
    path = "/webhooks/careerbot/webhook"

    async def one(i: int) -> None:
        student = Student(1000 + i, *PROFILES[i % len(PROFILES)])
        url = rasa_urls[i % len(rasa_urls)] + path
        sender = "throughput-%d-%d-%d" % (len(rasa_urls), i, time.time_ns())
        for message in student.script(turns):
            status, _, _ = await _post(http, url, {"sender": sender, "message": message})
            if status != 200:
                raise RuntimeError("throughput run: HTTP %d from %s" % (status, url))

    started = time.monotonic()
    await asyncio.gather(*(one(i) for i in range(conversations)))
    return conversations * turns / (time.monotonic() - started)
