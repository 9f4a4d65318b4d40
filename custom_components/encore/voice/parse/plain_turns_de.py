"""German said plainly, in turns the other readers did not know (issue 45's sixty-fifth turn).

Blind writers 432 to 444 asked in ordinary words that were read wrong:
"was war im Sommer das Album, das ich immer anhatte" (what was always on
is what played most), "die letzte Zeit" (lately: all time had been
answered, a wrong fact), "wann lief mehr, an Wochentagen oder am
Wochenende" (the parts of the week, never the first play of "mehr"), "was
isch s'erschte Lied vo geschter gsi" ("gewesen" had been read as what
narrows the song) and "was lief gestern beim Frühstück um acht" (the meal
says the half of the day: eight in the morning). Read on the normalized
words after the dialects (`speech.prepare`), with the contractions.
Blind round twenty (issue 45's eighty-first turn) added a bare "was für
Musik am dritten November" (543), "viel doppelt gehört" (the repeat rate,
543) and "ist bei mir am Vormittag mehr Musik oder am Nachmittag" (546); blind
round twenty-two "wie oft höre ich ein Lied noch einmal" (the repeat rate,
556); blind round twenty-five "welches Lied hat zuletzt gespielt", "mit
welchem Lied bin ich aufgestanden" and "beschreib mir, was ich für Musik
mag" (578).
"""

from typing import Final

from .rules import Rule

