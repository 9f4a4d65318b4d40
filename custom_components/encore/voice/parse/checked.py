"""A claim said to be checked, read as the question it checks (issue 45's thirtieth turn).

Someone who asks by checking (blind writer 145, a Torontonian and a
Viennese) says what they believe and asks to be told they are right: "I
didn't play any Muse yesterday, did I?", "was that Daft Punk on Saturday or
not", "is it true I streamed more than a thousand things last year?",
"no way I played Bohemian Rhapsody more than twenty times last month",
"Bohemian Rhapsody hab ich im Oktober sicher ned öfter als zwanzig Mal
gespielt, oda?", "Stimmt's, dass ich seit Montag nur vier verschiedene Lieder
gehört hab?". The tag, the frame and the figure guessed are no part of the
question: what is checked is asked. A figure guessed ("more than twenty
times") asks for the count, never whether anything played; a tag goes only
after a comma, so a title's own words stay ("Isn't She Lovely").

What was guessed is never said back as true or false: the answer gives the
figure, and the asker compares.
"""

import re
from typing import Final

from .rules import Rule, compiled, rewrite_in

_SUBJECT_EN: Final = r"(?:i|we|she|he|it|they|there|you|that)"
_AUX_EN: Final = (
    r"(?:did|do|does|have|has|was|were|is|are|am|had|would|could)(?:n't| not)?"
)
# A figure guessed: "more than twenty times", "over a hundred hours",
# "less than ten", "a couple times", "maybe six".
_GUESS_EN: Final = (
    r"(?:(?:more|less|fewer) than|over|under|at least|at most|barely|only|like|maybe|about|around"
    r"|roughly|nearly|almost)"
    r" (?:a |an |like |maybe )?(?:couple(?: of)?|few|handful of|\d+|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
    r"|thousand|dozen|million|billion|gazillion)(?: hundred| thousand)?"
)
_KIND_EN: Final = r"(?P<kind>album|song|track|tune|band|artist|podcast|record|show)"
_WHICH_ONE_EN: Final = (
    r"(?:which one|who is it|what is it|which one (?:was|is) it|who|what was it)"
)

# The tag, the frame and the guess around a claim, dropped.
_AROUND_EN: Final[tuple[Rule, ...]] = (
    # "sorry, is there a song ...", "hey, first song of the day, ...".
    (r"^(?:sorry|geez|jeez|buddy|hey|oh)\s*,\s*", ""),
    (r",\s*sorry\s*(?=[,?])", ""),
    # "thats wrong, i deffo played justice yesterday, check again": a claim
    # said against an answer, checked again.
    (r"^(?:that's|thats|that is) (?:wrong|not right|not true|rubbish|cap)\W+", ""),
    (r"\W+(?:check|look) again\W*$", ""),
    (r"\b(?:deffo|defo|definitely|def)\s+(?=played|listened|heard|had|put)", ""),
    # "have I ever played anything by Midnight Oil? you'd hope so, wouldn't
    # you": a remark after the question, with its own tag.
    (rf"\?\s+[^?]*,\s*{_AUX_EN} {_SUBJECT_EN}\s*\??$", "?"),
    # "..., did I?", "..., wasn't it?", "..., haven't I? which one": the tag.
    (rf"\s*,\s*{_AUX_EN} {_SUBJECT_EN}\s*(?:[?.!]+|$)", "? "),
    (r"\?\s+$", "?"),
    (
        (
            r"\s*,?\s+(?:eh|right|am i right|or what|or is that just me"
            r"|or am i making that up|is that right|buddy)\s*(?=[?.!]|$)"
        ),
        "",
    ),
    (r"\?\s*(?:am i right|eh|right|buddy)\W*$", "?"),
    # "I don't really have a favourite podcast, or do I? which one ...".
    (r",?\s+or (?:do|did|have|am|is) (?:i|it|there)\s*(?:\?|$)", "?"),
    (
        r",?\s+or is it (?:about )?(?:even|the same|equal|the same old \w+|still \w+)\W*$",
        "?",
    ),
    # A claim said after the question: "...? I'm not that basic?".
    (r"\?\s+(?:i'm|i am|it's|that's)\b[^?]*\??$", "?"),
    # The frame that says a claim follows.
    (
        (
            r"^(?:is it true|am i right|is it right|would i be right|am i correct)"
            r"(?: in (?:thinking|saying))?(?: that)?\s+"
        ),
        "",
    ),
    (r"^(?:surely|no way|i bet|i'm guessing|i guess)(?: that)?\s+", ""),
)

