"""Warning signs of suicide that are quieter than a stated wish: a day ahead one will not be there for,
worthlessness, a dose asked about, hidden wounds, finality, a pact, no future seen, pills working now, texted signs
(beside careerbot/safety/rules/self_harm.py; the screen reads both as self-harm rules)."""
from __future__ import annotations

from careerbot.safety.engine import RuleSet
from careerbot.safety.vocabulary import ACCIDENT

rules = RuleSet("self_harm")

# Not being there for a day ahead, without a reason given ("i wont be around for graduation anyway", "no voy a estar
# pa la graduación así que da igual"); a trip or a move says why, and the rule stays quiet.
rules.add("not_there_for",
      r"\b(?:i|ill|im)? ?(?:wont|will not|aint|not gonna|not going to|dont think ill|doubt ill) (?:even )?(?:be (?:here|around|"
      r"alive)|make it) (?:for|to|till|until) (?:graduation|prom|christmas|my birthday|summer|senior year|next year|"
      r"high school|the end of the year|my quince|my 1[5-8]th|18)\b",
      r"\bno (?:voy a|creo|pienso|vaya a) estar (?:pa|para|en) (?:la |el |mi |las |los )?(?:graduacion|navidad|cumple\w*|"
      r"verano|ano nuevo|fin de ano|prom|fin de curso|vacaciones|quince\w*|los 18|la prepa|la uni)\b",
      r"\bno (?:voy a|creo|pienso|vaya a) estar (?:aca|aqui|viv[oa]) (?:el ano que viene|el proximo ano|el otro ano|"
      r"para (?:el|la) (?:proximo|proxima|otro|otra) \w+|en (?:el )?(?:verano|otono|invierno|fall|diciembre|enero|junio|"
      r"agosto|mayo))\b",
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
      r"aunque haga calor|con este calor)\b",
      # marks almost seen: "tengo marcas en los muslos y mi mamá casi las ve en la alberca"
      r"\b(?:tengo|i have|got) (?:\w+ )?(?:marcas|cortes|cicatrices|cortadas|marks|cuts|scars)\b (?:en|on) (?:los |las |mis |my )?"
      r"(?:muslos|brazos|piernas|munecas|panza|thighs|arms|legs|wrists|stomach|hips)\b.{0,40}\b(?:casi (?:las|los) (?:ve|vio|"
      r"vean)|que no (?:las|los) vea|almost (?:saw|sees|see)|cant (?:see|find out)|no (?:las|los) vea)\b",
      # a hair tie or rubber band snapped until the skin breaks: "snapped the hair tie on my wrist so hard it broke skin"
      r"\b(?:snap\w*|flick\w*|estir\w*|jal\w*)\b (?:\w+ ){0,3}(?:hair tie|hair ties|rubber band|rubber bands|elastic|liga|"
      r"ligas|colita)\b.{0,40}\b(?:broke (?:the )?skin|bleed\w*|bled|welts?|sangr\w*|open)\b")
