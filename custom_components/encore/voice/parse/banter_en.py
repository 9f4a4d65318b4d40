"""English as a sarcastic joker says it (issue 45's sixteenth turn).

A writer nobody here had seen teased while asking and got no answer or a
wrong one: a dare before the question ("go on, shame me", "be honest",
"don't judge me but", "right, roast my taste"), a joke after it ("asking
for a friend, the friend is me", "I bet it's about four", "apart from all
of it", "and yes the Daily counts"), an aside in the middle ("as a
household", "podcast I mean, not telly", "I was eating crisps over the
sink"), and slang for playing a lot ("caning", "hammer", "obsessed with").
The jokes were read as a period ("about four", "all of it") or a name. A
rule is a dare, a joke or a slang verb bound to its place in a question,
never a listed sentence; a name after a verb keeps its words.
"""

import re

from .aussie_en import drop_remarks
from .bets import without_bets
from .chatty_de import drop_chat_de
from .dialect_de_cologne import drop_remarks_de
from .disfluent import without_hesitations
from .donnish_en import said_as_a_don
from .elderly_de import undo_elderly_de
from .elderly_en import undo_elderly_en
from .headline_de import undo_headline_de
from .put_right_en import put_right_en
from .remarks_after import drop_remarks_after
from .rules import rewrite
from .self_corrected_en import said_once_en
from .shift_de import undo_shift_de
from .shift_en import undo_shift_en
from .surfer_en import said_as_surfer
from .workout import without_workout
from .yarn_en import undo_yarn_en

_SLANG = (
    r"(?:caning|hammering|rinsing|thrashing|bingeing|binging|obsessed with|hooked on)"
)
_SLANG_PAST = (
    r"(?:hammer|hammered|cane|caned|rinse|rinsed|thrash|thrashed|binge|binged)"
)

