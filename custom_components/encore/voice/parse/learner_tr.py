"""English and German as a Turkish speaker says them (issue 45's nineteenth turn).

Turkish has no articles, puts the verb last and the time first, and asks
yes or no with a particle at the end ("mi"). A Turkish writer living in
Berlin (English A2-B1, German B1-B2) carried that into both languages: no
article ("song of year 2025", "in kitchen", "letzte mal", "for first
time"), the time said first and the question after it ("this morning how
long i have music on", "heute früh um halb neun was war an"), the present
for the past ("wann ich höre Bohemian Rhapsody letzte mal"), the subject
before the verb in a question ("mit welche Lied ich bin heute
aufgewacht"), a yes-or-no question said as a statement with "or not" /
a question mark ("on saturday i play Queen or not", "ich höre Air letztes
Wochenende?"), a count's noun left singular ("how many stream"), "wie viel
mal" for "wie oft", and "für mich" for "my".

The rules run on the words as said (`undo_learner_tr`, before the question
is clipped at a comma). Each holds to function words and word shapes; a
name is moved whole and never changed. Where a rule might change what is
asked, it does not fire: a wrong fact is worse than no answer.
"""

import re

from .rules import Rule, rewrite

# The end of a question as said: its mark, if any.
_END = r"\s*[?.!]*\s*$"
# A time said first, the way a learner says it: a day, a part of it, a
# clock time. Only these open a moved clause, so no name is taken for one.
_TIME_FIRST_EN = (
    r"(?:(?:this|yesterday|last) (?:morning|afternoon|evening|night)|today|yesterday"
    r"|tonight|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|last (?:week|weekend|month|year))"
)
_TIME_FIRST_DE = (
    r"(?:(?:heute?|gestern|vorgestern)(?: (?:in der |am )?(?:früh|morgen|vormittag"
    r"|nachmittag|abend|nacht))?|am (?:montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag))(?: um (?:halb |viertel (?:vor|nach) )?\w+(?: uhr)?)?"
)
_KINDS_DE = r"(?:lied|song|titel|album|künstler|band|podcast|sänger|sängerin)"

LEARNER_TR_EN: tuple[Rule, ...] = (
    # -- articles Turkish has not -------------------------------------------------------
    # "Song of year 2025": of 2025. With the article put back it would read
    # "the year" as this year (a wrong fact), so the year alone is said.
    (
        r"\b(my|the) (song|track|artist|album|band|podcast) of (?:the )?year (\d{4})\b",
        r"\1 top \2 of \3",
    ),
    (r"\bof (?:the )?year (\d{4})\b", r"of \1"),
    # "For first time", "in kitchen": the article put back.
    (r"\bfor (first|last) time\b", r"for the \1 time"),
    (r"\bin (kitchen|living room|bedroom|bathroom|office|garage)\b", r"in the \1"),
    # "What kind music": what kind of music.
    (r"\bwhat kind (music|songs|artists|bands)\b", r"what kind of \1"),
    # -- the present for the past, the subject before the verb -----------------------------
    # "What kind of music i like": do I like.
    (r"\b(what kind of \w+) i (like|love|prefer)" + _END, r"\1 do i \2"),
    # "How many stream i have in august": the count's noun in the plural,
    # the question's auxiliary put in.
    (
        (
            r"\bhow many (stream|song|track|play|artist|band|podcast|episode|album)"
            r" i (have|had|play|played|hear|heard|listen to|listened to)\b"
        ),
        r"how many \1s did i \2",
    ),
    # "Artists i hear for the first time": heard.
    (r"^(new )?(artists|bands|singers) i hear\b", r"which \1\2 did i hear"),
    # -- the time said first --------------------------------------------------------------
    # "This morning how long i have music on": how long did I have music on
    # this morning.
    (
        rf"^({_TIME_FIRST_EN}),? how long i (?:have|had)\b(.*?){_END}",
        r"how long did i have\2 \1",
    ),
    # "Today how long I listen": all of today's listening, never its music
    # alone (writer 73, a wrong fact).
    (
        rf"^({_TIME_FIRST_EN}),? how long i (?:listen|listened)\b(.*?){_END}",
        r"how long did i listen\2 \1",
    ),
    # "On saturday i play Queen or not": did I play Queen on Saturday.
    (
        (
            rf"^({_TIME_FIRST_EN}),? i (play|played|listen to|listened to|hear|heard)"
            rf" (.+?),? or not{_END}"
        ),
        r"did i \2 \3 \1",
    ),
    # "Which song is on this morning half past eight": was on, at the clock.
    (
        rf"^(which|what) (song|track|music) is on ({_TIME_FIRST_EN}) (?:at )?"
        r"((?:half past|quarter past|quarter to) \w+|\w+ o'? ?clock)" + _END,
        r"\1 \2 was on \3 at \4",
    ),
)

