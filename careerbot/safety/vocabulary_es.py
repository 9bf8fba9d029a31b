"""Spanish building blocks of the screen's rules. Text arrives normalized: lowercase, accents
stripped ("dano" for "daño"), so patterns are written without accents."""
from __future__ import annotations

from careerbot.safety.vocabulary import alt

YO_QUIERO = r"(?:me quiero|quiero|quisiera|ojala (?:pudiera|me pudiera)?|me gustaria|tengo ganas de|ganas de|desearia)"
FAMILIA = (r"(?:mi |el |la )?(?:papa|papi|padre|mama|mami|madre|padrastro|madrastra|tio|tia|hermano|hermana|"
           r"primo|prima|abuelo|abuela|novio de mi mama|novia de mi papa|pareja de mi mama|familia|"
           r"entrenador|maestro|maestra|profe)")
GOLPEAR = (r"(?:pega|pegan|pego|pegaron|golpea|golpean|golpeo|golpearon|lastima|lastiman|lastimo|maltrata|"
           r"maltratan|maltrato|amenaza|amenazan|amenazo|ahorca|ahorco|patea|patean|quema|quemo|encierra|"
           r"encierran|encerro|(?:da|dan|dio|dieron|daba) (?:otra |una |unas |sus )?(?:palizas?|pelas?|golpizas?|"
           r"madrizas?|chingas?|cuerizas?|tundas?))")
CARRERA_ES = alt(r"\bcarreras?\b", r"\btrabaj(?:o|os|ar)\b", r"\bestudi(?:ar|o)\b", r"\bpsicolog\w*",
                 r"\bconsejer\w*", r"\benfermer\w*", r"\btrabajador(?:a)? social\b", r"\bprofesion\w*",
                 r"\bque hace un\w*\b", r"\bser (?:un|una)\b", r"\bprevencion\b", r"\bclase(?:s)? de\b",
                 r"\bnos (?:ensenaron|explicaron|dieron una platica)\b", r"\ben (?:la )?(?:clase de )?salud\b")

# Spanish puts the pronoun of a reflexive verb before a conjugated one or joins it to an infinitive or a
# gerund: "me quiero cortar", "quiero cortarme", "sigo cortandome", "me he estado cortando". reflexive()
# writes every placement for a set of verb stems, so a rule lists verbs, not forms.
_BEFORE_VERB = (r"(?:quiero|queria|quise|quisiera|voy a|iba a|vuelvo a|volvi a|sigo|segui|estoy|estaba|estuve|"
                r"he estado|e estado|habia estado|empece a|empiezo a|comence a|puse a|pongo a|puedo|podria|"
                r"pienso|planeo|tengo que|gustaria|dan ganas de|dieron ganas de|daban ganas de|acabo de|"
                r"trate de|intente|intento|necesito|debo|deberia|prefiero|preferiria|mejor)")


def reflexive(*stems: str, then: str = "") -> str:
    """Every placement of "me" with a verb of `stems` ("cort" for cortar): "cortarme", "cortandome",
    "me quiero cortar", "me sigo cortando"; `then` is what must (or must not) follow, as a lookahead."""
    stem = "(?:" + "|".join(stems) + ")"
    return alt(r"\b" + stem + r"(?:arme|andome|irme|iendome)\b" + then,
               r"\bme " + _BEFORE_VERB + r" (?:(?:a|en|de) )?" + stem + r"(?:ar|ando|ir|iendo)\b" + then)


# What turns a cut or a burn into an everyday one: hair, nails, a finger in the kitchen, the sun, a game, the
# power or the call ("se cortó la luz").
EVERYDAY_HURT = (r"(?! (?:el|la|las|los|mi|mis) (?:pelo|cabello|unas|fleco|flequillo|barba|dedo|dedos|lengua|"
                 r"rodilla|tobillo|pie|luz|internet|senal|llamada|agua|wifi|video|cancion|pestanas|neuronas|"
                 r"cerebro|arroz|comida|pan|frijoles|tortillas?|pizza|cena|pastel|galletas|huevos?|sopa|carne|pollo|"
                 r"palomitas|tarea)\b|"
                 r" (?:con|al|en) (?:el )?sol\b| en la playa\b| (?:cocinando|jugando|"
                 r"entrenando|corriendo|sin querer|por accidente)\b| (?:en|durante) (?:el|la) (?:partido|juego|"
                 r"practica|entrenamiento|clase)\b)")

# Figurative Spanish: "me muero de risa", "me mato estudiando", "me mataron en fortnite". Blanked first.
FIGURATIVO_ES = alt(
    r"\b(?:me muero|muero|morir(?:me)?|muriendo(?:me)?|me estoy muriendo|me voy a morir|me quiero morir|"
    r"me mori|nos morimos|se muere) (?:de|del|por) (?:la |el )?(?:risa|verguenza|pena|hambre|sed|calor|frio|"
    r"sueno|aburrimiento|ganas|amor|nervios|envidia|celos|cansancio|emocion|curiosidad|ternura|cringe|"
    r"ver|ir|saber|comer|probar|conocer)\b",
    r"\b(?:me mato|matarme|matandome|me estoy matando|me voy a matar|me mate|nos matamos) (?:estudiando|"
    r"trabajando|entrenando|en el gym|en el gimnasio|de risa|haciendo tarea|con la tarea|practicando|"
    r"corriendo|jugando)\b",
    r"\b(?:me|nos|lo|la|los|las|te) (?:mataron|mato|mata|matan|van a matar) en (?:el|la|los|las|este|ese|"
    r"fortnite|minecraft|roblox|free fire|cod|valorant|fifa|el juego|la partida|el partido)\b",
    r"\bcasi me mato (?:en|con|al)\b",
    r"\b(?:me suicide|me suicido|me mate|me mato) en (?:el|la|los|las|este|ese|mi)? ?(?:juego|partida|fortnite|"
    r"minecraft|roblox|free fire|cod|valorant|mapa|nivel)\b",
    # "cortar" is also breaking up: "mi novio me cortó por mensaje"
    r"\b(?:novi[oa]|ex|crush|pareja|morr[oa]|chav[oa]) me (?:corto|corte)\b(?! (?:con|el|la|los|las|mi|mis)\b)",
    r"\bme (?:corto|cortaron|corte) por (?:mensaje|whats\w*|texto|chat|telefono|instagram|snap\w*|dm)\b",
)
