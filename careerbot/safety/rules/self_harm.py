"""Suicide, self-harm and their warning signs (including a friend at risk)."""
from __future__ import annotations

from careerbot.safety.engine import RuleSet
from careerbot.safety.vocabulary import (
      ACCIDENT,
      DIED_OF,
      DISTRESS,
      DONT,
      FILL,
      FRIEND,
      HYPOTHETICAL,
      METHOD,
      METHOD_STRONG,
      MYSELF,
      SELF_HARM_VERB,
      TO,
      WANT,
)
from careerbot.safety.vocabulary_es import EVERYDAY_HURT, YO_QUIERO, reflexive

rules = RuleSet("self_harm")

rules.add("kms", r"(?<!\d)(?<!\d )(?<!many )(?<!few )\bkms\b")
rules.add("kill_myself",
      r"\b(?:kill|killing|killed|kil|killin|off|offing|unalive|unaliving|delete|deleting) ?" + MYSELF + r"\b",
      r"\b(?:alt ?f ?(?:4|a)|ctrl ?alt ?del(?:ete)?) " + MYSELF + r"\b",
      r"\bkillmyself\b")
rules.add("unalive", r"\b(?:un ?aliv\w*|sewer ?slide|self ?delete|sui ?side)\b(?! (?:my|the|this|that|these|those) (?:\w+ )?"
      r"(?:textbooks?|books?|homework|hw|essays?|alarm|phone|laptop|printer|wifi|router|computer|tests?|exams?|"
      r"assignments?|projects?|worksheets?|group chat|plants?|spiders?|bugs?|mosquitos?|flies)\b)")
rules.add("want_to_die",
      r"\b" + WANT + FILL + TO + FILL + r" (?:die|be dead|not exist|not be alive|not be here|stop existing|"
      r"stop living|disappear forever|disappear from (?:this|the) (?:world|earth|planet)|"
      r"disappear(?=$|[.!?,]| (?:lol|tbh|ngl|rn|now|already|completely|and never|and not|for good))|"
      r"end my life|end it all|end it|end everything|not wake up|"
      r"never wake up|sleep forever|go to sleep forever|be gone|not live|stop breathing)\b"
      r"(?! (?:of|from|with|on|in|for|my hair)\b)",
      r"\b(?:wanna|want to|wan to|wish i could|just want to) ?die\b",
      r"\bwant2die\b|\bwanttodie\b|\bwannadie\b")
# Someone told the student to kill themselves, and the student takes it up: "everyone tells me to kys and
# honestly im about to do it", "me dicen que me mate y creo que tienen razon". Told alone, it is bullying.
rules.add("takes_up_being_told",
      r"\b(?:told|tell|tells|said|says|telling|keep telling|keeps telling) me to (?:kys|kill " + MYSELF + r"|die|"
      r"kill yourself|go die|end it)\b.{0,60}\b(?:(?:im|i am|i m) (?:about to|gonna|going to|thinking about|"
      r"considering|starting to believe)|i (?:might|will|should|want to|wanna|think i will|think ill)|"
      r"maybe (?:i should|ill|i will|they re right|theyre right|they are right)|they (?:might be|re|are) right)\b",
      r"\b(?:say|says|said|saying|tell|tells|told|telling|keep saying|keeps saying|post|posts|comment|comments) "
      r"(?:kys|kill yourself|go die|to kys|to die)(?: to me)?\b.{0,60}\b(?:they (?:might be|re|are) right|maybe they(?:re| are) "
      r"right|(?:im|i am) (?:starting to|beginning to) (?:believe|think|agree))\b",
      r"\bme (?:dicen|dijeron|dice|dijo) que me (?:mate|muera|suicide|corte)\b.{0,60}\b(?:lo voy a hacer|"
      r"tienen razon|tiene razon|creo que si|ya mero|lo (?:voy|pienso) a hacer|a lo mejor lo hago|quizas lo haga)\b")
