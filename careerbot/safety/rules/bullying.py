"""Being bullied: support and the counselor, without the crisis line."""
from __future__ import annotations

from careerbot.safety.engine import RuleSet
from careerbot.safety.vocabulary import AFTER_ME_OK, MYSELF

rules = RuleSet("bullying")

_BULLY_VERBS = (
    r"(?:make fun of|made fun of|making fun of|makes fun of|pick on|picks on|picking on|picked on|tease|teases|"
    r"teasing|teased|laugh at|laughs at|laughing at|laughed at|push|pushes|pushed|pushing|shove|shoves|shoved|"
    r"shoving|trip|trips|tripped|tripping|kicking|hitting|punching|spitting on|following|exclude|excludes|excluded|excluding|ignore|ignores|ignoring|ignored|threaten|"
    r"threatens|threatened|threatening|spread rumou?rs about|spreading rumou?rs about|spreads rumou?rs about|"
    r"post(?:ed|ing|s)? (?:\w+ ){0,3}about|mock|mocks|mocked|mocking|harass|harasses|harassed|harassing|bully|"
    r"bullies|bullying|bullied|beat up|beats up|jumped|jump|hit|hits|punch|punches|punched|kick|kicks|kicked|"
    r"spit on|spat on|throw (?:stuff|things) at|threw (?:stuff|things) at|gang up on|ganged up on|ganging up on|"
    r"humiliate|humiliated|humiliating|body shame|body shamed|body shaming|stalk|stalks|stalking|hate on|hating on|"
    r"talk (?:crap|shit|trash) about|talking (?:crap|shit|trash) about|talks (?:crap|shit|trash) about|"
    r"make memes (?:of|about)|made memes (?:of|about)|record|recorded|film|filmed)"
)
_INSULTS = (
    r"(?:names|mean names|bad names|fat|ugly|stupid|dumb|loser|freak|nerd|weirdo|weird|gay|slurs|a slur|retarded|"
    r"worthless|pathetic|useless|trash|gross|disgusting|poor|(?:a|an) (?:loser|freak|nerd|weirdo|whore|slut|bitch|hoe|"
    r"ho|pig|cow|dog|monkey|idiot|failure|mistake|creep|fatty|fatso|reject|nobody|nothing|terrorist))"
)
rules.add("topic",
      r"\b(?:being|getting|got|get|gets|been|keep getting|always getting) (?:\w+ )?(?:bullied|bulied|bullyed|"
      r"cyber ?bullied|picked on|made fun of|jumped|beat up|beaten up)\b",
      r"\bcyber ?bullied\b|\bbullied (?:online|at school|in class|on (?:instagram|snapchat|tiktok|discord))\b",
      topic=True)
rules.add("disclosure",
      r"\b(?:bully|bullies|bullied|bullying|bulling|bullyed|buly|bulied|bullys) me\b",
      r"\b(?:i|im|ive|i am|i was|i m|me)\b(?: \w+){0,3}? (?:bullied|bulied|bullyed|cyber ?bullied|picked on|"
      r"made fun of|harassed|teased|beat up|beaten up|jumped|excluded|left out|laughed at|called names|humiliated|"
      r"body shamed|threatened|stalked|cyberbullied)\b",
      r"\b(?:they|kids|people|everyone|everybody|students|classmates|girls|boys|guys|some kids|these kids|this kid|"
      r"a kid|he|she|my classmates|the kids|other kids|the other kids|my (?:ex )?friends|my teammates|someone|"
      r"somebody|a group|this (?:girl|boy|guy)|these (?:girls|boys|guys)|the (?:girls|boys|guys)|an older kid|"
      r"older kids|bullies|the bully|my bully)\b(?: \w+){0,4}? (?:keep |keeps |always |still |constantly |"
      r"wont stop |never stop |wont stop |started |start |all )?" + _BULLY_VERBS + r" me\b" + AFTER_ME_OK,
      r"\b(?:they|kids|people|everyone|everybody|he|she|someone|classmates)\b(?: \w+){0,4}? "
      r"(?:call|calls|called|calling) me " + _INSULTS + r"\b",
      r"\b(?:my|the) bull(?:y|ies) (?:at school|in (?:my )?class|keeps?|always|wont|is|are|said|says|took|takes)\b",
      r"\b(?:have|got|i have) (?:a )?bull(?:y|ies)\b",
      r"\b(?:everyone|everybody|all the kids|the whole class|people|kids) (?:at school |in my class |in class )?"
      r"(?:hates|hate) me\b",
      r"\b(?:nobody|no one|noone) (?:\w+ )?(?:sits|sit|talks|talk|plays|play|hangs out|hang out|eats|eat) with me\b",
      r"\bi (?:have|got) no friends\b|\bi dont have (?:any )?friends\b",
      r"\b(?:sit|eat) (?:lunch )?(?:alone|by myself) every day\b",
      r"\b(?:posted|shared|spread|made|started) (?:\w+ ){0,3}(?:about me|of me)\b(?=.{0,40}\b(?:online|everyone|"
      r"school|group chat|mean|fake|embarrass|laugh|instagram|snapchat|tiktok|discord)\b)",
      r"\b(?:made|make|created) (?:a )?(?:fake )?(?:account|page|group chat|gc|instagram|tiktok) (?:about|of|to make fun of|"
      r"to bully) me\b",
      r"\b(?:told|tell|tells|said|says|telling) me to (?:kys|kill " + MYSELF + r"|die|kill yourself|go die)\b",
      r"\b(?:steal|stole|steals|take|took|takes) my (?:lunch|lunch money|money|stuff|things|phone|backpack)\b"
      r"(?=.{0,40}\b(?:every day|always|again|bully|kids|they|keep)\b)")

rules.add("mean_to_me",
      r"\b(?:they|kids|people|everyone|everybody|classmates|my (?:ex )?friends|friends|the other kids|other kids|"
      r"some kids|girls|boys|he|she|my teammates)\b(?: \w+){0,3}? (?:are|r|is|keep being|have been|were|was|"
      r"get|gets) (?:so |really |always |super |being )?(?:mean|rude|nasty|cruel|horrible) (?:to|with) me\b")
