"""Eating disorders: not eating for days, making oneself throw up, punishing exercise."""
from __future__ import annotations

from careerbot.safety.engine import RuleSet

rules = RuleSet("eating")

rules.add("restricting",
          r"\b(?:haven'?t|have not|didn'?t|did not) eaten? (?:in|for) (?:\w+ )?(?:days|a week|two days|2 days)\b",
          r"\b(?:starving|starve) my ?self\b",
          r"\b(?:stopped|stop|quit) eating\b(?= .{0,40}\b(?:fat|weight|body|thin|skinny|ugly)\b)",
          r"\bno (?:he comido|como) (?:en|desde hace) (?:\w+ )?dias\b",
          r"\bme (?:mato|estoy matando) de hambre\b",
          r"\b(?:no como|no come|no comer|dejo de comer|dejar de comer|ayuno|ayunar|ayunando)\b.{0,60}"
          r"\b(?:me desmayo|me desmaye|se desmayo|se desmaya|me mareo|me duele la panza)\b",
          r"\b(?:estoy|me siento|me veo) (?:bien |muy |tan )?(?:gorda|gordo),? (?:por eso|asi que|entonces|y por eso) "
          r"(?:no como|ya no como|dejo de comer)\b",
          r"\b(?:dont|don't|do not|barely|didnt|never) eat\w*\b.{0,60}\b(?:i faint\w*|i pass\w* out|passed out|"
          r"fainted|black out|blacked out)\b")
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
          r"racha de ayuno|ayuno de \d+ ?(?:horas|hrs|dias)|pastillas (?:para|de) (?:adelgazar|bajar de peso|dieta)|"
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