# A figure guessed, read as the count it guesses.
_GUESSED_EN: Final[tuple[Rule, ...]] = (
    # "I played Bohemian Rhapsody more than twenty times last month".
    (
        (
            r"^(?:i|i've|i have|i'd|i had)(?: not| never|n't)? (?:only )?(?:ever )?"
            r"(?:played|listened to|heard|put on|had on|streamed|had) (?P<name>.+?) "
            rf"{_GUESS_EN}(?: times)?\b(?P<rest>[^?]*)"
        ),
        r"how many times did I play \g<name>\g<rest>",
    ),
    (
        (
            r"^(?P<name>.+?) (?:hasn't|has not|has|had|'s) (?:come up|been on|played|been played)"
            rf" {_GUESS_EN}(?: times)?\b(?P<rest>[^?]*)"
        ),
        r"how many times did I play \g<name>\g<rest>",
    ),
    # "I haven't played more than ten songs today", "Ada's played more
    # than fifty songs this week", "I've only ever played, what, maybe six
    # artists total".
    (
        (
            r"^(?P<who>i|we|(?-i:[A-Z][a-z]+))(?:'s|'ve| have| has| haven't| hasn't| didn't| did not)?"
            r" (?:only )?(?:ever )?(?:played|streamed|listened to|heard)(?:,? what,?)?\s+"
            rf"{_GUESS_EN} (?P<what>(?:different |distinct )?(?:songs|tracks|tunes|things|plays|artists|bands"
            r"|episodes|podcasts|albums))(?: total)?\b(?P<rest>[^?]*)"
        ),
        r"how many \g<what> did \g<who> play\g<rest>",
    ),
    # "we didn't listen for more than an hour yesterday", "I've had over a
    # hundred hours of music on this year".
    (
        (
            r"^(?P<who>i|we)(?:'ve| have| haven't| didn't| did not)? (?:had|listened|listen|been listening)"
            rf" (?:for )?(?:{_GUESS_EN}|(?:more|less) than an?) (?:hours?|minutes?)(?: of (?P<what>music|podcasts))?\b(?P<rest>[^?]*)"
        ),
        r"how long did \g<who> listen to \g<what>\g<rest>",
    ),
    (
        r"^(how long did \w+ listen) to (?=\W*$|(?:on|in|this|last|yesterday|today|since)\b)",
        r"\1 ",
    ),
)

