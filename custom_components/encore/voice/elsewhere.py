"""Questions about the rest of the home that Encore's wildcards caught.

A listening question's sentence has wildcards around a period or a question
word ("what was on {when}", "how was {x} last week"), so "how was the weather
last week", "what was the temperature in the kitchen yesterday" or "wie viel
Strom haben wir letzten Monat verbraucht" match one of Encore's sentences
before any other agent hears them. Encore cannot answer them and must not
keep them: with an LLM conversation agent and "prefer handling commands
locally", Home Assistant's pipeline hands a question to the LLM only when
the local intent's answer is an error of no match
(`conversation.default_agent.async_handle_intents` keeps an answer with
`FAILED_TO_HANDLE`). So a question that speaks of the rest of the home and
says no word of listening is declined with `NO_INTENT_MATCH`, and a voice
satellite without an LLM hears that it was not understood, never a recap of
the week's music for a question about the weather.

Both word lists are deliberately short and plain: a word of listening
anywhere keeps the question Encore's ("did I listen to Air while it
rained" is a listening question).
"""

import re
from typing import Final

from homeassistant.helpers import intent
from homeassistant.util import dt as dt_util

from .answers import Wording
from .parse import drop_interruptions, read_question
from .parse.listening_words import LISTENING as _LISTENING
from .parse.noisy_room_again import said_once_over_noise

# Words of what else a home is asked about: the weather, energy, doors and
# lights, the television, the calendar, appliances. Not what music is
# played beside (breakfast, the car, sleep, a room such as the garage), nor
# a word a band or a song is often named with ("The Doors", "Purple Rain").
_ELSEWHERE: Final = {
    "en": re.compile(
        r"\b(?:weather|temperatures?|degrees|forecast|humidity|energy|electricity"
        r"|kwh|solar|gas|water usage|door|front door|back door|windows?|locks?"
        r"|locked|unlocked|lights?|lamps?|heating|thermostat|tv|television|telly"
        r"|netflix|movies?|films?|calendar|meetings?|packages?"
        r"|appointments?"
        r"|parcels?|doorbell|cameras?|motion|battery|vacuum|dishwasher"
        r"|washing machine|dryer|steps?"
        # "when did snow patrol first come on": the band, no weather (issue
        # 45's eighty-fifth turn, blind writer 568).
        r"|weight|rain|raining|snow(?! patrol)|snowing"
        # A DJ's "first-timers" are new artists, no timer.
        r"|(?<!first-)(?<!first )timers?"
        r"|umbrella"
        # What else is "on" in a home ("did I have my alarm on", issue 45's
        # twenty-eighth turn).
        r"|alarms?|oven|kettle|hob|cooker|stove|aircon|air con|air conditioning"
        r"|sprinklers?"
        # Money ("how much is a loonie worth in US dollars today", issue
        # 45's thirty-third turn).
        r"|worth|dollars?|euros?|pounds sterling|exchange rate|price|prices|costs?|stocks?"
        # The clock's time now, never when listening peaks ("which hour is it").
        r"|(?:what|which) (?:time|hour) is it)\b"
    ),
    "de": re.compile(
        r"\b(?:wetter|temperatur\w*|vorhersage|luftfeuchtigkeit|strom\w*"
        r"|energie\w*|verbrauch\w*|solar\w*|gas|heizung|thermostat|haustür"
        # "Womit schloss ich gestern den Tag ab" (the Präteritum of
        # abschließen, issue 45's twenty-seventh turn) locks no door.
        # "Womit hab ich letzte Nacht abgeschlossen" ended the night with a
        # song (issue 45's fifty-ninth turn, blind writer 378): no door.
        r"|türen|fenster|schloss(?! (?:ich|wir)\b)"
        r"|^(?!(?:womit|mit (?:was|wat|welche\w*))\b).*?\babgeschlossen"
        r"|licht|lichter|lampen?|fernseher"
        r"|fernsehen|tv|filme?|kalender|termine?|pakete?|klingel\w*|geklingelt"
        r"|kameras?|bewegung|akku|batterie|staubsauger|spülmaschine"
        r"|waschmaschine|trockner|schritte|gewicht|warm|kalt|wärmer|kälter"
        # "Wia vui Grad war des de letzten sieben Tag": the weather's degrees
        # (a net line of the eighty-sixth turn hears "wia vui X war des");
        # a bare "grad" is "gerade" (now).
        r"|wi[ea] ?v[iuü]\w* grad"
        r"|regen|regnet|regnen|schnee|schneit|regenschirm"
        r"|timer|wie spät|welche uhrzeit (?:ist|haben wir))\b"
    ),
}


