"""Building blocks of the screen's rules: word classes and phrase patterns students use.

Every pattern runs on careerbot.safety.normalize.prepare()d text: lowercase, apostrophes
inside words dropped ("im", "dont", "cant"), hyphens between words turned into spaces.
"""
from __future__ import annotations


def alt(*parts: str) -> str:
    return "(?:" + "|".join(parts) + ")"


MYSELF = r"(?:my ?self|myself|my ?slef|my ?sefl|myslf|mysef|meself|mself)"
TO = r"(?: ?(?:to|2|too|ta))?"
# Adverbs people put between "I want" and the verb.
FILL = r"(?: (?:just|really|rly|so|kinda|kind of|honestly|literally|lowkey|highkey|actually|fr|fucking|freaking|seriously|truly|sometimes|often|always|still))*"
WANT = r"(?:want|wanna|wana|wan|wnat|wamt|want(?:ed|s)|wish i could|would rather|id rather|rather|ready|deserve|deserves|need)"
DONT = r"(?:dont|do not|dnt|don|didnt|no longer|never)"
IM = r"(?:im|i am|i m|iam)"

# Family members and other people who might hurt a child (after "my").
REL = (
    r"(?:(?:step ?|foster |adoptive |real |birth |biological |older |big )?"
    r"(?:dad|daddy|father|mom|mommy|mother|mum|mama|momma|papa|pops|parents?|brother|bro|sister|sis|"
    r"uncle|aunt|auntie|grandpa|grandfather|grandma|grandmother|granddad|nana|cousin|family|guardian|"
    r"caregiver|stepparent|sibling|siblings)"
    r"|(?:moms|mums|dads|mothers|fathers|sisters|brothers|parents|cousins|uncles|aunts|grandmas|grandpas|familys) "
    r"(?:boyfriend|girlfriend|bf|gf|husband|wife|partner|friend|friends|ex)"
    r"|babysitter|nanny|boyfriend|girlfriend|bf|gf|coach|teacher|tutor|neighbou?r|pastor|priest|"
    r"youth (?:pastor|leader)|stepdad|stepmom|stepfather|stepmother|stepbrother|stepsister)"
)
PERSON_CORE = (
    r"(?:my " + REL + r"s?"
    r"|he|she|they|hes|shes|theyre|theyve|someone|somebody|some1|someone at home|somebody at home|"
    r"an adult|a grown ?up|a grownup|this (?:man|guy|adult|woman|lady|dude)|"
    r"a (?:man|guy|woman|lady|grown man)|(?:step ?)?(?:dad|mom|father|mother|mum)|parents)"
)
PERSON = r"\b" + PERSON_CORE + r"\b"
ADV = (
    r"(?:(?:is|are|was|were|has|have|had|been|keeps?|kept|always|still|sometimes|often|constantly|"
    r"usually|literally|really|also|just|even|would|will|did|does|do|used to|started|starts|start|"
    r"likes to|like to|tries to|tried to|gets|got|again|when (?:hes|shes|theyre|he is|she is) "
    r"(?:drunk|mad|angry|high)|(?:when|if) (?:he|she|they) (?:gets|get|is|are) (?:drunk|mad|angry|high)) )*"
)
HARM = (
    r"(?:hit|hits|hitting|beat|beats|beating|beaten|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|"
    r"kick(?:s|ed|ing)?|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|hurt|hurts|hurting|"
    r"burn(?:s|ed|t|ing)?|whip(?:s|ped|ping)?|smack(?:s|ed|ing)?|shov(?:e|es|ed|ing)|"
    r"abus(?:e|es|ed|ing)|attack(?:s|ed|ing)?|bruis(?:e|es|ed|ing)|starv(?:e|es|ed|ing)|"
    r"throw(?:s|ing)? (?:stuff|things) at|threw (?:stuff|things) at|beat(?:s|ing)? up|"
    r"belt(?:s|ed)?|spank(?:s|ed|ing)?|pinch(?:es|ed|ing)?|threaten(?:s|ed|ing)?|"
    r"grab(?:s|bed|bing)?|(?:push(?:es|ed|ing)?|slam(?:s|med|ming)?|throw(?:s|ing)?|threw|shove(?:s|d)?)"
    r"(?= me (?:down|into|against|to the (?:ground|floor|wall)|on the (?:ground|floor|bed))))"
)
# Benign continuations after "... hits me" / "... beat me": games, "hit me up", "beat me to it".
AFTER_ME_OK = (
    r"(?! (?:up\b|at\b|to (?:it|the|school|class|practice|a|an|work|study|do|be|try|apply|get|go|keep|improve|"
    r"succeed|reach|join|take|read|learn|finish|think|eat|sleep|clean)\b|by \d|back\b|first\b|harder\b|"
    r"out of (?:the |my |his |her |our )?(?:room|game|server|discord|chat|group|call|team|car|class|lobby|party)\b|"
    r"a (?:snack|drink|coffee?|soda|burger|pizza|gift)\b|with (?:the news|facts|that\b|(?:a|an|the|some|this|that|"
    r"his|her|their) (?:\w+ )?(?:idea|ideas|question|questions|news|fact|facts|joke|jokes|story|compliment|text|message|"
    r"meme|memes|song|video|suggestion|pillow|pillows|snowball|snowballs|water balloon|nerf))\b|"
    r"in (?:a |the )?(?:game|games|race|match|chess|checkers|math|fortnite|mario ?kart|basketball|soccer|"
    r"football|tennis|ping ?pong|arm ?wrestling|cards|monopoly|uno|sports|video ?games?|everything|grades|"
    r"fight|argument|debate|spelling bee)\b))"
)

