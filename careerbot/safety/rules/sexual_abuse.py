"""Sexual abuse, assault and grooming disclosures."""
from __future__ import annotations

from careerbot.safety.engine import RuleSet
from careerbot.safety.vocabulary import ADULT, ADV, IM, PERSON, PERSON_CORE, REL, alt

rules = RuleSet("sexual_abuse")

rules.add("forced_sex",
      r"\b(?:forc\w*|made|make|makes|making|pressur\w*|trying to make|tried to make|try to make|wants? to make)"
      r"(?: me)?(?: to)? (?:have sex|do sex|do sexual|do (?:sexual|inappropriate|gross|weird|bad|dirty) (?:stuff|things)|"
      r"touch (?:him|her)\b|give (?:him|her) (?:head|a blowjob|oral)|send (?:nudes|naked|pics of my body)|"
      r"take (?:my|off my) (?:clothes|pants|shirt|underwear)|undress|get naked|watch porn|"
      r"kiss (?:him|her)\b(?! (?:on the cheek|goodnight|good night|goodbye|bye|hello|hi)\b)|"
      r"sleep with (?:him|her|them))",
      r"\b(?:forced|forcing) (?:me )?(?:into )?(?:sex|sexual)\b",
      r"\b(?:forced|forces|forcing|force) me (?:to )?do (?:\w+ )?(?:stuff|things)\b(?=.{0,30}\b(?:didnt|dont|did not|do not|"
      r"never) (?:want|like)\b)",
      r"\b(?:makes?|made|forces?|forced|making) me (?:to )?do (?:\w+ )?(?:stuff|things)\b(?=.{0,60}\b(?:(?:nobody|no one|noone) "
      r"(?:will|would) (?:ever )?believe|secret|not to tell|dont tell|didnt want|dont want|dont like)\b)",
      r"\bshow (?:him|her|them) my (?:body|chest|boobs|breasts|butt|privates|private parts)\b",
      r"\b(?:have|has|had|having) sex with me\b(?=.{0,80}\b(?:didnt want|dont want|said no|forc|made me|scared|"
      r"adult|older|teacher|coach|uncle|step|dad|brother|cousin|(?:1[89]|[2-9]\d)\b))")
rules.add("rape_disclosure",
      r"\b(?:i (?:was|got|have been|ve been|am being|m being|am|been)|im (?:being|getting)|" + PERSON_CORE + r") "
      r"(?:raped|molested|sexually (?:abused|assaulted|harassed|touched)|groped|fondled|trafficked|groomed)\b",
      r"\b(?:rap(?:e|ed|es|ing)|molest(?:s|ed|ing)?|grop(?:e|es|ed|ing)|fondl(?:e|es|ed|ing)|groom(?:s|ed|ing)) me\b",
      r"\bsexual(?:ly)? (?:abus\w*|assault\w*) me\b")