# A command said with listening words (issue 45's tenth turn): "like this
# song, add it to my favourites or whatever", "put my top songs on in the
# kitchen". A clause that opens with a verb of playing or of changing what
# plays, then what it acts on, is a command, never a question about the
# history: Home Assistant's (or, declined, the LLM agent's). A verb inside a
# question ("would you say I play more", "can't stop playing", "play
# count", "skip rate") opens no clause or acts on nothing.
_COMMAND: Final = {
    "en": re.compile(
        r"(?:^|[,;.!?:]\s*|\band (?:then )?)(?:(?:please|kindly|pls)\s+)?"
        # "..., turn up in my history": a question's "when did X first turn
        # up" said again after a remark to a child (issue 45's sixty-fourth
        # turn, blind writer 421), never the volume.
        r"(?!turn(?:ed)? up in (?:my|our|the) (?:history|listening|stats|plays)\b)"
        # "one more time by daft punk, play it last friday?": a terse nurse's
        # "did I" left out before a past day and a question mark (issue 45's
        # seventy-seventh turn, blind writer 523), never "..., play it".
        r"(?!play (?:it|them|that) (?:last (?:night|week|month|year|weekend|monday|tuesday"
        r"|wednesday|thursday|friday|saturday|sunday)|yesterday|the day before yesterday"
        r"|this (?:morning|afternoon|week|month|year)|on (?:monday|tuesday|wednesday|thursday"
        r"|friday|saturday|sunday))\b[^,;.!?]*\?\s*$)"
        # "So last night I closed up, went home, put my feet up, ...": a
        # story told before the question (issue 45's seventy-eighth turn, blind
        # writer 529), never a command to put anything on.
        r"(?!put (?:my|our|her|his|your|me) feet up\b)"
        # "Skip a lot, do I? Last month like.": a valleys miner's question
        # tagged after (issue 45's eighty-sixth turn, blind writer 577).
        r"(?!skip a (?:lot|fair bit)\b[^;.!?]{0,20}?,?\s*(?:do|did) (?:i|we)\b)"
        r"(?:(?:play|put|queue|add|save|skip|shuffle|turn|pause|stop|resume|start"
        r"|set|switch|mute|unmute|remove|delete|cast|bookmark)\s+(?:it|this|that|them"
        r"|these|those|the|my|some|a|an|on|up|down|off|me|next|something|anything"
        r"|music)\b"
        # "Play Daft Punk in May" (issue 45's fourteenth turn): play and a name,
        # never a play count, play time or play history.
        r"|^(?:please\s+)?(?:play|queue|shuffle)\s+(?!count|counts|time|times|rate|history)\w"
        # "Louder please, I can't hear it": the volume, whatever follows.
        r"|^(?:please\s+)?(?:louder|quieter|softer|volume up|volume down)\b"
        # "Like this song": only with what is liked ("like the very first
        # episode" and "like, who ..." are chat).
        # "What was the last thing i had on, like the song": a gamer saying
        # which thing he means (issue 45's eighty-seventh turn, writer 585).
        r"|(?<!\bthing i had on, )(?<!\bthing i played, )(?<!\bthing i put on, )"
        r"(?:like|love|heart|unlike)\s+(?:this|that|the current|the) (?:song|track"
        r"|tune|one)\b"
        # "Which song do I skip the most, like the one I apparently can't
        # stand": a description said after the question, chat (writers 76
        # and 77); "like the song I'm hearing" stays a command. "..., like
        # the one I actually had on the most" says which one (blind writer
        # 555, a Dublin teenager).
        # "..., like the one ah skip maist": Glasgow's "ah" (writer 584).
        r"(?! (?:i|we|ah) (?:apparently |really |just |honestly |always |never |actually )*"
        r"(?:can't|cannot|cant|can not|couldn't|keep|always|never|hate|skip|skipped|bail"
        r"|don't like|do not like|had on|had playing|played|put on|listened)\b))"
    ),
    # What plays now, put on repeat, skipped or paused, said without a verb
    # first ("dieses Lied in Dauerschleife"): a German command opens with
    # "dieses", which no question about the history does.
    "de": re.compile(
        # "Das Lied nochmal wiederholen, immer wieder" (twenty-second turn,
        # writer 90: it was answered with the repeat rate; now declined).
        r"^(?:bitte )?(?:dieses|diesen|das hier|den hier|das aktuelle|den aktuellen|das|den)"
        r" (?:lied|song|titel|track|album|podcast|folge|stück)"
        r" (?:(?:bitte )?(?:in (?:die )?dauerschleife|auf wiederholung|auf repeat|wiederholen"
        r"|nochmal|noch mal|überspringen|pausieren|speichern|liken))\b"
        # "Song auf repeat bro" (issue 45's forty-eighth turn, a Berlin
        # teenager) says no article; "Lied in Dauerschleife?" without one may
        # ask which song is, and stays a question.
        r"|^(?:bitte )?(?:lied|song|titel|track|album)"
        r" (?:auf repeat|wiederholen|nochmal|noch mal|überspringen|skippen|pausieren|speichern|liken)\b"
        # A polite command opens with its verb and "Sie" (issue 45's
        # nineteenth turn: "Machen Sie die Wiederholung aus, ich hab das Lied
        # dreimal gehört"); a question to "Sie" opens with "können",
        # "würden", "wissen" or a question word.
        # "Lauter bitte, ich hör so schlecht in letzter Zeit" (issue 45's
        # twenty-seventh turn): the volume, whatever is said after it.
        r"|^(?:bitte )?(?:lauter|leiser|etwas lauter|etwas leiser|ein bisschen lauter"
        r"|ein bisserl lauter|a bisserl lauter)\b"
        r"|^(?:bitte )?(?:machen|schalten|stellen|drehen|spielen|legen|lassen"
        r"|überspringen|wiederholen|halten) sie\b"
        # "Spiel das Lied, das ich habe gehört gestern" (a learner's word
        # order, caught by the fifty-eighth turn's "... ich habe gehört"
        # net line): "spiel" first commands, as "play" does in English. A
        # question that opens with the verb says its listener next ("spiel
        # ich immer die gleichen Lieder", "spiel i fei immer ...").
        r"|^(?:bitte )?(?:spiel|spiele)(?: (?:mal|mol|bitte|doch|mir|uns|nochmal|noch mal))*"
        r" (?!(?:ich|i|ik|ick|isch|wir|mer|ma|mr)\b)\w"
        # A command said with its verb last, as a smart speaker is told
        # ("Album der Woche spielen", "Queen diese Woche abspielen"): no
        # question word, no "?", and the verb no "ich spielen" or "aufhören
        # zu spielen" of a question (twenty-first turn).
        r"|^(?!.*\?)(?!.*\b(?:wie|was|wat|wer|wen|wem|wann|welche[rsnm]?|hab|habe|hatte"
        r"|haben|hat|lief|liefen|gab|seit|oft)\b)(?!.*\b(?:ich|wir|zu) (?:ab|an)?spielen\b)"
        r".*\b(?:ab|an)?spielen(?: bitte)?[\s.!]*$"
        # A command said as a wish (issue 45's sixty-eighth turn, blind
        # writer 463): "den Podcast weiterlaufen lassen, wo ich aufgehört
        # hab, wär super" had been answered with the last podcast played. A
        # verb of the player and "wär super/gut/schön" after it, with no
        # question word: "ein Rückblick auf meine Woche wär nett" asks.
        r"|^(?!.*\b(?:wie|was|wat|wer|wen|wem|wann|welche[rsnm]?|ob)\b)"
        r".*\b(?:weiter ?laufen lassen|weiter ?spielen|weiter ?hören|fortsetzen|anhalten"
        r"|pausieren|stoppen|anmachen|ausmachen|einschalten|ausschalten|abspielen"
        r"|laufen lassen|überspringen|wiederholen|lauter machen|leiser machen)\b"
        r"[^?]*?,? (?:das |des |dat )?(?:wär|wäre|wär's|wärs|wär das)(?: \w+)?"
        r" (?:super|gut|schön|nett|toll|klasse|prima|cool|lieb|fein|spitze|praktisch|genial)\W*$"
        # What the song "soll" have done to it, in the passive (issue 45's
        # eighty-first turn, blind writer 546: "Des Liad soll in oana Tour
        # wiederholt wern" had been answered with the top songs).
        r"|^(?:bitte )?(?:dieses|das|des|dös|as|den|die) (?:lied|liad|liadl|song|titel|track|album"
        r"|stück|stückl|podcast|folge|musik|musi|platte|plattn) soll(?:en)? [^?]*?\b(?:wiederholt|übersprungen"
        r"|gespielt|gspuit|gspielt|abgespielt|pausiert|gestoppt|gespeichert) (?:werden|wern|wean|weam)\b"
    ),
}
# What plays now, asked in the present passive (issue 45's fifteenth turn):
# "welches Lied wird gerade gespielt", "was ist das für ein Stück, das
# gerade gespielt wird", "what song is being played right now". Home
# Assistant's media player knows that, the history does not. A habit said
# in the same tense ("was wird gerade am meisten gespielt": lately) keeps
# its rank word and stays Encore's.
_NOW_PLAYING: Final = {
    "en": re.compile(
        r"^(?!.*\b(?:most|usually|often|always|top)\b).*\b(?:is|are) being played"
        r" (?:right now|now|at the moment|currently)\b"
        # "What am I listening to right now, what is this" (issue 45's 29th
        # turn): what plays now, the player's, in the present tense.
        r"|^(?!.*\b(?:most|usually|often|always|top|lately|these days)\b)(?:what|who)"
        r" (?:am i|are we|is|i|i'm|i am|we) (?:listening to|listening|listen to|listen|playing|play"
        r"|hearing|hear|on)"
        r" (?:right now|now|at the moment|currently|just now)\b"
        r"|^what(?:'s| is) this (?:song|track|tune)?\W*$"
        # "What's this song that's on now, I do like it" (issue 45's fiftieth
        # turn, a Cornish grandmother): what plays now, whatever follows.
        r"|^(?:what|which)(?:'s| is)? (?:this|the) (?:song|track|tune|podcast|episode|album)"
        r"(?: that's| that is| which is| what's)? (?:on|playing)(?: right)? now\b"
        # "Which podcast is this I'm hearing now" (issue 45's 30th turn).
        r"|^(?:what|which) (?:song|track|tune|podcast|episode|show|album|band|artist)"
        r" is (?:this|that|it) (?:i'm|i am|we're|we are) (?:hearing|listening to|playing)"
        r"(?: right)? now\b"
        # "Who is the singer of this song that plays" (issue 45's fifty-fifth
        # turn, a French speaker's English): who sings what plays now.
        r"|^(?:who|what)(?:'s| is) (?:the )?(?:singer|artist|band|name)"
        r" of (?:this|the) (?:song|track|tune)(?: that(?:'s| is)?| which is)?"
        r" (?:plays|playing|on)(?: right now| now)?\W*$"
        # "Now playing what" (issue 45's eighty-second turn, blind writer
        # 552, a Mandarin speaker's word order: 现在放的是什么): what plays now.
        r"|^(?:now|right now|currently|at the moment|this moment) (?:is |are )?(?:playing|play|on)"
        r" (?:what|which)(?: (?:song|track|tune|music|podcast|episode))?\W*$"
        # The length of what plays: "how long is this song in total" (issue
        # 45's sixty-first turn, blind writer 409).
        r"|^how long is (?:this|the current|that) (?:song|track|tune|episode|podcast)"
        r"(?: (?:in total|altogether|overall|exactly))?\W*$"
        # What is left of what plays: "how long is left on this episode".
        # "How many minutes of music are left on the timer", "... left"
        # (issue 45's seventy-fifth turn): what is left, never listened.
        r"|\bhow (?:long|much|many minutes|many hours)(?: time)?"
        r"(?: of (?:the )?(?:music|podcasts?|songs?|tracks?|tunes?|episodes?|albums?|playlists?))?"
        r" (?:is |are )?(?:left|remaining)(?: (?:on|in|of) (?:this|the current|the)\b|\W*$)"
    ),
    "de": re.compile(
        r"^(?!.*\b(?:am (?:aller)?(?:meisten|häufigsten|öftesten)|oft|öfter"
        r"|meistens|immer|top)\b)"
        r"(?:.*\bwird\b.*\b(?:gerade|grad|grade|jetzt|momentan|aktuell|im moment"
        # A clerk's "wird gegenwärtig wiedergegeben" (blind writer 486).
        r"|gegenwärtig|derzeit|zurzeit|augenblicklich|in diesem augenblick)"
        r" (?:\w+ )?(?:gespielt|wiedergegeben|abgespielt)\b|.*\b(?:gerade|grad|grade|jetzt|momentan|aktuell"
        r"|im moment|gegenwärtig|augenblicklich) (?:\w+ )?(?:gespielt|wiedergegeben|abgespielt) wird\b"
        # "Wat lief grad inne Küche, also jetz gerade" (issue 45's
        # fifty-seventh turn, blind writer 358): "right now" said last, to
        # make sure, is what plays now.
        r"|.*\b(?:was|wat|welches|welcher|wer)\b.*\b(?:jetzt|jetz|grad|gerade|grade)"
        r" (?:jetzt|jetz|gerade|grad|grade)\W*$"
        # "Wie lang ist dieses Lied insgesamt?" (issue 45's sixty-first turn,
        # blind writer 409): the length of what plays, the player's.
        r"|wie (?:lang|lange) (?:ist|is|dauert|geht) (?:dieses|dieser|diese|das|der|die)"
        r" (?:lied|song|titel|track|stück|folge|episode|album)(?: (?:insgesamt|denn|eigentlich|noch))*\W*$"
        # "Von wem ist dieser Ohrwurm, der grad läuft" (issue 45's
        # sixty-ninth turn, blind writer 469): a song pointed at with the
        # clause that it plays now is the player's, whatever word names it.
        r"|.*\b(?:dieser|dieses|diese|das|der|den) (?:lied|song|titel|track|stück|ohrwurm"
        r"|folge|episode|podcast|album),? (?:der|das|die|den|wo) (?:gerade|grad|grade|jetzt"
        r"|momentan|im moment) (?:läuft|spielt|kommt|gespielt wird)\W*$"
        # "Wat is dit für'n Song, der hat voll den Vibe" (issue 45's
        # seventieth turn, blind writer 475, a Berlin hipster): what
        # song this is, the player's, whatever remark follows; "was war
        # das für ein Lied gestern um acht" asks the past and stays Encore's.
        r"|(?:.*\W)?(?:was|wat|wos) (?:is|ist|isch|is'n|isn) (?:dit|det|das|des|dat|dis)"
        r" für ?(?:'n|n|ein|eine|en|nen|'ne|ne|a|an)? ?(?:song|lied|track|titel|stück"
        r"|podcast|folge|musik|nummer|tune)\b(?!.*\b(?:gestern|vorgestern|gehört|jehört"
        r"|gespielt|jespielt|gelaufen|jelaufen|lief|liefen|letzte\w*|zuletzt|damals"
        r"|früher|uhr)\b))"
    ),
}
# How a team played (issue 45's fifty-second turn, a Ruhr miner's son:
# "Wie hat Schalke gespielt"): "how" alone, no count, no listener and no
# household member's habit; "wie oft hat Ada Queen gespielt" counts plays
# and stays Encore's. The wide net's "wie ... gespielt" cannot tell them
# apart by its words; this declines the game.
_A_GAME: Final = {
    "en": re.compile(
        r"^how did (?!(?:i|we|you)\b)(?:the )?[\w.'-]+(?: [\w.'-]+)?"
        r" play(?: (?:yesterday|today|last night|on \w+|at the weekend|this weekend))?\W*$"
    ),
    "de": re.compile(
        r"^wie (?:hat|haben) (?!(?:ich|wir|ada|man|i|mir)\b)(?:der |die |das )?[\w.'-]+"
        r"(?: [\w.'-]+)?(?: (?:gestern|heute|am \w+|letzte woche|am wochenende))? gespielt\W*$"
    ),
}
# Two questions said as one (issue 45's tenth turn): "how many songs today
# and also what's the weather later", "who was my top artist and which
# podcast did I hear most". A question, a joining word, then a second
# question word with at least three words of its own, which asks about
# something else or another thing of the listening than the first part;
# "when do I usually listen, like what hour and which day" asks one habit,
# "..., and how many times" only more of the same question.
_TWO_QUESTIONS: Final = {
    "en": re.compile(
        r"^(?:[\w']+\W+){0,4}?(?:who|whom|whose|what|what's|whats|which|when|how|did|do"
        r"|does|have|has|is|are|was|were|tell me|give me)\b.*?"
        r"[\s,;]+(?:and also|and then|oh and|and|also|plus|as well as|then)\s+"
        r"(?P<second>(?:who|whom|whose|what|what's|whats|which|when|how|where|did|do"
        r"|does|is|are|was|were|will|can|could|should|tell me)\b(?:\W+[\w']+){3,}.*)$"
    ),
}

