"""Physical abuse, neglect and threats at home or by a caregiver."""
from __future__ import annotations

from careerbot.safety.engine import RuleSet
from careerbot.safety.vocabulary import ADV, AFTER_ME_OK, HARM, IM, MUNDANE, PERSON, PLAYFUL, REL
from careerbot.safety.vocabulary_es import FAMILIA, GOLPEAR

rules = RuleSet("abuse")

rules.add("person_hurts_me",
      PERSON + r" " + ADV + HARM + r" (?:me|us)\b" + AFTER_ME_OK + PLAYFUL,
      # "my grandma took my phone and hit me with the charger cord again"
      PERSON + r"(?: \w+){1,6}? (?:and|then|y) " + ADV + HARM + r" (?:me|us) with (?:a|the|her|his|their|my) "
      r"(?:\w+ )?(?:cord|cable|belt|hanger|extension cord|wire|stick|bat|spoon|shoe|charger|broom|hose|switch|ruler)\b"
      + PLAYFUL,
      PERSON + r" " + ADV + r"(?:beat|beats|beating) me up\b")
# Hurt where it shows: "my bf grabs my neck when we argue", "my dad broke my wrist", "she pulls my hair".
BODY = r"(?:neck|throat|arm|arms|wrist|wrists|face|hair|jaw|nose|rib|ribs|head|finger|fingers|leg|legs|back|eye|lip)"
rules.add("person_hurts_my_body",
      PERSON + r" " + ADV + r"(?:chok\w*|strangl\w*|broke|breaks|fractured|punch\w*|slap\w*|kick\w*|burn\w*|"
      r"bruis\w*|grab\w*|squeez\w*|pull\w*|twist\w*|bit|bites|cut|cuts|slam\w*) my (?:\w+ )?" + BODY + r"\b"
      r"(?! (?:in|at|during|while) (?:soccer|football|basketball|practice|the game|a game|pe|gym|wrestling)\b)"
      + PLAYFUL)
# Marks of someone's hand, and whose they are: "how do i cover a handprint on my neck", "the bruises are from my
# uncle, not from soccer", "los moretones son de mi tío"; asking whether a teacher must report an injury.
rules.add("marks_from_someone",
      r"\b(?:handprints?|hand prints?|finger ?marks|fingerprints? on my (?:neck|arm|arms|face)|marcas? de (?:una )?mano|"
      r"marcas? de (?:sus )?dedos)\b",
      r"\b(?:bruises?|marks?|burns?|welts?|black eye|cuts?) (?:are|is|were|was|came) (?:really |actually )?(?:from|by) "
      r"my " + REL + r"\b",
      r"\b(?:moretones|moreton|marcas|marca|quemaduras|quemadura|golpes) (?:son|es|eran|fueron|me los hizo|me la hizo) "
      r"(?:de|por) " + FAMILIA + r"\b",
      r"\b(?:report|reportar|reporte|reporten)\w*\b.{0,50}\b(?:burn|burns|bruises?|welts?|marks|quemaduras?|moretones?|"
      r"marcas|golpes)\b(?!.{0,20}\b(?:card|cards|de calificaciones)\b)",
      r"\b(?:show|showed|ensen\w*|muestro|mostrar)\b.{0,20}\b(?:a burn|the burn|my burn|bruises|una quemadura|"
      r"los moretones|las marcas)\b.{0,40}\b(?:report|tell|llam|report\w*|avis\w*|counselor|teacher|nurse|consejer[oa]|"
      r"maestr[oa]|enfermer[oa]|orientador[oa]|profe\w*)")
