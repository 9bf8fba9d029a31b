"""Eating disorders: not eating for days, making oneself throw up, punishing exercise."""
from __future__ import annotations

from careerbot.safety.engine import RuleSet

rules = RuleSet("eating")

# Not eating for days is an illness when one is named ("stomach bug, havent eaten in 2 days").
SICK = (r"^(?!.*\b(?:flu|stomach (?:bug|virus|flu)|food poisoning|sick|vomit\w*|throwing up|puking|fever|covid|"
        r"strep|gripa|gripe|enferm\w*|wisdom teeth|braces|surgery|cirugia|muelas?|diarrhea|diarrea|infeccion)\b)")
rules.add("restricting",
          SICK + r".*?\b(?:haven'?t|have not|didn'?t|did not) eaten? (?:in|for) (?:\w+ )?(?:days|a week|two days|"
          r"2 days)\b",
          r"\b(?:starving|starve) my ?self\b",
          r"\b(?:stopped|stop|quit) eating\b(?= .{0,40}\b(?:fat|weight|body|thin|skinny|ugly)\b)",
          r"\bno (?:he comido|como) (?:en|desde hace) (?:\w+ )?dias\b",
          r"\bme (?:mato|estoy matando) de hambre\b",
          r"\b(?:no como|no come|no comer|dejo de comer|dejar de comer|ayuno|ayunar|ayunando)\b.{0,60}"
          r"\b(?:me desmayo|me desmaye|se desmayo|se desmaya|me mareo|me duele la panza)\b",
          r"\b(?:estoy|me siento|me veo) (?:bien |muy |tan )?(?:gorda|gordo),? (?:por eso|asi que|entonces|y por eso) "
          r"(?:no como|ya no como|dejo de comer)\b",
          r"\b(?:dont|don't|do not|barely|didnt|never) eat\w*\b.{0,60}\b(?:i faint\w*|i pass\w* out|passed out|"
          r"fainted|black out|blacked out)\b",
          r"\b(?:fainted|passed out|blacked out|me desmaye|me desmayo|me volvi a desmayar|me dio el patatus)\b.{0,60}"
          r"\b(?:(?:havent|hadnt|didnt|did not|have not|had not) eaten?|no (?:desayune|comi|he comido|almorce|cene|"
          r"habia comido)|sin (?:comer|desayunar))\b")
# Food hidden so it is not eaten: "escondo el almuerzo en la sudadera y lo tiro", "i hide my dinner in a napkin so
# my mom thinks i ate".
rules.add("hiding_food",
          r"\b(?:hide|hid|hiding|escondo|escondi|escondiendo)\b (?:my |the |el |la |mi |mis )?(?:food|lunch|dinner|"
          r"breakfast|meals?|almuerzo|comida|cena|desayuno|lonche)\b.{0,50}\b(?:throw it|toss it|trash it|dump it|"
          r"flush it|lo tiro|la tiro|lo tire|la tire|lo boto|la boto|napkin|servilleta|sudadera|hoodie|sleeve|manga|"
          r"so (?:i dont (?:have to )?eat|(?:they|she|he|my \w+|everyone) thinks? i ate)|pa(?:ra)? que (?:piensen|crean) "
          r"que (?:ya )?comi)\b",
          r"\b(?:throw|toss|dump|flush) (?:away |out )?my (?:lunch|food|dinner|breakfast)\b.{0,40}\b(?:so (?:i dont|no one|"
          r"nobody|they|my \w+) (?:eat|sees?|knows?|think)|every day|everyday|again)\b",
          r"\b(?:tiro|boto) (?:el|la|mi) (?:almuerzo|comida|lonche|desayuno|cena)\b.{0,40}\b(?:todos los dias|diario|"
          r"sin que|pa(?:ra)? que no)\b")
# How long one can go on water alone, asked: a fast that may be hidden ("sin que salga en los análisis"); asked.
rules.add("water_only_question",
          r"\b(?:how long|how many days|cuanto tiempo|cuantos dias)\b.{0,30}\b(?:only|just|solo|nada mas|nothing but|"
          r"puro|pura)\b (?:con |on |drinking )?(?:water|agua)\b",
          ask=True)
# A disorder that came back: "my ed is back and its worse", "recaí con la anorexia".
rules.add("relapse",
      r"\bmy (?:ed|eating disorder|anorexia|bulimia|ana|mia|binge eating|arfid)\b.{0,20}\b(?:is back|came back|coming "
      r"back|back again|relaps\w*|got worse|getting worse|is worse|worse than ever|won|winning)\b",
      r"\b(?:relapsed|relapsing|relapse)\b.{0,30}\b(?:ed|eating disorder|anorexia|bulimia|restricting|purging|"
      r"binging|bingeing)\b",
      r"\b(?:reca[ií]\w*|volvi a caer|volvio|regreso|esta peor)\b.{0,20}\b(?:la anorexia|la bulimia|el tca|mi tca|"
      r"el trastorno alimenticio|mi trastorno)\b",
      r"\bmi (?:tca|trastorno alimenticio|anorexia|bulimia)\b.{0,15}\b(?:volvio|regreso|esta peor|empeoro)\b")
