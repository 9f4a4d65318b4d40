"""English as a Brazilian Portuguese speaker says it (issue 45's fifteenth turn).

A Brazilian writer carried Portuguese words and order into English:
"musics" (músicas: songs), "how much musics" (quantas), "quantity of"
(quantidade de: how many), "i put" (coloquei: I played), "actually"
(atualmente: lately, never "in fact"), "in sequence" (em sequência: in a
row), "make a resume of my week" (fazer um resumo: a recap), "tocando"
(playing), "the last week" (a semana passada), "yesterday at evening" (à
noite), a clock time with its part of the day said "of the morning" (da
manhã), "in the quarter past five" (às cinco e quinze), the question word
last ("the last music of this morning which was"). Read first of the
English tables; each rule holds to function words and word shapes, and names
after a verb are never changed.
"""

_PART = r"(?:morning|afternoon|evening|night)"
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_CLOCK = rf"(?:(?:half|quarter|a quarter|twenty|ten|five) (?:past|to) {_HOUR}|{_HOUR}(?: o'clock)?)"
_ASKED = r"(?:how many|how much|what|which|quantity of|the quantity of)"

LEARNER_PT_EN: tuple[tuple[str, str], ...] = (
    # "Tocando" (playing), said in Portuguese inside an English sentence.
    (r"\btocando\b", "playing"),
    # "Musics" (músicas): songs; "the last music", "a music": a song.
    (r"\bmusics\b", "songs"),
    (r"\b(the|a|one|which|what) (first|last|latest|final) music\b", r"\1 \2 song"),
    # "How much musics", "how much songs" (quantas músicas): how many.
    (
        r"\bhow much (?=(?:different |distinct )?(?:songs|tracks|tunes|artists|bands|albums|plays|times)\b)",
        "how many ",
    ),
    # "Quantity of plays" (quantidade de): how many; never inside a name.
    (r"^(?:the |a |what is the |what's the )?quantity of\b", "how many"),
    # "I put" (coloquei): played, asked how many or what; "put on", "put in"
    # keep their own sense.
    (
        rf"^({_ASKED}\b.*?\b(?:i|we)) (?:put|putted)\b(?! (?:\w+ )?(?:on|in|up|down|away|off)\b)",
        r"\1 played",
    ),
    # "Listened the daily" (ouvi o ...): listened to.
    (
        # Never before a period ("listened the day so far": today).
        (
            r"\b(listened|listen) (?=the (?!(?:most|more|last|first|same|past|whole"
            r"|entire|day|week|weekend|month|year|morning|afternoon|evening|night"
            r"|summer)\b))"
        ),
        r"\1 to ",
    ),
    # "The last week" (a semana passada), never "in the last week" (the
    # past seven days).
    (
        r"(?<!\bin )(?<!\bover )(?<!\bduring )(?<!\bfor )\bthe last (week|month|year|weekend)\b",
        r"last \1",
    ),
    # "Yesterday at evening", "today at morning" (à noite, de manhã).
    # "Today morning" is this morning (as `when.context` reads it).
    (rf"\btoday (?:at|of|in) (?:the )?({_PART})\b", r"this \1"),
    (rf"\byesterday (?:at|of|in) (?:the )?({_PART})\b", r"yesterday \1"),
    (rf"\bat ({_PART})\b", r"in the \1"),
    # "In the quarter past five" (às cinco e quinze): at.
    (rf"\bin the ({_CLOCK})\b", r"at \1"),
    # "Half past eight of the morning" (da manhã): in the morning.
    (rf"\b({_CLOCK}) (?:of|from) the ({_PART})\b", r"\1 in the \2"),
    # "Actually" (atualmente) said with the present: lately, never "in fact".
    # Only in a learner's order ("what style i am actually into"): a native
    # question's "what am i actually into" says "really", over all time
    # (issue 45's nineteenth turn: "lately" there was a wrong fact).
    (
        r"^(.*\b(?:i am|i'm|we are)) actually (into|listening|hearing|playing|liking|loving|hooked|obsessed)\b(.*)$",
        r"\1 \2\3 lately",
    ),
    (
        r"^(.*\b(?:i am|i'm|am i|we are|are we) (?:listening|hearing|playing|liking|loving)\b.*?) actually$",
        r"\1 lately",
    ),
    # "I am listening a lot" (estou ouvindo muito): the most, lately.
    (
        r"^(what|which) (song|track|artist|band|album|podcast) (?:i am|am i) (?:listening|hearing|playing)(?: to)? (?:a lot|much|so much)\b",
        r"\1 \2 did i listen to the most",
    ),
    # "In sequence" (em sequência), "consecutive": in a row.
    (r"\bin (?:sequence|a sequence|sequency|seguence)\b", "in a row"),
    (
        r"^how many days in a row (?:i am|am i|i have been|have i been|i) (?:listening|listen|listened)(?: to)?(?: music| songs)?\b",
        "how many days in a row have i listened",
    ),
    # "Make a resume of my week" (fazer um resumo): a recap.
    (
        # (A terse reading may have put "did i listen to" before it already.)
        r"^(?:did i listen to )?(?:make|do|give|tell)(?: me| us)? (?:a |the |my )?(?:resume|résumé|resumo|summary)(?: of| for)?\b",
        "recap of",
    ),
    # "I repeat a lot the same songs?", "how much I repeat songs since
    # October": the repeat rate.
    (
        r"^how much (?:do |did )?(?:i|we) (?:repeat|replay|repeated|replayed) (?:the same )?(?:songs|tracks|music|tunes)\b",
        "what is my repeat rate",
    ),
    (
        r"^(?:do |did )?(?:i|we) (?:repeat|replay|repeated|replayed) (?:a lot|much|many times|often|too much) (?:of )?the same\b",
        "i repeat the same",
    ),
    # "The last music of this morning which was": the question word last.
    (
        r"^the (first|last|latest|final) (song|track|tune|artist|album|podcast)s? (?:of |from )?(.+?),? (?:which|what) (?:was|were|is)(?: it)?$",
        r"what was the \1 \2 \3",
    ),
)
