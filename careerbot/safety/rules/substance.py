"""Dangerous drug and alcohol use: overdoses, not being able to stop, using to feel nothing."""
from __future__ import annotations

from careerbot.safety.engine import RuleSet
from careerbot.safety.vocabulary import DIED_OF

rules = RuleSet("substance")

rules.add("overdose_topic", r"\b" + DIED_OF + r"(?:overdos\w*|sobredosis)\b", topic=True)
rules.add("overdose",
          r"\bi (?:just )?(?:od'?d|overdosed)\b",
          r"\b(?:took|take|taking|swallowed) (?:a (?:bunch|handful|lot) of|too many|all (?:my|the|of my)) "
          r"(?:pills|meds|xanax|percs|oxys?)\b(?! (?:for|from) (?:my|the) (?:doctor|dentist|pharmacy)\b)")
rules.add("dangerous_use",
      r"\b(?:molly|mdma|xanax|xans|percs|fentanyl|fent|lean|pills|coke|meth|drugs)\b.{0,60}\b(?:had a seizure|"
      r"seizured|overdosed|od'?d|stopped breathing|wouldnt wake up|would not wake up|turned blue|passed out|"
      r"ended up in the (?:er|hospital))\b",
      r"\b(?:me tome|me tomo|nos tomamos|se tomo) (?:el|la|los|las|un|una|unos|unas) (?:\w+ )?(?:jarabe|pastillas|"
      r"medicina|medicinas|pildoras)\b.{0,40}\b(?:pa|para) (?:ponerme|ponernos|drogarme|sentir)\b")
# Overdose and poisoning emergencies: a drug or drink and a sign that someone needs help now (the
# signs SAMHSA's overdose toolkit and NIAAA's alcohol-poisoning page list: unresponsive, not or barely
# breathing, blue lips, seizures, overheating with confusion, chest pain), in either order.
USED = (r"\b(?:molly|mdma|ecstasy|xanax|xans|bars|percs?|oxys?|fentanyl|fent|lean|pills?|coke|cocaine|meth|drugs?|"
        r"gumm(?:y|ies)|edibles?|vape|weed|vodka|alcohol|liquor|drunk|wasted|laced|"
        r"(?:smoked|smoking|smoke|took|taking|drank|drinking|ate|eating) something|"
        r"(?:took|did|had|drank|gave (?:him|her|them|me)) (?:like )?(?:\d+|a few|some|too many|so many|a bunch of) shots"
        r"(?! (?:at|on|from|in)\b)|pastillas?|drogas?|alcohol|borracho|borracha|se metio algo|me meti algo|"
        r"se tomo algo|fumo algo|fumamos algo|tomo algo|perico|cristal|mota|pastis?)\b")
SIGNS = (r"\b(?:unconscious|unresponsive|(?:wont|will not|isnt|is not|not|cant|can not|cannot) (?:wake|waking) "
         r"(?:up|him up|her up|them up)|(?:not|isnt|stopped|barely|hardly) breathing|breathing (?:weird|funny|slow|"
         r"really slow|strange)|(?:lips|nails|face) (?:are|is|r|turned|turning|went|look|looks) (?:blue|purple|gray|grey)|"
         r"(?:blue|purple) lips|turn(?:ed|ing)? blue|seiz(?:ing|ure|ures|ured)|convuls\w*|foam(?:ing)? at the mouth|"
         r"burning up|overheat\w*|chest (?:pain|hurts)|heart\b.{0,30}\b(?:hurts|pain|about to explode)|"
         r"(?:passed out|blacked out) and (?:throwing up|puking|vomiting)|choking on (?:his|her|their) (?:own )?(?:vomit|"
         r"throw ?up|puke)|inconsciente|no (?:respira|reacciona|despierta|se despierta)|labios (?:morados|azules)|"
         r"convulsion\w*|espuma (?:por|en) la boca|(?:me|le) duele (?:mucho )?el pecho|se desmayo y (?:esta )?vomit\w*)\b")