# Horseplay between siblings and friends.
PLAYFUL = r"(?!.{0,40}\b(?:as a joke|jokingly|playfully|play ?fight\w*|when we play|wrestling|tickl\w*)\b)"

# Self-inflicted harm verbs (+ myself) with the accident contexts that are not self-harm.
SELF_HARM_VERB = (
    r"(?:cut|cuts|cutting|cuttin|carve|carving|burn|burning|burnt|burned|hurt|hurting|harm|harming|"
    r"hit|hitting|punch|punching|scratch|scratching|starve|starving|strangle|strangling|hang|hanging|"
    r"poison|poisoning|drown|drowning|shoot|shooting|stab|stabbing|suffocate|suffocating|choke|choking|"
    r"bleed|bleeding|kill|killing|killed|kil|killin|off|offing|unalive|unaliving|delete|deleting|end|knife|"
    r"ending|od|overdose)"
)
ACCIDENT = (
    r"(?! (?:on (?:the|a|my|some|an|this|that)\b|cooking|baking|ironing|shaving|playing|while\b|"
    r"at (?:practice|work|the gym|gym|soccer|football|basketball|the game|a game|recess)\b|"
    r"in (?:practice|gym|pe|the game|a game|soccer|football|basketball|the kitchen|the foot|my foot|"
    r"(?:\w+ )?(?:work|homework|hw|studying|books|music|coffee|games|anime|projects|assignments|school ?work))\b|"
    r"by accident|accidentally|during\b|skating|skateboarding|sk?iing|running|lifting|trying to|"
    r"when i (?:fell|tripped)|falling|with (?:a|the) (?:door|ball|bat|stick|racket)))"
)

# Everyday conditions that make "she'll kill me" an idiom ("...if I don't clean my room").
MUNDANE = (
    r"(?! (?:if i (?:dont|do not|fail|forget|lose|break|miss|am late|m late|come home late|get (?:a bad|bad|a [bcdf]\b)|"
    r"dont clean|eat|spend|crash|mess up)|when (?:she|he|they) (?:finds? out|sees?|hears?)|for (?:this|that|my|the) "
    r"(?:grade|test|mess|report card)|(?:at|in) (?:chess|checkers|cards|uno|monopoly|fifa|2k|madden|fortnite|smash|"
    r"mario ?kart|the game|this game|a game|games|video games|basketball|soccer|tennis|ping pong|pool|a race|the race|"
    r"arm wrestling|trivia))\b)"
)