BANTER_EN: tuple[tuple[str, str], ...] = (
    # A dare before the question: "go on (then)", "be honest", "shame me",
    # "don't judge me but", "no judgement but", "right".
    (
        (
            r"^(?:(?:right|ok|okay|alright|so|go on|go on then|then|come on|honestly"
            r"|be honest|shame me|go on shame me|hit me|don't judge me|dont judge me"
            r"|don't judge me but|no judgement|no judgment|but|brace yourself) )+"
            # "So far today": a period, its "so" no dare (issue 45's nineteenth turn).
            r"(?!far\b)(?=\w)"
        ),
        "",
    ),
    # A joke after the question: "asking for a friend (the friend is me)",
    # "I bet it's ...", "and yes the Daily counts", "apart from all of it",
    # "or was it the same lot on loop", "like an idiot", "be honest".
    (r" asking for a friend(?: the friend is me| which is me| it's me)?\b", ""),
    (
        r" (?:and )?i bet (?:it's|it is|it was|its|you|there|they|that|i)\b.*$",
        "",
    ),
    (r" and yes\b.*$", ""),
    # A guess after the question: "which day and which hour, sure it's
    # probably a Friday" asks the peak of all the plays, not Friday's
    # (issue 45's twenty-third turn).
    (
        (
            r" (?:sure |i'd say |i reckon |i think |i guess )?(?:it's|it is|its|it'll be|it will be)"
            r" (?:probably |likely |surely |always |usually )?(?:a |on a |on )?(?:monday|tuesday"
            r"|wednesday|thursday|friday|saturday|sunday|weekend|weekday)s?$"
        ),
        "",
    ),
    (r" (?:it's|its|it is) the only one$", ""),
    (
        (
            r" (?:apart from|except|other than|besides) (?:all of it|all day|all the time"
            r"|always|every hour|the whole day)$"
        ),
        "",
    ),
    (r" or (?:was|is) it (?:just )?the same\b.*$", ""),
    (
        (
            r"(?: and)?(?: please)? (?:be honest|no judgement|no judgment|don't judge me"
            r"|go on|shame me)$"
        ),
        "",
    ),
    (r" (?:i'm|i am) not proud(?: of it)?$", ""),
    # An aside in the middle: "as a household" (we, all of us), "podcast I
    # mean, not telly" (the podcast), "actually", "-ish" on a time.
    (r"\b(we|did we) as a household\b", r"\1"),
    (
        (
            r"\b(?:show|programme|program|thing) (podcast|song|track|artist|band|album)"
            r" i mean(?: not (?:the )?(?:telly|tv|radio))?\b"
        ),
        r"\1",
    ),
    # Not before a verb: "did I actually play Queen" keeps its words.
    (
        r"\b(did|have|do) (i|we) actually\b(?! (?:play|played|listen|listened|hear|heard|skip|skipped)\b)",
        r"\1 \2",
    ),
    (
        r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-?ish\b",
        r"\1",
    ),
    # Slang for playing a lot: "who have I been obsessed with", "which
    # artist has Ada been caning", "what did we absolutely hammer".
    # "Been hooked on recently": of late, never "most recently", the last play.
    (
        rf"\b(have|has) (\w+) been {_SLANG} recently\b",
        r"\1 \2 listened to most lately",
    ),
    (rf"\b(have|has) (\w+) been {_SLANG}\b", r"\1 \2 listened to most"),
    (
        rf"^what did (i|we) (?:absolutely |totally |really )?{_SLANG_PAST} (.+?) (?:songs?|song-wise|tracks?)$",
        r"which song did \1 play most \2",
    ),
    (
        rf"^what did (i|we) (?:absolutely |totally |really )?{_SLANG_PAST}\b",
        r"what did \1 play most",
    ),
    # "Sexy Boy by Air, did I play it yesterday": the name said first.
    (
        (
            r"^(?!.*\b(?:what|which|who|when|how|where)\b)(?!(?:did|have|do)\b)(.+?) (did|have) (i|we)"
            r" (play|played|hear|heard|listen to|listened to) (?:it|them) ?(.*)$"
        ),
        r"\2 \3 \4 \1 \5",
    ),
    # "Roast my taste", "what would you say I'm into (based on ...)": the taste.
    (
        # The words after the taste are dropped up to a period, which is kept.
        (
            r"^(?:roast|judge|rate|describe) (my|our) (?:music |musical )?taste\b"
            r"(?:(?!\b(?:this|last|since|in|today|yesterday|lately|recently|these days"
            r"|nowadays|of late|over|past|so far|ever|all time)\b).)*"
        ),
        r"what is \1 music taste ",
    ),
    (
        r"^what would you say (?:i'm|i am|we're|we are) into\b.*$",
        "what is my music taste",
    ),
    # "When did X first sneak into my history": X's first play.
    (
        (
            r"^when did (.+?) first (?:sneak|creep|slip|crawl|get|find its way|make it|show up"
            r"|turn up|pop up|appear) (?:in|into|onto|up in|in to) my (?:history|listening"
            r"|plays|rotation|library|life)$"
        ),
        r"when did i first play \1",
    ),
    # "How did I finish off October, last track of the month": that month's
    # last song.
    (
        (
            r"^how did (i|we) (?:finish|end|wrap|round) (?:off |up )?(\w+) (?:the )?last"
            r" (track|song|tune) of the month$"
        ),
        r"what was the last \3 \1 played in \2",
    ),
    (
        (
            r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)"
            r" (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)\b"
        ),
        r"\1 at \2",
    ),
    # "Earlier, quarter past five, what was that (the one I was dancing
    # to)", "Wednesday twelve o'clock, I was eating crisps, what was on":
    # the time said first, an aside, then what was playing.
    (
        r"^(.+?) (?:i was \w+ .*? )?what was (?:that|on|playing)(?: the one i was \w+ .*)?$",
        r"what was playing \1",
    ),
)


def undo_banter(words: str) -> str:
    """Return normalized English words with the joker's dares and asides out."""
    return " ".join(rewrite(BANTER_EN, words).split())


