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
rules.add("unalive", r"\b(?:un ?aliv\w*|sewer ?slide|self ?delete|sui ?side)\b")
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
      r"\bstarv(?:e|ing) " + MYSELF + r"\b")
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
      r"\bkill (?:you|a person|someone|me) if (?:you|i|they) (?:drink|eat|take|swallow|mix|inhale)\b",
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
# Not being there for a day ahead, without a reason given ("i wont be around for graduation anyway", "no voy a estar
# pa la graduación así que da igual"); a trip or a move says why, and the rule stays quiet.
rules.add("not_there_for",
      r"\b(?:i|ill|im)? ?(?:wont|will not|aint|not gonna|not going to|dont think ill|doubt ill) (?:even )?(?:be (?:here|around|"
      r"alive)|make it) (?:for|to|till|until) (?:graduation|prom|christmas|my birthday|summer|senior year|next year|"
      r"high school|the end of the year|my quince|my 1[5-8]th|18)\b",
      r"\bno (?:voy a|creo|pienso|vaya a) estar (?:pa|para|en) (?:la |el |mi |las |los )?(?:graduacion|navidad|cumple\w*|"
      r"verano|ano nuevo|fin de ano|prom|fin de curso|vacaciones|quince\w*|los 18|la prepa|la uni)\b",
      also=(r"^(?!.*\b(?:because|bc|cuz|cause|since|moving|move|trip|exchange|vacation|camp|surgery|deployed|porque|pq|xq|"
            r"por que|nos mudamos|me mudo|viaje|intercambio|cirugia)\b)",),
      ask=True)
# Worthlessness said of oneself, a warning sign (988): "no sirvo para nada", "i'm worthless". Asked; "useless at math",
# "soy un fracaso en química" are about a subject.
rules.add("worthless",
      r"\b(?:no sirvo para nada|no sirvo pa nada|no valgo nada|no valgo la pena|soy (?:un|una) (?:fracaso|inutil|basura|"
      r"estorbo|desperdicio de espacio)|(?:im|i am|i feel|feel) (?:so |completely |totally |just )?(?:worthless|useless|"
      r"a waste of (?:space|air|oxygen)|a failure at everything|a total failure))\b"
      r"(?! (?:at|in|en|con|for|para (?:las|los|el|la)|when it comes)\b)",
      ask=True)
# A dose asked with a big number: "is 40 benadryl a lot", "cuánto ibuprofeno hace falta para no despertarte".
rules.add("dose_question",
      r"\b(?:is|are|would) (?:1[5-9]|[2-9]\d|\d{3}) (?:\w+ )?(?:benadryl|tylenol|advil|ibuprofen|aspirin|melatonin|"
      r"pills|tablets|tabs|sleeping pills|xanax|nyquil|gummies)\b.{0,15}\b(?:a lot|too much|too many|bad|dangerous|"
      r"enough|safe|ok|okay|deadly|lethal)\b",
      r"\b(?:cuant[oa]s?|que cantidad de)\b.{0,20}\b(?:pastillas|ibuprofeno|paracetamol|tylenol|aspirinas?|"
      r"clonazepam|medicina|melatonina|benadryl|pastis|tabletas)\b.{0,30}\b(?:para|pa) (?:no (?:despertar\w*|volver a "
      r"despertar)|morir\w*|matar\w*|dormir(?:me|te)? para siempre|no amanecer)\b",
      ask=True)
