"""Threats and plans to hurt other people."""
from __future__ import annotations

from careerbot.safety.engine import RuleSet
from careerbot.safety.vocabulary import AFTER_ME_OK, GAMES, HARM, INTENT, PLAYFUL, TARGET, VIOLENT

rules = RuleSet("violence")

rules.add("school_attack",
      r"\bshoot(?:ing)? up (?:the|my|our|this|that|a|his|her) (?:school|class|classroom|cafeteria|mall|church|gym|"
      r"building|place|bus|party|store|hallway|campus|game|dance|assembly|library)\b",
      r"\b(?:gonna|going to|will|ill|want to|wanna|plan to|planning to|about to|ima|imma) shoot (?:up|everyone|"
      r"everybody|people)\b(?! (?:heroin|drugs|dope|meth|in height)\b)",
      r"\b(?:bring|bringing|brought|take|taking|sneak|sneaking|carry|carrying|have) (?:a|my|his|her|my dads|my moms|the|"
      r"some|our|\d) (?:gun|guns|pistol|rifle|knife|knives|weapon|weapons|bomb|bombs|explosive|ar ?15|glock|piece|strap)"
      r" (?:to|into|in|at) (?:school|class|the school|campus|the classroom|the dance|the game|my school)\b",
      r"\b(?:gun|guns|weapon|bomb) (?:to|into) school\b",
      r"\b(?:gun|guns|knife|knives|weapon|weapons|rifle|pistol|bomb)\b.{0,60}\b(?:use|using|shoot|bring|take|set) "
      r"(?:it|them|him|her) (?:at|to|in|on|off at) (?:school|class|them|him|her|everyone|everybody|people)\b",
      r"\b(?:bomb|blow up|burn down|set fire to|shoot up|attack|torch) (?:the|my|our|this) (?:school|class|classroom|"
      r"church|mall|house|building|gym|bus)\b",
      r"\b(?:do|commit|carry out|start|plan|planning|be) (?:a|the next) (?:school|mass) (?:shooting|shooter)\b",
      r"\bset (?:the|my|our|this|his|her|their) (?:school|class|classroom|house|home|gym|building|bus|car) on fire\b",
      # a copycat: doing again what a shooter did ("quiere hacer lo mismo que salió en las noticias del tiroteo")
      r"\b(?:want|wants|wanna|gonna|going to|will|plan|plans|planning|about) (?:to )?(?:(?:do|pull) (?:exactly )?what "
      r"(?:the|that|this)(?: \w+){0,3}? (?:shooter|shooters|gunman) did|do the same(?: thing)? (?:as|that) (?:the|that|this)"
      r"(?: \w+){0,3}? (?:shooter|shooters|gunman)|(?:copy|repeat|recreate|redo) (?:the|that|what)(?: \w+){0,4}? "
      r"(?:shooting|massacre|columbine|uvalde|parkland)|(?:do|pull) (?:a|another) (?:columbine|uvalde|parkland|school "
      r"shooting))\b",
      r"\b(?:quiere|quiero|queremos|quieren|va a|voy a|vamos a|van a|piensa|pienso|planea|planeo) (?:hacer lo mismo que "
      r"(?:el|la|los|las|salio|paso|hizo|hicieron)\b|hacer lo que hizo (?:el|la|los)\b|repetir|copiar|imitar|hacer otr[oa])"
      r"\b.{0,60}\b(?:tiroteo|tiroteos|balacera|masacre|matanza|atentado|tirador|columbine)\b",
      r"\b(?:how to|how do i|how can i|how do you) (?:make|build|get) (?:a )?(?:pipe )?(?:bomb|explosive|molotov)\b",
      r"\b(?:make|build|making|building) (?:a )?(?:pipe )?bomb\b",
      r"\b(?:hit|kill|death) list\b(?! (?:of|for) (?:every|all|the)? ?(?:pokemon|games?|songs?|movies?|shows?|"
      r"books?|places?|restaurants?|foods?|snacks?|things|bosses|achievements|cards?|items?|levels?)\b)",
      # warning signs before a school attack: a weapon with a grievance or a day, a warning to stay away
      r"\b(?:got|have|has|bought|found|stole|grabbed|took|holding|posted \w+ (?:with|w) an?) (?:a|an|my|his|her|the|"
      r"my (?:dads|moms|uncles|brothers|stepdads|grandpas)) (?:gun|guns|rifle|pistol|glock|weapon|ar ?15|piece|strap)\b"
      r".{0,80}\b(?:bully|bullies|bullied|regret|pay for|laughed|laughing|mess with|messes with|after (?:tomorrow|"
      r"monday|tuesday|wednesday|thursday|friday|this week)|(?:dont|do not|wont) come to school)\b",
      # leakage: a weapon in a school bag, or telling someone it is coming on a day
      r"(?<!nerf )(?<!toy )(?<!water )(?<!airsoft )(?<!paintball )(?<!bb )(?<!fake )"
      r"\b(?:gun|guns|pistol|rifle|glock|knife|knives|weapon|piece|strap)\b.{0,40}\b(?:in|inside|into) my "
      r"(?:backpack|bookbag|book bag|school bag|bag|locker)\b(?!.{0,40}\b(?:for (?:the )?(?:hunting|camping|fishing)|"
      r"toy|nerf|water|paintball|airsoft|prop|costume|for (?:the )?(?:play|cosplay|halloween))\b)",
      r"\b(?:told|telling|warned) (?:him|her|them|that \w+|this \w+|the \w+) (?:that )?(?:i|id|i would|ill|i will|im "
      r"gonna|im going to) (?:bring|be bringing) (?:a|my|the|his|her)(?: \w+)? (?:gun|pistol|knife|weapon|strap|"
      r"piece|glock)\b",
      r"\b(?:dont|do not|better not|shouldnt) (?:come|go|show up) to school (?:tomorrow|monday|tuesday|wednesday|"
      r"thursday|friday|next week|this week)\b(?!.{0,30}\b(?:snow day|holiday|day off|no school|canceled|cancelled|"
      r"break|teacher (?:work|inservice) day)\b)",
      r"\b(?:everyone|everybody|all of them|all the people|the kids|those kids|every \w+) (?:who|that|whos) "
      r"(?:ever )?(?:laughed at|bullied|made fun of|picked on|messed with|hurt|ignored) me (?:is|are|will|gonna|is gonna|"
      r"are gonna|is going to|are going to|will all) (?:\w+ )?(?:regret|pay)\b")