# "im doing it after school today dont tell my mom": a deed, a time and secrecy (asked; a tattoo or a party are said
# so).
rules.add("doing_it_secretly",
      r"\b(?:im|i am|ima|imma|ill|i will|gonna|going to)\b (?:\w+ )?(?:doing|do|going to do|gonna do) it (?:\w+ ){0,2}"
      r"(?:tonight|today|tomorrow|after school|this weekend|soon|now|rn)\b.{0,30}\b(?:dont|do not|never) tell (?:my|anyone|"
      r"anybody|nobody|no one)\b(?!.{0,40}\b(?:tattoo|piercing|pierced|dye|hair|party|surprise|gift|present|concert)\b)",
      ask=True)

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
      r"\b(?:no (?:pienso|planeo|voy a|creo) (?:cumplir|llegar a)|(?:not|dont|do not) (?:plan(?:ning)? (?:on|to)|gonna|going to) "
      r"(?:turn|turning|make it to)) (?:los )?(?:1[0-9]|2[0-5]|the (?:big )?\d\d)\b(?! (?:anos )?(?:sin|without|con|with|"
      r"en|in|at|aqui|here|and still|y seguir)\b)",
      r"\b(?:wont|will not|not gonna|not going to|dont think ill|doubt ill|never gonna|(?:arent|isnt|aint|am not|im not) "
      r"(?:gonna|going to)) (?:make it|live|be alive|be around) (?:past|to|till|until) (?:1\d|2\d|graduation|high school|"
      r"senior year|next year|my (?:next )?birthday|adulthood)\b",
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
      r"\blas pastillas (?:ya )?(?:me )?(?:estan|empiezan a|empezaron a) (?:hacer|haciendo) efecto\b",
      # waiting for what was taken, unnamed: "todo bien, solo estoy esperando que hagan efecto"
      r"\b(?:esperando|espero|esperar) (?:a )?que (?:me )?hagan efecto\b(?!.{0,25}\b(?:alergia|antibiotic\w*|gripa|gripe|"
      r"dolor de|la medicina para|las pastillas para)\b)",
      r"\bwaiting (?:for )?(?:them|the pills|all the pills|the meds|all the meds|all of them) to (?:kick in|work|take effect|"
      r"hit)\b(?!.{0,25}\b(?:allergy|allergies|headache|cramps|cold|flu|focus|adhd|pain from)\b)")
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
      # a message left "just in case", an absence explained in advance: "tell ms. rivera she was my favorite teacher.
      # just in case", "si no llego a la clase del lunes no es porque me quedé dormido eh"
      r"\b(?:tell|dile|digale|diganle|let)\b.{0,60}\b(?:just in case|in case i dont|in case im not|por si acaso|por si no "
      r"(?:vuelvo|estoy|regreso|llego))\b(?!.{0,30}\b(?:sick|enferm\w*|trip|viaje|appointment|cita|late|tarde)\b)",
      r"\b(?:si no (?:llego|vengo|voy|aparezco|regreso|vuelvo)|if i (?:dont|do not) (?:show up|come|make it))\b.{0,40}\b(?:no "
      r"es (?:porque|por)|its not because|it is not because|its not cause)\b",
      ask=True)
rules.add("message_for_mom",
      r"\b(?:diganle|dile|digale|le (?:puede|puedes|pueden) decir|tell|can you tell)\b (?:a )?(?:mi|my) (?:mama|mom|mum|"
      r"papa|dad|familia|family|hermana|hermano|sister|brother)\b.{0,40}\b(?:no (?:fue|es) (?:su|tu) culpa|(?:it )?(?:wasnt|"
      r"was not|isnt) (?:her|his|their|your) fault|que l[ao]s? quiero|i love (?:her|him|them))\b"
      r"(?!.{0,30}\b(?:lol|lmao|haha\w*|jaja\w*|jk)\b)")
# A knot or a rope that holds a person's weight, asked with no climbing, sailing or rescue around it: "como se
# hace un nudo que aguante el peso de una persona". Asked: the check-in, not the full reply.
rules.add("weight_of_a_person",
      r"\b(?:knot|rope|cord|belt|nudo|cuerda|soga|cinturon|mecate|lazo)\b.{0,40}\b(?:hold|holds|support|supports|take|"
      r"takes|carry|aguant\w*|soport\w*|resist\w*|sostien\w*|sosten\w*)\b(?: \w+){0,2}? (?:(?:a|one) (?:persons?|"
      r"humans?|bodys?|grown (?:mans?|persons?)) weight|the weight of (?:a|one) (?:person|human|body|grown \w+)|"
      r"el peso de (?:una persona|un cuerpo|un humano|alguien)|(?:my|your) (?:body )?weight|mi peso)\b",
      also=(r"^(?!.*\b(?:climb\w*|rappel\w*|belay\w*|escal\w*|boy ?scouts?|scouts|sail\w*|boat|barco|velero|rescue|"
            r"rescate|arborist|tree ?work|harness|arnes|hammock|hamaca|swing|columpio|tire|llanta|zip ?line|tirolesa|"
            r"gym class|pe class|physics|fisica|engineering|ingenieria)\b)",),
      ask=True)