# A claim, read as the question it checks.
_CLAIMED_EN: Final[tuple[Rule, ...]] = (
    # "I didn't play any Muse yesterday", "I haven't played dance by
    # justice this month": whether.
    (
        (
            r"^(?P<who>i|we)(?:'ve| have)? (?:haven't|have not|didn't|did not|never) (?:been )?"
            r"(?:play|played|listen to|listened to|hear|heard|put on|had on|have|had|playing|listening to)"
            r" (?:any )?(?P<rest>[^?]+)"
        ),
        r"did \g<who> play \g<rest>",
    ),
    (
        r"^(haven't|hasn't|didn't|wasn't|weren't|isn't) ",
        lambda found: found.group(1).removesuffix("n't") + " ",
    ),
    # "I don't skip Queen more than anybody else, do I?": who is skipped most.
    (
        r"^(?:i|we) (?:don't |do not |didn't )?skip .+? more than (?:anybody|anyone|any other (?:artist|band)) else\b.*$",
        "which artist do I skip the most?",
    ),
    # "we played Air more than anybody else in October": who was played most.
    (
        (
            r"^(?P<who>i|we) (?:played|listened to|had on) .+? (?:more than (?:anybody|anyone|any other \w+)"
            r"(?: else)?|the most|most) (?P<rest>[^?]*)\??$"
        ),
        r"who did \g<who> play the most \g<rest>?",
    ),
    # "was i bumping any daft punk in august": whether.
    (
        (
            r"^was (?P<who>i|we) (?:bumping|playing|listening to|blasting|spinning|jamming to|jamming"
            r"|having on|streaming|rinsing|caning) (?:any |some )?(?P<rest>[^?]+)"
        ),
        r"did \g<who> play \g<rest>",
    ),
    # "was that Daft Punk on Saturday": whether.
    (
        r"^(?:was|wasn't) (?:that|it) (?P<name>.+?) (?P<when>(?:on|last|this) \w+|yesterday(?: \w+)?|today|last night)(?:,? or not)?\W*$",
        r"did I play \g<name> \g<when>?",
    ),
    (
        (
            rf"^(?:i|i've|there's|there is|is there|you know)(?: \w+)*? (?:one|a) {_KIND_EN}"
            r"[^?]*?\b(?:heavy rotation|on repeat|on loop|can't stop|keep coming back to|keep going back to)\b"
            r"[^?]*\?\s*(?:which one|what is it|which)\b[^?]*$"
        ),
        r"which \g<kind> have I had on repeat?",
    ),
    # "I don't really have a favourite podcast? which one have I played
    # most ever": the one is of the kind the claim named.
    (
        rf"^[^?]*\b{_KIND_EN}s?\b[^?]*\?\s*which one\b(?= (?:have|did|do|had) (?:i|we)\b)",
        r"which \g<kind>",
    ),
    # A claim, then the question that asks of it: "there's one band I always
    # end up skipping? who is it", "I played one album way more than the
    # rest last month? which one was it": the kind the claim names.
    (
        (
            rf"^(?:i|i've|there's|there is|is there|you know)(?: \w+)*? (?:one|a) {_KIND_EN}"
            rf"[^?]*?\bskip\w*[^?]*\?\s*{_WHICH_ONE_EN}\W*$"
        ),
        r"which \g<kind> do I skip the most",
    ),
    (
        (
            rf"^(?:i|i've|there's|there is|is there|you know)(?: \w+)*? (?:one|a) {_KIND_EN}"
            rf"(?P<mid>[^?]*)\?\s*{_WHICH_ONE_EN}\W*$"
        ),
        lambda found: (
            f"which {found['kind']} did I play the most {_period_of(found['mid'])}"
        ),
    ),
    # "my most played song last week wasn't One More Time? what was it
    # then", "the last song I played was Sexy Boy?": what the claim names.
    (
        (
            r"^(?P<np>(?:the |my )?(?:very )?(?:first|last|most played|top|final|favourite|favorite)"
            r" (?:song|track|tune|thing|record|album|artist|band|podcast|episode)\b[^?,]*?)"
            r",? (?:that |it )?(?:wasn't|was not|was|isn't|is|'s)(?: really| by| a| an)? [^?]+\?"
            r"(?:\s*(?:what|which one|who) (?:was|is) (?:it|that)(?: then| exactly)?\W*)?$"
        ),
        r"what was \g<np>?",
    ),
    (
        (
            r"^[^?]+? (?:wasn't|was not|was|isn't|is)(?: really)? (?P<np>my (?:most played|top|favourite|favorite)"
            r"[^?]*)\?\s*(?:which one|what|which)(?: one)? (?:was|is)(?: it)?\W*$"
        ),
        r"what was \g<np>?",
    ),
    (
        r"^(?P<np>my (?:skip rate|repeat rate|streak)\b[^?]*?) (?:wasn't|was not|was|isn't|is)\b[^?]*\?$",
        r"what was \g<np>?",
    ),
    (
        r"^(?P<when>(?:at|around) [^,?]+?),? (?:that was|was that|it was) [^?]+?(?P<place> in the \w+)?\?$",
        r"what was playing \g<when>\g<place>?",
    ),
    # "I first got into Justice back in 2025? when was that exactly", "the
    # last time I put Air on was ages ago? when was it".
    (
        (
            r"^i first (?:got into|heard|played|discovered|found) (?P<name>.+?)"
            r"(?: (?:back )?(?:in|around|last) [^?]+)?\?\s*when (?:was|did) (?:that|it)\b\W*(?:exactly)?\W*$"
        ),
        r"when did I first play \g<name>?",
    ),
    (
        (
            r"^the last time i (?:put|had|played|heard) (?P<name>.+?)(?: on)? was [^?]+\?"
            r"\s*when was (?:that|it)\b\W*(?:exactly)?\W*$"
        ),
        r"when did I last play \g<name>?",
    ),
    (
        r"^[^?]*\b(?:every (?:single )?day|in a row|streak)\b[^?]*\?\s*how many days\b.*$",
        "how many days in a row have I listened?",
    ),
    (
        (
            r"^(?:was i listening to|did i (?:listen to|play|hear|have on)|have i (?:listened to|played|heard))"
            r" (?:anything|something|any music)\b(?P<rest>[^?]*)\?\s*(?:what was it|what was on|what was that|what)\W*$"
        ),
        r"what did I listen to\g<rest>?",
    ),
    (
        (
            r"^(?P<when>[^,?]+),\s*(?P<a>mornings|evenings|afternoons|nights|weekends|weekdays)"
            r" (?:beat|win over|outdo) (?P<b>mornings|evenings|afternoons|nights|weekends|weekdays)\b[^?]*\??$"
        ),
        r"do I listen more in the \g<a> or the \g<b> \g<when>?",
    ),
    (
        (
            r"^i (?:haven't |have not |don't |didn't )?(?:been )?(?:skipping|skip)"
            r" (?:a lot|that many|many|much|loads|stuff|things|songs|tracks|tunes|that much)\b"
            r"(?P<rest>[^?]*?)(?:,? or not)?\W*$"
        ),
        r"how often did I skip songs\g<rest>?",
    ),
    # A claim of one's own, then a question of its own: the question, with
    # the claim's period when the question says none ("I started off last
    # Friday with Justice? what was the first song").
    (
        (
            r"^(?P<claim>(?:i|i'm|i've|i'd|my|there's|it's|we|we've)\b[^?]*)\?\s+"
            r"(?P<asked>(?:like )?(?:what|what's|how|how's|when|who|which)\b(?:\W+\w+){2,}"
            r"(?<!\bit)(?<!\bthat)(?<!\bone)(?<!\bthen)(?<!\bexactly)\W*)$"
        ),
        lambda found: _with_period_of(found["asked"], found["claim"]),
    ),
    (
        (
            r"^(?:i|i'm|i've|i'd|my|there's|it's|we|we've)\b[^?]*\?\s+"
            r"(?=(?:like )?(?:what|what's|how|how's|when|who|which)\b(?:\W+\w+){2,}"
            r"(?<!\bit)(?<!\bthat)(?<!\bone)(?<!\bthen)(?<!\bexactly)\W*$)"
        ),
        "",
    ),
    # "I listen more on the weekends than during the week?": asked.
    (
        r"^i (?P<verb>(?:mostly |usually |barely )?(?:listen|skip|play))\b(?P<rest>[^?]*)\?$",
        r"do I \g<verb>\g<rest>?",
    ),
    (r"^i'm (?P<rest>(?:more|less|really)\b[^?]*)\??$", r"am I \g<rest>?"),
    (r"^i (?:barely|hardly) listen\b", "do I listen less"),
    (
        r"^(?P<who>i|we) (?P<aux>haven't|hasn't|didn't|don't|have not|did not)(?P<rest> [^?]+)\?$",
        lambda found: (
            f"{found['aux'].split()[0].removesuffix("n't")} {found['who']}{found['rest']}?"
        ),
    ),
    (
        r"^(?P<who>i|we) (?P<verb>listened to|played|heard|had on)\b(?P<rest>[^?]*)\??$",
        lambda found: (
            f"did {found['who']} {'listen to' if found['verb'] == 'listened to' else 'play'}"
            f"{found['rest']}?"
        ),
    ),
    # "what was on at quarter to eight last night, was that Air", "what's
    # my go-to podcast these days, still the same one": a guess after the
    # question's own clause.
    (
        (
            r"^(?P<asked>(?:(?:in|on) the \w+, )?(?:what|which|who|when|how|give|tell|fill|did|do|have|was|my)\b[^?]*?),\s+"
            r"(?:it's|it is|it was|that was|was that|was it|is it|mostly|still|surely|not(?! counting| including)|probably"
            r"|it wasn't|\w+'s gotta|i bet|i'm guessing|am i really|(?:was|is) \S+(?: \S+)? one of them)\b[^?,]*\??"
            # The guess asked again: "..., was it that Air album? was it?"
            r"(?:\s*(?:was it|is it|was that|wasn't it|innit|right|eh)\??)?$"
        ),
        r"\g<asked>?",
    ),
)