rules.add("harm_to_death",
      r"\b(?:beat|choke|hit|punch|strangle|hurt) (?:my \w+|him|her|them|that \w+|this \w+)(?: \w+){0,3} until "
      r"(?:she|he|they|it) (?:stops?|stop) (?:breathing|moving)\b",
      r"\b(?:make|making|see) (?:them|him|her|those \w+) (?:all )?(?:die|dead)\b(?: instead)?" + GAMES)
rules.add("threat",
      INTENT + r" (?:go )?" + VIOLENT + r" " + TARGET + r"\b" + GAMES,
      INTENT + r" (?:stab|shoot|murder|strangle|shank)\b(?! (?:videos?|photos?|pictures?|pics|film|a film|movies?|"
      r"hoops|some hoops|my shot|for|a commercial|content|a music video|the breeze|an email|a text|a message|"
      r"baskets|free throws|3s|threes|arrows|a basket|the ball|a video|a movie|a photo|it|this|that|a scene|"
      r"the scene|at|me|us|myself)\b)",
      r"^(?!.*\b(?:among us|imposter|impostor|fortnite|minecraft|roblox|valorant|zombies?|level|boss|lobby|round|match)\b)"
      r".*\b(?:hurt|kill|shoot|stab|attack|bomb|murder) (?:everyone|everybody|them all|all of them|all of you|"
      r"the whole (?:school|class))\b" + GAMES,
      INTENT + r" (?:make|making) (?:" + TARGET + r"|those \w+|the \w+) (?:all )?pay\b",
      INTENT + r" (?:beat|jump|fight) " + TARGET + r" up\b",
      r"\b(?:want|wanna|wish|hope|like|love|going|gonna) (?:to )?see (?:" + TARGET + r"|him|her|them) (?:dead|die|suffer|"
      r"bleed|in pain|hurt)\b",
      r"\bmake sure (?:he|she|they|him|her|them|everyone|everybody)(?: all)? (?:die|dies|is dead|are dead|suffer|"
      r"suffers|get hurt|gets hurt|never wake up)\b",
      r"\b(?:want|wish|hope) (?:him|her|them|everyone|everybody|all of them|my (?:whole )?class|my classmates|"
      r"(?:my|that|this|the) (?:teacher|bully|bullies|stepdad|coach|principal|kid|kids))"
      r"(?: (?!(?:wasnt|werent|isnt|arent|not|never|didnt|wouldnt|to know)\b)\w+){0,4}? "
      r"(?:(?:to be|was|were|would be|is|are) )?dead\b",
      r"\b(?:want|wish|hope) (?:he|she|they|him|her|them|everyone|my (?:teacher|dad|mom|brother|sister|stepdad|bully|"
      r"ex|coach)|that (?:kid|guy|girl|teacher)) (?:(?:was|were|would|to) )?(?:be )?(?:dead|dies|die|died|gets killed|"
      r"get killed)\b",
      r"\b(?:kill|hurt|stab|shoot|murder) " + TARGET + r"\b.{0,40}\b(?:i actually want to|i really want to|i mean it|"
      r"not joking|not kidding|for real|im serious|i am serious|i swear)\b",
      r"\b(?:im|i am|i m) (?:going to|gonna|scared i (?:will|might|am going to)|afraid i (?:will|might)) (?:snap and )?"
      r"(?:hurt|kill|attack) (?:someone|somebody|people|him|her|them)\b")