# Texted signs: "cat scratches" with no cat (marks of cutting), both siblings hurting themselves, the psychiatric ward
# again ("grippy sock vacation round 2"), a friend's goodbye post and then silence, standing on an edge, dying
# this weekend asked as logistics, whether a mix kills and how much to take.
rules.add("texted_signs",
      r"\bcat scratch\w*\b.{0,50}\b(?:(?:dont|do not|didnt|dnt) (?:even )?(?:have|own) a cat|no cat|not from (?:a|my|the) cat|"
      r"no tengo gato)\b",
      r"\b(?:we|both|me and my \w+|me an my \w+|my \w+ and (?:me|i))\b(?: \w+){0,3}? (?:hurt|hurting|cut|cutting|burn|"
      r"burning|harm|harming|scratch|scratching)\w* (?:ourself|ourselves|our selves)\b" + ACCIDENT +
      r"(?! (?:laughing|from laughing|lol|lmao|playing|working out|at the gym))",
      r"\bgrippy socks?\b.{0,40}\b(?:again|round (?:2|two|\d)|back|headed|going|gonna|worse|soon)\b",
      r"\b(?:again|round (?:2|two|\d)|back|headed|going|gonna|worse|soon)\b.{0,30}\bgrippy socks?\b",
      r"\b(?:goodbye to everyone|said goodbye to (?:everyone|all of us)|adios a todos|se despidio de todos|despidiendose "
      r"de todos)\b.{0,50}\b(?:not answering|wont answer|isnt answering|doesnt answer|no contesta|no responde|no aparece|"
      r"no lee|left on read|phone off|apago el (?:cel|telefono))\b",
      r"\b(?:me pare|estuve|me quede|me sente|i stood|i sat|was standing|stood) (?:\w+ ){0,3}(?:en|on) (?:el|la|the) "
      r"(?:borde|orilla|edge|ledge|railing|barandal)\b.{0,60}\b(?:salto|saltar|me tiro|tirarme|me aviento|aventarme|jump|"
      r"jumping)\b",
      r"\b(?:si me muero|if i die|if i dont make it|if im (?:gone|dead)) (?:este|esta|el|this|on|by|before) (?:fin de "
      r"semana|semana|noche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|weekend|week|tonight|monday|tuesday|"
      r"wednesday|thursday|friday|saturday|sunday)\b",
      r"\b(?:mata|matan|te mata|es mortal|es letal|kills? you|can kill|is it lethal|is it deadly)\b.{0,40}\b(?:cuant[oa]s? "
      r"(?:tomar|necesito|hay que tomar|tendria que tomar|tengo que tomar)|how (?:much|many) (?:to take|i need|should i "
      r"take))\b")
# Asked: whether the nurse or counselor must tell parents what the student would show them ("does the nurse have to
# tell my parents if i show her my legs").
rules.add("show_and_tell_question",
      r"\b(?:nurse|counselor|counsellor|teacher|doctor|therapist|enfermera|consejer[oa]|orientador[oa]|maestr[oa]|doctor[a]?)"
      r"\b.{0,30}\b(?:have to|has to|gonna|going to|will|would|tiene que|le va a|les va a)\b.{0,10}\b(?:tell|call|decir|"
      r"contar|avisar|llamar)\b.{0,30}\b(?:if i (?:show|tell)|si (?:le|les) (?:enseno|muestro|digo))\b.{0,30}\b(?:my|mis|"
      r"mi) (?:legs?|arms?|wrists?|thighs?|stomach|cuts?|scars?|marks?|bruises?|piernas?|brazos?|munecas?|cortes?|"
      r"cicatrices|marcas?|moretones?)\b",
      ask=True)
# Hitting one's own head or body when upset, said of oneself or of a student or friend: "he hits his head on the
# wall until he sees stars when he gets upset", "i bang my head against the wall when im mad".
_UPSET = (r"(?:until|till|til|so hard|on purpose|when(?:ever)? (?:i|he|she|they)(?:m| am|s| is| are| get| gets)? "
          r"(?:upset|mad|angry|sad|stressed|frustrated|overwhelmed|anxious|panicking))")
rules.add("hits_own_body",
      r"\b(?:i|he|she|they|my (?:\w+ )?(?:friend|brother|sister|cousin|son|daughter|kid|student|bf|gf))\b(?: \w+){0,3}? "
      r"(?:hit|hits|hitting|bang|bangs|banging|punch|punches|punching|slam|slams|slamming|scratch|scratches|bite|bites|"
      r"pinch|pinches)\b (?:my|his|her|their) (?:own )?(?:head|arms?|legs?|wrists?|face|skin|thighs?|stomach)\b"
      r"(?: (?:on|against|into) (?:the |a )?(?:wall|floor|door|desk|table|mirror))?.{0,30}\b" + _UPSET + r"\b")