rules.add("intent_to_end",
      r"\b(?:going to|gonna|gunna|plan to|planning to|planning on|about to|decided to|will|ill|might|ready to|"
      r"want to|wanna|have to|need to) (?:just )?(?:end it all|end my life|end it tonight|end it today|end it now|"
      r"end it for good|end things|end everything|take my (?:own )?life|commit suicide|commit|do it tonight)\b",
      r"\b(?:end|ending|ended) it all\b",
      r"\b(?:end|ending|take|taking) my (?:own )?life\b(?! (?:in|to|back|into|seriously|more|to the next)\b)",
      r"\bend my existence\b",
      r"\b(?:going to|gonna|gunna|want to|wanna|ready to|about to|will|ill|and|just|finally|then|plan to|"
      r"planning to|planning on|decided to|thinking about|thinking of|need to|have to) end it\b"
      r"(?! (?:with|between|for (?:us|them|now|today)|early|here|there|on|at|in|after|before|by)\b)")
rules.add("dont_want_to_live",
      r"\b" + DONT + r" (?:really |even |honestly |just )?(?:want|wanna|wana|feel like|wish) ?(?:to )?"
      r"(?:be alive|exist|be here anymore|be here no more|be here any more|wake up(?: tomorrow| anymore| ever)?|"
      r"keep living|go on living|live anymore|live any more|be around anymore|live\b(?! (?:in|with|at|near|on|by|"
      r"there|here|far|close|somewhere|abroad|downtown|alone|off|paycheck|together|like that|like them|forever|"
      r"in a|a life|life)\b))",
      r"\bno longer (?:want|wanna) (?:to )?(?:live|be alive|exist|be here)\b",
      r"\b(?:wish|wished) i (?:was|were) (?:dead|never born|not alive|not born|gone)\b",
      r"\bwish i (?:wasnt|werent|wasn t) (?:alive|born|here|around)\b",
      r"\bwish i (?:had )?never (?:been )?born\b",
      r"\bwish i (?:didnt|did not|dont|do not|never) (?:exist|existed|wake up|woke up)\b",
      r"\bwish i (?:could )?(?:just )?(?:disappear|stop existing|not exist|die|sleep forever|never wake up)\b",
      r"\b(?:shouldnt|should not|dont deserve to) (?:exist|be alive|live|be here)\b",
      r"\b(?:tired|sick) of (?:living|being alive|life|existing)\b",
      r"\bso tired of everything\b",
      r"\bdone with (?:life|living|being alive|existing|it all)\b",
      r"\bgive up on (?:life|living)\b",
      r"\b(?:thinking|thought|thinkin) (?:about|of) (?:ending|end) (?:things|it|everything|it all|my life)\b",
      r"\b(?:dont|do not|cant|can not|cannot) see (?:a|any|the) (?:reason|point) (?:to|in) (?:keep going|keeping going|"
      r"going on|living|being alive|being here|trying anymore)\b",
      r"\b(?:want|wanna) to (?:just )?give up\b(?! on\b)",
      r"\bi should (?:just )?(?:die|disappear|not exist|be dead)\b",
      r"\b(?:want|wish|need) (?:everything|it all|my life|life|the pain|all of this|all this) (?:to|would) (?:just )?"
      r"(?:end|stop|be over)\b",
      r"\b(?:want|wish|need) (?:it|this) (?:to|would) (?:just |all )?(?:end|be over)\b(?! (?:early|soon|already|so i can))",
      r"\b(?:cant|can not|cannot|dont want to|how (?:much )?(?:longer|long) (?:can )?i (?:can )?) ?(?:keep|go on) living"
      r"(?: like this)?\b|\bkeep living like this\b",
      r"\b(?:cant|can not|cannot|dont think i can|dont know if i can|not sure i can|unable to) (?:stay|keep) "
      r"(?:alive|living|going) (?:much longer|anymore|any longer|for long)\b",
      r"\bwhy (?:should|would|do|must) i (?:even |still |just )?(?:keep living|live|be alive|stay alive|exist|go on|"
      r"keep going|be here)\b",
      r"\b(?:easier|better|simpler) if i (?:was|were|wasnt|werent|was not|were not) (?:dead|gone|not here|not alive|"
      r"never born|here|alive|around)\b",
      r"\bhope i (?:die|dont wake up|never wake up|get hit by a (?:car|bus|truck|train))\b",
      r"\b(?:want|wish|need|begging) (?:someone|somebody|something|a (?:car|truck|bus|train)|god|the universe) "
      r"(?:to|would) (?:just )?(?:kill|end|take) me\b")