# Silenced with a threat: "my stepdad says if i talk to the counselor again he'll send us back", "dice que si le
# cuento a alguien nos deporta".
rules.add("silenced_by_threat",
      r"\b(?:says|said|threatens|threatened|told me|tells me) (?:that )?if i (?:tell|talk|say|report|go to|call)\b"
      r".{0,60}\b(?:hurt|kill|deport|send (?:me|us) (?:away|back)|kick (?:me|us) out|beat|hit|lose (?:my|our) (?:home|"
      r"house)|take (?:my|our) (?:little |baby )?(?:sister|brother|siblings))",
      r"\b(?:dice|dijo|amenaza|amenazo|me dijo)\b (?:que )?si (?:le |les )?(?:digo|cuento|hablo|vuelvo a hablar|aviso|"
      r"denuncio)\b.{0,60}\b(?:deporta\w*|mata\w*|pega\w*|lastima\w*|corre\w* de la casa|saca\w* de la casa|"
      r"me va a ir peor|nos va a ir peor|se lleva\w*)")
# Hurt as a punishment, said in the passive: "got slammed into the wall for leaving dishes in the sink", "i get
# slapped for talking back". Someone doing it at a game says where.
rules.add("punished_by_force",
      r"\b(?:got|get|gets|was|been|getting) (?:slammed|thrown|shoved|pushed|dragged|smashed) (?:into|against|onto|"
      r"across|down) (?:the |a )?(?:wall|floor|ground|door|counter|table|stairs|fridge|dresser|lockers?)\b"
      r"(?!.{0,40}\b(?:game|match|practice|tackle|soccer|football|hockey|wrestling|rugby|basketball|mosh|pit)\b)",
      r"\b(?:got|get|was) (?:slapped|punched|choked|beaten|beat|whipped|belted|smacked|hit|kicked) for (?:leaving|"
      r"forgetting|not|talking|being|breaking|spilling|answering|asking|looking|saying|crying|getting a)\b"
      r"(?!.{0,40}\b(?:game|match|practice|dodgeball|soccer|football|hockey|wrestling|rugby)\b)")
rules.add("person_hurts_family",
      PERSON + r" " + ADV + HARM + r" my (?:little |baby |big |older )?(?:mom|mother|mum|dad|father|sister|brother|"
      r"siblings|sisters|brothers)\b(?! (?:at|in|up)\b)")
rules.add("passive",
      r"\bi (?:get|got|was|am|have been|ve been|been|keep getting) (?:\w+ )?(?:hit|beaten|beat|slapped|whipped|punched|"
      r"choked|hurt|kicked|burned|burnt|smacked|strangled|belted|spanked|abused) (?:at home|by (?:my|him|her|them|a|an)|"
      r"when (?:my|he|she|they)|every (?:day|night)|if i)\b",
      r"\b(?:" + IM + r"|i was|i have been|ive been|i been) (?:being )?(?:abused|beaten|neglected)\b",
      r"\b(?:he|she|they|" + r"my " + REL + r") (?:abuses|abused|neglects|neglected) me\b")
rules.add("scared_home",
      r"\b(?:scared|afraid|terrified|frightened|too scared|scare) (?:to go|of going|to be|of being|to come|to stay) "
      r"(?:back )?home\b",
      r"\b(?:scared|afraid|terrified|frightened) of my " + REL + r"\b",
      r"\b(?:not|dont feel|never feel|dont) safe (?:at home|in my (?:house|home)|around my " + REL + r")\b",
      r"\bunsafe at home\b",
      r"\bi (?:flinch|cower|freeze up|shake)\w* (?:every time|whenever|when|each time) (?:my " + REL + r"s?|he|she) "
      r"(?:walks|comes|gets|raises|yells|moves|is)\b",
      r"\b(?:someone|somebody|people|they) at home (?:\w+ ){0,2}(?:hurts?|hits?|beats?|touch\w*|abuses?) me\b",
      r"\bdont want to go (?:back )?home (?:because|cause|cuz|bc|cus|since)\b.{0,60}\b(?:hit|hurt|beat|yell|scared|drunk|"
      r"abus|touch)\w*")
