"""The ways of speaking undone first, in the order they run.

The first half of `plainly.WAYS` (see `plainly` for why the order matters):
what was put right, times said in another language, the speakers' own words
grouped in `said_as_written_en` and `said_as_written_de`, officialese,
bets and claims, and the dialects and learners' words read before any
reader looks for question words or splits a story.
"""

import re
from typing import Final

from .accra_dublin_en import said_in_accra_or_dublin
from .autocorrected_en import said_without_autocorrect
from .belfast_en import said_in_belfast
from .berlin_hipster_de import said_in_berlin
from .bernese_again_de import said_in_bernese_again
from .boston_en import said_in_boston
from .brummie_punjabi_en import said_as_brummie_punjabi
from .buzzwords_en import said_in_buzzwords
from .cockney_en import said_in_cockney
from .commuter_en import said_as_commuter
from .counsel_en import said_as_counsel
from .doric_en import said_in_doric
from .doric_teen_en import said_as_doric_teen
from .dropped_h_en import said_with_h
from .edinburgh_en import said_in_edinburgh
from .either_name_en import said_of_either_name
from .executive_en import quarter_said, said_as_executive
from .geordie_aave_en import said_in_geordie_or_aave
from .glasgow_en import said_with_scots_i
from .hinted_de import undo_hinted_de
from .hinted_en import said_as_hinted
from .juggling_en import said_while_juggling
from .kiwi_en import said_as_a_kiwi
from .learner_ar_order_en import said_in_arabic_order_en
from .learner_de_en import said_as_german_learner
from .learner_fr_en import said_as_french_learner
from .learner_ja_en import said_as_japanese_learner
from .learner_ko_topic_en import said_in_korean_topic_order
from .learner_nl_en import said_as_dutch_learner
from .learner_pl_en import said_as_polish_learner
from .learner_ru_en import said_as_russian_learner
from .learner_slips_de import said_as_learner_de
from .learner_sv_en import said_as_swedish_learner
from .luxembourgish_de import said_in_luxembourgish
from .mle_en import said_in_mle
from .mumbled_en import said_mumbling
from .nervous_en import said_nervously
from .new_york_en import said_in_new_york
from .offhand_en import said_offhand
from .patois_elder_en import said_as_patois_elder
from .patois_toronto_en import said_in_toronto_patois
from .pidgin_cajun_en import said_in_pidgin_or_cajun
from .precise_de import said_precisely_de
from .precise_en import said_precisely
from .progressive_past_en import said_in_the_progressive
from .put_right_en import put_right_en
from .put_right_first import put_right_first
from .radio_cottage_en import said_on_air_or_at_the_cottage
from .ranch_en import said_on_the_ranch
from .retired_official_de import said_as_official_de
from .said_as_written_de import said_as_written_de
from .said_as_written_en import said_as_written_en
from .said_first import field_first_de
from .scouse_en import said_in_scouse
from .sheng_en import said_in_sheng_or_hong_kong
from .spec_en import said_as_spec
from .swabian_teen_de import said_in_swabian
from .taglish_en import said_in_taglish
from .taglish_skips_en import said_in_taglish_skips
from .teen_slang_en import said_as_teen
from .terse_dropped_en import said_tersely
from .trini_again_en import said_in_trinidad_again
from .way import DE as _DE, EN as _EN, Way, in_language as _in, said as _said
from .which_one_en import said_with_its_one
from .world_times import world_times

# "Nine p.m." with its dots: one word, so no reader takes a dot for a
# sentence's end (issue 45's thirty-sixth turn, "at nine p.m. sharp. What was
# playing then?").
_CLOCK_DOTS: Final = re.compile(r"\b([ap])\.\s?m\.?(?=[\s,;:?!]|$)", re.IGNORECASE)


def _clock_without_dots(text: str) -> str:
    """Return "nine p.m." as "nine pm"."""
    return _CLOCK_DOTS.sub(lambda found: f"{found[1].lower()}m", text)


