"""A retired philosophy professor's English (issue 45's seventy-first turn, blind writer 486).

Every question comes hedged, weighed and qualified: an aside between commas
("..., one might ask, ...", "..., all things considered, ...", "..., in round
figures, ...", "..., and I ask this with some trepidation, ..."), a proviso
after it ("..., in so far as the records permit one to say"), a kind said
twice ("which album, or which record, as we used to say in my day, ...",
"which piece, which single song, that is, ..."), Latinate verbs for the
plain ones ("which artists predominated", "has occupied the lion's share
of my attention", "I have returned to most often", "with what did I
commence", "am I most given to putting on music", "were my evenings more
given over to music than my mornings") and a sentence after the question
that only says again what it asked ("The top three would suffice.", "Songs
and programmes together, I mean.", "The very first song of that month, I
mean."). Read as they stood, the asides became names ("round figures"), a
room ("in the broadest"), a time ("in my day" was read as today) or a skip
("or has that phase, as it were, passed" asked the skip rate: a wrong
fact). Each rule is the shape of such an aside or verb, never one sentence;
an aside is left out only where it names no period of its own, and a
Latinate word of time is said plainly ("the preceding month", "the present
year") or left for the reader to ask back.
"""

import re

from .rules import Rule, rewrite

_KIND = (
    r"(?:songs?|tracks?|pieces?(?: of music)?|tunes?|records?|albums?|long[- ]players?"
    r"|artists?|performers?|musicians?|bands?|ensembles?|composers?|singers?"
    r"|podcasts?|programmes?|programs?|shows?|episodes?)"
)
_PART = r"(?:mornings|afternoons|evenings|nights)"
_WEEK_PART = r"(?:weekends|weekdays|working days|working week)"

# Asides a hedging speaker sets between commas that ask nothing and say no
# time: left out, with their commas ("How many songs, in round figures, did
# I play today": "round figures" had been looked for as a name).
_ASIDES = (
    r"one might (?:ask|say|suppose|think|argue|wonder|add)|as (?:it were|one might say|one says)"
    r"|so to speak|if you will|i (?:must )?confess|i (?:must )?admit|i grant you|i suppose"
    r"|i dare ?say|i fear|i venture|i should think|i imagine|all things considered"
    r"|everything considered|on the whole|on balance|in the (?:broadest|broad|widest|most general)"
    r" (?:terms|sense)|in (?:broad|general|rough) terms|in the round|(?:broadly|roughly|generally"
    r"|strictly|loosely) speaking|speaking (?:broadly|roughly|loosely|generally)"
    r"|in round (?:figures|numbers|terms)|to a first approximation|more or less|give or take"
    r"|if i may|if i might|if i may (?:ask|say so|be so bold)|if i might ask|if you would"
    r"|if you would be so kind|if you please|pray|pray tell|by any chance|perchance"
    r"|in a manner of speaking|for want of a better (?:word|term|phrase)"
    r"|not to put too fine a point on it|to put it (?:plainly|bluntly|simply|mildly)"
    r"|candidly|frankly|in all (?:candou?r|honesty|frankness)|truth be told|it must be said"
    r"|needless to say|admittedly|one (?:assumes|presumes)|presumably"
    r"|in short|in brief|at a guess|roughly|approximately"
    r"|as (?:a|the) rule|as is my wont|it seems|it would seem|so it seems|i ask myself"
)