rules.add("locked_in",
      r"\b(?:lock|locks|locked|locking) me (?:in|up|inside|outside|in my room|in the (?:closet|basement|garage))\b",
      r"\b(?:lock|locks|locked|locking) me out (?:of the house|outside)\b",
      r"\b(?:lock|locks|locked|locking) (?:me|you|us|her|him|a kid|their kids?) out\b.{0,30}\b(?:all night|overnight|"
      r"for the night|till morning|until morning|in the cold|in the snow|in the rain|in (?:january|february|december|"
      r"winter))\b",
      r"\b(?:dont|doesnt|never|wont|dont ever) (?:let me eat|feed me|give me food)\b",
      r"\b(?:he|she|they|my " + REL + r") (?:ties|tied) me up\b")
rules.add("threatens_me",
      r"\b(?:he|she|they|my " + REL + r") (?:said|says|threatened|threatens|told me) (?:that )?(?:he|she|they)?"
      r" ?(?:ll|will|would|is going to|was going to|are going to|is gonna|was gonna) (?:kill|hurt|beat|hit) me\b"
      + MUNDANE,
      PERSON + r" (?:\w+ )?(?:threatened|threatens|threatening|keeps threatening|always threatens) (?:to )?"
      r"(?:kill|hurt|beat|hit|kick me out|throw me out) ?(?:me)?\b" + MUNDANE)
rules.add("silencing",
      r"\b(?:says|said|tells me|told me|keeps saying) (?:that )?(?:nobody|no one|noone) (?:will|would) (?:ever )?"
      r"believe (?:me|you)\b")
rules.add("abusive_home",
      r"\b(?:my|in an|live with an|live in an|have an|i have an|an) abusive\b",
      r"\bmy " + REL + r"s? (?:is|are|has been|can be|gets) (?:so |really |very |kinda |super )?(?:abusive|violent)\b",
      r"\bdomestic violence (?:at home|in my (?:house|home|family))\b",
      r"\b(?:violence|hitting|beatings|abuse) (?:at|in my) (?:home|house)\b")
rules.add("topic",
      r"\b(?:abuse|abused|abusing|abusive|child abuse|domestic violence|neglected)\b",
      topic=True)
# Legal questions that may hide a home the student needs out of: "how do you get emancipated fast", "como me
# emancipo", "is it illegal for a parent to lock you out all night", "can my dad legally hit me". A civics question
# ("what does emancipation mean") asks nothing of the student's own.
rules.add("way_out_question",
      r"\b(?:how (?:do|can|would|could|does) (?:i|you|u|a (?:kid|teen|minor|\d\d ?(?:yo|year old)))|can i|could i|"
      r"(?:i|im) (?:want|need|wanna|have|trying|going|gonna|thinking about)(?: to)?|fastest way to|quickest way to|"
      r"fast way to|help me|how long (?:does it|would it|will it|until)(?: take)?)\b.{0,20}\b(?:get |be |become |getting )?"
      r"emancipat\w*",
      r"\bemancipat\w*\b.{0,30}\b(?:fast|quick|quickly|asap|at (?:1[3-7])|without (?:my )?(?:parents|mom|dad))\b",
      r"\b(?:emanciparme|me emancipo|me puedo emancipar|emanciparse rapido|emancipar(?:me|se)? sin)\b",
      r"\b(?:cuanto (?:se tarda|tiempo tarda|tarda|se tardan)|como se (?:emancipa|puede emancipar)|se puede emancipar)\b"
      r".{0,20}\bemancip\w*",
      r"\b(?:is it (?:a crime|illegal|legal|abuse|allowed|against the law|ok|okay|normal)|(?:can|is) (?:my|a|your) "
      r"(?:parents?|mom|dad|stepdad|stepmom|guardian)s? (?:legally |allowed to )?)\b.{0,30}\b(?:lock\w* (?:me|you|us|"
      r"a kid|their kids?) out|hit|hits|slap|punch|choke|belt|whip|starve|burn|kick (?:me|you|a kid|their kid) out|"
      r"leave (?:me|you|a kid|their kids?) (?:alone|without food|home alone) for (?:days|a week|\d+ days))\b",
      r"\b(?:es (?:delito|ilegal|legal|normal)|(?:pueden|puede) (?:mis papas|mi (?:mama|papa|padrastro|madrastra|"
      r"jefa|jefe)) legalmente)\b.{0,40}\b(?:pegar\w*|golpear\w*|encerrar\w*|dejar(?:me|te)? (?:afuera|sin comer)|"
      r"correr(?:me|te) de la casa|sacar(?:me|te) de la casa)",
      # how long a child may be left alone, asked about days or a week: "¿a partir de qué edad te pueden dejar solo
      # en casa una semana entera?"
      r"\b(?:dejar(?:me|te|nos|lo|la)?|dejan?|left|leave|stay) (?:\w+ )?(?:sol[oa]s?|alone|home alone|by (?:myself|yourself|"
      r"themselves))\b.{0,25}\b(?:una semana|toda la semana|varios dias|\d+ dias|for (?:a|one|\d+|two|three) (?:week|weeks)|"
      r"for (?:\w+ )?days|a whole week|all week)\b",
      ask=True)