ADULT = (
    r"\b(?:adult|adults|grown ?up|grownup|grown (?:man|woman|men)|older (?:guy|man|boy|girl|woman|dude|person|"
    r"friend|kid|teen|student|men|guys)|old man|man|men|guy|dude|stranger|strangers|someone online|"
    r"(?:guy|man|person|dude|someone|somebody|girl|woman) (?:i met |from )?online|coach|teacher|tutor|uncle|"
    r"stepdad|step dad|stepfather|boss|manager|pastor|priest|youth (?:leader|pastor)|neighbou?r|"
    r"(?:1[89]|[2-9]\d) ?(?:yo|y o|years? old|yrs? old)|(?:hes|he is|shes|she is) (?:1[89]|[2-9]\d)|"
    r"in (?:his|her) (?:20s|30s|40s|50s|twenties|thirties|forties|fifties)|(?:much|way|a lot|years) older)\b"
)

DISTRESS = alt(
    r"\blost my (?:job|mom|dad|mother|father|brother|sister|friend|best friend|grandma|grandpa|home|house|"
    r"scholarship|everything|only friend)\b|\blost everything\b",
    r"\bgot (?:fired|laid off|dumped|kicked out|expelled)\b",
    r"\b(?:my )?(?:life|everything) (?:sucks|is over|is hell|is falling apart|is a mess|is pointless|"
    r"is meaningless|is ruined|is shit)\b",
    r"\bhate (?:my life|" + MYSELF + r"|everything|being alive|living|existing|my existence)\b",
    r"\b" + IM + r" (?:so |just |literally )?done\b(?! with (?:my|the|this|that|our|all my|math|homework|hw|"
    r"school|class|it for|work|practice|dinner|lunch|reading)\b)",
    r"\bi (?:just )?give up\b",
    r"\bgive up on (?:everything|life|living)\b",
    r"\b(?:nobody|no one|noone|no1) (?:even |really )?(?:cares|loves me|likes me|would care|would miss me|"
    r"will miss me|would notice|understands|gets me|wants me|needs me|cares about me)\b",
    r"\b(?:cant|can not|cannot|cnt) (?:do this|take (?:it|this)|go on|handle (?:it|this|life)|keep going|"
    r"deal|cope)(?: anymore| any more| much longer)?\b",
    r"\b(?:feel|feeling|felt|im|i am|so) (?:so |really |very |completely )?(?:hopeless|worthless|empty|"
    r"numb|alone|lonely|trapped|useless|broken|depressed|miserable|like a burden|like nothing)\b",
    r"\b" + IM + r" (?:a burden|a failure|such a failure|nothing|worthless|hopeless|useless|a mistake|"
    r"a waste of space)\b",
    r"\b(?:everyone|everybody) (?:hates me|would be (?:happier|better))\b",
    r"\bwhats the point\b",
    r"\bno way out\b",
    r"\b(?:want|wish) (?:it|everything|this|the pain|it all) (?:to|would) (?:all )?(?:stop|end)\b",
    r"\bcant stop crying\b",
    r"\b(?:depressed|depression)\b",
    r"\bnothing (?:matters|ever gets better|gets better|will get better)\b",
    r"\b(?:wont|will never|never) get better\b",
    r"\b(?:failed|failing) (?:everything|all my classes|out)\b",
    r"\b(?:broke up with me|dumped me|left me)\b",
    r"\b(?:mom|dad|mother|father|brother|sister|grandma|grandpa|friend|best friend) (?:died|passed away|"
    r"killed (?:himself|herself))\b",
    r"\bkicked me out\b",
    r"\b(?:so |really )?(?:tired|sick) of (?:everything|it all|life|living)\b",
    r"\bwhy (?:am i|do i) (?:even )?(?:alive|here|exist)\b",
)