rules.add("no_reason_to_live",
      r"\b(?:no|dont have a|dont have any|not a single) reason (?:to|for) (?:live|living|be alive|keep living|go on|"
      r"keep going|stay alive|be here|exist)\b",
      r"\bnothing (?:left )?to live for\b",
      r"\b(?:dont|cant|do not|can not|cannot|never) see (?:a|any|the) (?:reason|point) (?:to|in|of|for) (?:live|living|"
      r"keep living|go on|going on|being alive|be alive|stay alive|staying alive|being here)\b",
      r"\b(?:no|whats the|what is the) point (?:in |of )?(?:living|life|being alive|going on|existing|me being here)\b",
      r"\b(?:life|living|existing) (?:isnt|is not|aint|is so not|s not) worth\b",
      r"\bnot worth living\b",
      r"\bbetter off (?:without me|dead|if i (?:was|were|wasnt|werent|was not|were not|died|disappeared|left|"
      r"never existed)\b)",
      r"\b(?:world|everyone|everybody|my family|they) (?:would be|will be|is|are) better (?:off )?without me\b",
      r"\b(?:would|will|d) be (?:so much |much |a lot |just )?(?:happier|better|fine|okay|ok|happy) (?:off )?(?:without me|if i (?:was|were|wasnt|"
      r"werent|was not|were not|died|disappeared|left|never existed) ?(?:gone|dead|here|around|alive|born)?\b)",
      r"\b(?:nobody|no one|noone) (?:would|will|even)(?: even| really| ever)? (?:care|notice|miss me|cry) if i (?:died|was gone|were gone|"
      r"disappeared|killed|wasnt here|left forever|was dead|wasnt alive)\b",
      r"\bif i (?:died|was gone|disappeared) (?:nobody|no one|noone) would (?:care|notice|miss me)\b",
      r"\b(?:would|will) (?:anyone|anybody|people|they|you|my (?:family|friends|parents)) (?:even |really )?(?:miss me|care|"
      r"notice|cry) if i (?:was|were|died|disappeared|killed|wasnt|left)\b",
      r"\b(?:goodbye|bye) (?:forever|cruel world|world forever)\b|\bthis is (?:my )?goodbye\b",
      r"\b(?:giving|gave|give) away (?:all )?my (?:stuff|things|belongings|stuff)\b")
rules.add("goodbye_hints",
      r"\b(?:not|wont|will not|aint) (?:gonna |going to )?be (?:around|here|alive) (?:much longer|for long|anymore|"
      r"tomorrow|by tomorrow|next (?:week|year)|after (?:tonight|today))\b",
      r"\b(?:pills|meds|tablets) (?:saved up|stocked up|hidden|stashed|ready)\b",
      r"\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|collecting|collected) (?:up )?"
      r"(?:my |some |all my |a lot of )?(?:pills|meds|tablets)\b",
      r"\b(?:nobody|no one|noone|no1) (?:would|will|is gonna|is going to|gonna) (?:even |really |ever )?miss me\b")
rules.add("warning_signs",
      # farewells, putting affairs in order, worthlessness, access to means, researching how (988 / AFSP signs)
      r"\b(?:this is|this will be|this ll be|thisll be|this is gonna be) (?:my|the) (?:very )?last (?:message|msg|text|"
      r"post|chat|time (?:i|im) (?:talk|text|write|message)\w*)\b",
      r"\b(?:got|get|getting|put|putting|have|had) (?:all )?my (?:affairs|things|stuff|life) in order\b",
      r"\b(?:im|i am|i m|i feel like|i feel like im) (?:just |such |nothing but )?(?:a|an) (?:waste of (?:space|air|"
      r"oxygen|life|skin)|burden (?:to|on|for) (?:everyone|everybody|my family|my parents|them|the world))\b",
      r"\b(?:i )?know where (?:my )?(?:\w+ )?(?:keeps?|hides?|stores?|locks? up) (?:his|her|their|the|a|all the) "
      r"(?:guns?|pistol|rifle|pills|meds|medicine|sleeping pills|pain pills)\b",
      r"\b(?:googl\w*|search\w*|look\w* up|research\w*|read\w* about) (?:how (?:fast|long|quick|quickly|much|many)|"
      r"what (?:dose|amount)|ways to|the (?:fastest|easiest|quickest|least painful) way)\b.{0,60}\b(?:lose "
      r"consciousness|pass out|die|dying|overdose|od|painless\w*|stop breathing|bleed out|drown\w*|fatal|lethal)\b")
