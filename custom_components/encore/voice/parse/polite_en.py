"""English said politely, as a New Zealander asks (issue 45's fifteenth turn).

A polite writer wraps the question: "I was wondering", "any idea", "do you
happen to know", "would you mind telling me / checking whether", "out of
curiosity", "I'd love to know if", "..., if that's possible", "keen to hear
it", "sweet as", and says "heaps" for a lot and "keen on" for into (asked which: the most). The
wrappers are dropped wherever they stand, and none may leave a word that
reads as a time ("on, my usual" once asked which time "on" was). Read first
of the English tables; each rule holds to function words, and names after a
verb are never changed.
"""

_KINDS = r"(?:song|track|tune|artist|band|singer|album|record|podcast|show|episode)"

POLITE_EN: tuple[tuple[str, str], ...] = (
    # -- wrappers dropped wherever they stand ---------------------------------------------
    # Said first, one after another: "sorry, out of curiosity, any idea ...".
    (
        (
            r"^(?:(?:sorry|sweet as|cheers|kia ora|hey|so|well|um|out of curiosity|just out of curiosity"
            r"|any idea|i was wondering|i was just wondering|i wonder|do you happen to know"
            r"|would you happen to know|would you mind telling me|could you fill me in on"
            r"|can you fill me in on|fill me in on|could you tell me|can you tell me) )+"
        ),
        "",
    ),
    (
        (
            r"\b(?:if (?:that's|that is|it's|it is) (?:possible|not too much trouble|okay|ok|alright)"
            r"|if possible|if you can|if you could|if you don't mind|if you do not mind)\b"
        ),
        "",
    ),
    (
        r"(?<!\bplay)(?<!\bplayed)(?<!\bhear)(?<!\bheard)(?<!\bto)(?<!\bof)(?<!\bby) (?:keen to hear it|keen to know|keen to find out|cheers|sweet as|no worries)$",
        "",
    ),
    (r"\s*\b(?:any idea|do you know|do you reckon|i wonder)$", ""),
    (r"\b(?:musically speaking)$", "in music"),
    # "In the kitchen, I was wondering, what song ...": the wrapper mid-sentence.
    (
        (
            r"\b(?:i was wondering|i was just wondering|out of curiosity|just out of curiosity|do you happen to know)\b"
            r"(?= (?:what|which|who|when|how|if|whether|did|have|had|was|were)\b)"
        ),
        "",
    ),
    (r"\s{2,}", " "),
    # "In the kitchen, ... what song gets played the most in there": the room once.
    (r"^(in the \w+ .+?) (?:in there|in here|there)$", r"\1"),
    # "Did I happen to hear": did I hear.
    (
        r"\b(did|do|have|had) (i|we) (?:happen to|ever happen to|by any chance) ",
        r"\1 \2 ",
    ),
    (r"\b(?:by any chance|at all by any chance)\b", ""),
    # "Would you mind checking whether I played X": did I play X.
    (
        (
            r"^(?:would you mind|could you|can you|would you) (?:checking|check|looking up|look up|finding out|find out)"
            r" (?:whether|if) (i|we) (?:played|heard|listened to|had|put on|streamed) "
        ),
        r"did \1 play ",
    ),
    # "I'd love to know if the album Discovery got a spin on ...": did I play it.
    (
        (
            r"^(?:i'd|i would) love to know (?:if|whether) (?!(?:i|we|it|you)\b)(.+?) (?:got|get|had|has had|have had)"
            r" (?:a |any |an )?(?:spin|play|listen|run|go|airing|outing)s?\b"
        ),
        r"did i play \1",
    ),
    (
        r"^(?:i'd|i would) love (?=(?:a|my|the) (?:quick |short |little )?(?:recap|rundown|summary|overview|review)\b)",
        "",
    ),
    # "Could you fill me in on how October went": how did October go.
    (
        (
            r"\bhow (my |our |the )?(week|weekend|month|year|summer|winter|spring|autumn|january|february|march"
            r"|april|may|june|july|august|september|october|november|december) (?:went|has gone|was)$"
        ),
        r"how did \1\2 go",
    ),
    # "Whether weekends or weekdays win for listening": which I listen more.
    (
        (
            r"\b(weekends or weekdays|weekdays or weekends|mornings or evenings|evenings or mornings)"
            r" (?:win|wins|come out on top|come out ahead) (?:for|in|at) (?:listening|music)\b"
        ),
        r"do i listen more on \1",
    ),
    # -- words of a New Zealander ------------------------------------------------------
    # "Heaps keen on", "keen on": into.
    (
        r"^((?:which|what|who)\b.*?\b(?:have|had) (?:i|we) been) (?:heaps |really |super |pretty |well |so )?keen on\b",
        r"\1 listening to the most",
    ),
    (r"\b(?:heaps |really |super |pretty |well )?keen on\b", "into"),
    # "I can't stand, like the one I skip heaps": the most skipped.
    (
        (
            r"\b(?:i|we) (?:can't|cannot|can not) stand,? (?:like )?the one (?:i|we) (skip|play|hear)"
            r" (?:heaps|a lot|the most|most|all the time)$"
        ),
        r"i \1 the most",
    ),
    (
        r"^((?:what|which|who)\b.*? (?:skip|skipped|play|played|listen to|listened to|hear|heard)) (?:heaps|heaps and heaps|a heap)$",
        r"\1 the most",
    ),
    (r"\bheaps (?=(?:keen|of|more|lately|recently)\b)", "a lot "),
    # "Like my usual hour and day", "like, ever": an aside that is no time.
    (
        r"\blike (?:my|our|the) usual (?:hour|time|day|days|hours)(?: and (?:hour|time|day|days))?$",
        "",
    ),
    (r"\blike (?=(?:ever|at all|in total|overall|all time)$)", ""),
    # "When I tend to have music on": when I usually listen.
    (
        r"^when (?:do )?(i|we) (?:tend to|usually|normally) (?:have|put|stick) (?:the )?(music|tunes|podcasts|songs|something|stuff) on\b",
        r"when do \1 usually listen to \2",
    ),
    # "How many tracks I've put on", "how many bands I've had on": played.
    (
        r"^(how many (?:different |distinct )?\w+) (i|we)(?:'ve| have| had)? (?:put|had|got|chucked|stuck) on\b",
        r"\1 did \2 play",
    ),
    (
        r"^how much (?!(?:time|music|of)\b)(.+?) (?:i|we)(?:'ve| have| had)? (?:had|put|got) on\b",
        r"how often did i play \1",
    ),
    # "That dance song by Justice, how many times has it been played":
    # the name said first, the pronoun after.
    (
        (
            rf"^(?:that|the) (.+?) {_KINDS} (by .+?),? how (many times|often) (?:has|have|did|was|were)"
            r" (?:it|that|that one|they) (?:been played|played|been on|come on|got played|been put on)\b"
        ),
        r"how \3 did i play \1 \2",
    ),
    # "That last track I had on, do you happen to know what it was": the
    # question word last.
    (
        (
            rf"^(?:that|the) (first|last|latest|final) ({_KINDS}) (?:i|we) (?:had on|put on|played|heard|listened to)"
            r",? (?:do you (?:happen to )?know |any idea |i wonder )?what (?:it|that) was$"
        ),
        r"what was the \1 \2",
    ),
    # "What my vibe has been this year": the taste.
    (r"\b(my|our) (?:vibe|vibes)\b", r"\1 taste"),
    (r"^what (my|our) taste (?:has been|was|is)\b", r"what is \1 taste"),
    # The spaces a dropped wrapper left.
    (r"\s{2,}", " "),
    (r"^\s+|\s+$", ""),
)