rules.add("overdose_signs", USED, also=(SIGNS,))
rules.add("cant_stop",
          r"\b(?:can'?t|cannot|cant) stop (?:drinking|using|smoking|vaping|taking pills|getting high)\b",
          r"\b(?:dabs?|weed|vape|vaping|carts?|wax|pills|xans|bars|percs|drinking|alcohol|coke|nic|juul|pen|lean|"
          r"adderall|addies)\b.{0,60}\b(?:i )?(?:literally |just |honestly |actually |really )?(?:cant|can not|cannot) "
          r"stop\b(?! (?:laughing|watching|playing|listening|thinking|talking|singing|dancing|eating|scrolling))",
          r"\b(?:drunk|high|wasted) (?:every day|every night|all the time|before school)\b",
          r"\b(?:pills|drinking|getting high|weed|vodka) (?:to|so i can) (?:feel nothing|not feel|numb|forget)\b",
          r"\bno puedo dejar de (?:tomar|beber|fumar|drogarme|vapear)\b",
          r"\b(?:me drogo|me emborracho) (?:todos los dias|diario|cada dia|para no sentir)\b")
# Spanish: pills mixed with drink, and needing a drink or a drug to get through the day ("necesito un trago en la
# mañana pa que se me quite el temblor", "sin las pastillas no funciono").
rules.add("es_mixing",
          r"\b(?:me tome|tome|se tomo|nos tomamos|me meti|se metio|mezcle|mezclo|mezclamos)\b.{0,40}"
          r"\b(?:pastillas|pastis|clonazepam|clona|xanax|tafil|rivotril|alprazolam|diazepam|tramadol|calmantes)\b.{0,30}"
          r"\b(?:con|y) (?:\w+ )?(?:alcohol|cerveza|cheve|chela|tequila|vodka|ron|pisto|guaro|chupe|trago|tragos|"
          r"vino|whisky|aguardiente)\b")
rules.add("es_needs_it",
          r"\b(?:necesito|ocupo|tengo que) (?:\w+ ){0,2}(?:un trago|tomar(?:me)? (?:algo|alcohol|un trago|una cerveza)|"
          r"beber alcohol|fumar (?:mota|hierba|weed|un porro|un toque)|un toque|mis pastillas|las pastillas|"
          r"los calmantes|una pasti|meterme algo|drogarme)\b.{0,40}\b(?:en la manana|al despertar|para (?:funcionar|"
          r"aguantar|ir a la escuela|dejar de temblar)|(?:pa|para) que se me quite el temblor|temblor|tiemblo)\b",
          r"\bsin (?:ellos|ellas|eso|esas|esos|las pastillas|los calmantes|el alcohol|la mota|tomar|fumar|drogarme) "
          r"(?:ya )?no (?:funciono|puedo (?:funcionar|dormir|estar|vivir)|aguanto)\b",
          r"\b(?:le robo|me robo|robo) (?:\w+ ){0,2}(?:pastillas|calmantes|medicinas|clonazepam|xanax|alcohol|trago)\b"
          r"(?=.{0,60}\b(?:todos los dias|diario|casi diario|para (?:dormir|no sentir|aguantar)|no funciono|ya se le)\b)")
# Mixing pills with drink, asked or said: "mix xanax with vodka", "mezclar clona con birra".
MIXING = (r"\b(?:mix|mixing|mixes|mezcl\w*|combin\w*)\b.{0,30}\b(?:xanax|xans|bars|percs|oxys?|clonazepam|clona|"
          r"benzos?|pills|pastillas|pastis|lean|codeine|codeina)\b.{0,30}\b(?:with|and|con|y)\b.{0,12}\b(?:alcohol|"
          r"vodka|tequila|beer|beers|liquor|shots|cerveza|birra|chela|cheve|trago|tragos|pisto|guaro|ron|clonazepam|clona|"
          r"xanax|xans|benzos?|rivotril|alprazolam)\b")