rules.add("sleep_forever",
      r"\bsleep forever\b",
      r"\b(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up\b",
      r"\bnever wake up again\b")
# "i punch", "ive been biting": the student hurting their own body (the rest of the pattern names the body)
_I_HIT = r"\b(?:i|im|ive|i have|i keep)\b(?: \w+){0,2}? (?:punch|hit|slap|bite|bit|scratch|pinch|claw|bang|burn|smack)\w*"
rules.add("self_injury",
      r"\b" + SELF_HARM_VERB + r" " + MYSELF + r"\b" + ACCIDENT,
      r"\b(?:i|ive|i have|im|been|started|start|keep|kept|still|relapsed|relapse|urge to|urges to|want to|wanna|"
      r"thinking about|thought about) (?:\w+ )?self ?harm\w*\b",
      r"\bmy self ?harm\w*\b",
      r"\b(?:relapsed|relapse|relapsing)(?: on| with| into)? (?:sh|self ?harm|cutting)\b",
      r"\b(?:been|started|start|keep|kept|still|stop|stopped|quit|relapsed|i|im|urge to|urges to) cutt?(?:ing|in)"
      r"(?: again| myself| my)?\b(?! (?:class|classes|school|hair|my hair|grass|the grass|wood|paper|back|down|costs|"
      r"corners|onions|out|off|it close|ties|in line|coupons|vegetables|veggies|fabric|the cake|the line|cake)\b)",
      r"\bi cut (?:again|deeper|last night|yesterday|today)\b",
      r"\b(?:cut|cutting|cuts|slit|slitting|slice|slicing) (?:on )?my (?:wrists?|arms?|legs?|thighs?|skin|stomach|hips?|"
      r"body|throat)\b(?! (?:on|with) (?:a|the) (?:nail|fence|paper|glass|can)\b)",
      r"\b(?:razor|razors|blade|blades) (?:on|to|against|across) my (?:skin|wrists?|arms?|legs?|thighs?|body)\b",
      r"\b(?:scars|marks) from (?:cutting|self ?harm)\b",
      r"\b(?:make|making|made) (?:" + MYSELF + r") (?:throw up|puke|vomit|barf)\b",
      r"\bstarv(?:e|ing) " + MYSELF + r"\b",
      # hurting one's own body: "i punch my own legs so the bruises dont show", "bit my arm till it bruised"
      _I_HIT + r" my own (?:\w+ )?(?:legs?|arms?|thighs?|face|head|stomach|belly|skin|wrists?|hands?|body|chest|hips?)\b",
      _I_HIT + r" my (?:legs?|arms?|thighs?|stomach|belly|skin|"
      r"wrists?|hips?|face|head) (?:\w+ )?(?:till|til|until|so hard|hard enough)\b.{0,20}\b(?:bruise\w*|bleed\w*|bled|"
      r"marks?|raw|swell\w*|purple|blood)\b")
# "i want to help people who are thinking about suicide": someone else, in a career question.
OTHERS_BEFORE = (r"(?<!people who are )(?<!those who are )(?<!kids who are )(?<!teens who are )(?<!anyone who is )"
                 r"(?<!someone who is )(?<!students who are )(?<!people )(?<!those )(?<!others )")