_A_PERIOD: Final = (
    r"\b(?:(?:since|last|this|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|week|weekend|month|year|morning|afternoon|evening|night|summer)"
    r"|in (?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|today|yesterday|tonight|lately|these days)\b"
)


def _with_period_of(asked: str, claim: str) -> str:
    """Return the question, with the claim's period when it says none of its own."""
    asked = asked.strip().rstrip("?")
    pattern = compiled(_A_PERIOD, re.IGNORECASE)
    if pattern.search(asked) or (found := pattern.search(claim)) is None:
        return f"{asked}?"
    return f"{asked} {found.group(0)}?"


def _period_of(words: str) -> str:
    """Return the period said at the end of a claim's words, or nothing."""
    found = compiled(
        r"\b(?:(?:since|in|last|this|over the) \w+(?: \w+)?|today|yesterday|lately|these days|ever)$",
        re.IGNORECASE,
    ).search(words.strip())
    return "" if found is None else found.group(0)


_GUESS_DE: Final = (
    r"(?:(?:nicht |ned |net )?(?:mehr|öfter|länger|weniger) als|über|unter|nur|höchstens|mindestens)"
    r" (?:\d+|ein|eine|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf"
    r"|fünfzehn|zwanzig|dreißig|fünfzig|hundert|tausend)(?: ?mal)?"
)
_CHECKED_DE: Final[tuple[Rule, ...]] = (
    # "Stimmt es dass i Digital Love scho ewig nimma ghört hob? Wann wor des
    # zletzt?": the claim names it, the question asks its last play (issue
    # 45's thirty-eighth turn, the Mühlviertel).
    (
        (
            r"^stimmt(?: es|'s|s)?,? dass (?:ich|i) (?P<name>.+?) (?:scho|schon) (?:ewig|lang|lange"
            r"|ewigkeiten) (?:nicht mehr|nimmer|nimma|ned mehr|nimmer mehr) (?:gehört|ghört|gespielt"
            r"|gspielt) (?:habe|hab|hob)\?\s*wann (?:war|wor|woa) (?:das|des|es) (?:zuletzt|zletzt"
            r"|zum letzten mal)\W*$"
        ),
        r"wann hab ich \g<name> zuletzt gehört?",
    ),
    (r"^(?:geh\s*,?|na\s*,|also\s*,)\s*", ""),
    # "..., oda?", "..., gö?", "..., oder ned", "..., stimmt's?", "Sicher ned, oda?"
    (
        (
            r"\s*[,.?!]?\s+(?:(?:sicher|eh|doch) )?(?:oder|oda|odr) (?:ned|net|nicht|nich|gar ned"
            r"|gar nicht|eh ned|wie)\s*(?=[?.!]|$)"
        ),
        "",
    ),
    (
        (
            r"\s*[,.?!]\s*(?:(?:sicher|eh) (?:ned|net|nicht),? )?(?:oda|oder|gö|gell|gelle|ne|nich"
            r"|stimmt'?s|oder etwa|net wahr)\s*(?=[?.!]|$)"
        ),
        "",
    ),
    (r"\?\s*(?:sicher|eh) (?:ned|net|nicht)\W*$", "?"),
    # "Heut um fünf am Nachmittag, war das Queen?": what played then.
    (
        r"^(?P<when>[^,?]*\b(?:um|uhr|halb)\b[^,?]*),\s+(?:war|ist) (?:das|des|da) [^?]+\?$",
        r"was lief \g<when>?",
    ),
    (r",\s+eh [^?,]*\?\s+(?=und\b)", "? "),
    (r"(?<=\?)\s+(?:ned|nicht|net|sicher ned|eh)\b[^?]*\??$", ""),
    (r",\s+(?:ned|nicht|net|nich) (?:so )?(?:viele?|lang\w*|oft)\W*$", "?"),
    # "..., oder eh immer das Gleiche?", "...? Bin ich wirklich so ein
    # French-House-Mensch?": an alternative or a claim said after it.
    (
        r"\s+oder (?:eh |doch |nur )?(?:immer |wieder )*(?:das gleiche|dasselbe|die gleichen)\W*$",
        "?",
    ),
    (r"\?\s+bin ich (?:wirklich|echt|eh|denn) [^?]*\??$", "?"),
    # "Hab ich diese Woche gar keine Podcasts gehört?": how many.
    (
        (
            r"^(?:hab|habe|hast) (ich|wir) (?P<rest>.*?)(?:gar |überhaupt )?(?:keine|irgendwelche|ein paar)"
            r" (?P<what>podcasts|folgen|musik|lieder|songs) (?:gehört|gespielt)\b"
        ),
        r"wie viele \g<what> hab \1 \g<rest>gehört",
    ),
    # "Stimmt's, dass ich ...", "Ist es wahr, dass ...": the frame.
    (
        r"^(?:stimmt'?s|stimmt es|ist es wahr|hab ich recht),?\s+(?:dass|das)\s+",
        "dass ",
    ),
    # "dass ich seit Montag nur vier verschiedene Lieder gehört hab": asked.
    (
        (
            r"^dass (?P<who>ich|wir) (?P<rest>.*?) (?:nur |ned |nicht )?(?:mehr als |weniger als |über )?"
            r"(?:\d+|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|fünfzig|hundert) "
            r"(?P<what>verschiedene lieder|verschiedene künstler|lieder|songs|folgen|künstler)"
            r"(?P<tail>.*?) (?:gespielt|gehört) (?:hab|habe|haben)\s*\?*$"
        ),
        r"wie viele \g<what> hab \g<who> \g<rest>\g<tail> gehört?",
    ),
    (
        r"^dass (?P<who>ich|wir) (?P<rest>(?:(?!am (?:aller)?meisten).)+?) (?P<verb>gehört|gespielt) (?:hab|habe|haben)\b",
        r"hab \g<who> \g<rest> \g<verb>",
    ),
    # A name's count guessed: "Bohemian Rhapsody hab ich im Oktober sicher
    # ned öfter als zwanzig Mal gespielt", "hab ich seit März öfter als
    # fünfmal Falco gehört".
    (
        (
            r"^(?P<name>.+?) (?:hab|habe) (?:ich|i) (?P<rest>.*?)(?:sicher |eh |doch )?"
            rf"{_GUESS_DE} (?:mal )?(?:gespielt|gehört)\b"
        ),
        r"wie oft hab ich \g<name> \g<rest>gehört",
    ),
    (
        (
            r"^hab (?:ich|i) (?P<rest>.*?)(?:sicher |eh )?"
            rf"{_GUESS_DE} (?:mal )?(?P<name>.+?) (?:gehört|gespielt)\s*$"
        ),
        r"wie oft hab ich \g<name> \g<rest>gehört",
    ),
    # "..., un von wem is dat?", "..., und um wie viel Uhr war dat?": what
    # the answer of the song already says.
    (
        r"[,.?]?\s*(?:un|und) (?:von wem|um wie viel uhr|wann) (?:is|ist|war) (?:dat|das|des|es)\W*$",
        "?",
    ),
    # A figure or a name guessed after the question: "..., ned länger als
    # eine Stunde?", "...? Sicher ned mehr als fünf?", "..., eh nur Justice?",
    # "...? Das war eh Digital Love?".
    (
        r"(?:,|\?)\s+(?:(?:sicher|eh|bestimmt) )?(?:(?:ned|net|nicht) )?(?:mehr|öfter|länger|weniger) als\b[^?]*\??$",
        "?",
    ),
    (
        (
            r"^(?P<asked>(?:was|wer|wann|wie|welche\w*|in der|auf welchen|um wie|gib|erzähl|gestern|heut\w*)\b[^?]*?)"
            r"(?:,|\?)\s+(?:(?:das|des|es|der|die) (?:war|ist|sind|waren) )?(?:eh|sicher|bestimmt|wohl|doch"
            r"|ist eh|war eh|war das)\b[^?]*\??$"
        ),
        r"\g<asked>?",
    ),
    # "Das letzte Lied, das ich gespielt hab, war Sexy Boy?": what it was.
    (
        (
            r"^(?P<np>(?:das|der|mein) (?:erste|letzte|meistgespielte) (?:lied|stück|song|titel|künstler|podcast)"
            r"\b[^?]*?),? (?:war|ist) [^?,]+\?$"
        ),
        r"was war \g<np>?",
    ),
    # "war das am Samstag Daft Punk": whether.
    (
        r"^war (?:das|des) (?P<when>(?:am \w+|gestern(?: \w+)?|heute?(?: \w+)?|letzte\w* \w+)) (?P<name>[^?]+?)\??$",
        r"hab ich \g<when> \g<name> gehört?",
    ),
    # "air lief in letzter zeit gar nich oder": whether.
    (
        (
            r"^(?!(?:was|wer|wann|wie|welche\w*|wat|watt|wos)\b)(?P<name>.+?) lief (?P<when>.+?)"
            r" (?:gar |eh )?(?:nich|nicht|ned|net)(?: oder| oda| gö)?\W*$"
        ),
        r"hab ich \g<name> \g<when> gehört?",
    ),
    # "Ich hab gestern eh keine Muse gehört": whether.
    (
        (
            r"^(?:ich|i) (?:hab|habe) (?P<rest>.*?)(?:eh |doch |sicher )?(?:keine?n?|ned|net|nicht)"
            r" (?P<name>.+?) (?:gehört|gespielt)\s*\??$"
        ),
        r"hab ich \g<rest>\g<name> gehört?",
    ),
    # "..., eine Platte viel öfter gespielt als alle anderen? Welche?"
    (
        (
            r"^(?:hab (?:ich|i)|dass (?:ich|i)) (?P<rest>.*?)\b(?:eine?n?) (?P<kind>platte|lied|band|künstler|podcast|album)\b"
            r"[^?]*\?\s*(?:welche\w*|wer|welche\w* (?:war|ist) (?:das|des|es))\W*$"
        ),
        r"welche \g<kind> hab ich \g<rest>am meisten gehört",
    ),
    # A claim of one's own, then its question: "Ich überspring eh ned so
    # viel? Wie oft skip ich eigentlich".
    (
        r"^(?:ich|i|mein|meine|wir)\b[^?]*\?\s+(?=(?:wie|was|wann|wer|welche\w*|um wie)\b(?:\W+\w+){2,})",
        "",
    ),
    (
        r"^dass (?P<who>ich|wir) (?P<rest>.+?) (?P<verb>hör|spiel|überspring)\w*\b",
        r"\g<verb> \g<who> \g<rest>",
    ),
    # One sentence only: "Ich höre ja morgens gern so eine Sendung, …. Welcher
    # Podcast lief …?" is a story and its question (issue 45's fifty-sixth
    # turn, blind writer 349), no claim asked.
    (
        r"^(?:ich|i) (?P<verb>hör|spiel|überspring)\w* (?:eh |doch )?(?P<rest>[^?.!]*)\?$",
        r"\g<verb> ich \g<rest>?",
    ),
    # An anxious double-check around the question (issue 45's thirty-eighth
    # turn, the Mühlviertel): "Stimmt es dass ...? Wer is des wirklich",
    # "..., stimmt es dass des nur a poa san", "...? Wirklich so vü?", "...?
    # Wor des wirklich Queen?", "..., stimmt des was i moan?".
    (
        (
            r"^stimmt(?: es|'s|s)?,? dass [^?]*\?\s+(?=(?:wie|wia|was|wos|wann|wer|welche\w*|wöch\w*"
            r"|wiavü)\b)"
        ),
        "",
    ),
    (r",?\s*stimmt(?: es|'s|s)?,? dass [^?]*\??$", ""),
    (r",?\s*stimmt (?:des|das) was i (?:moan|mein)\??$", ""),
    (r"(?<=\?)\s*(?:wirklich|echt|ehrlich)\b[^?]*\?$", ""),
    (
        r"(?<=\?)\s*(?:wor|war|san|sind|is|ist|hob|hab) (?:des|das|es|i|ich) (?:wirklich|richtig)\b[^?]*\?$",
        "",
    ),
    # "..., welches Lied? Immer das gleiche, oder?", "... am öftesten? Ist
    # das immer das gleiche?": the asker's guess at the answer, no question.
    (
        (
            r"(?<=\?)\s*(?:(?:ist|is) (?:das|des|es) )?(?:immer|oiwei|allweil|eh immer)"
            r" (?:das|des|dasselbe|desselbe)(?: gleiche| selbe| gleich)?\W*(?:(?:oder|gö|gell|ne|oda)\W*)?$"
        ),
        "",
    ),
    (r"\s{2,}", " "),
)