# Dating violence: "my girlfriend makes me share my location and throws stuff at me", "my bf choked me".
PARTNER = r"\bmy (?:girlfriend|boyfriend|gf|bf|ex|partner|bae|boo|man|girl|ex girlfriend|ex boyfriend)\b"
rules.add("partner_hurts_me", PARTNER + r"(?:.{0,80}? (?:and|but|then|he|she|they|also|even|literally|always) )?"
          r" ?(?:\w+ )?" + HARM + r" me\b" + AFTER_ME_OK + PLAYFUL)
# Things bought for a plan against people, and the plan set: "bought bear spray and zip ties, the plan is set for
# the party", "got my brothers bat in my trunk, it goes down friday".
GEAR = (r"(?:bear spray|pepper spray|mace|zip ?ties|duct tape|brass knuckles|knuckles|a bat|the bat|a machete|a knife|"
        r"knives|a gun|his gun|my \w+s (?:gun|glock|bat|knife)|a taser|a crowbar|rope)")
rules.add("gear_for_a_plan",
      r"\b(?:bought|got|have|packed|brought|hid|hiding|stashed|ordered|grabbed|took)\b (?:\w+ )?" + GEAR + r"\b"
      r".{0,60}\b(?:the plan|plan is|its set|all set|its on|ready for (?:him|her|them|friday|tomorrow|the party)|"
      r"goes down|going down|its happening|when (?:he|she|they) (?:shows?|comes?|walks?)|for (?:him|her|them)|"
      r"hes done|shes done|theyre done)\b")