rules.add("suicidal_disclosure",
      OTHERS_BEFORE + r"\b(?:thinking|thought|think|thoughts|considering|considered|contemplating|fantasizing)(?: about| of)?(?: just)? ?"
      r"(?:suicide|suicidal|killing " + MYSELF + r"|ending (?:it|it all|my life|everything)|dying|"
      r"not being (?:here|alive)|taking my (?:own )?life)\b",
      r"\b(?:attempted|attempt|attempting|tried|try|trying|tryna) (?:to )?(?:suicide|commit suicide|kill " + MYSELF + r"|"
      r"end my life|end it|overdose|od|hang " + MYSELF + r"|take my (?:own )?life)\b",
      r"\b(?:feel|feeling|felt|am|im|been|get|getting|so|very|kinda|really|always|sometimes|lowkey|highkey|was) "
      r"suicid\w*",
      r"\b(?:have|having|had|get|getting|my|with|constant|been having) suicid\w* (?:thoughts|feelings|ideation|urges)\b",
      r"\b(?:my|a|wrote a|writing a|write a|wrote my|writing my) (?:suicide|suicid) (?:note|letter|plan|attempt)\b",
      OTHERS_BEFORE + r"\b(?:want|wanna|going to|gonna|gunna|will|should|plan to|planning to|ready to|about to|"
      r"might|ill|thinking "
      r"about|decided to) (?:just )?(?:commit )?(?:suicide|sucide|suicde|suiside)\b",
      r"\bcommit(?:ting)? (?:suicide|sucide|suicde|suiside)\b(?=.{0,30}\b(?:tonight|today|tomorrow|soon|i)\b)")
rules.add("fatal_dose_question",
      r"\b(?:max|maximum|lethal|fatal|deadly|highest) (?:dose|amount|number)\b.{0,30}\b(?:before|until|that|to|is)\b.{0,20}"
      r"\b(?:fatal|lethal|deadly|kills?|die|dying|od|overdose)\b",
      r"\b(?:dosis|cantidad) (?:maxima|letal|mortal)\b.{0,40}\b(?:antes de|para|que)\b.{0,20}\b(?:morir|matar|letal|"
      r"mortal|sobredosis)\b",
      topic=True)
rules.add("method_question",
      r"\bhow (?:to|do i|can i|do you|do people|would i|should i|could i|would you|does one|would someone) "
      r"(?:die|kill (?:" + MYSELF + r"|yourself|urself|ur self|your self)|commit suicide|hang (?:" + MYSELF + r"|yourself)|"
      r"overdose|od|end (?:my|your|it|ones) life|slit (?:my|your)|suffocate|drown " + MYSELF + r")\b",
      r"\bhow many (?:pills?|tablets?|tabs|tylenols?|advils?|ibuprofens?|sleeping pills|xanax|benadryls?|meds|"
      r"capsules|gummies|melatonin|aspirins?|pain ?killers)(?: \w+)? (?:does it take|would it take|will it take|"
      r"do you need|do i need|is too many|are too many|is lethal|are lethal|would kill|will kill|can kill|until|"
      r"before you die|to (?:die|kill|od|overdose|end|not wake|never wake|sleep forever|stop (?:my|your) heart))\b",
      r"\b(?:what|which) (?:\w+ )?(?:stuff|things|chemicals|products|medicines?|meds|pills|plants|drugs|household items) "
      r"(?:can|could|will|would) kill (?:you|a person|someone|me|people)\b",
      r"\bkill (?:you|a person|someone|me) if (?:you|i|they) (?:drink|eat|take|swallow|mix|inhale)\b(?! (?:his|her|their|"
      r"your|my (?:brothers|sisters|moms|dads|friends)|the last)\b)",
      r"\bhow much (?:tylenol|advil|ibuprofen|acetaminophen|paracetamol|medicine|medication|meds|xanax|insulin|"
      r"benadryl|melatonin|aspirin|bleach|poison|pills|sleeping pills)(?: \w+)? (?:does it take|would it take|"
      r"is too much|is lethal|would kill|will kill|can kill|to (?:die|kill|od|overdose|end|not wake))\b",
      r"\b(?:lethal|deadly|fatal) (?:dose|amount|overdose|dosage|amounts)\b",
      r"\b(?:overdose|od|overdosing) on\b",
      r"\b(?:want|wanna|going to|gonna|try|tried|trying|thinking about|plan|planning|might|should|will|ready) "
      r"(?:to )?(?:overdose|od)\b",
      r"\b(?:painless|easiest|easy|quickest|quick|fastest|best|surest|least painful|peaceful|quietest?|simplest) "
      r"(?:way|ways|method|methods) (?:to|of) (?:die|dying|kill|killing|end it|end my life|ending it|"
      r"commit suicide|suicide|unalive)\b",
      r"\bpainless (?:death|suicide)\b|\bways to die\b|\bhow long does it take to (?:die|bleed out|drown|suffocate)\b",
      r"\bjump (?:off|from) (?:a|the|this|that|my|our|some) (?:bridge|building|roof|rooftop|cliff|tower|overpass|"
      r"balcony|parking garage|window|skyscraper|ledge)\b",
      r"\b(?:jump|step|walk|lie|lay) (?:in front of|into|down on|on) (?:a |the )?(?:train|car|bus|truck|subway|traffic|"
      r"train tracks|tracks)\b",
      r"\bdrive (?:my car )?off (?:a|the) (?:bridge|cliff|road)\b",
      r"\b(?:tie|tying|make|making|buy|bought|got|have) a noose\b|\bnoose (?:around|for) (?:my|me)\b",
      r"\b(?:highest|tallest|high|tall) (?:bridge|bridges|building|buildings|roof|rooftop|cliff|cliffs|tower|"
      r"parking garage|overpass)(?: \w+)? (?:near me|around me|around here|nearby|in my (?:town|city|area)|close to me|"
      r"closest to me|i can (?:get to|walk to|reach|climb|get on))\b",
      r"\b(?:bridges?|buildings?|cliffs?|roofs?) (?:near me|nearby|around here) (?:that are|over|taller|higher|high|tall)\b")