# Asking whether a mix or an amount is too much, having taken some: weighed by the model like a topic word, so a
# health-class question is no alarm ("es malo mezclar clonazepam con tequila si es poquito", "how many gummies is
# too many, i already ate 6").
rules.add("mix_or_amount_question",
          MIXING,
          r"\b(?:how many|cuantas|cuantos)\b.{0,20}\b(?:gumm(?:y|ies)|edibles?|gomitas|pills|pastillas|shots|tragos)\b.{0,30}"
          r"\b(?:too many|too much|demasiad[oa]s?)\b.{0,40}\b(?:already|ya|i ate|i took|me comi|me tome|tome|comi)\b",
          topic=True)
# The same question said about oneself: "es malo mezclar clona con birra si es poquito", "la piba ya tomó 3".
rules.add("mix_question_for_me",
          MIXING,
          also=(r"\b(?:si es poquito|just a little|only a little|a little bit|poquito|ya (?:tomo|tome|me tome|se tomo)|"
                r"already (?:took|had|drank)|tonight|esta noche|ahorita|right now|rn|i took|i had|hoy|quiero probar|want to try|"
                r"wanna try)\b",))
rules.add("gets_me_through",
          r"\b(?:cant|can ?not) (?:get through|make it through|function|focus)\b.{0,30}\bwithout (?:taking |drinking |"
          r"smoking |vaping |hitting )?(?:a |my |some |the |a couple of )?(?:\w+ ){0,2}(?:oxys?|percs?|xans?|bars|pills|"
          r"adderall|addies|weed|pen|vape|drink|drinks|shot|shots|alcohol|vodka|wax|carts?|joint)\b",
          r"\b(?:tomar|fumar|beber|drogarme|meterme algo)\b.{0,40}\blo unico que me (?:deja|ayuda a) "
          r"(?:funcionar|aguantar)\b")
# Pills bought from a stranger or online, where fentanyl hides: "bought pressed blues off snap, how do i know if
# they're real", "got some bars from a guy on discord".
rules.add("street_pills",
      r"\b(?:bought|buy|buying|got|get|getting|copped|cop|ordered|order)\b (?:\w+ ){0,2}(?:pressed|blues|m ?30s?|percs?|"
      r"xans?|bars|oxys?|pills|fent|pastillas|pastis|perc|xanax)\b.{0,30}\b(?:off|from|on|thru|through|por|de|en) "
      r"(?:a guy |some guy |this guy |a kid |un vato |un wey |alguien )?(?:on |en )?(?:snap|snapchat|insta|instagram|"
      r"discord|telegram|tiktok|the plug|my plug|a plug|el plug|a dealer|un dealer|online|the internet|internet)\b")
# An adult at home or at work supplying the drug or the drink: "my mom gives me her xanax to sleep", "my uncle lets me
# drink with him since i was 12", "mi jefa y yo nos drogamos juntas, ella me la da", "los señores me dan cristal pa
# aguantar los turnos".
_ADULT_AT_HOME = (r"(?:my (?:mom|mum|mother|dad|father|stepdad|stepmom|parents?|uncle|aunt|auntie|grandma|grandpa|"
                  r"older (?:brother|sister|cousin)|moms (?:boyfriend|bf)|dads (?:girlfriend|gf))|mi (?:mama|ama|jefa|"
                  r"papa|apa|jefe|padrastro|madrastra|tio|tia|abuel[oa]|hermano mayor|primo mayor))")
_DRUG_OR_DRINK = (r"(?:her |his |their |some |a |su |sus |unas? |unos? )?(?:xanax|xans|bars|pills|percs|oxys?|weed|edibles?|"
                  r"coke|meth|molly|vodka|beer|beers|shots|alcohol|liquor|drinks|drugs|dabs?|wax|carts?|lean|adderall|"
                  r"hits?|pastillas|mota|hierba|coca|perico|cristal|cerveza|cheves?|chelas?|tragos?|drogas?|pisto|guaro|"
                  r"tequila|toques?)")