# What happens to a minor who hurts someone, asked: a plan weighed, or a fear after a fight. The check-in asks.
rules.add("consequence_question",
      r"\b(?:sentence|jail time|prison time|juvie|charges?|charged|how (?:long|many years))\b.{0,40}\b(?:minor|kid|"
      r"teen|teenager|1[2-7] ?(?:yo|year old)|under 18|juvenile)\b.{0,30}\b(?:hurts?|stabs?|shoots?|kills?|beats? up|"
      r"hurt|stabbed|shot|killed|beat up|attacks?|attacked)\b(?! (?:in|at) (?:self defense|a game|the game)\b)",
      r"\b(?:cuantos anos|cuanto tiempo|carcel|correccional|tutelar|te dan|me dan)\b.{0,40}\b(?:menor|chavo|nino|"
      r"1[2-7] anos)\b.{0,30}\b(?:lastim\w*|mat\w*|apunal\w*|dispar\w*|golpe\w*|pega\w*|(?:le )?hac\w* algo)",
      ask=True)

# --- Spanish ------------------------------------------------------------------------------------
rules.add("es_threat",
      r"\b(?:voy a|quiero|me dan ganas de|tengo ganas de|pienso) (?:matar|golpear|apunalar|disparar(?:le)?|"
      r"lastimar|balacear|darle un tiro) a\b",
      r"\b(?:llevar|traer|llevo|traigo|me llevo|voy a llevar) (?:un|una|el|la|mi) (?:arma|pistola|cuete|fusca|"
      r"cuchillo|navaja|rifle)(?: de (?:mi )?\w+)? a la (?:escuela|prepa|secundaria)\b",
      r"\b(?:no vengan|no vayas|no vayan|no vengas) a la (?:escuela|prepa) (?:manana|el lunes|el martes|el miercoles|"
      r"el jueves|el viernes|la proxima semana)\b",
      r"\b(?:todos|todas) (?:los|las) (?:que|q) (?:se burlaron de mi|me hicieron bullying|me molestaron) (?:se van a|"
      r"van a) (?:arrepentir|pagar)\b")
# Harm to others in Spanish, the verb with its object joined ("matarlo", "partirle la madre") or after "a", said as a
# plan; being hunted by people with a weapon; a fight planned with weapons. Weapon words include the slang
# ("fierro", "cuete", "fusca", "chopo", "pistola de mi tío").
ARMA_ES = r"(?:arma|armas|pistola|pistolas|fierro|fierros|cuete|fusca|chopo|revolver|rifle|escopeta|navaja|navajas|" \
          r"cuchillo|cuchillos|machete|machetes|bate|bates|manopla|punal)"
DANAR_OTRO_ES = (r"(?:(?:mat|apunal|balac|dispar|madre|acuchill|chuz|plomi)(?:arl[oae]s?|arle|arles|earl[oae]s?|earle)"
                 r"|(?:matar|apunalar|balacear|disparar|madrear|acuchillar|plomear) a (?!(?:la|el|las|los) "
                 r"(?:tarea|examen|pinata|pelota|balon|final|partido)\b)"
                 r"|(?:partir|romper)(?:le|les)? (?:toda )?la (?:madre|cara)|dar(?:le|les) piso|pegar(?:le|les) un tiro"
                 r"|meter(?:le|les) (?:un tiro|plomo|bala|un plomazo))\b"
                 r"(?!.{0,30}\b(?:en el juego|en la partida|en (?:el )?(?:fortnite|minecraft|roblox|free fire|cod|fifa|"
                 r"valorant|gta)|(?:en|el|la) (?:final|partido|torneo|cancha|clasico|juego de)|del otro equipo|"
                 r"equipo contrario|(?:al|el|la|a la) (?:examen|prueba|tarea|ensayo|proyecto|exposicion|quiz|parcial))\b)")
rules.add("es_partner_hurts_me",
      r"\b(?:mi )?(?:novi[oa]|jev[oa]|morr[oa]|pareja|ex|chav[oa]|vato|man|pololo|polola|enamorad[oa])\b(?: \w+){0,8}? "
      r"me (?:pega|pego|golpea|golpeo|ahorca|ahorco|empuja|empujo|cachetea|cacheteo|patea|pateo|jalonea|jaloneo|"
      r"amenaza|amenazo|lastima|lastimo|muerde|quema|estrello|estrella|avento|avienta|azoto|azota|arrastro|arrastra)\b")