rules.add("touching",
      r"\b(?:touch(?:es|ed|ing)?|rub(?:s|bed|bing)?|grab(?:s|bed|bing)?) (?:me|my)"
      r"(?: (?:in|on|down|under|between|up|at))? (?:there|down there|private|privates|private parts|no no|crotch|"
      r"boobs|breasts?|chest|butt|bum|ass|vagina|penis|dick|genitals|thighs?|legs?|body|stomach|lips|underwear|"
      r"inappropriately|inappropriate|"
      r"where|in places|in bad places|in my sleep|while i (?:sleep|was sleeping)|at night|when (?:no one|nobody)|"
      r"under my (?:clothes|shirt|pants|skirt|dress|underwear)|places i dont)\b",
      PERSON + r" " + ADV + r"(?:touch(?:es|ed|ing)?|feels? me up|felt me up|feeling me up|grop(?:e|es|ed|ing)|"
      r"fondl(?:e|es|ed|ing)|rubs? (?:against|on) me|gets? in my bed|comes? (?:in|into) my (?:room|bed) at night) "
      r"?me\b(?! (?:on|at) (?:the |my )?(?:shoulder|arm|hand|back|head)\b)(?! up\b| with (?:a|the) ball)",
      r"\b(?:and|then)(?: he| she| they| hes| shes)?(?: \w+)? (?:touch(?:es|ed)|grop(?:es|ed)|fondl(?:es|ed)|"
      r"molest(?:s|ed)) me\b(?! (?:on|at) (?:the |my )?(?:shoulder|arm|hand|back|head)\b| (?:deeply|so much|a lot|"
      r"emotionally)\b)",
      r"\b(?:comes?|came|gets?|got|sneaks?|snuck) (?:in|into) my (?:room|bed)\b.{0,40}\b(?:touch\w*|feel\w*|grop\w*|"
      r"rub\w*|undress\w*|kiss\w*|lays? (?:down )?(?:with|next to|on) me)",
      r"\b(?:bad|inappropriate|unwanted|weird) touch(?:es|ing)? (?:me|from)\b",
      r"\btouched (?:me )?inappropriately\b",
      r"\b(?:makes?|made|forces?|forced|wants?|wanted|asks?|asked|tells?|told) me (?:to )?touch (?:his|her|their|him) "
      r"(?:private|privates|private parts|penis|dick|crotch|thing|body|junk|boobs|breasts?)\b",
      r"\bshow(?:s|ed|ing)? me (?:his|her|their) (?:private|privates|private parts|penis|dick|junk|thing|body parts)\b")
rules.add("touched_by_an_adult",
      r"\b(?:the|my|a|his|her|our|that) (?:coach|teacher|vet|boss|manager|supervisor|uncle|stepdad|step dad|cousin|"
      r"neighbor|neighbour|pastor|priest|tutor|doctor|trainer|instructor|mentor|employer|counselor|principal|"
      r"babysitter|grandpa|stepbrother|mom'?s boyfriend|moms boyfriend|dad'?s girlfriend|dads girlfriend)\b"
      r"(?: \w+){0,3} (?:touched|groped|fondled|molested|felt me up|grabbed) (?:me|my(?! (?:shoulder|arm|hand|back|"
      r"head|hair|elbow|wrist|phone|bag|stuff)\b))\b"
      r"(?! (?:on|at) (?:the |my )?(?:shoulder|arm|hand|back|head)\b)(?! (?:deeply|so much|a lot|emotionally)\b)")
rules.add("watches_me",
      r"\b(?:watch(?:es|ed|ing)?|film(?:s|ed|ing)?|record(?:s|ed|ing)?|takes? (?:pics|pictures|photos|videos) of|"
      r"took (?:pics|pictures|photos|videos) of|peeks? at|peeked at|spies on|spied on|spying on|stares? at) me "
      r"(?:shower|showering|in the shower|change|changing|undress|undressing|naked|get dressed|getting dressed|"
      r"in the bathroom|in my room at night|pee|peeing)\b")
rules.add("nudes",
      r"\b(?:nudes|nude (?:pics|pictures|photos|selfies|videos|vids)|naked (?:pics|pictures|photos|selfies|videos|vids|"
      r"pic|picture|photo)|dick pics?|d pics?|explicit (?:pics|pictures|photos|videos)|sexts?|sexting|sexted)\b",
      r"\b(?:pics|pictures|photos|selfies|videos|vids) of me (?:naked|nude|in my (?:underwear|bra|bathing suit)|"
      r"without (?:my )?(?:clothes|shirt)|with no (?:clothes|shirt))\b",
      r"\b(?:send|sent|show|showed) (?:him|her|them) (?:pics|pictures|photos|videos) of my (?:body|chest|butt)\b")
rules.add("sextortion",
      r"\bsextort\w*",
      r"\b(?:threaten\w*|going to|gonna|will|said (?:hell|shell|theyll|he will|she will|they will|he would|she would)|"
      r"says (?:hell|shell|theyll)) (?:to )?(?:post|share|leak|send|show|expose|spread)(?: \w+)? my "
      r"(?:nudes|pics|pictures|photos|videos|vids|naked|body)\b",
      r"\bblackmail\w* me\b",
      r"\b(?:leak(?:ed)?|post(?:ed)?|shar(?:e|ed)|spread(?:ing)?) my (?:nudes|naked)\b")
