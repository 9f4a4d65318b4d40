"""A period and a kind of item as German speakers say them around a question.

Shared by the readers that move a period said first or last, or a kind said
before a name, back into the question (`viennese_cafe_de`,
`russian_dictated_de`, `everyday_turns_de`): "heute früh", "in letzte
zeit", "am Wochenende", "seit März"; "Lied", "Künstler", "Podcast".
"""

from typing import Final

# A period said first or last, as these speakers say it.
PERIOD_SAID: Final = (
    r"(?:(?:heute|heut|gestern|vorgestern)(?: (?:früh|morgen|vormittag|mittag|nachmittag|abend"
    r"|nacht))?|(?:in )?(?:letzte[nrs]?|diese[nrs]?|vorige[nrs]?) (?:zeit|woche|monat|jahr"
    r"|wochenende|sommer|winter)|(?:am|im|seit) (?:montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag|wochenende|januar|februar|märz|april|mai|juni|juli|august|september"
    r"|oktober|november|dezember|sommer|winter))"
)
KIND_SAID: Final = (
    r"(?:lied|lieder|song|songs|künstler|band|bands|sänger|sängerin|album|podcast)"
)