# Means of self-harm; dangerous after a distress cue or an "asking for a friend".
# "my dad's friend died of an overdose", "lost my cousin to an overdose", "murió de sobredosis": a death someone
# grieves, not a means the student has (nor, for the topic rules, a worry about the student).
DIED_OF = (r"(?<!died of an )(?<!died of )(?<!died from an )(?<!died from )(?<!passed away from an )(?<!passed from an )"
           r"(?<!passed of an )(?<! to an )(?<!murio de una )(?<!murio de )(?<!murio por una )(?<!murio por )"
           r"(?<!fallecio de )(?<!fallecio por )")
METHOD = alt(
    r"\b(?:bridges?|buildings?|roofs?|rooftops?|cliffs?|towers?|overpass(?:es)?|parking (?:garage|structure)s?|"
    r"balcon(?:y|ies)|skyscrapers?|ledges?)\b.{0,40}\b(?:tall|taller|tallest|high|higher|highest|meters?|metres?|"
    r"feet|ft|stories|storeys|floors|drop|fall|jump)\b",
    r"\b(?:tall|taller|tallest|high|higher|highest|biggest|steepest)(?: \w+)? (?:bridges?|buildings?|roofs?|"
    r"rooftops?|cliffs?|towers?|overpass(?:es)?|parking (?:garage|structure)s?|balcon(?:y|ies)|skyscrapers?)\b",
    r"\b(?:pills?|tablets?|" + DIED_OF + r"overdos\w*|od|tylenol|advil|ibuprofen|acetaminophen|paracetamol|sleeping (?:pills|meds)|"
    r"xanax|oxy\w*|fentanyl|painkillers?|pain killers?|meds|insulin|bleach|poison\w*|antifreeze|rope|ropes|"
    r"noose|hang|hanging|guns?|firearms?|pistol|rifle|shotgun|bullets?|ammo|knife|knives|razors?|blades?|"
    r"(?:train|railroad|subway|railway) tracks?|carbon monoxide|exhaust|helium|drown|drowning|lethal|"
    r"painless|deadly|fatal|wrists?|cut deep)\b",
    r"\bjump (?:off|from|in front)\b",
    r"\b(?:how to|ways? to|how do you|how do i|how long (?:does it take|to)) (?:die|bleed out|drown|suffocate)\b",
    r"\bhow (?:high|tall|far down|deep)\b",
    r"\bdeep (?:cut|cuts|enough)\b",
)

FRIEND = alt(
    r"\b(?:asking|askin|ask) (?:for|4) (?:a|my) (?:friend|frend|fren|buddy|cousin)\b",
    r"\bfor a friend\b",
    r"\bmy friend (?:wants|wanted|needs) to know\b",
)
HYPOTHETICAL = r"\b(?:hypothetically|hypothetical|just curious|theoretically|out of curiosity)\b"
# Narrower than METHOD: "hypothetically, would a soldier carry a gun" is a career question.
METHOD_STRONG = (
    r"\b(?:overdos\w*|od|lethal|painless|noose|hang (?:my ?self|yourself)|bleach|poison\w*|die|dying|"
    r"kill (?:my ?self|yourself|urself)|too many (?:pills|meds|tablets)|how many (?:pills|meds|tablets)|"
    r"how much (?:\w+ )?(?:would|does it|to) (?:take|kill)|jump off)\b"
)