rules.add("adult_asks_for_pics",
      r"\b(?:ask(?:s|ed|ing)?|want(?:s|ed)?|beg(?:s|ged|ging)?|tell(?:s|ing)?|told|pressur\w*|keeps? asking|kept asking|"
      r"trying to get|tried to get) (?:me )?(?:for |to send |to take |to show |send |show |take )?"
      r"(?:(?:him|her|them|me) )?(?:\w+ ){0,2}(?:pics|pictures|photos|selfies|videos|vids|snaps)\b"
      r"(?! (?:of|for) (?:my|the|your|our|his|her) (?:\w+ )?(?:art|project|homework|work|drawings?|paintings?|essay|"
      r"assignment|science|lab|notes|dog|cat|pet|resume|portfolio|garden|build|robot|car|team|game|class|yearbook|"
      r"school|trip|event|concert|recital|poster|design|website|app|code|sculpture|model|cake|food|recipe)\b)",
      also=(ADULT,))
rules.add("adult_secret",
      r"\b(?:keep (?:it|this|us|our (?:relationship|thing|messages|chats|texts|stuff)|everything|what happened|"
      r"what we did|what we do) (?:a )?secret|(?:not to|dont|do not|never|wont let me) tell (?:anyone|anybody|"
      r"my (?:mom|dad|parents|family|friends|mum)|your (?:mom|dad|parents|mum)|no one|nobody)|"
      r"delete (?:our|the|his|her) (?:messages|texts|chats|dms|snaps|convo)|"
      r"(?:says|said|told me|tells me|wants me) (?:not to tell|to not tell|dont tell|to keep (?:it|this) (?:a )?secret))\b",
      also=(ADULT,))
rules.add("little_secret", r"\b(?:our|a) little secret\b", r"\bits our secret\b")
# The words groomers use about what they do: "my uncle says what we do is special and nobody else would understand".
rules.add("special_between_us",
      r"\b(?:what we do|what we did|what we have|our (?:thing|relationship|time together)|it) (?:is|was|s) (?:so |really )?"
      r"(?:special|our (?:thing|secret)|between us|just between us)\b.{0,50}\b(?:nobody|no one|noone|no body|others?|"
      r"people|anyone) (?:else )?(?:would|will|could|wouldnt|can|cant|gets|understands?)\b",
      r"\b(?:nobody|no one) (?:else )?(?:would|will|could) understand (?:us|what we (?:do|have|did)|our (?:thing|"
      r"relationship))\b",
      also=(ADULT,))
rules.add("adult_sends_me",
      r"\b(?:sends?|sent|sending|texts?|texted|texting|messages?|messaged|dms?|dmed|dmd|snaps?|snapped|shows?|showed|"
      r"showing) me (?:\w+ ){0,4}(?:naked|nude|inappropriate|sexual|sexy|dirty|weird|creepy|gross|private|porn|"
      r"uncomfortable|at night|late at night|every night|his body|her body|himself|herself|shirtless|underwear|"
      r"when no one|kissy)\b",
      also=(alt(ADULT, r"\bmy " + REL + r"\b"),))
rules.add("adult_uncomfortable",
      r"\b(?:makes?|made|making) me (?:feel )?(?:uncomfortable|weird|unsafe|scared)\b",
      also=(ADULT, r"\b(?:touch\w*|pics|pictures|photos|texts|messages|hugs?|kiss\w*|sit on|lap|body|bed|alone with)\b"))