rules.add("adult_supplies",
      r"\b" + _ADULT_AT_HOME + r"\b.{0,30}\b(?:gives|gave|giving|lets|let|makes|made|shares|shared|sells|sold|buys|"
      r"bought|passes|passed) (?:me|us)\b(?: \w+)?.{0,20}?\b" + _DRUG_OR_DRINK + r"\b",
      r"\b" + _ADULT_AT_HOME + r"\b.{0,30}\b(?:lets|let|makes|made) me (?:drink|smoke|get high|get drunk|use|take)\b"
      r"(?!.{0,20}\b(?:water|milk|juice|tea|coffee|soda|medicine for|my medicine|vitamins)\b)",
      r"\b" + _ADULT_AT_HOME + r"\b.{0,30}\b(?:me (?:da|dio|daba|pasa|paso|invita|invito|compra|compro|vende|"
      r"deja (?:tomar|fumar|drogarme)))\b.{0,20}?\b" + _DRUG_OR_DRINK + r"\b",
      r"\b(?:nos drogamos|nos emborrachamos|fumamos mota|nos ponemos pedos) (?:juntos|juntas)\b.{0,60}\b"
      + _ADULT_AT_HOME + r"\b",
      r"\b" + _ADULT_AT_HOME + r"\b (?:y yo )?(?:nos drogamos|nos emborrachamos|fumamos|nos ponemos pedos)\b",
      r"\b(?:los senores|un senor|el jefe|mi jefe|el patron|mi patron|los del trabajo|my boss|the guys at work|my manager)\b"
      r".{0,20}\b(?:me dan|me da|me dieron|me dio|give me|gave me|gives me)\b.{0,15}\b(?:cristal|perico|coca|pastillas|pills|"
      r"meth|coke|speed|adderall|mota|alcohol|tragos|cerveza|beer)\b")
# Withdrawal told by its signs, without the drug's name: "ran out yesterday, sweats and chills and cant sit still".
# A cold or the flu says so; the check-in asks.
rules.add("withdrawal_signs",
      r"\b(?:ran out|run out|out of (?:my )?(?:stuff|pills|bars|percs|supply|carts?)|havent had (?:any|a hit|a pill)|"
      r"no (?:stuff|pills|bars|percs|hits?) (?:since|for)|quit cold turkey|se me acabaron|se me acabo|no he tenido)\b"
      r".{0,60}\b(?:sweats|sweating|chills|shaking|shakes|shaky|cant sit still|restless|throwing up|puking|"
      r"withdrawals?|dope ?sick|sick without|sudores|escalofrios|temblores|tiemblo|no me puedo estar quiet[oa])\b"
      r"(?!.{0,40}\b(?:flu|fever|covid|cold|gripe|gripa|calentura|fiebre)\b)",
      ask=True)
# Asking how much it takes to get high, or a habit said in passing ("how much robitussin do u need to trip", "doing
# lines before every test now"): asked, as a health-class or drama-class reading is possible.
rules.add("getting_high_question",
      r"\bhow (?:much|many) (?:\w+ ){0,2}(?:do (?:u|you|i) (?:need|have to take|take)|does it take|should i take|to take)\b"
      r".{0,10}\bto (?:trip|get high|get fucked up|get messed up|feel it|black out|get lit|get zooted|roll)\b",
      r"\bcuant[oa]s? (?:\w+ ){0,2}(?:necesito|se necesita|hay que tomar|tengo que tomar)\b.{0,10}\b(?:para|pa) "
      r"(?:ponerme|viajar|alucinar|sentir algo|quedar)\b",
      r"\b(?:doing|did|do|snort\w*|rail\w*) (?:lines|a line|bumps|a bump|rails)\b"
      r"(?!.{0,30}\b(?:play|musical|drama|show|script|rehearsal|theater|theatre|scene|audition|class|cast|lines for)\b)",
      ask=True)
