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
           r"encierran|encerro)")
CARRERA_ES = alt(r"\bcarreras?\b", r"\btrabaj(?:o|os|ar)\b", r"\bestudi(?:ar|o)\b", r"\bpsicolog\w*",
                 r"\bconsejer\w*", r"\benfermer\w*", r"\btrabajador(?:a)? social\b", r"\bprofesion\w*",
                 r"\bque hace un\w*\b", r"\bser (?:un|una)\b", r"\bprevencion\b", r"\bclase(?:s)? de\b")