rules.add("age_gap",
      r"\b" + IM + r" (?:only )?(?:1[0-5]|[5-9]|eleven|twelve|thirteen|fourteen|fifteen)\b.{0,60}"
      r"\b(?:boyfriend|girlfriend|bf|gf|dating|date|hooking up|sleeping with|sex)\b.{0,40}\b(?:1[89]|[2-9]\d)\b",
      r"\b(?:boyfriend|girlfriend|bf|gf|dating|date|hooking up|sleeping with)\b.{0,30}\b(?:1[89]|[2-9]\d)\b.{0,60}"
      r"\b" + IM + r" (?:only )?(?:1[0-5]|[5-9]|eleven|twelve|thirteen|fourteen|fifteen)\b",
      r"\b(?:sex|sexual)\b.{0,80}\b" + IM + r" (?:only )?(?:1[0-5]|[5-9]|eleven|twelve|thirteen|fourteen|fifteen)\b",
      r"\b" + IM + r" (?:only )?(?:1[0-5]|[5-9]|eleven|twelve|thirteen|fourteen|fifteen)\b.{0,80}\b(?:sex|sexual)\b")
MINOR_AGE = r"(?:only |just |solo )?(?:1[0-5]|[5-9]|eleven|twelve|thirteen|fourteen|fifteen)\b"
rules.add("age_gap_any_order",
      r"\b" + IM + r" " + MINOR_AGE,
      # a friend or sibling: "my friend is 14 and dating a 22 year old"
      r"\b(?:my (?:\w+ )?(?:friend|bff|bestie|sister|sis|brother|cousin|classmate)|she|he)(?: is|s)? " + MINOR_AGE,
      also=(r"\b(?:(?:1[89]|[2-9]\d) ?(?:yo|y o|years? old|yrs? old|yr old)|(?:hes|shes|he is|she is) (?:1[89]|[2-9]\d)|"
            r"(?:boyfriend|girlfriend|bf|gf) is (?:1[89]|[2-9]\d)|(?:1[89]|[2-9]\d) year old)\b",
            r"\b(?:boyfriend|girlfriend|bf|gf|dating|date me|go out with me|relationship|sex|sexual|hook up|hooking up|"
            r"kiss|kissed|meet up|meet me|in love|loves me|sleep with|illegal|a crime|legal)\b"))
rules.add("paid_for_pictures",
      r"\b(?:gives?|gave|giving|buys?|bought|offers?|offered|sends?|sent|trades?|traded) (?:me|her|him|them|us) (?:\w+ ){0,2}"
      r"(?:vapes?|carts?|weed|alcohol|drinks|money|cash|gifts?|robux|vbucks|gift ?cards?|clothes|rides?|food)\b.{0,30}"
      r"\b(?:in exchange for|in return for|for|if (?:i|she|he|they) (?:send|sends|take|takes))\b (?:\w+ ){0,2}(?:photos|"
      r"pics|pictures|nudes|videos|vids|selfies)\b(?! (?:of|for) (?:my|the|your|our|his|her) (?:\w+ )?(?:art|artwork|drawings?|"
      r"paintings?|work|projects?|cakes?|food|dog|cat|pets?|garden|cars?|room|yearbook|portfolio|crafts?|nails)\b)",
      # "a 25 yr old streamer offered to pay a 14 yr old for 'private content'"
      r"\b(?:pay|paid|pays|paying|offer\w* (?:to pay|money)|send \w+ money)\b.{0,40}\b1[0-7] ?(?:yo|yr old|year old|y o)\b"
      r".{0,30}\b(?:private|exclusive|spicy|special) (?:content|pics|pictures|videos|photos)\b",
      r"\b(?:paid|pays|paying|offered|offers|gave|gives|sent|sends|send) me (?:money|cash|robux|vbucks|v bucks|gift ?cards?|"
      r"\$\d+|\d+ dollars|venmo|cashapp)\b.{0,40}\b(?:to|for|if i) (?:send|sending|show|take)\b.{0,20}\b(?:pics|pictures|"
      r"photos|videos|nudes|myself|of me)\b",
      r"\b(?:me (?:paso|dio|da|ofrece|ofrecio|manda|mando|paga|pago|deposito)) (?:\w+ )?(?:plata|dinero|lana|pasta|pisto|"
      r"robux|tarjetas?|feria|billete)\b.{0,30}\bpara que (?:le )?(?:mande|envie|pase|muestre|haga)\b.{0,20}"
      r"\b(?:fotos|videos|nudes|packs?)\b")