LEARNER_TR_DE: tuple[Rule, ...] = (
    # -- articles Turkish has not -------------------------------------------------------
    # "Wann ich höre Bohemian Rhapsody letzte mal": when did I last hear it.
    (
        r"^wann (?:ich )?(?:höre|hör|hab|habe) (?:ich )?(?P<name>.+?)(?<! zum)"
        r" (?:das )?(?P<which>letzte|erste)s? mal(?: gehört)?" + _END,
        r"wann habe ich \g<name> das \g<which> mal gehört",
    ),
    (
        r"^wann (?:ich )?(?:höre|hör) (?:ich )?(?P<name>.+?) zuletzt(?: mal)?" + _END,
        r"wann habe ich \g<name> zuletzt gehört",
    ),
    # "Wann erste mal lief Sexy Boy": when did it first play.
    (
        r"^wann (?:das )?(?P<which>letzte|erste)[ns]? mal (?:lief|gelaufen)"
        r" (?P<name>.+?)" + _END,
        r"wann lief \g<name> das \g<which> mal",
    ),
    # "Wann war letzte mal Justice bei mir": "bei mir" is my history.
    (
        r"^wann war (?:das )?(?P<which>letzte|erste)[ns]? mal (?P<name>.+?)"
        r"(?: bei mir)?" + _END,
        r"wann war das \g<which> mal \g<name>",
    ),
    # "Von Jahr 2025": of the year 2025.
    (r"\bvon jahr (\d{4})\b", r"des jahres \1"),
    # "Wer war Künstler des Jahres 2025 für mich": my artist.
    (
        rf"^(wer|was|welche[rs]?) (war|ist) ({_KINDS_DE})\b(.*?),? für mich{_END}",
        r"\1 \2 mein \3\4",
    ),
    # "Mit welche Lied ich bin heute aufgewacht": welchem, the verb first.
    (rf"\bmit welche ({_KINDS_DE})\b", r"mit welchem \1"),
    (
        r"\bich bin (heute|gestern|vorgestern) (aufgewacht|aufgestanden)\b",
        r"bin ich \1 \2",
    ),
    # -- counting -----------------------------------------------------------------------
    # "Around the World wie viel mal lief diesen Monat": how often it played.
    (
        r"^(?P<name>(?:(?!(?:wann|wie|was|wer|welche[nmrs]?|ich|wir|mein|meine)\b)"
        r"[\w'.&-]+ ){1,6}?)wie (?:viel|viele) ?mal (?:lief|gelaufen)\b ?(?P<rest>.*?)"
        + _END,
        r"wie oft lief \g<name>\g<rest>",
    ),
    # -- the time said first, yes or no said as a statement ------------------------------
    # "Heute früh um halb neun was war an": what played then.
    (
        rf"^({_TIME_FIRST_DE}),? was (?:war (?:denn )?(?:da )?(?:an|los)?|lief(?: denn)?(?: da)?)"
        + _END,
        r"was lief \1",
    ),
    # "Wie viel Stunden ich gehört letzte Woche?": the auxiliary left out,
    # the time said last (issue 45's sixty-first turn, blind writer 395).
    (
        r"^wie ?viele? (stunden|minuten) (ich|wir) (?:gehört|gespielt|musik gehört)"
        r"(?P<when> [^?.!]+?)?" + _END,
        r"wie viele \1 habe \2\g<when> gehört",
    ),
    # "Ich höre Air letztes Wochenende?": did I hear Air then. Only with a
    # question mark and a period after the name.
    (
        (
            r"^ich (?:höre|hör|hörte) (?P<name>.+?) (?P<when>(?:letzte[ns]?|diese[ns]?|vorige[ns]?)"
            r" (?:woche|wochenende|monat|jahr)|gestern|vorgestern|heute)\s*\?\s*$"
        ),
        r"habe ich \g<name> \g<when> gehört?",
    ),
)

# The summer of last year said without its article: "Sommer letztes Jahr"
# would read as last year entire (a wrong fact), so it is said as that
# year's season, which `seasons` reads with its year (issue 45's
# twenty-eighth turn: before, the latest summer that has ended).
_SEASON_LAST_YEAR_DE: tuple[Rule, ...] = (
    (
        (
            r"\b(?:der |den |im |in dem )?(sommer|winter|herbst|frühling|frühjahr)"
            r" (?:letztes jahr|letzten jahres|vom letzten jahr|vom vorjahr)\b"
        ),
        r"im \1 letztes jahr",
    ),
)


def undo_learner_tr(text: str, language: str) -> str:
    """Return `text` with a Turkish speaker's English or German said the plain way."""
    if language == "de":
        return rewrite((*_SEASON_LAST_YEAR_DE, *LEARNER_TR_DE), text, re.IGNORECASE)
    return rewrite(LEARNER_TR_EN, text, re.IGNORECASE)