PLAIN_TURNS_DE: Final[tuple[Rule, ...]] = (
    # "Wat war im Sommer dat Album, dat ich immer anhatte", "welches Album
    # hab ich im Sommer immer gehört" (issue 45's sixty-fifth turn, blind
    # writer 432): what was always on is what played most.
    (
        (
            r"^(?:was|wat) war (.*?) ?\b(?:das|dat|der|die|den) (album|lied|song|künstler|band|podcast|platte)"
            r" (?:das|dat|den|die|der) (ich|wir) (?:immer|dauernd|ständig|andauernd)"
            r" (?:anhatte|anhatten|an hatte|drauf hatte|gehört habe|gehört haben|gehört hab|aufgelegt habe"
            r"|gespielt habe|laufen hatte)$"
        ),
        r"welches \2 habe \3 \1 am meisten gehört",
    ),
    # Only "immer", and in the past: "welches Lied hab ich zur Zeit ständig
    # an" is the one on repeat now.
    (
        (
            r"^(welche[snrm]?) (album|alben|lied|lieder|song|songs|künstler|band|bands|podcast|platte)"
            r" (hab|habe|hatte|haben|hatten) (ich|wir) (.*?) ?\bimmer (?:gehört|aufgelegt|gespielt)$"
        ),
        r"\1 \2 \3 \4 \5 am meisten gehört",
    ),
    (
        (
            r"^(welche[snrm]?) (album|alben|lied|lieder|song|songs|künstler|band|bands|podcast|platte)"
            r" (hatte|hatten) (ich|wir) (.*?) ?\bimmer (?:an|drauf|laufen)$"
        ),
        r"\1 \2 \3 \4 \5 am meisten gehört",
    ),
    # "Die letzte Zeit" (a Hamburg docker, issue 45's sixty-fifth turn: all
    # time had been answered, a wrong fact) and "wann lief mehr, an
    # Wochentagen oder am Wochenende" (the first play of "mehr" had been
    # asked).
    # Never a learner's "wann war die letzte Zeit, ich habe X gespielt" (the
    # last time).
    (
        (
            r"(?<!\bwar )(?<!\bist )(?<!\bis )\b(?:in |über )?(?:die|der) letzte(?:n)? zeit\b"
            r"(?! (?:ich|dass|das|wo|als)\b)"
        ),
        "in letzter zeit",
    ),
    (r"^wann (?:lief|läuft|war) (?:bei (?:mir|uns) )?mehr\b", "wann höre ich mehr"),
    # Zurich's "was isch s'erschte Lied vo geschter gsi": the perfect of
    # "sein" is "war" ("gewesen" had been read as what narrows the song).
    (r"^(was|wer|welche[snrm]?|wie) (?:ist|is|isch) (.+) gewesen$", r"\1 war \2"),
    # "Was lief gestern beim Frühstück um acht" (a child, issue 45's
    # sixty-fifth turn): the meal beside a clock time is the time of day it
    # says (kept apart, the day and the hour had been read apart).
    *(
        (
            (
                r"\b(?:beim|zum|nach dem|nachm|vorm|vor dem|während dem|während des) "
                rf"(?:{meal}) (?=(?:um|gegen) )"
            ),
            part,
        )
        for meal, part in (
            ("frühstück|frühstücken", "früh "),
            ("mittagessen", "mittag "),
            ("abendessen|abendbrot", "abend "),
            ("kaffee", ""),
        )
    ),
    # "Wie viel Minuten lief gestern Abend" (issue 45's seventy-sixth turn,
    # blind writer 520): the minutes that played, said with "viel" and no
    # listener; "Minuten" had been taken for a name to count.
    (
        r"\bwie viel (minuten|stunden)((?: musik| podcasts?)?) (lief|liefen|lief da|war|waren)\b",
        r"wie viele \1\2 \3",
    ),
    # Issue 45's eighty-first turn (blind writer 543, a terse Mecklenburg
    # farmer): "was für Musik am dritten November", no verb said: what
    # played then. Only where no verb of its own follows.
    (
        (
            r"^(?:was|wat) für (musik|lieder|songs|podcasts|folgen)"
            r" ((?:am|im|vom|letzte[nrs]?|gestern|vorgestern|heute|diese[nrs]?) "
            r"(?!.*\b(?:lief|liefen|läuft|gehört|gespielt|habe|hab|ist|war|höre|hör)\b).*)$"
        ),
        r"was für \1 lief \2",
    ),
    # "Hab ich dies Jahr viel doppelt gehört" (543): the same songs heard
    # again, the repeat rate; "doppelt" had been read as a name.
    (
        r"^(habe|hab|hatte|haben) (ich|wir) (.*?) ?\b(?:viel|viele|vieles|oft|öfter|öfters) doppelt (gehört|gespielt)$",
        r"\1 \2 \3 oft dasselbe immer wieder \4",
    ),
    # "Wie oft höre ich ein Lied noch einmal, im Schnitt" (issue 45's
    # eighty-third turn, blind writer 556 said it "e Lied nochemol"): how
    # often a song is heard again is the repeat rate, never a name's count.
    (
        (
            r"^wie oft (?:höre|hör|hören|spiele|spiel|spielen) (ich|wir) (?:ein|einen|'n|n) (?:lied|song|stück|titel)"
            r" (?:noch einmal|nochmal|noch mal|wieder)(?:,? (?:so )?im schnitt)?$"
        ),
        r"wie oft wiederhole \1 lieder",
    ),
    # "Is bei mir am Vormittag mehr Musi oder am Nachmittag?" (546): the
    # first day part said with "am" as the second one already is.
    (
        r"^(ist|is) bei (mir|uns) am (vormittag|nachmittag|abend|morgen|mittag) mehr\b",
        r"\1 bei \2 \3s mehr",
    ),
    # Issue 45's eighty-sixth turn (blind writer 578, a Palatine vintner,
    # said them his way; anyone says them so): "welches Lied hat zuletzt
    # gespielt" is the last song ("zuletzt" had been read as a person whose
    # song played), "mit welchem Lied bin ich heute aufgestanden" the first
    # of the day as "aufgewacht" is, "beschreib mir mal, was ich so für
    # Musik mag" the taste.
    (
        r"^welche[rs]? (lied|stück|song|titel|track) hat (?:zuletzt|als letztes) gespielt$",
        r"welches \1 lief zuletzt",
    ),
    (
        r"^(mit (?:welchem|welchen|was für einem) (?:lied|song|stück|titel) bin (?:ich|wir)\b.*?) aufgestanden$",
        r"\1 aufgewacht",
    ),
    (
        (
            r"^(?:beschreib|beschreibe|sag|erzähl) (?:mir|mer) (?:mal |doch mal |doch )?(?:was|wat)"
            r" (ich|wir) (?:so )?(?:eigentlich )?(?:für|fer) musik (?:mag|mögen)$"
        ),
        "was für musik mag ich",
    ),
)