rules.add("said_no",
      r"\bi (?:said|told (?:him|her|them)) no\b.{0,20}\b(?:but|and) (?:he|she|they) (?:kept going|didnt stop|did not stop|"
      r"wouldnt stop|kept doing it|did it anyway|kept touching)\b",
      r"\b(?:le dije|dije|les dije) (?:que |q )?no\b.{0,10}\b(?:y|pero) (?:el |ella )?(?:siguio|no (?:se )?(?:detuvo|paro|"
      r"quiso parar)|lo hizo igual|igual lo hizo)\b")
rules.add("es_age_gap",
      r"\b(?:si tengo|tengo|tiene|yo|y yo|mi (?:\w+ )?(?:amiga|amigo|hermana|hermano|prima|primo) (?:tiene|de)) (?:solo |tengo )?"
      r"(?:1[0-5]|[5-9])\b",
      also=(r"\b(?:1[89]|[2-9]\d) (?:anos|anitos)\b(?!.{0,20}\b(?:de casad\w*|trabajando)\b)|"
            r"\b(?:novi[oa]|el|ella) (?:tiene |ya tiene )?(?:1[89]|[2-9]\d)\b|"
            r"\b(?:novi[oa]|senor|hombre|tipo|chavo|vato|man)\W{0,2} de (?:1[89]|[2-9]\d)\b|\b(?:un|una) "
            r"(?:senor|senora|hombre|mujer|adulto|adulta|ruco|viejo)\b",
            r"\b(?:novi[oa]|sale con|salir con|anda con|andar con|relacion|sexo|besa\w*|nos besamos|me quiere|llevar(?:me)? a "
      r"vivir|vivir con el|otro estado|"
            r"enamorad\w*|vernos a solas|verse a solas|nos vemos|delito|ilegal|legal)\b"))
rules.add("topic",
      r"\b(?:rape|raped|raping|rapist|molest(?:s|ed|ing|er|ers|ation)?\b|sexual(?:ly)? (?:abuse|abused|assault|assaulted|harassment|harassed)|"
      r"sex trafficking|trafficked|groped|incest|pedophiles?|pedos?|child porn)\b",
      topic=True)

# A rape kit asked about for oneself: "does a rape kit still work if i showered", "sirve el examen de violación si ya
# me bañé". A question for health class or a nursing career has no "i" in it.
rules.add("evidence_for_me",
      r"\b(?:rape kit|sexual assault (?:kit|exam)|sane exam|examen de violacion|kit de violacion|prueba de violacion|"
      r"examen (?:medico )?(?:por|de) abuso sexual)\b",
      also=(r"\b(?:if i|i (?:already |just )?(?:showered|bathed|washed|changed)|i already|do i (?:need|have to)|"
            r"should i (?:get|do|go)|can i (?:still|get)|for me|si ya|ya me|me bane|me duche|me lave|pasaron \w+ dias|"
            r"its been \w+ days|it was \w+ days)\b",))

# --- Spanish ------------------------------------------------------------------------------------
# "me toca" alone is everyday Spanish ("ya me toca clase": it's my turn, "¿qué me toca tomar?"): it counts
# with a person doing it or a body, secrecy or fear after it; groping words always count.
# "me tocó comer", "me toca ir": my turn to, I had to
_TOUCHES = r"me (?:toca|toco|tocan|tocaron|tocaba|tocaban)(?! \w+(?:ar|er|ir)\b)"
_TOUCHER = (r"\b(?:mi |el |la |un |una |su )?(?:tio|tia|padrastro|madrastra|papa|mama|padre|primo|prima|hermano|"
            r"hermanastro|abuelo|entrenador|coach|maestro|maestra|profe|profesor|novio|vecino|jefe|senor|hombre|"
            r"muchacho|chavo|alguien|adulto|doctor|el|ella|ellos)\b")