rules.add("es_plan_against_others",
      r"\b(?:voy a|vamos a|van a|quiero|queremos|pienso|planeo|estamos planeando|estan planeando|tengo ganas de|"
      r"me dan ganas de|ya decidi|le voy a|les voy a|lo voy a|la voy a|los voy a) (?:\w+ )?" + DANAR_OTRO_ES,
      r"\b(?:madrear\w*|pelear\w*|agarrarse|agarrar\w*|golpear\w*|brincar\w*|caerle\w*)\b.{0,60}\bcon "
      r"(?:\w+ )?" + ARMA_ES + r"\b")
rules.add("es_threatened_with_weapon",
      r"\b(?:me|nos) (?:van a|quieren|dijeron que (?:me|nos) van a|amenazaron con) (?:\w+ )?(?:matar|cazar|picar|"
      r"balacear|dar piso|quebrar|madrear|apunalar|disparar|levantar)\b",
      also=(r"\b(?:tiene|tienen|trae|traen|traia|sacaron|saco|con|cargan|anda con|andan con) (?:un |una |el |la |su )?"
            + ARMA_ES + r"\b",))
# A gun coming to a minor: "my cousin's selling me his glock for 200", "how do people get a handgun at 16".
rules.add("getting_a_gun",
      r"\b(?:selling|sell|sold|giving|give|gave|lending|lend|lent|getting|get|got) me (?:his|her|their|a|an|the|one of "
      r"(?:his|her|their))? ?(?:gun|guns|handgun|glock|pistol|strap|rifle|ar ?15|piece|blicky|revolver)\b",
      r"\bhow (?:(?:do|can|would|could) )?(?:i|people|kids|you|someone) (?:get|buy|gets|buys) a (?:gun|handgun|glock|"
      r"pistol|strap)\b"
      r"(?=.{0,30}\b(?:at 1[0-7]|when (?:youre|ur|you are) 1[0-7]|as a (?:minor|kid|teen)|without (?:id|a license|my parents)|"
      r"under 18|under 21)\b)",
      r"\b(?:me (?:vende|vendio|va a vender|presta|presto|va a prestar|consiguio|va a conseguir)) (?:su |una |un |el |la )?"
      r"(?:pistola|fierro|cuete|fusca|arma|chopo|revolver)\b")
# A threat with a condition, from someone who is not family ("my mom will kill me if i fail" is an idiom): "mi ex dice
# que si me matriculo en su instituto me mata", "he said if i go to that school he'll kill me".
_NOT_FAMILY = (r"(?:novi[oa]|ex|exnovi[oa]|boyfriend|girlfriend|bf|gf|pandilla|gang|vato|chavo|ellos|they|he|el|"
               r"those guys|los de|un (?:vato|chavo|tipo|senor)|some guys?|a guy|this guy|that guy)")