EARLY_WAYS: Final[tuple[Way, ...]] = (
    # First: "heute, äh, diese Woche", the sound takes the first time back
    # before any reader drops it as a hesitation (blind writer 451).
    Way("a time or a kind put right: 'album, sorry, song'", put_right_first),
    # Then a time said in the speaker's first language ("semana passada",
    # "förra veckan"), before any reader takes the words around it for a
    # name (issue 45's sixty-eighth turn, blind writers 462, 464 and 465).
    Way(
        "a time said in another language: 'ontem', 'förra veckan', 'settimana scorsa'",
        _in(world_times),
    ),
    Way("Luxembourgish German: 'wéi dacks', 'Lidd'", _said(said_in_luxembourgish), _DE),
    # The seventieth turn's German writers, on the words as said, before any
    # reader looks for a time: Bern's "hütt", "zwöi Wuche"; a Berlin hipster's
    # "dit", "..., so X und so" (478, 475); Ulm's Swabian "en letschdr Zeit",
    # "hanne" (473); a Turkish or Polish learner's "wann erste Mal", "X
    # gelaufen bei mir" (474, 479).
    Way(
        "Bern's 'hütt', Berlin's 'dit', Swabian 'en letschdr Zeit', a learner's 'wann letzte Mal'",
        _said(
            lambda text: said_as_learner_de(
                said_in_swabian(said_in_berlin(said_in_bernese_again(text)))
            )
        ),
        _DE,
    ),
    # Then the seventy-first turn's (480, 483, 485) and the sixty-ninth's
    # (471, 472, 467) German, grouped in `said_as_written_de`.
    Way(
        "Frankfurt's 'dann', Vienna's 'vurigs', an East Frisian's 'Samstag. Letztes Lied?', 'gesch tern'",
        _said(said_as_written_de),
        _DE,
    ),
    # Then the sixty-ninth turn's slurred s and the seventy-first turn's
    # English (482 to 485), grouped in `said_as_written_en`.
    Way(
        "a slurred s, a parent at the stove's asides, Singlish's tails, 'mun'",
        _said(said_as_written_en),
        _EN,
    ),
    # Officialese's field said first, then a retired clerk's requests and
    # periods in clauses of their own ("..., bezogen auf den letzten Monat"),
    # before the passive and the clip (blind writer 486).
    Way(
        "officialese: 'Hinsichtlich der Podcasts: Welcher', 'Ich bitte um Mitteilung'",
        _said(lambda text: said_as_official_de(field_first_de(text))),
        _DE,
    ),
    # Before the readers of claims, stories and polite frames: the bet or
    # wonder turned into its question (blind writer 463).
    Way(
        "a question hinted at: 'ich wette, ich hab gestern viel Eres gehört'",
        _said(undo_hinted_de),
        _DE,
    ),
    Way("a clock's 'p.m.' said with its dots", _said(_clock_without_dots), _EN),
    # First: what was put right is said once, before any reader takes the
    # word taken back (blind writer 451).
    Way("put right: 'any Daft Punk, sorry, any Queen'", _said(put_right_en), _EN),
    # Right after what was put right, while the question's mark still
    # parts a remark from it (blind writer 475).
    Way(
        "a nervous first-time user's 'sorry,', 'could you, I mean,', '? thank you so much'",
        lambda text, _language, now, _zone: said_nervously(text, now),
        _EN,
    ),
    Way(
        "a Kiwi's 'the weekend just been'; Pidgin's 'I wen play'; Cajun's 'mais'",
        _said(lambda text: said_in_pidgin_or_cajun(said_as_a_kiwi(text))),
        _EN,
    ),
    # Before the dropped h: "'oo" is who, never a word given an h.
    Way(
        "Cockney's ''oo', 'wot', 'wotcha', 'guv', 'innit'", _said(said_in_cockney), _EN
    ),
    Way("a dropped h: ''ow many', ''ave I 'ad', ''ear'", _said(said_with_h), _EN),
    # After the h is back ("'e's playin'"), before any learner's reader: "I am
    # playing ... yesterday" is the past (issue 45's eighty-fourth turn).
    Way(
        "a learner's progressive for the past: 'how many songs I am playing today'",
        _said(said_in_the_progressive),
        _EN,
    ),
    Way(
        "a terse speaker's dropped 'did I': 'ever play any X', 'catch the daily this mornin?'",
        _said(said_tersely),
        _EN,
    ),
    Way(
        "a phone's autocorrect: 'listen to moat', 'top 3 artisans', 'this yeat'",
        _said(said_without_autocorrect),
        _EN,
    ),
    # Before the readers that look for question words: "numbah", "evah".
    Way(
        "Boston as speech to text writes it: 'yestiddy', 'this yeah', 'numbah', 'evah'",
        _said(said_in_boston),
        _EN,
    ),
    # While the trailing-off's "..." is still there: it tells a restart
    # ("the last thing... the last track") from the question's words.
    Way(
        "a half-asleep mumble: 'the the', 'whatsit...', 'like... listen', a restart",
        _said(said_mumbling),
        _EN,
    ),
    Way(
        "Scots' 'ah' for I: 'the last time ah had them on'",
        _said(said_with_scots_i),
        _EN,
    ),
    Way(
        "Liverpool as speech to text writes it: 'worrav I', 'wharrwas', 'av', 'playin'",
        _said(said_in_scouse),
        _EN,
    ),
    Way(
        "English said offhand: 'whaddya got as', 'lemme', 'play em', '... ja', 'sho'",
        _said(said_offhand),
        _EN,
    ),
    Way(
        "Taglish's 'anong kanta yung lagi kong sini skip', 'sino yung banda'",
        _said(said_in_taglish_skips),
        _EN,
    ),
    # Before the other English readers: they know "what", not "ano".
    Way(
        "Taglish: 'ilang beses ko pinatugtog yung X', 'kahapon', 'top artists ko'",
        _said(said_in_taglish),
        _EN,
    ),
    Way(
        "Sheng's 'mara ngapi', 'ngoma', 'msanii'; Hong Kong's 'yesterday night time'",
        _said(said_in_sheng_or_hong_kong),
        _EN,
    ),
    # Before the other English readers: "i am listen", "too much".
    Way(
        "an Egyptian learner's 'i am listen', 'too much', 'how many time X i listen'",
        _said(said_in_arabic_order_en),
        _EN,
    ),
    Way(
        "Accra's 'count for me the different tunes', Dublin's 'd.a.n.c.e.', 'the X one', 'yoke'",
        _said(said_in_accra_or_dublin),
        _EN,
    ),
    Way(
        "a radio DJ's 'went out', 'airplay', 'my logs'; Ontario's '..., sorry', 'bud'",
        _said(said_on_air_or_at_the_cottage),
        _EN,
    ),
    Way(
        "a Korean learner's topic first: 'this afternoon five ten what was play'",
        _said(said_in_korean_topic_order),
        _EN,
    ),
    Way(
        "a Brummie of Punjabi family's 'kal', 'gaana', 'kitne', 'chal'",
        _said(said_as_brummie_punjabi),
        _EN,
    ),
    # Before the other English readers: they know "last week", not
    # "förra veckan", and "listen to", not "listen on".
    Way(
        "a Swedish learner's 'förra veckan', 'låtar', 'listen on X', 'in today'",
        _said(said_as_swedish_learner),
        _EN,
    ),
    # Before a claim is checked ("I don't think I had any Queen on
    # yesterday, did I") and before "I bet" is dropped as a remark.
    Way(
        "a question hinted at: 'I bet I played Eres loads', 'can't remember what ...'",
        _said(said_as_hinted),
        _EN,
    ),
    Way(
        "Tyneside's 'did us', 'te', 'neet' and AAVE's 'who new i been', 'i be passing on'",
        _said(said_in_geordie_or_aave),
        _EN,
    ),
    # Before the granny's Doric: its "o" for of would make "nine of clock".
    Way("a Doric teen's 'fa've', 'pure obsessed'", _said(said_as_doric_teen), _EN),
    # Before the other English readers: they know "what", not "fit".
    Way(
        "Aberdeen's Doric: 'fit wis', 'foo mony', 'fan did', 'hiv I', 'the day'",
        _said(said_in_doric),
        _EN,
    ),
    # An elder's names said first, her "a who" and her tails, before
    # Toronto Patois reads "any a dem" and "did a" (blind writer 551).
    Way(
        "an elder's Patois: 'from March come', 'more dan all di rest'",
        _said(said_as_patois_elder),
        _EN,
    ),
    # Before Scots reads Patois' "did a" as "did I" (blind writer 476).
    Way(
        "Patois' 'mi did a rinse out', 'any a dem'", _said(said_in_toronto_patois), _EN
    ),
    Way(
        "Scots as speech to text writes it: 'hoo mony', 'who long', 'did a', 'the day lee'",
        _said(said_in_edinburgh),
        _EN,
    ),
    Way(
        "London's youth English: 'been on bare', 'did I bang', ', swear down'",
        _said(said_in_mle),
        _EN,
    ),
    Way(
        "a lawyer's record and clauses: 'let the record reflect', 'I mean the band Air'",
        _said(said_as_counsel),
        _EN,
    ),
    Way(
        "an engineer's spans and measures: 'October first through October thirty first', 'count of plays'",
        _said(said_as_spec),
        _EN,
    ),
    Way(
        "a precise speaker's measure and qualifiers: 'strictly by play count', 'to be precise'",
        _said(said_precisely),
        _EN,
    ),
    Way(
        "a period spelled out again: 'gestern, am Donnerstag, dem neunzehnten November'",
        _said(said_precisely_de),
        _DE,
    ),
    Way(
        "two names set against each other: 'was it Queen or them French lads I had on most'",
        _said(said_of_either_name),
        _EN,
    ),
    Way(
        "a kind named before 'which one': 'a favorite album now. Which one ...'",
        _said(said_with_its_one),
        _EN,
    ),
    Way(
        "a Japanese learner's order: 'song of this week is what?', 'X or Y, when ... more'",
        _said(said_as_japanese_learner),
        _EN,
    ),
    Way(
        "a busy talker's remarks and second thoughts: ', scratch that', 'before bed'",
        _said(said_while_juggling),
        _EN,
    ),
    Way(
        "a commuter's clipped questions: 'c'mere, ...', 'got hammered', 'X, this week, yeah?'",
        _said(said_as_commuter),
        _EN,
    ),
    Way(
        "a Polish learner's English: 'song of month', 'album of ... which one it is'",
        _said(said_as_polish_learner),
        _EN,
    ),
    Way(
        "an elderly New Yorker's 'meshuga for', 'played and played', ', with my coffee'",
        _said(said_in_new_york),
        _EN,
    ),
    Way(
        "Belfast's 'bout ye,', 'wile into', 'yer X crowd'",
        _said(said_in_belfast),
        _EN,
    ),
    Way(
        "a Texas grandmother's 'box' for the speaker, 'hurry past' for skip",
        _said(said_on_the_ranch),
        _EN,
    ),
    # Before the marketing manager's "engage with" (blind writer 478).
    Way(
        "an executive's 'pulse check:', 'did I consume'", _said(said_as_executive), _EN
    ),
    Way("an executive's 'quarter to date', 'last quarter'", quarter_said, _EN),
    Way(
        "a marketing manager's 'play count on X', 'earworm', 'who's the winner', 'tune in'",
        _said(said_in_buzzwords),
        _EN,
    ),
    Way(
        "a Dutch learner's 'over and over a lot', 'quarter for eight', 'listen moment'",
        _said(said_as_dutch_learner),
        _EN,
    ),
    Way(
        "a Russian learner's order: 'how much I listened X on this week'",
        _said(said_as_russian_learner),
        _EN,
    ),
    Way(
        "a young teen's 'bestie,', 'living in' an album, 'obsession song'",
        _said(said_as_teen),
        _EN,
    ),
    Way(
        "a German learner's 'before one hour', 'in endless loop', 'become', 'quote'",
        _said(said_as_german_learner),
        _EN,
    ),
    Way(
        "a French learner's 'ave', 'chansons', 'the seven last days', 'actually'",
        _said(said_as_french_learner),
        _EN,
    ),
    Way(
        "Trinidad's 'or wha', 'X play at all', 'wha it was' last, 'passin over'",
        _said(said_in_trinidad_again),
        _EN,
    ),
)