rules.add("es_touching",
      _TOUCHER + r"(?: \w+){0,3}? " + _TOUCHES + r"\b",
      r"\b" + _TOUCHES + r"\b(?: \w+){0,3}? (?:mis partes|mis pechos|mi cuerpo|donde no|ahi abajo|abajo|las piernas|"
      r"mis piernas|la pierna|el pecho|las pompis|sin permiso|a escondidas|cuando no hay nadie|en la noche|de noche|"
      r"y no me gusta|y me da miedo|y no quiero)\b",
      r"\bme (?:manosea|manoseo|manosean|manosearon)\b",
      r"\b(?:me viol\w+|abus\w+ (?:de mi )?sexual\w*|me obliga(?:ron|n)? a (?:tener sexo|hacer cosas|tocar))\b")
rules.add("es_pictures",
      r"\b(?:pide|pidio|piden|pidiendo|manda|mando|quiere)\b.{0,30}\bfotos?\b.{0,30}\b(?:desnud\w*|sin ropa|intim\w*|"
      r"en ropa interior)\b",
      r"\b(?:fotos|videos|packs?)\b.{0,20}\b(?:desnud\w*|intim\w*)\b.{0,40}\b(?:amenaz\w*|publicar|subir|mandar)\b")
rules.add("es_secret", r"\b(?:dice|dijo|me pide) que (?:es|sea) (?:nuestro )?secreto\b")
# Something traded for touching: "me pasa las respuestas si me dejo tocar", "he'll give me a ride if i let him kiss me".
rules.add("touch_for_something",
      r"\bsi (?:me dejo|lo dejo|la dejo|le dejo|me dejaba) (?:tocar|besar|manosear|que me (?:toque|bese|manosee))\b",
      r"\bif i (?:let (?:him|her|them)|let \w+) (?:touch|kiss|feel|grab) (?:me|my)\b")
# Alone with an adult as the price: "si quiero aprobar tengo que quedarme a solas con él".
rules.add("alone_as_the_price",
      r"\b(?:si quiero|if i want(?: to)?)\b.{0,30}\b(?:tengo que|have to|i need to|i gotta)\b (?:quedarme|stay|be|estar|ir|"
      r"go|come)\b.{0,15}\b(?:a solas|solo con|sola con|alone with|by myself with)\b",
      also=(alt(ADULT, r"\b(?:profe|profesor|maestro|entrenador|coach|jefe|tio|padrastro|senor|pastor|doctor)\b"),))
# A "modeling agency" or a man who wants a minor alone in a hotel or in another state: signs of trafficking.
rules.add("recruited_away",
      r"\b(?:agencia de modelos|modeling agency|model agency|casting)\b.{0,60}\b(?:hotel|sola|solo|alone|by myself|pagan bien|"
      r"pay (?:really )?well)\b",
      r"\b(?:llevar(?:me)? a vivir con el|llevarme a otro estado|take me (?:to another state|to live with him|with him to)|"
      r"move in with him)\b.{0,60}\b(?:papeles|trabajo|papers|a job|work|tengo 1[0-7]|im 1[0-7])\b")
# An adult who calls the student a favourite and wants something private with it: "my coach says i'm his favorite
# and that sleepovers at his place are just for team captains", "mi profe dice que soy su consentida y que no le diga
# a nadie".
rules.add("favorite_and_private",
      r"\b(?:says|said|tells me|told me|calls me|keeps saying)(?: that)? (?:im|i am|i was|ur|youre|you are) (?:his|her) "
      r"(?:favorite|favourite|fav|fave|special (?:girl|boy|one)|princess|good girl|good boy|little girl)\b",
      r"\b(?:soy|que soy|sea) (?:su|la|el) (?:favorit[oa]|consentid[oa]|preferid[oa]|princesa|nina especial|"
      r"chica especial|nino especial)\b",
      also=(alt(ADULT, r"\b(?:profe|profesor|maestro|entrenador|coach|jefe|tio|padrastro|senor|pastor|doctor|vecino|"
                       r"primo|manager|instructor)\b"),
            r"\b(?:sleepovers?|sleep over|his (?:place|house|apartment|car|room|office)|her (?:place|house|apartment|car|"
            r"room)|alone|just us|just the two of us|secret|between us|delete|snap|personal (?:number|snap|phone|insta)|"
            r"at night|late at night|gifts?|hotel|su casa|su carro|su cuarto|a solas|sol[oa] con|secreto|no le diga|"
            r"no le digas|borr\w+|regalos?|en la noche|de noche|hotel)\b"))