# Hiding wounds: "how do i hide scars for a job interview, theyre still fresh", "long sleeves in PE are getting hard
# to explain", "cómo escondo las cicatrices... son recientes". Not acne, surgery or chickenpox scars.
rules.add("hiding_wounds",
      r"\b(?:hide|hiding|cover|covering|conceal\w*|explain)\b(?: (?:up|my|the|these|those|all|them))* "
      r"(?:(?!acne|pimple|surgery|chicken|stretch|tattoo|bad|low|poor|good|high|test|exam|budget|paper|hair|"
      r"price|pay)\w+ )?"
      r"(?:scars|cuts|marks|wounds|burns|scabs)\b"
      r"(?!.{0,30}\b(?:acne|pimples?|surgery|chicken ?pox|c ?section|tattoos?|report card|tests?|exams?|grades?|"
      r"budget|class)\b)",
      r"\blong sleeves\b.{0,60}\b(?:hard to explain|explain|so no one sees|so nobody sees|hide|hiding|90 degrees|summer|"
      r"all spring|all year|in (?:may|june|july|august)|even when its hot|"
      r"hot out|its hot|in pe|in gym)\b",
      r"\b(?:esconder|escondo|esconderme|tapar|tapo|taparme|ocultar|oculto|disimular|disimulo)\b(?: \w+){0,3} "
      r"(?:cicatrices|cortes|cortadas|cortaditas|marcas|heridas|quemaduras|rasgunos)\b"
      r"(?!.{0,30}\b(?:acne|granos|cirugia|varicela|tatuajes?)\b)",
      r"\b(?:manga larga|sudadera)\b.{0,60}\b(?:para que no (?:vean|se vean|me vean)|para esconder|para tapar|"
      r"aunque haga calor|con este calor)\b")
# Finality said in passing: "ok last question ever", "sorry in advance for what happens saturday", "ctrl+z on
# being born", "made a will" at fifteen, "me quito de en medio", "perdón por adelantado".
rules.add("finality",
      r"\blast (?:question|message|text|time i (?:ask|talk|text|use this)) ever\b",
      r"\bsorry in advance for (?:what|whatever|everything that) (?:happens|is going to happen|will happen|im about to)\b",
      r"\b(?:undo|ctrl ?\+? ?z|uninstall|unsubscribe from|delete) (?:on )?(?:being born|my birth|existing|my existence|"
      r"life)\b",
      r"\b(?:made|wrote|writing|making) (?:a|my) will\b(?!.{0,20}\b(?:for (?:class|school|a project|an assignment)|"
      r"in (?:class|the game|sims))\b)",
      r"\bperdon (?:por adelantado|de antemano|desde ya) por lo que (?:pase|va a pasar|voy a hacer)\b",
      r"\b(?:hice|escribi|estoy haciendo|ya hice|ya tengo) (?:un|mi) testamento\b",
      r"\b(?:me quito|quitarme|me voy a quitar) de en medio\b",
      r"\bno (?:llego|llegare|voy a llegar|va a llegar|vaya a llegar) a (?:los \d+|la graduacion|mi cumple\w*|el verano|"
      r"navidad|fin de ano|diciembre)\b")
# A pact to die together: "we made a suicide pact", "mi novio y yo vamos a matarnos juntos".
rules.add("pact",
      r"\b(?:suicide|death|sewerslide|unalive) pact\b",
      r"\bpact to (?:die|kill|end|unalive|off|not be here)\b",
      r"\b(?:die|kill ourselves|kill each other|end it|end our lives|unalive ourselves|off ourselves) together\b",
      r"\bpacto (?:suicida|de muerte|para (?:matarnos|morir|morirnos|suicidarnos|quitarnos la vida))\b",
      r"\b(?:matarnos|morir|morirnos|suicidarnos|quitarnos la vida) (?:juntos|juntas|los dos|las dos)\b")