_TABLES: Final = {
    "en": (*_AROUND_EN, *_GUESSED_EN, *_CLAIMED_EN, (r"\s{2,}", " ")),
    "de": _CHECKED_DE,
}


# What a question opens with once its claim is read: anything else means the
# rules found no claim they know, and the words stay as said for the readers
# after this one ("cafe tacuba in october, did I" is a learner's, "yesterday
# I listen justice or not" a Singaporean's, and their readers know them).
_ASKED: Final = {
    "en": re.compile(
        r"^(?:what|what's|which|who|who's|when|how|how's|did|do|does|have|has|was|were|is|am"
        r"|are|give|tell|fill|remind|run|like how)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"^(?:was|wat|watt|wos|wer|wen|wem|wann|wie|welche\w*|womit|mit was|hab|habe|hast|hat|haben"
        r"|war|ist|lief|hör|spiel|überspring|gib|erzähl|um wie|in der|in da|auf welchen|wos"
        r"|wia|wiavü|wöch\w*|wecha|wechan|wievill|wöi|wöivül)\b",
        re.IGNORECASE,
    ),
}


def said_as_asked(text: str, language: str) -> str:
    """Return a claim said to be checked as the question it checks.

    Only a reading that ends as a question is kept; see `_ASKED`.
    """
    asked = rewrite_in(_TABLES, text, language).strip()
    found = _ASKED.get(language)
    if not asked or asked == text or found is None or not found.match(asked):
        return text
    return asked