# --- Spanish ------------------------------------------------------------------------------------
rules.add("es_family_hurts_me",
      FAMILIA + r"\b(?: \w+){0,3}? me " + GOLPEAR + r"\b",
      r"\bme " + GOLPEAR + r" (?:en mi casa|en la casa|cuando (?:toma|bebe|se enoja|llega))\b",
      # the other order, the family named before or not at all: "mi papá es mecánico pero cuando se emborracha me pega"
      r"\bcuando (?:se emborracha|se pone (?:borrach|tomad|pedo|brav|loc|agresiv|violent)\w*|(?:esta|llega|anda|viene) "
      r"(?:borrach|tomad|pedo|enojad|drogad|marihuan)\w*|toma|bebe|chupa|se droga|se enoja|se enfada|se encabrona) "
      r"(?:\w+ ){0,2}?me " + GOLPEAR + r"\b")
rules.add("es_belt_again",
      r"\b(?:otra vez|de nuevo|ya me dio|me dio|me pego|me pegaron|me dieron|me agarro a)\b (?:con )?(?:la correa|el cinto|"
      r"el cinturon|el cable|la manguera|el palo|la vara|cuerazos|cintarazos|correazos)\b",
      r"\b(?:cuerazos|cintarazos|correazos|chingadazos)\b")
rules.add("es_neglect",
      r"\b(?:no me dan de comer|no me dejan comer|me dejan sin comer|me encierran|me corrieron de (?:la |mi )?casa|"
      r"me sacaron de la casa|tengo miedo de (?:ir|volver|regresar|llegar) a (?:mi |la )?casa)\b")
rules.add("es_topic", r"\b(?<!que )(?<!es un )(?:abuso|abusan|abusaron|abusa|abusando|maltrato|maltratan|maltratado|maltratada|violencia domestica)\b",
          topic=True)
# Papers taken and not allowed out, a debt held over the student (signs of trafficking): "mi tía me quitó mis papeles
# y no me deja salir, dice que le debo la renta"; makeup over marks someone left: "maquillaje en el cuello porque mi
# mamá me apretó".
rules.add("held_or_hiding_marks",
      r"\b(?:took|takes|has|keeps|kept|quito|quita|tiene|guarda|se quedo con) (?:away )?(?:my|mis) (?:papers|passport|id|"
      r"documents|papeles|pasaporte|documentos|identificacion)\b.{0,60}\b(?:wont let me|doesnt let me|dont let me|cant leave|"
      r"no me deja|no me dejan|no puedo salir|owe|debo|le debo|les debo)\b",
      r"\b(?:makeup|concealer|foundation|maquillaje|corrector|base)\b.{0,30}\b(?:neck|cuello|bruises?|marks?|moretones?|"
      r"marcas?|black eye|ojo morado)\b.{0,30}\b(?:because|bc|cuz|porque|pq|xq|por)\b.{0,20}\b(?:my|mi)\b",
      # "cómo tapo los moratones del cuello con maquillaje para ir al insti": bruises on the neck, hidden to go to school
      r"\b(?:tapo|tapar|taparme|cubro|cubrir|cubrirme|escondo|esconder|hide|cover|cover up)\b (?:\w+ ){0,2}(?:moratones|"
      r"moretones|morados|cardenales|bruises|marks|marcas)\b (?:\w+ ){0,3}(?:cuello|neck|brazos|arms|cara|face|espalda|"
      r"back)\b")