rules.add("purging",
          r"\bmake my ?self (?:throw up|puke|vomit|sick after eating)\b",
          r"\b(?:purging|purge after|binge and purge)\b",
          r"\bme (?:hago|provoco) (?:vomitar|el vomito)\b")
# Words of eating-disorder communities: their use says more than any topic word ("need an ana coach", "b/p'd
# twice", "racha de ayuno de 72 horas"). Words others use too ("safe foods" of picky eaters, "laxatives" in health
# class) are weighed by the model like a topic word.
rules.add("community_words",
          r"\b(?:pro ?anas?|pro ?mias?|ana (?:coach|buddy|buddies|tips)|meanspo|thinspo|bonespo|skinnyspo|"
          r"ugw|cw ?ugw|b ?p ?d(?= (?:\w+ )?(?:again|today|tonight|twice|times|after))|b ?p(?:ing|ed)|"
          r"binged? and purged?|fasting streak|(?:\d+) ?(?:hour|hr|hrs|h) (?:fast|water fast)|lowest bmi|"
          r"racha de ayuno|ayuno de \d+ ?(?:horas|hrs|dias)|(?:companera|companero|compa|amiga|buddy) (?:ana|mia)|"
          r"(?:ana|mia) (?:buddy|buddies|companera|amiga)|pastillas (?:para|de) (?:adelgazar|bajar de peso|dieta)|"
          r"quemadores de grasa)\b")
rules.add("community_topic",
          r"\b(?:fear ?foods?|safe ?foods?|diet pills?|laxatives?|lower my bmi|comidas? seguras?|laxantes?)\b",
          topic=True)
# Purging and its marks, rules about being "allowed" to eat, a period stopped by training or not eating.
rules.add("purging_signs",
          r"\bthrow(?:ing)? up (?:quieter|more quietly|quietly|without (?:anyone|my \w+|people) (?:hearing|knowing|noticing))\b",
          r"\bvomitar (?:sin que (?:nadie|mi \w+) (?:escuche|oiga|se de cuenta|note)|mas callad[oa]|en silencio)\b",
          r"\b(?:knuckles?|nudillos)\b.{0,50}\b(?:after (?:meals|eating|i eat)|after every meal|de tanto hacerlo|"
          r"despues de (?:comer|cada comida))\b",
          r"\b(?:im|i am) (?:only )?allowed (?:to (?:eat|have) )?(?:dinner|lunch|breakfast|one meal|\d+ calories)\b",
          r"\b(?:solo|nada mas) (?:me )?(?:permito|dejo) (?:comer|cenar|desayunar|una comida)\b",
          r"\b(?:period|periods|regla) (?:stopped|hasnt come|has not come|went away|se me quito|no me baja|no me ha bajado)\b"
          r".{0,60}\b(?:run\w*|weight|eat\w*|coach|train\w*|peso|comer|correr|entren\w*)\b")
# Exercise to cancel out food: "ran 6 miles to make up for the pizza", "corrí 10 km para compensar la cena".
rules.add("compensating",
          r"\b(?:ran|run|running|worked out|work out|exercised|did \d+ (?:crunches|burpees|jumping jacks)|corri|hice "
          r"ejercicio|entrene)\b.{0,30}\b(?:to make up for|to cancel out|to earn|para compensar|to burn off)\b.{0,15}"
          r"\b(?:the |that |what i |all the |lo que |la |el )?(?:pizza|food|ate|eating|dinner|lunch|breakfast|calories|"
          r"cake|dessert|snack|meal|comi|comida|cena|almuerzo|desayuno|calorias|pastel|postre)\b")
# Seeing oneself as fat against what others see, stopping eating on purpose, one meal a day and less: "my mom says i
# look like a skeleton but i still see fat", "voy a dejar de comer del todo hasta marzo", "como una vez al día y a
# veces ni eso".
rules.add("body_and_plans",
      r"\b(?:skeleton|skin and bones|too skinny|underweight|esqueleto|muy flac[oa]|demasiado flac[oa])\b.{0,50}\b(?:still "
      r"(?:see|feel|look) (?:fat|huge|big)|(?:me )?sigo (?:viendo|sintiendo)(?:me)? (?:gord[oa]|enorme)|me veo gord[oa])\b",
      r"\b(?:voy a|i'?m gonna|im going to|going to|planning to|plan to|decidi|decided to) (?:dejar de comer|stop eating|"
      r"not eat|quit eating)(?: \w+)? (?:del todo|completely|entirely|at all|until|hasta|for (?:a week|days|\d+ days))\b",
      r"\b(?:como|i eat|only eat|solo como|i only eat)\b (?:solo )?(?:una vez al dia|one meal a day|once a day|una comida al "
      r"dia)\b.{0,40}\b(?:ni eso|not even that|para bajar|to lose|so i can lose|para adelgazar|talla|weight|peso)\b")