# The same dares and jokes in the words as said, commas and all: read before
# the clauses are cut (`question.read_question`), so that "go on then, be
# honest, who ..." keeps its question and "..., I bet it's about four" is
# no clause of it.
_SAID: tuple[tuple[str, str], ...] = (
    (
        (
            r"^(?:(?:right|ok|okay|alright|so|go on|go on then|then|come on|honestly"
            r"|be honest|shame me|hit me|don'?t judge me(?: but)?|no (?:judgement|judgment)(?: but)?)"
            r"[,.!:;]?\s+)+(?!far\b)(?=\w)"
        ),
        "",
    ),
    (
        r"[,.;]?\s+(?:and\s+)?i bet (?:it'?s|it is|it was|you|there|they|that|i)\b.*$",
        "",
    ),
    (r"[,.;]?\s+asking for a friend\b.*$", ""),
    (r"[,.;]?\s+and yes\b.*$", ""),
    (r"[,.;]?\s+(?:apart from|except|other than|besides) all of it\b.*$", ""),
    (r"[,.;]?\s+or (?:was|is) it (?:just )?the same\b.*$", ""),
    (r",\s+as a household,", ""),
    (
        (
            r"\b(?:show|programme|program|thing),?\s+(podcast|song|track|artist|band|album)"
            r" I mean,?(?:\s+not (?:the )?(?:telly|tv|radio),?)?"
        ),
        r"\1,",
    ),
    (r",\s+I was [^,]*,\s+(?=what was\b)", ", "),
    (r",\s+the one I was \w+\b.*$", ""),
    # "Which day of the week do I listen the most, is it Sunday?": a guess
    # at the answer after a question of which day (issue 45's sixty-fifth
    # turn, blind writer 432: Sunday's peak was answered, a wrong fact).
    (
        (
            r"^((?:on )?(?:which|what) (?:day|days|weekday)\b[^?]*?)[,.;]?\s+(?:is it|was it|it's"
            r"|its|it is|maybe|probably|i bet|i reckon|i think)(?: it's| its| it is)?(?: probably"
            r"| maybe| likely)?(?: a| on a| on)? (?:monday|tuesday|wednesday|thursday|friday"
            r"|saturday|sunday)s?(?:,? or (?:what|not|something))?\s*[?.!]*$"
        ),
        r"\1",
    ),
)


# A Hessian aside after the question, as said: "..., des sin doch schon
# zwei Woche, gell?", "..., des is doch abends um neun rum, oder?" (read in
# `dialect_de_hesse`): no time and no clock of the question.
_SAID_DE: tuple[tuple[str, str], ...] = (
    (r"(?<=\w)[,.;]?\s+(?:des|das) (?:sin|sind|is|ist) doch\b.*$", ""),
)


def drop_asides(text: str, language: str) -> str:
    """Return the words as said without a joke or an aside after the question.

    English drops the joker's dares and jokes; German a Hessian aside.
    """
    table = _SAID if language == "en" else _SAID_DE if language == "de" else ()
    # What a self-correcting speaker put right ("last week, er, last
    # weekend"), before the sounds that take the first back are dropped as
    # hesitations: the time taken back is then no time said and unread.
    text = (
        undo_elderly_de(text)
        if language == "de"
        else undo_elderly_en(put_right_en(text))
    )
    # A night-shift worker's tired remark (issue 45's eighteenth turn); an
    # Australian's and a Cologne speaker's remark after the question (the
    # nineteenth: "..., the missus reckons ...", "..., dat is ewig her").
    # The twenty-first turn's yarn, chat and headlines: "..., because I was
    # in great form that month", "..., so sagt man ja heut nimmer", "album
    # der letzten drei monate" (its months read as in the question).
    # The twenty-fourth turn's remarks of a parent and a joker ("..., the
    # day's young", "..., der Tag is ja noch jung"), in `remarks_after`.
    text = without_workout(
        without_hesitations(without_bets(text, language), language), language
    )
    text = drop_remarks_after(text, language)
    # An academic's day checked after the period ("..., which, unless I am
    # much mistaken, was Wednesday") and a time put right ("half five, I
    # mean half past five"): read here too, where the utterance's
    # check for a time said and unread looks (issue 45's fifty-fourth turn).
    text = (
        drop_remarks(
            undo_shift_en(
                undo_yarn_en(said_as_a_don(said_as_surfer(said_once_en(text))))
            )
        )
        if language == "en"
        else undo_headline_de(drop_chat_de(drop_remarks_de(undo_shift_de(text))))
        if language == "de"
        else text
    )
    return rewrite(table, text, re.IGNORECASE).strip() or text