rules.add("threat_outside_family",
      r"\b" + _NOT_FAMILY + r"\b(?: \w+){0,3}? (?:dice|dijo|amenaza|amenazo|says|said|told me|threatened)\b (?:que )?"
      r"(?:si|if)\b.{0,60}\b(?:me mata|me va a matar|me matara|me mataria|me parte la madre|(?:he|she|they)(?:ll| will|"
      r" would|s gonna|re gonna) (?:kill|hurt|end|jump|shoot|stab) me)\b",
      r"\b(?:soy|eres|es) (?:hombre|mujer|chavo|morro|morra) muert[oa]\b",
      r"\b(?:me|nos) (?:tienen|tiene|traen|trae) amenazad[oa]s?\b",
      r"\b(?:said|says|told me|texted me|posted)\b (?:that )?(?:im|i am|ur|youre|you are) (?:dead|a dead man|done for)\b"
      r"(?= .{0,30}\b(?:if|when|after|tomorrow|monday|friday|block|street|school)\b)" + GAMES,
      r"\b(?:viene|vienen|va a venir|van a venir|coming|is coming|are coming) (?:a |to )?(?:matarnos|matarme|"
      r"matarla|matarlo|kill (?:us|me|my mom|her))\b",
      # "my sisters boyfriend said he's coming after our whole family"
      r"\b(?:said|says|saying|told \w+|tells \w+|threatened|threatens|swore|swears|texted|texts|texting|posted|posts|"
      r"posting)(?: \w+)?(?: that)? (?:hes|shes|theyre|he is|she is|"
      r"they are|he was|she was|they were|hed|shed|theyd|hell|shell|theyll|he will|she will|they will) (?:gonna |going to "
      r")?(?:coming|come|comin) after (?:me|us|my|our|all of us|everyone|everybody|her|him|them)\b" + GAMES +
      r"(?!.{0,40}\b(?:lol|lmao|jk|haha\w*|chancla|slipper|tickl\w*|homework|chores|dishes|room|grades?|report card)\b)")
# Harm planned so as not to be caught, or something put in someone's food: "cómo no dejar rastro cuando le haga daño a
# mi padrastro", "pa preparar algo y echárselo en la comida al profe".
rules.add("harm_without_a_trace",
      r"\b(?:no dejar rastro|sin dejar rastro|not leave (?:a trace|evidence|any evidence|marks)|without leaving (?:a trace|"
      r"evidence)|get away with)\b.{0,40}\b(?:hurt\w*|kill\w*|dano|matar\w*|lastim\w*|poison\w*|envenen\w*)",
      r"\b(?:hurt\w*|kill\w*|dano|matar\w*|lastim\w*|poison\w*|envenen\w*)\b.{0,40}\b(?:no dejar rastro|sin dejar "
      r"rastro|without leaving (?:a trace|evidence)|get away with it)\b",
      r"\b(?:echarselo|echarsela|echarle|ponerle|meterle|slip|put|putting)\b (?:\w+ ){0,3}(?:en (?:la|su) (?:comida|"
      r"bebida|agua|cafe|refresco|lonche)|in (?:his|her|their|the teachers|my \w+s) (?:food|drink|coffee|water|lunch|"
      r"soda))\b(?=.{0,60}\b(?:profe|maestr[oa]|teacher|stepdad|padrastro|him|her|them|reprobo|failed me|hate|odio|"
      r"pay|pague|veneno|poison|bleach|cloro|something|algo)\b)")
# Leave or die: "dice que mi hermano tiene que irse del barrio o lo matan", "he has to pay or they'll kill him".
rules.add("leave_or_die",
      r"\b(?:tiene que|tienes que|tengo que|tenemos que|have to|has to|got to|gotta)\b.{0,40}\b(?:o|or) (?:lo|la|te|me|nos|"
      r"los) (?:matan|mataran|van a matar|quiebran|levantan)\b",
      r"\bor (?:theyll|they will|they are gonna|theyre gonna|hell|he will|shell) (?:kill|shoot|hurt) (?:him|her|me|us|you|"
      r"my \w+)\b" + GAMES)
# A threat told by what the person said, with a condition: "man in my building say he will cut me if i tell police"
# (not a parent's or a sibling's joke: "my mom said she will kill me if i dont clean my room lol").
rules.add("threat_said",
      r"\b(?:say|says|said|told me|tells me|threaten\w*|swore|swears)(?: that)? (?:he|she|they|hed|shed|theyd|hell|shell|"
      r"theyll)(?: will| would| is gonna| is going to| gonna| are gonna|ll|d)? (?:cut|stab|shoot|kill|hurt|jump|beat|"
      r"end|get) (?:me|us|my \w+)\b(?: \w+)? (?:if|when|unless|the next|next time)\b" + GAMES,
      also=(r"^(?!.*\b(?:lol|lmao|jk|haha\w*|jaja\w*|room|chores|homework|grades?|curfew|report card|dishes|game|match|"
            r"movie|film|show|episode|series|book|novel|villain|character|scene|season)\b)",
            r"^(?!.*\b(?:my|mi) (?:mom|mum|mother|dad|father|parents?|grandma|grandpa|brother|sister|sis|bro|aunt|auntie|"
            r"coach|teacher|mama|papa|ama|apa|jefa|abuela|hermano|hermana) (?:\w+ )?(?:said|says|told|threaten\w*|swore)\b)"))