# The day and the hour asked each with its own question word and one verb
# after both ("which day and which time i am listening more generally",
# issue 45's seventy-seventh turn, blind writer 526): one question, the usual
# time, whose first half says no verb of its own.
_HALVES_OF_A_HABIT: Final = {
    "en": re.compile(
        r"^(?:on |at )?(?:which|what) (?:day|days|weekday|day of (?:the )?week"
        r"|time|hour|time of (?:the )?day) \| (?:on |at )?(?:which|what)"
        r" (?:day|days|weekday|time|hour|time of (?:the )?day)\b"
    ),
}

# A second half that only asks more of what the first named, through "it"
# ("is my streak still going, and how long is it", issue 45's seventy-ninth
# turn, blind writer 535): one question, the first half's thing.
_OF_THE_FIRST: Final = {
    "en": re.compile(
        r"^(?:how long|how many|how much|how often|when|since when) (?:is|was|has been)"
        r" (?:it|that|this)(?: been)?\W*$"
    ),
}

_JOINER: Final = re.compile(
    r"[\s,;]+(?:and also|and then|oh and|and|also|plus|as well as|then)\s*$"
)


# The nation's charts, not the listener's (issue 45's sixty-ninth turn,
# blind writer 469, a radio DJ: "what's number one on the uk charts this
# week" had been answered with the week's top song). "My charts", "top of
# the song charts" stay Encore's: only a chart named for a country, a
# company or the radio, and no listener in the question.
_PUBLIC_CHARTS: Final = {
    "en": re.compile(
        r"^(?!.*\b(?:my|our|i|me|we|i've|i'm|i'd)\b).*\bthe (?:(?:uk|us|u\.s\.|usa"
        r"|british|american|canadian|german|irish|australian|official|billboard"
        r"|national|world|global|spotify|itunes|apple music|radio|hot 100|top 40)\s)+"
        r"(?:singles |album |albums )?(?:charts?|top 40|hot 100)\b"
    ),
}