rules.add("es_topic", r"\bsuicid\w*", r"\bautolesion\w*", also=(), topic=True)
# No future seen, said in passing: "if im still alive by then", "como si fuera a vivir tanto", "the honest answer is
# dead", "me veo en el panteón", "drew a grave for my future self", "is it normal to want to die every day".
rules.add("no_future",
      r"\b(?:if|si) (?:im|i am|sigo|estoy|todavia (?:estoy|sigo)|aun (?:estoy|sigo)) (?:still )?(?:alive|viv[oa])\b"
      r"(?! (?:after|despues|tras|by the end of (?:this|the|today)|when (?:this|the) \w+ ends)\b)",   # "after finals"
      r"\b(?:como si (?:fuera|fuese|voy) a (?:vivir|llegar)|(?:as if|like) i(?:ll| will| would|m gonna|m going to) "
      r"(?:live|make it|be alive)) (?:that long|tanto|tan lejos|hasta (?:entonces|alla))\b",
      r"\bno creo que (?:llegue|viva|siga) (?:viv[oa] )?(?:a|para|hasta)\b",
      r"\b(?:wont|will not|not gonna|not going to|dont think ill|doubt ill|never gonna) (?:make it|live|be alive|be around) "
      r"(?:past|to|till|until) (?:1\d|20|graduation|high school|senior year|next year|my birthday)\b",
      r"\b(?:dont|do not) think (?:ill|i will|im gonna|im going to) (?:live|be alive|make it|still be alive) (?:to|till|"
      r"until|past|long enough|that long)\b",
      r"\b(?:me veo|i see myself|i picture myself|me imagino)\b.{0,20}\b(?:en el panteon|en el cementerio|en una tumba|"
      r"bajo tierra|dead|in a grave|in a coffin|six feet under|in the ground)\b",   # not "me veo muerta" (tired)
      r"\b(?:honest|real|true) answer is (?:dead|nowhere|not alive|in a grave|six feet under)\b",
      r"\b(?:drew|draw|drawing|dibuje|dibujo|dibujando)\b.{0,20}\b(?:a grave|my grave|a tombstone|a coffin|una tumba|"
      r"mi tumba|un ataud|una lapida)\b(?!.{0,30}\b(?:halloween|dia de muertos|ofrenda|for (?:art|the project|a project)|"
      r"para (?:arte|el proyecto))\b)",
      r"\bis it (?:normal|bad|weird|okay|ok) (?:to|that i|if i) (?:\w+ ){0,2}(?:want(?:ing)? to (?:die|kill (?:myself|"
      r"yourself)|not (?:be here|exist|wake up))|think(?:ing)? about (?:dying|death|killing (?:myself|yourself)|suicide|"
      r"not waking up))\b",
      r"\bes normal (?:querer|pensar en) (?:morir\w*|matar(?:me|se)|suicidar\w*|no despertar|desaparecer)\b",
      ask=True)
# Pills taken and working now: "im chillin now, the pills are kicking in", "ya me están haciendo efecto las pastillas".
# "my allergy pills are kicking in" says whose.
rules.add("pills_working",
      r"\b(?:the|all the|those|all those|all my|all of the|all of my) (?:pills|meds|tablets|xanax|tylenol|advil|sleeping "
      r"pills)\b (?:are |r |is )?(?:finally )?(?:kicking in|starting to (?:kick in|work)|hitting)\b",
      r"\b(?:me )?(?:estan|esta|empiezan a|empezaron a) (?:haciendo|hacer) efecto (?:las|todas las) pastillas\b",
      r"\blas pastillas (?:ya )?(?:me )?(?:estan|empiezan a|empezaron a) (?:hacer|haciendo) efecto\b")
# Quiet signs: would anyone miss me, a message for mom if I don't come back, "casi lo hago", a question taken back
# ("¿duele mucho? olvídalo").
rules.add("quiet_signs",
      r"\b(?:si (?:alguien|uno|yo) (?:se va|se muere|desaparece|me voy|me muero|no estuviera)|si me (?:voy|muero))\b.{0,40}"
      r"\b(?:extran\w*|olvid\w*|notar\w*|importar\w*|dar(?:ia|ian) cuenta)\b",
      r"\bif i (?:die|died|disappear\w*|was gone|were gone|wasnt here|werent here|left)\b.{0,30}\b(?:miss me|forget me|"
      r"notice|care)\b",
      r"\b(?:casi lo hago|casi lo hice|almost did it|almost went through with it|estuve a punto de hacerlo)\b",
      r"\b(?:duele|dolera|duele mucho|hurt|hurts|would it hurt|does it hurt)\b.{0,30}\b(?:olvidalo|olvidenlo|forget it|"
      r"never ?mind|nvm|no es nada|no es na|nada, no importa)\b",
      ask=True)
rules.add("message_for_mom",
      r"\b(?:diganle|dile|digale|le (?:puede|puedes|pueden) decir|tell|can you tell)\b (?:a )?(?:mi|my) (?:mama|mom|mum|"
      r"papa|dad|familia|family|hermana|hermano|sister|brother)\b.{0,40}\b(?:no (?:fue|es) (?:su|tu) culpa|(?:it )?(?:wasnt|"
      r"was not|isnt) (?:her|his|their|your) fault|que l[ao]s? quiero|i love (?:her|him|them))\b")
