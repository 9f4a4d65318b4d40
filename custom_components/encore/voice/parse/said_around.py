"""What is said around a question without being part of it.

A greeting, a filler or a polite frame before the question ("hey,", "um,",
"can you tell me", "Sag mal,", "Also,") and thanks after it ("…? thanks",
", bitte"). `speech.prepare` drops the same openers word by word, but only
after the readers of whole ways of speaking (`plainly.WAYS`) have run, and
many of those readers find the question by its first or last words: "Justice
gestern gehört?" is a name said first, "Hey, Justice gestern gehört?" was
read as a name "Hey, Justice gestern"; "Also, Eres, zuletzt gehört wann"
as a first play of "t". So these words go first, before any reader.

Measured by saying the outside writers' questions again with such words
around them (the pinned readings of `tests/voice/written_from`): before,
about one in twelve "can you tell me …" and one in twenty "Hey, …" readings
moved; a question's reading should not depend on a greeting.

Only words that never carry the question are dropped: "run me through" and
"fill me in on" ask for a recap, "what about" points back, so they stay.
A single word that is also a question's own word ("so", "well", "now",
"also", "na") goes only when a comma sets it apart: "Also, wat ham wir …"
but not "also wie oft". "Na ja," and "ja," stay: a remark follows them
("na ja, den Podcast hör ich ja ur oft, wie oft …"), and the readers of
context know them as its start. A polite tail ("if that's possible",
"wenn's geht") goes only after a comma or the question's mark.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# Said before the question, dropped whatever follows: greetings, fillers,
# wake words and polite frames that ask nothing themselves.
# The family a question is asked for (issue 45's thirty-second turn, a
# South African asking for her gran, a carer in Nairobi): "..., asking for
# my gran", "my dad wants to know ...", "shame, my gran loves Air, ...".
_FAMILY_EN: Final = (
    r"(?:my|our) (?:little |big |older |younger |baby )?(?:gran|granny|grandma|gramma|nan|nana|gogo"
    r"|grandpa|grandad|granddad|dad|daddy|pa|mum|mom|mummy|mommy|ma|mother|father|brother"
    r"|sister|husband|wife|son|daughter|kids?|boy|girl|uncle|aunt|auntie)"
)
_ALWAYS: Final = {
    "en": (
        # The wake word before the greeting it begins with ("hey google").
        r"ok(?:ay)? (?:google|nabu)|hey (?:google|siri|nabu|assist)|alexa|computer|jarvis|assist",
        r"(?:hey|hi|hello) there|hey|hiya|hi|hello|yo|um+|uh+|erm+|er|hmm+|ah+|oh+",
        rf"(?:ag|eish|shame|ja|sawa|pole)?,? ?{_FAMILY_EN}(?:'s| is| was)? (?:wants|would like|asked|asks|is asking|was asking|wanted)(?: me)? to (?:know|find out)",
        r"pole for (?:disturbing|the bother|bothering you)|sorry for (?:disturbing|the bother|bothering you)",
        r"quick question|real quick|just curious|out of curiosity",
        # "Gimme the lowdown on what I played" (a record-store clerk).
        r"(?:gimme|give me|get me) the (?:lowdown|skinny|scoop) on",
        r"(?:can|could|would) you (?:please )?(?:just )?(?:tell|remind) me",
        r"(?:can|could) you (?:please )?(?:check|look up|find out)",
        r"do you (?:happen to )?know|would you happen to know|any idea",
        r"i was wondering|i wonder|i(?:'d| would) like to know|i want to know",
        # A formal speaker's frames (issue 45's twenty-third turn, a retired
        # civil servant): they ask for the question and say nothing of it.
        r"(?:could|would|can|will) you (?:please )?(?:kindly )?(?:inform|advise) me(?: of)?",
        r"(?:would|will) you be so (?:kind|good) as to (?:tell|inform) me(?: of)?",
        r"(?:would you )?(?:be so (?:kind|good) as to|kindly) (?=fill me in\b|tell me\b|name me\b|give me\b)",
        r"would it be possible (?:for you )?to (?:ascertain|establish|find out|determine|learn)",
        r"(?:might|may|could) it be ascertained|might i (?:enquire|inquire|ask)(?: as to)?",
        r"may i (?:enquire|inquire)(?: as to)?",
        r"i should (?:very much )?like to (?:know|learn|be told|ascertain|enquire|inquire)(?: as to)?",
        (
            r"i(?:'d| would| should) be (?:most |very |right |ever so |much )?(?:grateful|obliged)"
            r"(?: if you(?:'d| would| could) (?:tell|name|give|let) me(?: know)?| to (?:learn|know|be told|hear))?"
        ),
        r"i (?:was|were) (?:just )?wondering",
        # A barrister's frames (issue 45's thirtieth turn): "At your earliest
        # convenience, ...", "Might you tell me ...", "Kindly tally for me ...".
        r"at your (?:earliest )?convenience|when you have a moment",
        r"(?:might|may|could|would) you (?:please )?(?:kindly )?tell me",
        r"i am given to understand (?:that )?you keep (?:a )?records?\W+",
    ),
    "de": (
        r"ok(?:ay)? (?:google|nabu)|hey (?:google|siri|nabu)|alexa|computer",
        r"hey|hallo|hi|moin|servus|grüß dich|ähm*|äh+|öhm*|hm+|ach|oh",
        r"kurze frage|schnelle frage|kurz gefragt",
        # A learner's "bitte sagen wie viel Lieder ..." (issue 45's thirty-first turn).
        r"bitte sag(?:en)?(?: mir)?",
        r"(?:kannst|könntest) du mir (?:bitte |mal |bitte mal )?sagen",
        r"(?:kannst|könntest) du (?:mal )?nach(?:schauen|sehen|gucken)",
        (
            r"weißt du|weisst du|sag mal|sag mir mal|sach mal|sag mir|sag emol|sag amal|ei jo|sackl zement"
            r"|säg mau|säg mer|verzeu mau"
        ),
        # A formal speaker's frames (issue 45's twenty-third turn, a Viennese
        # Hofrat). Not before "ob": the readers know "…, ob ich … gehört habe".
        r"grüß gott|grüezi|guten (?:tag|morgen|abend)",
        (
            r"(?:könnten|würden|können) sie mir (?:bitte |vielleicht |freundlicherweise )*"
            r"(?:mitteilen|verraten|nennen|beschreiben)(?![\s,]+ob\b)"
        ),
        r"dürfte ich (?:bitte )?(?:erfahren|fragen|wissen)(?![\s,]+ob\b)",
        r"(?:wäre|wär) (?:es|das|des) (?:wohl |bitte )?möglich(?:,? (?:festzustellen|zu erfahren|herauszufinden|dass sie mir sag(?:en|et)))?(?![\s,]+ob\b)",
        r"ich (?:hätte|hätt) gern(?:e)? (?:gewusst|erfahren)|ich würde gern(?:e)? (?:wissen|erfahren)",
        # "Wären Sie so freundlich, mir mitzuteilen, ...", "Werter Assistent,",
        # "Gestatten:" (issue 45's thirtieth turn, a Hofrat): courtesies only.
        r"werte[rs]? (?:assistent|assistentin|herr|frau|gerät)|gestatten(?: sie)?(?=\s*:)",
        (
            r"(?:wären|wärn|wäret) sie (?:wohl |bitte )?so (?:freundlich|gut|nett|liebenswürdig),?"
            r" (?:mir|mich) (?:daran )?(?:mitzuteilen|zu sagen|zu nennen|zu verraten|zu erinnern)(?![\s,]+ob\b)"
        ),
    ),
}

# Said before the question and set apart by a comma: words that elsewhere
# are the question's own ("so how many", "also wie oft", "now playing").
_WITH_COMMA: Final = {
    "en": (
        r"ok(?:ay)?(?: so)?|so|well|right|alright|all right|now|okay then|listen|lush|tidy|howdy|hoss"
        # A collector's "exact count, how much Justice ..." (issue 45's
        # thirty-first turn): every answer says its figures.
        r"|exact count|exact figures?|exact number|precise count|exact"
        r"|sawa|ag|eish|shame|howzit|ja|pole"
    ),
    "de": r"also|na|ok(?:ay)?|gut|so|du|nu|sag",
}

# Said after the question, set apart by a comma or the question's mark:
# thanks and please. Without the mark they may end a title ("Thank You",
# "Please Please Me"), so a bare "please" goes only when it follows no
# other "please".
_AFTER: Final = {
    "en": (
        r"thanks|thank you|ta|cheers|please|thanks a lot|thank you kindly"
        r"|if (?:that's|that is|it's|it is) (?:possible|not too much trouble)"
        r"|if you (?:can|could|don't mind|do not mind|would)|when you (?:can|get a (?:sec|chance))"
        # A barrister's tails: "..., pray?", "Do be frank.", "Kindly let me know."
        r"|pray|do be frank|be frank|kindly let me know|i ask (?:purely |only |merely )?for the record"
        r"|i confess i (?:cannot|can't|do not|don't) recall|if you please"
        r"|if you would be so (?:good|kind) as to (?:furnish|provide|supply) it"
        r"|if you (?:would|will|'d) be so (?:good|kind)|if you would be good enough"
        # A remark on one's own memory asks nothing (writer 430).
        r"|(?:as )?my memory (?:is not|isn't|is no longer|ain't) what it (?:was|used to be|once was)"
        r"|one at a time|read (?:it|them) out(?: slowly)?|say it twice|slowly please|just the number"
        r"|hoss|butt|mun|partner|y'all|bab|me duck|duck|our kid|sweet as|chur"
        r"|shame|ag|eish"
        rf"|(?:asking |i'm asking |it's )?(?:for|on behalf of) {_FAMILY_EN}"
        rf"|(?:shame,? )?{_FAMILY_EN}(?:'s| is| was)? (?:thinks|reckons|says|said|wants|loves|likes|keeps"
        r"|asked|asking|convinced|sure|swears|claims|heard)\b[^?]*"
    ),
    "de": (
        r"danke|danke dir|danke schön|dankeschön|bitte|bitte schön|merci|bitte sagen"
        r"|wenn(?:'s| es| das) geht|wenn du (?:kannst|magst)|falls (?:das|es) geht"
        r"|wenn ich bitten dürfte|ich bitte um (?:auskunft|antwort)|wenn sie so (?:freundlich|gut) wären"
        # Asked to be read out (issue 45's thirtieth turn, a fisherman who
        # cannot see the screen): "Lies vor, langsam.", "Nur de Zahl."
        r"|nur ja oder (?:nä|nee|nein)|lies (?:dat |das |es )?vor(?:,? langsam)?|nur (?:de|die) zahl"
        r"|sag (?:dat|das|es) (?:zweimal|nochmal|noch mal)(?:,? ich bin nich(?:t)? mehr so fix)?"
    ),
}
_BARE_PLEASE: Final = {"en": "please", "de": "bitte"}

# Said inside the question between commas, or after it: a formal speaker's
# asides ("With which song, may I ask, did …", "…, wenn ich fragen darf?").
_ASIDES: Final = {
    "en": (
        r"may i ask|might i ask|if i may (?:ask|say so|put it so|put it that way)"
        r"|if (?:it is|it's) not too much trouble|as i believe (?:it is|it's) called"
        r"|as (?:they|the young ones|the youngsters) (?:say|call it)|if you will|so to speak"
        r"|pray|if you please|might you tell me|all told"
        # An over-polite gentleman's (issue 45's sixty-fifth turn, blind
        # writer 430): "How many songs, I wonder, have I ...", "Did we, by
        # any happy chance, hear ...", "tell me, in your estimation, ...".
        r"|i wonder|by any (?:happy |lucky |good )?chance|in your (?:estimation|view|opinion|judgement|judgment)"
        r"|if you (?:would|will|'d) be so (?:good|kind)|if you would be good enough"
    ),
    "de": (
        r"darf ich fragen|wenn ich fragen darf|wenn (?:sie|se) (?:des|das|es) wiss(?:en|et)"
        r"|wenn ich bitten darf|wenn ich bitten dürfte|sozusagen|gewissermaßen"
        r"|wenn sie so (?:freundlich|gut) wären|werter assistent"
    ),
}


# Said to the speaker before a comma, inside the question (issue 45's
# thirty-first turn): "weekdays or weekends my son, when do I play more".
_ADDRESS: Final = {
    "en": r"my son|b'y|bab|me duck|mate|my friend|fam|yaar",
    "de": r"mei gudster|mein lieber|meine liebe",
}


# One the family loves, said first and asked after as "them" or "it":
# "shame, my gran loves Air, how often did I play them" asks of Air.
_LOVED: Final[dict[str, tuple[Rule, ...]]] = {
    "en": (
        (
            (
                rf"^\s*(?:(?:ag|eish|shame|ja|sawa),? )?{_FAMILY_EN} (?:loves|likes|adores|is mad about)"
                r" (?P<name>[^,?]+),\s*(?P<asked>.*?)\b(?:them|it|her|him|that one)\b"
            ),
            r"\g<asked>\g<name>",
        ),
    ),
    "de": (),
}


def _rules(language: str) -> tuple[Rule, ...]:
    """Return the rules that drop what `language`'s speakers say around a question."""
    always = "|".join(_ALWAYS[language])
    return (
        *_LOVED[language],
        (rf"^\s*(?:(?:{always})\b[\s,.!:;-]*|(?:{_WITH_COMMA[language]})\s*,\s*)+", ""),
        # Between a question word and its verb the aside takes both commas:
        # "What, pray, did I have on" is "what did I have on", never "what"
        # asked apart from "did I have on".
        (
            rf"^(\s*(?:what|which|who|whom|when|where|how)\b[^,]{{0,30}}?)\s*,\s*(?:{_ASIDES[language]})\s*,\s*",
            r"\1 ",
        ),
        (rf"\s*,\s*(?:{_ASIDES[language]})\s*(?=[,.!?:]|$)", ""),
        (rf"\s+(?:{_ADDRESS[language]})(?=\s*,)", ""),
        (rf"\?\s*(?:[,.!]?\s*(?:{_AFTER[language]}))+[\s.!]*$", "?"),
        (rf"(?:\s*[,.!]\s*(?:{_AFTER[language]}))+\s*([.!?]*)\s*$", r"\1"),
        (rf"(?<!{_BARE_PLEASE[language]})\s+{_BARE_PLEASE[language]}[\s.!?]*$", ""),
    )


_RULES: Final = {language: _rules(language) for language in _ALWAYS}


def said_without_around(text: str, language: str) -> str:
    """Return `text` without a greeting or frame before it and thanks after it.

    The question itself is never emptied: a text that is nothing but such
    words ("hey, thanks") is returned as it was.
    """
    plain = rewrite(_RULES[language], text.strip(), re.IGNORECASE).strip()
    return plain or text