CAREER = alt(
    r"\bcareers?\b", r"(?<!my )\bjobs?\b", r"\bbecom(?:e|es|ing)\b", r"\bstud(?:y|ies|ying)\b",
    r"\bmajor(?:ing|s)?\b", r"\bminor in\b", r"\bdegrees?\b", r"(?<!my )\bcollege\b", r"\buniversity\b",
    r"(?<!my )\bcounsel(?:or|ors|lor|lors|ing|ling)\b", r"(?<!my )\btherapists?\b", r"\bpsycholog\w*",
    r"\bpsychiatr\w*", r"\bsocial work\w*", r"\bworkers?\b", r"\bwork(?:s|ed|ing)? (?:as|in|at|with|for)\b",
    r"\b(?:hospitals?|clinics?|emergency rooms?|er)\b",
    r"\bdo they\b", r"\bwhat (?:does|do|would) (?:a|an|the|they|you|people|someone)\b(?: \w+){0,3} do\b",
    r"\bwhat do \w+s do\b", r"\bofficers?\b", r"\bpolice\b", r"\bdetectives?\b", r"\binvestigators?\b",
    r"\bscientists?\b", r"\bnurses?\b", r"\bdoctors?\b", r"\bparamedics?\b", r"\bemts?\b", r"\blawyers?\b",
    r"\battorneys?\b", r"\badvocates?\b", r"\bprevention\b", r"\bawareness\b", r"\bresearch\w*",
    r"\bessay\b", r"\breport (?:on|about)\b", r"\bproject (?:on|about)\b", r"\bprofessions?\b",
    r"\boccupations?\b", r"\bsalar(?:y|ies)\b", r"\binternships?\b", r"\btraining\b", r"\bcertif\w*",
    r"\bhir(?:e|es|ed|ing)\b", r"\bspecialists?\b", r"\bforensic\w*", r"\bcriminolog\w*", r"\bstatistics\b",
    r"\bclass (?:on|about)\b", r"\bcourses?\b", r"\bpathways?\b", r"\brates?\b",
    r"\b(?:coroners?|medical examiners?|morticians?|funeral directors?|examiners?|pathologists?|technicians?|"
    r"techs?|agents?|guards?|soldiers?|military|army|navy|marines?|air force|firefighters?|pharmacists?|"
    r"pharmacy|(?<!my )teachers?|judges?|nonprofits?|charity|charities|volunteer\w*|internship|"
    r"victims? advocates?|caseworkers?|case workers?|hotline workers?|crisis workers?)\b",
)

# Figurative phrases blanked out before matching.
FIGURATIVE = alt(
    r"\b(?:die|dying|died|dead) (?:of|from) (?:embarrassment|embarassment|laughter|laughing|boredom|cringe|"
    r"shame|cuteness|hunger|thirst|excitement|curiosity|suspense|happiness|the heat|heat|the cold|jealousy|"
    r"envy|fomo|old age)\b",
    r"\bdying (?:to|for|laughing|of laughter)\b",
    r"\b(?:rather|sooner) die than\b",
    r"\bdie (?:my|her|his|their|your|the|our) (?:hair|shirt|clothes)\b",
    r"\b(?:could|would) (?:literally |just |honestly )?(?:die|sleep forever)\b",
    r"\bkill (?:it|them) (?:at|in|on) (?:the|my|this|that)\b",
    r"\bto die for(?= *(?:$|[.!,?]|lol|fr|tbh|omg|rn|ngl|fr fr))|\b(?:would|could) (?:literally |honestly |actually )?die for (?:a|an|some|that|this|those|these) \w+",
    r"\boverdos\w* on (?:netflix|youtube|tiktok|anime|candy|sugar|chocolate|caffeine|coffee|memes|homework|"
    r"studying|k ?dramas?|shows|tv|video games|games|halloween candy|pizza|snacks|junk food|cookies|energy drinks)\b",
    r"\b(?:run|runs|running|ran|do|doing|did) (?:\w+ )?suicides\b|\bsuicides (?:at|in|after|for) (?:practice|"
    r"conditioning|gym|pe|tryouts)\b",
    r"\bdrop dead (?:gorgeous|beautiful|handsome|funny|cute|pretty)\b",
    # what a song or a poem says, in quotes: "the song that goes 'i want to disappear'" (not what a person says)
    r"\b(?:song|songs|lyrics?|poem|titled|cancion|letra|poema|se llama|is called)\b(?: (?:que dice|that (?:says|goes)|"
    r"dice|says|goes))?:? \"[^\"]{1,80}\"",
    r"\b(?:killing it|killed it|killer (?:workout|practice|game|test|song|beat|app|idea|outfit)|murdered it|"
    r"murder(?:ed)? the (?:test|game|stage|song))\b",
    r"\bhit(?:s|ting)? the (?:gym|books|road|hay|sack|snooze|showers?|weights|slopes|trails?|mall|store|court|field|pool|"
    r"beach|club|town|jackpot|ground running|nail on the head|bullseye|dance floor|track|ice|mat|links)\b",
)