# Stealing pills, still using after an overdose, drunk or high right now (asked): "le robo pastillas a mi abuelo y
# quiero tener más acceso", "tuve una sobredosis y sigo consumiendo", "estoy bien pedo".
rules.add("stealing_or_still_using",
      r"\bi(?:m| am|ve been| have been| been)? (?:stealing|stole|steal|sneaking|sneak) (?:\w+ ){0,3}?(?:pills|meds|xanax|"
      r"oxys?|percs|adderall|painkillers|norcos?|vicodin|hydros?|edibles|vodka|liquor)\b",
      r"\b(?:le robo|le robe|le estoy robando|robandole|me robo|me robe)\b (?:\w+ ){0,2}(?:pastillas|medicinas|calmantes|"
      r"clonazepam|xanax|tramadol|pastis)\b",
      r"\b(?:sigo|todavia|aun|todavia sigo) (?:consumiendo|drogandome|usando drogas|metiendome)\b|\bstill using\b")
rules.add("under_the_influence_now",
      # not "estoy hasta la madre de la tarea" (fed up), "pasado de peso"
      r"\b(?:estoy|ando) (?:bien |muy |re |super )?(?:pedo|peda|borrach[oa]|pasad[oa]|drogad[oa]|high|hasta atras|"
      r"pachecho|pacheco|volad[oa]|jalad[oa])\b(?! (?:de|con)\b)",
      r"\b(?:im|i am) (?:so |super |hella |really |rly )?(?:drunk|high|faded|wasted|zooted|cross ?faded|tweaking|rolling)"
      r" (?:rn|right now|in class|at school|lol|lmao)\b",
      ask=True)
# Someone else's prescription taken, asked about: "can you get in trouble for taking your parents xanax".
rules.add("someone_elses_pills_question",
      r"\b(?:get in trouble|is it (?:illegal|bad|dangerous|a crime)|what happens if (?:i|you|u))\b.{0,20}\b(?:taking|take|"
      r"took|using)\b (?:\w+ ){0,2}(?:xanax|xans|bars|pills|meds|oxys?|percs|adderall|addies|painkillers)\b",
      ask=True)
# Hooked on a drug, sniffing inhalants: "ando pegado con la pasta", "esnifa el corrector".
rules.add("hooked_or_huffing",
      r"\b(?:ando|estoy|im|i am|i got|getting) (?:bien |super |so |really )?(?:pegad[oa]|enganchad[oa]|clavad[oa]|hooked|"
      r"addicted)\b (?:con|a|al|on|to)\b (?:la |el |los |las )?(?:pasta|base|paco|perico|coca|cocaina|cristal|mota|"
      r"pastillas|pastis|alcohol|trago|vape|weed|pills|percs|xans|nicotine|nic|carts|coke|meth|lean|fent|molly)\b",
      r"\b(?:esnif\w*|inhal\w*|huffing|huffs?|huffed|sniff\w*|mona|monear|activo)\b.{0,20}\b(?:corrector|pegamento|"
      r"resistol|thinner|gasolina|marcadores|aerosol|whipped cream|whippets|keyboard cleaner|duster|glue|markers|paint|"
      r"spray paint|gas|spray|aire comprimido|canned air)\b")
# Carrying drugs for someone, for money: "me ofrece $200 a la semana por llevar 'paquetes' en mi bici".
rules.add("running_packages",
      r"(?:'|\")(?:paquetes|packages|paquetitos|encargos)(?:'|\")|\b(?:bolsitas|la merca|mercancia|product|el producto)\b"
      r"(?=.{0,60}\b(?:\$\d+|dinero|lana|feria|pagan|paga|ofrece|money|pay|pays|cash)\b)",
      r"\b(?:\$\d+|dinero|lana|feria|money|cash)\b.{0,40}\b(?:por|for|to) (?:llevar|mover|pasar|entregar|deliver|carry|move|"
      r"run) (?:\w+ ){0,2}(?:'|\")?(?:paquetes|packages|bolsitas|la merca|product|encargos)\b")
# How many is too many, with pills at hand (asked): "tomamos pastis del botiquín de mi abuela, ¿cuántas es mucho?".
rules.add("how_many_is_too_many",
      r"\b(?:pastis|pastillas|pills|meds|gummies|gomitas|edibles|xans|bars|shots|tragos)\b.{0,60}\b(?:cuant[oa]s (?:\w+ )?"
      r"(?:es|son) (?:mucho|muchas|demasiad[oa]s?)|how many (?:is|are) (?:too many|a lot|too much))\b",
      ask=True)