rules.add("took_pills",
      r"\b(?:take|took|taken|taking|swallow|swallowed|swallowing|ate|eat) (?:a bunch of|all|all my|all the|all of my|"
      r"too many|a lot of|like \d+|\d+|a whole bottle of|the whole bottle of|a handful of|a bottle of|way too many) "
      r"(?:of (?:my |the |her |his )?)?(?:pills|meds|tablets|tylenol|advil|ibuprofen|acetaminophen|sleeping pills|xanax|"
      r"benadryl|melatonin|aspirin|painkillers|pain killers|my (?:moms|dads|mums) (?:pills|meds))\b",
      r"\bwhat (?:happens|would happen) if (?:i|you|someone) (?:take|took|swallow|swallowed) (?:too many|\d+|a bunch of|"
      r"all|a whole bottle of) ")
rules.add("third_person",
      r"\b(?:my (?:\w+ )?(?:friend|bestie|bff|sister|brother|cousin|girlfriend|boyfriend|gf|bf|classmate)|she|he|they)"
      r"(?: \w+){0,4}? (?:kill|killing|cut|cutting|hurt|hurting|harm|harming|starv\w+|unalive|unaliving|off|offing|hang|"
      r"hanging|end|ending) (?:herself|himself|themselves|themself|her life|his life|their life)\b" + ACCIDENT,
      r"\b(?:my (?:\w+ )?(?:friend|bestie|bff|sister|brother|cousin|girlfriend|boyfriend|gf|bf|classmate)|she|he|they)"
      r"(?: \w+){0,3}? (?:is|s|are|has been|been|feels|seems) (?:so |really |very )?suicid\w*",
      r"\b(?:my (?:\w+ )?(?:friend|bestie|bff|sister|brother|cousin|girlfriend|boyfriend|gf|bf|classmate)|she|he|they)"
      r"(?: \w+){0,3}? (?:wants?|wanted|wanna|is going|s going|said (?:she|he|they) (?:wants?|wanted|wanna|is going)) "
      r"(?:to )?(?:die|kill (?:herself|himself|themselves))\b")
rules.add("method_after_distress", DISTRESS, also=(METHOD,))
rules.add("method_for_a_friend", FRIEND, also=(METHOD,))
rules.add("method_hypothetical", HYPOTHETICAL, also=(METHOD_STRONG,))
rules.add("topic",
      r"\b(?:suicides?|suicidal|suicde|sucide|suiside|suicidial|sucidal|suicidel)\b",
      r"\bself ?harm\w*\b",
      r"\b" + DIED_OF + r"overdos\w*\b",
      r"\b(?:kill|killing|killed|cut|cutting|hurt|hurting|harm|harming|starv\w+) (?:herself|himself|themselves|themself)\b"
      + ACCIDENT,
      topic=True)