_PROFESSOR_EN: tuple[Rule, ...] = (
    # "Or has that phase, as it were, passed": the other way a yes-or-no
    # question is put, nothing asked ("passed" had been read as a skip, and
    # the skip rate answered: a wrong fact).
    (
        (
            r",?\s*or (?:has|have|is|was|did) (?:that|the|this|my|such an?) (?:phase|fad|craze|period"
            r"|spell|infatuation|obsession|enthusiasm|passion|moment|interest|affair|taste)"
            r"(?:,? as it were,?)? (?:passed|pass|over|ended|gone|finished|faded|waned|cooled"
            r"|run its course|come to an end|died (?:away|down))\b"
        ),
        "",
    ),
    # "Which album, or which record, as we used to say in my day, have I":
    # the kind said again in older words, one kind ("in my day" had been
    # read as today). "Which piece, which single song, that is, I have":
    # the kind made plain, the second one kept.
    (
        (
            rf"\bwhich ({_KIND}),\s*(?:or (?:rather |perhaps )?)?which (?:single |one |particular"
            rf" |individual |precise )?({_KIND}),\s*(?:(?:that is|that is to say|as it were"
            rf"|as (?:we|one|they|people) (?:used to |would |once )?(?:say|call(?:ed)? (?:it|them))"
            rf"(?: (?:back )?in (?:my|our|the old|those) (?:day|days|youth|time))?),\s*)?"
        ),
        r"which \2 ",
    ),
    (
        (
            r",\s*as (?:we|one|they|people) (?:used to |would |once )?(?:say|call(?:ed)? (?:it|them))"
            r"(?: (?:back )?in (?:my|our|the old|those) (?:day|days|youth|time))?,"
        ),
        "",
    ),
    # "..., and I ask this with some trepidation, ...", "..., I ask purely
    # out of curiosity, ...": why it is asked, nothing asked.
    (
        (
            r",\s*(?:and )?i ask (?:this |it |that )?(?:with|in|out of|from|purely|merely|only"
            r"|simply|not|because|since)\b[^,?]{0,50},\s*"
        ),
        " ",
    ),
    # "..., in so far as the records permit one to say": a proviso on the
    # answer, nothing asked.
    (
        (
            r",?\s*(?:in ?so far|so far|insofar|inasmuch|as far) as (?:the |my |our |your )?"
            r"(?:records?|data|history|figures|logs?|evidence|memory|archives?|statistics|books)"
            r" (?:permits?|allows?|shows?|goes?|go|tells?|suggests?|can tell|will tell|reveals?"
            r"|are able to tell|record)(?: (?:one|me|us|you))?(?: to (?:say|tell|judge|know"
            r"|determine|see))?(?=\s*[?.!,;]|\s*$)"
        ),
        "",
    ),
    # "Justice, in recent days: have I heard them at all": the name and a
    # vague time said first, the question about "them" (the name's time had
    # been left in the name, the question asked of "in").
    (
        (
            r"^(?P<name>(?!(?:so|well|now|and|oh|in|of|lately|recently)\b)[^,:;]{2,40}),\s*"
            r"(?P<time>in recent (?:days|weeks|months)|of late|lately|recently|latterly"
            r"|these (?:past |last )?(?:few )?(?:days|weeks))\s*[:;,]\s*(?P<ask>(?:have|did|has)"
            r" (?:i|we) (?:\w+ )?(?:heard|listened to|played|had|put on|hear|listen to|play))"
            r" (?:them|it|him|her)\b"
        ),
        r"\g<ask> \g<name> \g<time>",
    ),
    # "Who, all things considered, would you say was ...": the aside.
    (rf",\s*(?:{_ASIDES}),\s*", " "),
    (
        rf"^(who|what|which|when|how many|how much|how long|how often),?\s+(?:{_ASIDES}),?\s+",
        r"\1 ",
    ),
    # "Who would you say was my ...": the listener's guess asked, the
    # history's answer meant.
    (
        r"^((?:who|what|which|when)(?: \w+)?) (?:would|do) you (?:say|think|reckon) (?=(?:was|is|were|are|has|had)\b)",
        r"\1 ",
    ),
    # "That rather frenetic thing, dance by justice, how many plays has it
    # had": the name's description before it, nothing asked.
    (
        (
            r"^(?:that|this|the) (?:(?:rather|somewhat|quite|very|most|curious(?:ly)?|oddly"
            r"|strangely|frightfully|terribly) )*[\w'-]+ (?:thing|piece|number|song|tune|record|track"
            r"|album|band|group|ensemble|fellow|chap|outfit|programme|podcast|business),\s*"
            r"(?!\s*the one\b|\s*you know\b)(?=[^,]{2,40},\s*(?:how|when|did|have|has|was|what|which)\b)"
        ),
        "",
    ),
    # "What was the first song I listened to today, upon waking": the
    # first of the day said twice.
    (
        r"(\bfirst\b[^?]*?)\s*,?\s*(?:up)?on (?:waking|rising|awakening|getting up|first waking)\b",
        r"\1",
    ),
    # "For how many minutes was the podcast on": how many minutes.
    (r"^for how many (minutes|hours)\b", r"how many \1"),
    # "..., this morning whilst I was at breakfast": the morning's meal in
    # the morning said, nothing narrower a table holds.
    (
        (
            r"\b(this morning|today),?\s*(?:whilst|while|when|as) (?:i|we) (?:was|were|sat)"
            r" (?:at|having|eating|taking) (?:my |our )?breakfast\b"
        ),
        r"\1",
    ),
    # The question's verbs in Latin words: "which artists predominated",
    # "has occupied the lion's share of my attention", "which long-player
    # has received the greatest share of my attention": listened to most.
    (
        (
            r"\b(?:has|have|had) (?:occupied|received|garnered|attracted|held|absorbed|commanded"
            r"|consumed|monopoli[sz]ed|dominated|taken up) (?:the )?(?:greatest|largest|biggest"
            r"|lion's|major|larger|better) (?:share|part|portion|proportion) of (?:my|our)"
            r" (?:attention|listening|ears?|time|hours)\b"
        ),
        "did I listen to most",
    ),
    (
        r"\b(?:has|have|had) (?:monopoli[sz]ed|dominated|commanded) (?:my|our) (?:attention|listening|ears?)\b",
        "did I listen to most",
    ),
    (
        (
            rf"\b({_KIND}) (?:predominated|prevailed|dominated|preponderated|(?:was|were)"
            rf" (?:predominant|preponderant|most prevalent|most in evidence))\b"
        ),
        r"\1 did I listen to most",
    ),
    (
        r"\b(i|we) (?:have |had )?(?:returned|gone back|reverted|recurred) to (?:the )?most\b",
        r"\1 played most",
    ),
    (r"\blong[- ]player(s?)\b", r"album\1"),
    # "My principal musical companion": my top artist.
    (
        (
            r"\bmy (?:principal|chief|foremost|main|constant|most constant|most faithful|most loyal"
            r"|steadfast|predominant) (?:musical )?(?:companion|muse|accompaniment|presence"
            r"|companion in music|passion)\b"
        ),
        "my top artist",
    ),
    (
        (
            r"\bmy (?:principal|chief|foremost|predominant) (artist|musician|performer|band"
            r"|composer|singer|song|piece|album|record|podcast|programme)\b"
        ),
        r"my top \1",
    ),
    # "With what did I commence in August": begin.
    (r"\bcommenced\b", "began"),
    (r"\bcommencing\b", "beginning"),
    (r"\bcommencement\b", "beginning"),
    (r"\bcommence\b", "begin"),
    # "When am I most given to putting on music": when do I usually.
    (
        (
            r"\b(?:am|are) (i|we) (?:most |generally |usually |chiefly )?(?:given|inclined|disposed"
            r"|wont|apt|prone) to (?:putting on|putting|put on|listening to|listen to|playing|play"
            r"|hearing|hear)\b"
        ),
        r"do \1 usually listen to",
    ),
    # "Is there a particular time at which I habitually listen": the usual
    # hour.
    (
        (
            r"\bis there (?:a|any|one) (?:particular|usual|regular|set|customary|favoured|favourite"
            r"|characteristic) (time|hour)(?: of (?:the )?day)? (?:at which|when|that) (i|we)"
            r" (?:habitually |usually |customarily |generally |typically |tend to |most often )?"
            r"(listen|play)\b"
        ),
        r"what \1 do \2 usually \3",
    ),
    # "Were my evenings more given over to music than my mornings": the
    # parts of the day compared.
    (
        (
            rf"\b(?:were|are|was|is) (my|our) ({_PART}|{_WEEK_PART}) more (?:given over to|given to"
            rf"|devoted to|taken up with|filled with|occupied with|full of) (music|songs|podcasts"
            rf"|listening) than (?:my |our |the )?({_PART}|{_WEEK_PART})\b"
        ),
        lambda found: (
            f"did I listen more in the {found[2]} than in the {found[4]}"
            if found[3].lower() == "listening"
            else f"did I listen to more {found[3]} in the {found[2]} than in the {found[4]}"
        ),
    ),
    # "Were there any artists in September whom I had never heard before":
    # new artists.
    (
        (
            r"\b(?:were there|are there|have there been) any (artists|performers|musicians|bands"
            r"|singers|composers|ensembles)\b(.*?),?\s*(?:whom|who|that) (?:i|we) (?:had|have)"
            r" (?:never|not) (?:heard|encountered|listened to|come across|met)(?: before"
            r"| previously| hitherto| until then)?\b"
        ),
        r"did I discover any new \1\2",
    ),
    # "Judging by last month alone, is there ...": the period said first.
    (r"^judging (?:by|from) ([\w ]{3,30}?)(?: alone| only| by itself)?,\s*", r"\1, "),
    # A sentence after the question that only says it again: "The top three
    # would suffice." (how many), "Songs and programmes together, I mean."
    # (everything), "The very first song of that month, I mean." (its
    # period said again: "that month" had been read as a time).
    (
        (
            r"\?\s*(?:the )?(?:top|first|leading) (\w+)(?: names?| of them)? (?:would|will|should"
            r"|might|ought to) (?:suffice|do|be (?:quite )?(?:sufficient|enough|plenty|ample))[.!]?\s*$"
        ),
        r", top \1?",
    ),
    (
        (
            r"\?\s*(?:songs|music|tracks|tunes|pieces) and (?:programmes|podcasts|shows|episodes"
            r"|the spoken word)(?: (?:together|alike|combined|both|included))?,?(?: i mean)?[.!]?\s*$"
        ),
        "?",
    ),
    (
        (
            r"(\?\s*the (?:very )?(?:first|last|final) (?:song|track|piece|tune)) (?:of|in)"
            r" (?:that|the) (?:month|day|week|year|morning|evening|afternoon)\b"
        ),
        r"\1",
    ),
    # Latinate words of time said plainly: "the preceding month", "the
    # present calendar year".
    (
        r"\b(?:the )?(?:preceding|previous|prior) (week|month|year|weekend)\b",
        r"last \1",
    ),
    (r"\b(?:the )?(?:present|current) (?:calendar )?(week|month|year)\b", r"this \1"),
    # "Latterly": lately; "of an evening": in the evenings, a habit's part
    # of the day, said back as no family narrows (it had been dropped, and
    # the whole history answered).
    (r"\blatterly\b", "lately"),
    (r"\bof an? (morning|afternoon|evening|night)\b", r"in the \1s"),
    # "In the small hours": a time of night no table reads, asked back as
    # the night ("hours" had asked how long, and "in the small" was a room).
    (
        r"\b(?:in|during|at|over) the (?:small|wee) hours(?: of the (?:morning|night))?\b",
        "in the night",
    ),
)


def said_as_professor(text: str) -> str:
    """Return a hedged, Latinate question in plain words."""
    return rewrite(_PROFESSOR_EN, text, re.IGNORECASE)