# Highs from the medicine cabinet or the kitchen, snorting pills, nitrous every day, injecting, a drug debt, a parent who
# finds powder: "we been robotrippin with cough medicine every weekend", "snorting crushed addy before tests",
# "nitrous balloons every day", "tomarse un bote entero de jarabe para la tos para colocarse", "mi hermano de 16 se
# inyecta algo", "le debo mucho al que me la vende", "encontré bolsitas con polvo blanco".
_STIMULANT = r"(?:anfetas|anfetaminas|addys?|adderall|pastis|pepas|tusi|perico|coca|cristal|piedra)"
_CANT_WITHOUT_ES = r"no puedo (?:estudiar|vivir|funcionar|dormir)"
rules.add("highs_and_debts",
      r"\b(?:robo ?trip\w*|robo ?tripp\w*|dxm|skittling|triple c|syrup sipping|sipping syrup|sizzurp|purple drank)\b",
      # drinking what is not meant to be drunk, to get drunk: "drinking hand sanitizer at school to get drunk"
      r"\b(?:drink\w*|drank|chug\w*|tomando|tomo|toma|tomar|bebiendo|bebe|beber)\b (?:\w+ ){0,2}(?:hand sanitizer|"
      r"sanitizer|mouthwash|rubbing alcohol|vanilla extract|gel antibacterial|alcohol en gel|enjuague bucal|alcohol de "
      r"farmacia|alcohol etilico)\b",
      r"\b(?:cough (?:syrup|medicine|meds)|robitussin|coricidin|nyquil|jarabe (?:para la tos|de codeina))\b.{0,40}\b(?:trip\w*|"
      r"get high|to get messed up|every weekend|whole bottle|entire bottle|bote entero|botella entera|colocar\w*|drogar\w*|"
      r"ponerse|ponerme|viajar|probar|mezcl\w*|pacheco)\b",
      r"\b(?:snort\w*|sniff\w*|esnif\w*|inhal\w*|jalar|jalando|me meto|nos metemos) (?:\w+ ){0,2}(?:crushed |molid[oa]s? )?"
      r"(?:addys?|adderall|ritalin|xanax|xans|percs|oxys?|pills|pastillas|pastis|pepas|anfetas)\b",
      r"\b(?:nitrous|whippets|whip ?its|nos balloons|laughing gas|galaxy gas|globos de (?:gas|oxido nitroso)|oxido nitroso)\b"
      r".{0,50}\b(?:every ?day|daily|every weekend|after school|passed out|fell|blacked out|saw spots|todos los dias|"
      r"diario|me desmaye|me cai)\b",
      r"\b(?:se inyecta|se inyectaba|inyectandose|se pica|se esta inyectando|shooting up|shoots up|shot up|injecting|"
      r"injects)\b(?!.{0,20}\b(?:insulin\w*|vitamin\w*|testosteron\w*|hormon\w*|b12|allergy|alergia|epipen|medicine "
      r"for|medicina para|diabet\w*)\b)",
      r"\b(?:le debo|les debo|debo|i owe|owe|owes|debe)\b.{0,30}\b(?:al que me (?:la|lo|las|los) vende|al dealer|al "
      r"transa|al dilero|dealer|plug|the guy who sells|my connect)\b",
      r"\b(?:bolsitas?|bags?|baggies?|papelitos?)\b (?:\w+ )?(?:con|with|of|de) (?:un |some )?(?:polvo blanco|white powder|"
      r"polvo|pills|pastillas)\b(?!.{0,30}\b(?:sugar|azucar|flour|harina|protein|proteina|baking|slime)\b)",
      r"\b" + _STIMULANT + r"\b.{0,40}\b(?:(?:\d|dos|tres|cuatro|cinco|four|five|three) (?:al dia|a day|per day|diarias)|"
      + _CANT_WITHOUT_ES + r" sin|cant (?:study|function|sleep) without)\b",
      r"\b" + _CANT_WITHOUT_ES + r" sin (?:las |la |el |los )?" + _STIMULANT + r"\b")