# --- Spanish ------------------------------------------------------------------------------------
rules.add("es_want_to_die",
      r"\b" + YO_QUIERO + r" (?:morir(?:me)?|matarme|suicidarme|desaparecer(?: para siempre)?|dejar de existir|"
      r"no despertar|ya no despertar|estar muert[oa]|no existir|dormir(?:me)? y no (?:volver a )?despertar(?:me)?|"
      r"dormir(?:me)? para siempre)\b",
      r"\bya no quiero (?:vivir|estar aqui|seguir|existir|despertar)\b",
      r"\bno quiero (?:seguir )?vivir\b",
      r"\b(?:me voy a|voy a|pienso|estoy pensando en|planeo) (?:matarme|suicidarme|quitarme la vida|"
      r"acabar con (?:mi vida|todo)|terminar con (?:mi vida|todo))\b",
      r"\b(?:matarme|suicidarme|quitarme la vida|acabar con mi vida)\b",
      reflexive("mat", "suicid", "ahorc", "envenen"),
      reflexive("colg", then=r"(?=\s*$|[.!?,]| (?:de|del|en|con) (?:una |la |el |mi )?(?:cuerda|soga|cinturon|arbol|"
                             r"closet|ropero|cuarto|ventilador|techo|viga|puente|cable)\b)"))
rules.add("es_self_injury",
      r"\b(?:me corto|me estoy cortando|cortarme|me cortaba|me lastimo|lastimarme|hacerme dano|me hago dano|"
      r"me quemo|quemarme|me pego a mi mism[oa])\b" + EVERYDAY_HURT,
      reflexive("cort", "lastim", "autolesion", "her", "hir", "quem", "rasgun", then=EVERYDAY_HURT),
      r"\b(?:me autolesion\w*|me (?:hago|hice|sigo haciendo|volvi a hacer) (?:cortes|heridas|dano))\b",
      # "rayarse" the arms, "rayitas", a blade: cutting in Spain's and Mexico's words; someone else doing it counts
      r"\b(?:me|se) (?:\w+ ){0,2}(?:a )?ray(?:o|e|a|an|ando|ar)\b.{0,20}\b(?:brazos?|piernas?|munecas?|piel|cuchilla|"
      r"navaja|tijeras?|sacapuntas)\b",
      r"\b(?:me|se) (?:hace|hago|hizo|hice|hacen) (?:\w+ )?(?:rayitas|cortes|cortaditas)\b",
      r"\b(?:se|me) (?:esta |sigue |volvio a |vuelve a )?(?:cortando|corta|cortar|autolesion\w*)\b" + EVERYDAY_HURT)
rules.add("es_warning_signs",
      r"\b(?:no (?:tengo|hay) (?:razon|razones|motivo) para (?:vivir|seguir)|nadie me extranaria|"
      r"(?:todos|mi familia) (?:estarian|estaria) mejor sin mi|soy una carga|me estoy despidiendo|"
      r"carta(?:s)? de despedida(?! (?:para|a) (?:la|el|mi|los|las|nuestr\w*) (?:maestr\w*|profe\w*|compan\w*|amig\w*|"
      r"entrenador\w*|director\w*|vecin\w*|abuel\w*))|regal(?:e|ando|ar) (?:todas )?mis cosas)\b",
      r"\b(?:tirarme|aventarme|lanzarme|arrojarme) (?:de|del|desde|al|a las?|frente|por)\b",
      r"\b(?:tomarme|me tome|me voy a tomar) (?:todas )?(?:las )?pastillas\b",
      r"\b(?:ni se|no se|no creo|dudo) (?:si )?(?:voy a|vaya a) (?:seguir|estar) (?:viva|vivo|aqui)\b",
      r"\b(?:soy|me siento) (?:un|una) (?:desperdicio|estorbo|carga)\b",
      r"\b(?:este es|es) mi ultimo mensaje\b",
      r"\bno (?:creo|pienso|voy a) (?:llegar|vivir|durar) (?:a|hasta) (?:los \d+|el (?:verano|ano que viene|otro ano)|"
      r"mi cumple\w*|la graduacion|navidad|fin de ano)\b",
      r"\b(?:tengo|ya tengo|tengo bien) (?:guardad[ao]s|escondid[ao]s|juntad[ao]s|ahorrad[ao]s) (?:las |unas |mis |muchas |"
      r"todas las )?(?:pastillas|pastis|medicinas|pildoras|tabletas)\b",
      r"\bno me veo (?:ni )?(?:en|a) \w+ (?:dias|semanas|meses)\b")