# A cover story for marks, drink before the children's needs, coached before a social worker comes.
rules.add("cover_story_or_coached",
      r"\b(?:dije|i said|i told (?:them|the teacher|everyone|the nurse)) (?:que |that )?(?:me cai|i fell|i tripped|fue "
      r"jugando|it was (?:soccer|football|a ball|practice))\b.{0,40}\b(?:pero fue|but it was) (?:mi|my)\b",
      r"\b(?:moretones|marcas|golpes|bruises|marks)\b.{0,60}\b(?:eso le digo|es lo que le digo|le dije que (?:fue|son|eran)|"
      r"thats what i tell|i tell (?:the|my) (?:teacher|nurse|coach|counselor)|i told (?:the|my) (?:teacher|nurse|coach) "
      r"(?:it was|they were|theyre))\b",
      r"\b(?:se gasta|gasta|spends|se gastan|gastan)\b (?:todo|all|everything|all the money|all our money|el dinero|la plata|"
      r"la lana)\b.{0,20}\b(?:en la botella|en alcohol|en (?:el )?trago|en drogas|en la droga|on (?:alcohol|drugs|booze|"
      r"beer|weed|pills|the bottle))\b",
      r"\b(?:social worker|trabajadora social|trabajador social|cps|dcfs|la del dif|el del dif|caseworker)\b.{0,60}"
      r"\b(?:told me what to say|me dijo lo que tengo que decir|me dijo que (?:le )?dijera|me dijo que no (?:le )?dijera|"
      r"says i have to say|told me not to say|told me to say)\b")
# Punishment that is abuse by its form, and a child plainly neglected: "me pone de rodillas sobre arroz por horas", "mi
# prima de 12 llega con la misma ropa sucia toda la semana y siempre muerta de hambre, y su mamá nunca está".
rules.add("cruel_punishment_or_neglect",
      r"\b(?:de rodillas|hincad[oa]s?|hincar\w*|arrodillad[oa]s?|arrodillar\w*|kneel\w*|on (?:my|our|his|her) knees)\b.{0,20}\b(?:sobre|en|on|in) "
      r"(?:el |los |la |las |uncooked |dry )?(?:arroz|rice|frijoles|corcholatas|piedras|rocks|tapas|chapas)\b",
      r"\b(?:misma ropa|same clothes)\b.{0,30}\b(?:toda la semana|all week|every ?day|todos los dias|for days|por dias|"
      r"for a week)\b.{0,60}\b(?:hambre|hungry|starving|nunca esta|never home|no food|no hay comida|nobody feeds|nadie le da "
      r"de comer)\b")
# Sleeping ready to run: "duermo con los zapatos puestos por si tengo que salir corriendo" (asked).
rules.add("ready_to_run",
      r"\b(?:duermo|dormir|durmiendo|sleep|sleeping|slept)\b (?:\w+ ){0,2}(?:con los zapatos puestos|con zapatos|vestid[oa]|"
      r"with my shoes on|in my shoes|with shoes on|with (?:my )?clothes on|fully dressed)\b.{0,40}\b(?:por si|in case|"
      r"salir corriendo|run|escape|huir|get out|leave fast)\b",
      ask=True)