# A "secret game" or being made to undress, a shower with the coach, a closed door and a caress, or a fragment that
# names an adult, a room and "again": "the babysitter makes him play a secret game with no clothes", "el DT nos
# hace duchar con él y saca fotos", "cierra la puerta y me acaricia el pelo", "step dad. bathroom. again".
_CARER = alt(ADULT, r"\b(?:babysitter|baby sitter|sitter|nanny|stepbrother|step brother|ninera|nana|el dt|dt|profe|"
                    r"profesor|maestro|entrenador|tio|padrastro|primo|vecino|senor)\b")
rules.add("undress_or_caress",
      r"\b(?:secret|special) game\b.{0,40}\b(?:no clothes|without (?:clothes|pants)|naked|undress\w*|private parts?|"
      r"privates|touch\w*|underwear)\b",
      r"\b(?:makes?|made|making) (?:me|him|her|us|them) (?:\w+ ){0,4}(?:with no clothes|without (?:any )?clothes|naked|"
      r"take (?:off )?(?:my|his|her|our|their) clothes)\b",
      r"\b(?:nos|me|les|la|lo) (?:hace|hacia|obliga a|obligaba a|pide|pedia) (?:duchar\w*|banar\w*|desvestir\w*|quitar\w* "
      r"la ropa|encuerar\w*)\b.{0,30}\b(?:con el|con ella|frente a el|delante de el|fotos|mira|miraba|graba)\b",
      r"\b(?:cierra|cerro|cerraba) la puerta\b.{0,30}\bme (?:acaricia|acariciaba|acaricio|soba|sobaba|besa|besaba|toca|"
      r"tocaba|abraza|abrazaba)\b",
      also=(_CARER,))
rules.add("fragment_room_again",
      r"^\W*(?:my )?(?:step ?dad|stepfather|uncle|step ?brother|cousin|grandpa|coach|moms (?:boyfriend|bf)|padrastro|"
      r"tio|primo|abuelo|el novio de mi mama)\W+(?:bathroom|bedroom|my room|shower|bed|night|last night|bano|cuarto|"
      r"mi cuarto|cama|noche|anoche)\W+(?:again|otra vez|de nuevo)\W*$",
      ask=True)
# Unnamed harm by a relative or an adult, said as "what he does to me": "quiero estudiar derecho pa meter preso a mi
# primo por lo que me hace cada vez que vamos al pueblo" (asked: the check-in lets the student say more).
_KIN = (r"(?:mi|my) (?:primo|tio|padrastro|abuelo|hermanastro|vecino|entrenador|profe|cousin|uncle|stepdad|step dad|"
        r"grandpa|stepbrother|neighbou?r|coach|moms boyfriend|moms bf|novio de mi mama)")
rules.add("what_he_does_to_me",
      _KIN + r"\b.{0,30}\b(?:por lo que me (?:hace|hizo|hacia|ha hecho)|(?:for|about|because of) what he (?:does|did|"
      r"keeps doing|has done) to me)\b",
      r"\b(?:lo que me (?:hace|hizo|hacia|ha hecho)|what (?:he|my \w+) (?:does|did|keeps doing|has done) to me)\b.{0,20}"
      + _KIN + r"\b",
      also=(r"\b(?:pres[oa]|carcel|denunci\w*|report\w*|police|policia|lawyer|abogad[oa]|derecho|law|pay for|pague|"
            r"cada vez|every time|at night|en la noche|de noche|nadie sabe|nobody knows|secret\w*|no se lo he dicho|"
            r"never told|miedo|scared|afraid|cuando era (?:chic[oa]|nin[oa]|pequen[oa])|when i was (?:little|younger|a kid|"
            r"small))\b",
            r"^(?!.*\b(?:fifa|fortnite|minecraft|roblox|game|juego|partida|xbox|playstation|ps5|switch|goles?|cards?|"
            r"cartas|lol|jaja\w*|haha\w*)\b)"),
      ask=True)