def about_something_else(text: str, language: str) -> bool:
    """Whether `text` is no one question about listening Encore should answer.

    It speaks of the rest of the home and of no listening at all, it is a
    command said with listening words, or it asks two questions at once.
    Words said to someone else between breaks ("-- put the cup down --")
    are no command to Encore's speaker.
    """
    # The TV's words before a question said again ("... und nun das wetter
    # lieblingslied letzten monat") are no weather asked (issue 45's
    # seventy-sixth turn, blind writer 521).
    said = drop_interruptions(
        said_once_over_noise(text),
        language,
        dt_util.now(),
        dt_util.get_default_time_zone(),
    ).casefold()
    if is_command(said, language) or two_questions(said, language):
        return True
    now_playing = _NOW_PLAYING.get(language)
    if now_playing is not None and now_playing.search(said):
        return True
    charts = _PUBLIC_CHARTS.get(language)
    if charts is not None and charts.search(said):
        return True
    game = _A_GAME.get(language)
    if game is not None and game.search(said):
        return True
    if not _names_the_home(said, language):
        return False
    return not _LISTENING.get(language, _LISTENING["en"]).search(said)


# Remarks that say a word of the home and ask nothing of it: "..., that
# was the day of my hair appointment" says which day was asked (issue 45's
# eighty-fifth turn, blind writer 570); "it does put a spring in one's
# step" counts no steps (seventy-third turn, blind writer 498). Taken out
# before the home's words are looked for.
_REMARKS_OF_THE_HOME: Final = {
    "en": re.compile(
        r"\bday of (?:my|our|the) (?:[\w']+ )?appointments?\b"
        r"|\bspring in (?:one.s|my|her|his|your|our|their) steps?\b"
    ),
    # "Im Sommer, wie et so schön warm wor, wat wor da mein Lied Nummer
    # eins?": a remark on the summer asked of, no weather asked (issue 45's
    # eighty-sixth turn, blind writer 574).
    "de": re.compile(r"\b(?:wie|als) (?:es|et) so schön (?:warm|heiß|kalt)\b"),
}