# A threat in street words, a shooting announced, ammunition and a day: "unos manes dijeron que me pelan si vuelvo",
# "publicó que viene a la fiesta a disparar", "got rounds for the rifle. countdown started", "ya conseguí las balas,
# solo falta elegir el día".
rules.add("threat_set",
      r"\b(?:dijeron|dicen|dijo|dice|amenaz\w+)\b(?: que)? (?:me|te|lo|la|nos) (?:pelan|van a pelar|quiebran|van a "
      r"quebrar|tuestan|van a tostar|dan de baja|van a dar de baja|dan piso|van a dar piso|levantan|van a levantar|"
      r"chuzan|van a chuzar|rajan|van a rajar)\b",
      r"\b(?:viene|vienen|va a venir|van a venir|va a ir|van a ir|coming|is coming|are coming|gonna come|going to come)\b"
      r".{0,40}\b(?:a disparar|a balear|a tirar (?:balazos|tiros)|armad[oa]s?|con (?:un|una) (?:arma|pistola|cuete|fierro)|"
      r"to shoot(?: it)? up|to shoot (?:people|everyone|everybody|us)|with a gun|strapped)\b" + GAMES,
      r"\b(?:rounds|ammo|bullets|balas|municion|cartuchos|shells|magazines|cargadores)\b.{0,40}\b(?:countdown|count ?down|"
      r"cuenta regresiva|elegir el dia|solo falta (?:el|elegir|escoger)|just need (?:to pick )?(?:a|the) day|pick(?:ing)? "
      r"the day|the day is set|its set)\b",
      also=(r"^(?!.*\b(?:hunt\w*|caza|cacer\w*|range|campo de tiro|airsoft|paintball|nerf|game|juego|fortnite|cod|"
            r"call of duty|warzone|gta|minecraft|roblox|movie|pelicula|serie|show|book|libro)\b)",))
# Making explosives, with no mining, demolition, fireworks or chemistry class around it: "where do ppl get stuff to
# build explosives. personal reasons".
rules.add("making_explosives",
      r"\b(?:build|make|making|building|materials for|ingredients for|stuff (?:to|for) (?:build|make|making|building)|"
      r"hacer|fabricar|armar|construir) (?:an? |some |un |una |unos )?(?:homemade |casero )?(?:explosives?|explosivos?)\b",
      also=(r"^(?!.*\b(?:mining|mine|demolition|fireworks?|pyrotechn\w*|chemistry|chem|career|jobs?|engineer\w*|military|"
            r"army|bomb squad|eod|mineria|demolicion|fuegos artificiales|pirotecni\w*|quimica|carrera|trabajo|ejercito|"
            r"minecraft|game|juego|movie|pelicula|history|historia)\b)",))
# Gear bought for a plan, in Spanish: "ya compré el gas pimienta y las bridas, el plan es en la fiesta".
rules.add("es_gear_for_a_plan",
      r"\b(?:compre|consegui|tengo|traigo|ya tengo|guarde|escondi)\b.{0,30}\b(?:gas pimienta|bridas|cinta (?:gris|americana|"
      r"adhesiva)|navaja|cuchillo|pistola|arma|fierro|cuete|machete|bate)\b.{0,50}\b(?:el plan|en la fiesta|manana (?:se|lo|"
      r"va)|ya esta todo|lo voy a hacer|va a pagar|se la va a ver|le toca)\b")