# Not eating as a dare: "un grupo donde nos retamos a no comer, ya voy en el día 4".
rules.add("fasting_dare",
      r"\b(?:reto|retamos|retan|challenge|challenging|dare|dared)\b.{0,30}\b(?:no comer|not (?:to )?eat|sin comer|ayun\w*|"
      r"fasting|starv\w*)\b")
# Liking the hunger: "me gusta sentirme mareada de hambre, siento que por fin tengo control", "i love feeling empty".
rules.add("liking_hunger",
      r"\b(?:me gusta|me encanta|i like|i love)\b (?:sentir(?:me)?|the feeling of|feeling|when i feel) (?:el )?(?:mareada?|"
      r"mareado|dizzy|lightheaded|empty|vacia|vacio|hambre|hungry|starving|bones)\b"
      r"(?!.{0,20}\b(?:before|antes de) (?:dinner|thanksgiving|la cena|comer)\b)")
# Bones as the goal, long fasts again, a very low weight wanted, a friend who is skin and bones and never hungry:
# "bones showing is the goal. ribs almost there", "fasting 72 hrs again. 4th time this month", "quiero bajar a 35
# kilos, tengo 12", "mi colega está en los huesos y dice que nunca tiene hambre".
_NOT_RELIGIOUS_OR_MEDICAL = (r"^(?!.*\b(?:ramadan|ramadhan|yom kippur|lent|cuaresma|church|iglesia|religio\w*|surgery|"
                             r"cirugia|blood (?:test|work)|analisis|colonoscop\w*|doctor said|el doctor dijo)\b)")
rules.add("bones_and_fasts",
      r"\b(?:bones|ribs|collar ?bones?|hip ?bones|spine|costillas|huesos|clavicula)\b.{0,30}\b(?:showing|show|poking out|"
      r"stick(?:ing)? out|visible|se noten|se me noten|se vean)\b.{0,30}\b(?:goal|almost there|so close|want|wanna|need|"
      r"meta|objetivo|quiero|casi)\b",
      r"\b(?:goal|meta|objetivo)\b.{0,20}\b(?:see|seeing|ver|que se (?:me )?(?:noten|vean)) (?:my |mis |las )?(?:ribs|bones|"
      r"collar ?bones|hip ?bones|spine|costillas|huesos)\b",
      r"\bfast(?:ing|ed)? (?:for )?(?:(?:3[6-9]|[4-9]\d|1\d\d) ?(?:hours|hrs|hr|h)|[3-9] days|(?:three|four|five|six|seven) "
      r"days)\b",
      r"\bfast(?:ing|ed)? (?:for )?\d+ ?(?:hours|hrs|hr|h|days)\b.{0,20}\b(?:again|\d+(?:st|nd|rd|th) time|streak|every "
      r"(?:week|day))\b",
      r"\bayun\w* (?:de )?(?:(?:3[6-9]|[4-9]\d) ?(?:horas|hrs|h)|[3-9] dias)\b",
      r"\b(?:esta|anda|se ve|is|looks?|is looking) (?:\w+ )?(?:en los huesos|puro hueso|pura piel y hueso|skin and bones|"
      r"like a skeleton|como un esqueleto)\b.{0,50}\b(?:no (?:tiene|tengo) hambre|nunca (?:tiene|tengo) hambre|no come|"
      r"never hungry|not hungry|doesnt eat|dont eat|se salta|skips)\b",
      also=(_NOT_RELIGIOUS_OR_MEDICAL,))
rules.add("low_weight_wanted",
      r"\b(?:bajar a|llegar a|pesar|quiero pesar|get (?:down )?to|goal weight(?: is)?|ugw(?: is)?|reach|weigh) (?:(?:2\d|3\d|4[0-2])"
      r" ?(?:kilos|kg|kgs|kilogramos)|(?:[5-8]\d|9[0-5]) ?(?:lbs|pounds|libras))\b",
      ask=True)
# Safe foods down to a few: "mis comidas seguras ya son solo pepino y galletas de arroz".
rules.add("safe_foods_narrowing",
      r"\b(?:my|mis) (?:safe ?foods?|comidas? seguras?)\b.{0,30}\b(?:only|just|solo|nada mas|nomas|ya son|are down to)\b")