GAMES = (
    r"(?! (?:in|on|at) (?:fortnite|minecraft|roblox|valorant|cod|call of duty|overwatch|apex|among us|"
    r"the game|this game|that game|games|a game|smash|mario ?kart|2k|madden|fifa|chess|the debate|"
    r"the competition|the tournament|the match|the race|basketball|soccer|football|practice|tryouts)\b)"
)
# "I'm going to", "I want to", "ima", "ill" ... in the first person: the phrase must follow "i",
# "im", "we", a sentence start or a filler word, so "it will kill you" or "my mom is gonna
# murder me" do not count.
INTENT_LEAD = (
    r"(?:^|[.!?,;:()\[\]\"]\s*|\b(?:i|im|i am|i m|we|were|we are|and|so|then|or|but|lol|swear|fr|"
    r"honestly|literally|seriously|really|just|kinda|lowkey|highkey|actually|totally|definitely|still|also|"
    r"even|sometimes|tomorrow|today|tonight|now|ngl|tbh|deadass|bro|dude|omg|ugh) )"
)
INTENT = (
    INTENT_LEAD +
    r"(?:gonna|gunna|going to|goin to|gon|finna|ima|imma|ill|i will|i ll|will|want to|wanna|wana|plan to|"
    r"planning to|plan on|planning on|about to|bout to|ready to|tryna|trying to|might|might just|should|"
    r"need to|have to|intend to|cant wait to|thinking about|thinking of|fantasize about|dream about)"
    r"(?: (?:just|really|seriously|honestly|literally|actually|finally|totally|definitely|fr|fucking|go|"
    r"come|and))*"
)
VIOLENT = (
    r"(?:killing|murdering|shooting|stabbing|strangling|choking|poisoning|hurting|attacking|bombing|torturing|"
    r"kill|murder|shoot|stab|strangle|choke|poison|hurt|beat up|jump|attack|bomb|torture|punch|"
    r"run over|burn|slit|gun down|shank|end|beat the (?:crap|shit|hell|life) out of|smash|break)"
)
TARGET = (
    r"(?:him|her|them|you|u|ya|yall|y all|you all|everyone|everybody|every1|people|someone|somebody|some1|"
    r"(?:that|this|those|these|the) (?:kid|kids|guy|guys|girl|girls|boy|boys|dude|teacher|teachers|principal|"
    r"bully|bullies|bitch|bastard|person|people|man|woman|idiot|idiots|loser|losers|jerk|jerks|class|"
    r"students|cops|whole (?:school|class|team))|"
    r"my (?:(?:little|big|older|younger|baby|step) ?)?(?:dad|mom|mother|father|brother|sister|teacher|teachers|"
    r"classmates?|bully|bullies|ex|boss|"
    r"coach|principal|neighbou?r|family|parents|friend|friends|bf|gf|boyfriend|girlfriend|cousin|uncle|aunt)|"
    r"all of (?:them|you|yall|em)|them all|em all|every (?:one|single one) of (?:them|you|em)|each (?:one )?of (?:them|you)|"
    r"some (?:people|kids|students|guys|girls|teachers|of them)|people at (?:school|my school)|kids|students|teachers|"
    r"classmates|(?:his|her|their) (?:face|head|family))"
)