def _names_the_home(text: str, language: str) -> bool:
    """Whether `text` names something else of the home, remarks left out."""
    if (remarks := _REMARKS_OF_THE_HOME.get(language)) is not None:
        text = remarks.sub(" ", text)
    return _ELSEWHERE.get(language, _ELSEWHERE["en"]).search(text) is not None


def is_command(text: str, language: str) -> bool:
    """Whether `text` holds a command to play or change what plays.

    Not the verb of a question broken by an aside ("did I, by chance, put
    on any Justice"): a clause before it that ends with "did I" owns it.
    """
    command = _COMMAND.get(language)
    said = text.casefold()
    for found in command.finditer(said) if command is not None else ():
        if not any(
            _ASKING_VERB.search(clause.strip())
            for clause in re.split(r"[,;.!?:]", said[: found.start()])
        ):
            return True
    return False


# A question's auxiliary and subject waiting for their verb.
_ASKING_VERB: Final = re.compile(
    r"\b(?:did|do|does|have|has|had|would|could|can|will|shall|should)"
    r" (?:i|we|you)$"
)


def two_questions(text: str, language: str) -> bool:
    """Whether `text` asks two questions joined by "and", "also", "plus".

    The second part asks about something else than listening, or another
    thing of it than the first part (another family, or another kind
    ranked); the parser reads each part alone.
    """
    joined = _TWO_QUESTIONS.get(language)
    said = text.casefold()
    found = joined.search(said) if joined is not None else None
    if found is None:
        return False
    first = _JOINER.sub("", said[: found.start("second")])
    second = found.group("second")
    of_the_first = _OF_THE_FIRST.get(language)
    if of_the_first is not None and of_the_first.match(second):
        return False
    halves = _HALVES_OF_A_HABIT.get(language)
    if (
        halves is not None
        and halves.match(f"{first.strip()} | {second}")
        and says_listening(second, language)
    ):
        return False
    now = dt_util.now()
    zone = dt_util.get_default_time_zone()
    other = read_question(second, language, now, zone)
    if other.asked is None and not says_listening(second, language):
        # "... and also what's the weather later": the rest of the home.
        return _names_the_home(second, language)
    one = read_question(first, language, now, zone)
    if one.asked is None or other.asked is None:
        return False
    return (one.asked, one.kind) != (other.asked, other.kind)


def says_listening(text: str, language: str) -> bool:
    """Whether `text` holds a word only a question about listening says."""
    return bool(_LISTENING.get(language, _LISTENING["en"]).search(text.casefold()))


def decline(intent_obj: intent.Intent, language: str) -> intent.IntentResponse:
    """Answer that nothing matched, so the pipeline may ask its LLM agent instead."""
    response = intent_obj.create_response()
    text = intent_obj.text_input or ""
    response.async_set_error(
        intent.IntentResponseErrorCode.NO_INTENT_MATCH,
        # Two questions at once: a satellite with no LLM agent hears why.
        Wording(language).text(
            "one_at_a_time" if two_questions(text, language) else "not_mine"
        ),
    )
    return response
