"""The readers of whole ways of speaking, in the order they run.

Before a question is read, each way of speaking that wraps it is undone, so
the reader sees the words of the question alone, in a plain order:
"ah sure look, who was it I listened to the most this month, love" reaches
the reader as "who did I listen to the most this month". Each reader lives
in its own module, named for the way of speaking it undoes; this module
only orders them.

Why the order matters: a reader that finds the question by its first words
(a yarn's "would you ever tell me", a name said first) must run before a
story is split into sentences; a learner's word order must be put plain
before a comma clips the question; the other language's words must be
translated before the hurried and DJ readers look for question words; and
the clip to the question's own clause runs last, on the plain words.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
import re
from typing import Final

from ..when.crossed import in_own_words
from .accra_dublin_en import said_in_accra_or_dublin
from .alabama_en import said_in_alabama
from .analyst import said_as_analyst
from .apposed_kind import without_apposed_kind
from .asides_and_turns_de import said_asides_and_turns_de
from .aussie_en import undo_aussie
from .autocorrected_en import said_without_autocorrect
from .banter_en import drop_asides
from .bavarian_de import said_in_bavarian
from .beginner_order_en import said_as_beginner_en
from .belfast_en import said_in_belfast
from .berlin_hipster_de import said_in_berlin
from .bernese_again_de import said_in_bernese_again
from .bets import without_bets
from .boston_en import said_in_boston
from .brummie_punjabi_en import said_as_brummie_punjabi
from .busy_en import undo_busy_en
from .buzzwords_en import said_in_buzzwords
from .cb_radio_en import said_on_the_cb
from .chat_after_de import chat_after_de
from .chat_around_en import chat_around_en, man_for_i
from .chatter_en import drop_chatter
from .chatty_de import undo_chatty_de
from .checked import said_as_asked
from .chennai_en import said_in_chennai
from .child_de import said_of_the_season
from .clauses import clip
from .clipped_de import undo_clipped_de
from .clipped_en import undo_clipped
from .cockney_en import said_in_cockney
from .code_switch import in_one_language, spanish_in_english
from .commuter_en import said_as_commuter
from .concert_words import said_in_concert_words
from .counsel_en import said_as_counsel
from .dash_asides import without_dash_asides
from .data_nerd_en import said_as_data_nerd
from .dialect_de_cologne import undo_cologne
from .dialect_de_vienna import leave_context
from .dialect_words_again_de import said_name_first_de
from .dictated_remarks import without_dictated_remarks
from .disfluent import without_hesitations
from .dj_en import front_dj, taste_described
from .donnish_en import said_as_a_don
from .doric_en import said_in_doric
from .doric_teen_en import said_as_doric_teen
from .dropped_h_en import said_with_h, said_with_h_dropped
from .edinburgh_en import said_in_edinburgh
from .everyday_en import said_everyday_en, without_when_home
from .executive_en import quarter_said, said_as_executive
from .fields_de import undo_fields_de
from .fields_en import undo_fields_en
from .formal_de import join_clauses_de
from .geordie_aave_en import said_in_geordie_or_aave
from .glasgow_en import said_with_scots_i, undo_glasgow
from .grandparent_en import said_as_grandparent_en
from .had_on_de import undo_had_on_de
from .headline_de import undo_headline_de
from .hinted_de import undo_hinted_de
from .hinted_en import said_as_hinted
from .hooked_de import undo_hooked_de
from .hours_ago import said_ago
from .hurried import front_hurried
from .interruptions import drop_interruptions
from .irish_en import said_as_irish
from .jargon_en import front_name
from .juggling_en import said_while_juggling
from .kiwi_en import said_as_a_kiwi
from .lahore_en import said_in_lahore
from .learner_ar import undo_learner_ar
from .learner_ar_order_en import said_in_arabic_order_en
from .learner_de_en import said_as_german_learner
from .learner_en_de import said_learner_en_de
from .learner_fr_en import said_as_french_learner
from .learner_ja import join_said_first
from .learner_ja_de import said_learner_ja_de
from .learner_ja_en import said_as_japanese_learner
from .learner_ko_en import said_as_korean_en
from .learner_ko_topic_en import said_in_korean_topic_order
from .learner_nl_en import said_as_dutch_learner
from .learner_pl import undo_learner_pl
from .learner_pl_en import said_as_polish_learner
from .learner_ru_en import said_as_russian_learner
from .learner_slips_de import said_as_learner_de
from .learner_sv_en import said_as_swedish_learner
from .learner_tr import undo_learner_tr
from .learner_vi import undo_learner_vi
from .learner_zh_de import undo_learner_zh_de
from .learner_zh_en import said_as_mandarin_en
from .learner_zh_topic_de import said_topic_first_zh_de
from .luxembourgish_de import said_in_luxembourgish
from .me_for_my import undo_me_for_my
from .minnesota_en import said_in_minnesota
from .mle_en import said_in_mle
from .mumbled_en import said_mumbling
from .name_again import name_said_again
from .name_first_en import front_clipped
from .nervous_en import said_nervously
from .new_york_en import said_in_new_york
from .newfoundland_en import said_in_newfoundland
from .nigerian_en import said_as_in_lagos
from .noisy_car_en import said_once_after_pause
from .not_since_de import undo_not_since_de
from .offhand_en import said_offhand
from .ozark_en import said_in_the_ozarks
from .passive import said_in_active
from .patois_en import said_in_patois
from .patois_toronto_en import said_in_toronto_patois
from .period_first import said_with_period_last
from .period_restated import without_period_restated
from .pidgin_cajun_en import said_in_pidgin_or_cajun
from .precise_de import said_precisely_de
from .precise_en import said_precisely
from .put_right_en import put_right_en
from .put_right_first import put_right_first
from .radio_cottage_en import said_on_air_or_at_the_cottage
from .ranch_en import said_on_the_ranch
from .restated import period_said_exactly, said_exactly
from .retired_official_de import said_as_official_de
from .said_again import without_said_again
from .said_around import said_without_around
from .said_as_written_de import said_as_written_de
from .said_as_written_en import said_as_written_en
from .said_first import (
    field_first,
    field_first_de,
    name_pointed_back,
    name_pointed_back_de,
)
from .scouse_en import said_in_scouse
from .self_corrected_en import said_once_en
from .sheng_en import said_in_sheng_or_hong_kong
from .singlish_en import join_topic
from .spec_en import said_as_spec
from .spelled_out import without_span_restated
from .standard_words_de import standard_words_de
from .story_sentences import said_as_storyteller
from .surfer_en import said_as_surfer
from .swabian_teen_de import said_in_swabian
from .taglish_en import said_in_taglish
from .taglish_skips_en import said_in_taglish_skips
from .tamil_en import said_in_tamil_english
from .teen_slang_en import said_as_teen
from .told_first_de import without_story_told
from .trini_again_en import said_in_trinidad_again
from .trini_en import said_in_trinidad
from .which_one_en import said_with_its_one
from .workout import without_workout
from .world_times import world_times
from .yarn_en import undo_yarn_en
from .yorkshire_en import said_in_yorkshire

type _Undo = Callable[[str, str, datetime, tzinfo], str]


@dataclass(frozen=True, slots=True)
class Way:
    """One way of speaking, undone: what it is, and for which languages."""

    said: str
    undo: _Undo
    languages: frozenset[str] = frozenset({"en", "de"})


def _said(undo: Callable[[str], str]) -> _Undo:
    """Return a reader of the words alone as a reader of the whole question."""
    return lambda text, _language, _now, _zone: undo(text)


def _in(undo: Callable[[str, str], str]) -> _Undo:
    """Return a reader of words in a language as a reader of the whole question."""
    return lambda text, language, _now, _zone: undo(text, language)


_EN: Final = frozenset({"en"})
_DE: Final = frozenset({"de"})

# "Nine p.m." with its dots: one word, so no reader takes a dot for a
# sentence's end (issue 45's thirty-sixth turn, "at nine p.m. sharp. What was
# playing then?").
_CLOCK_DOTS: Final = re.compile(r"\b([ap])\.\s?m\.?(?=[\s,;:?!]|$)", re.IGNORECASE)


def _clock_without_dots(text: str) -> str:
    """Return "nine p.m." as "nine pm"."""
    return _CLOCK_DOTS.sub(lambda found: f"{found[1].lower()}m", text)


WAYS: Final[tuple[Way, ...]] = (
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
    Way(
        "Trinidad's 'mih', 'de most', 'I does', 'I listen to any X yesterday?'",
        _said(said_in_trinidad),
        _EN,
    ),
    Way(
        "Minnesota's 'uff da', 'do ya know', 'that one song X, did I play that'",
        _said(said_in_minnesota),
        _EN,
    ),
    Way(
        "a trucker's CB talk: 'breaker breaker', ', good buddy', ', come back', ', 10-4'",
        _said(said_on_the_cb),
        _EN,
    ),
    Way(
        "a data nerd's 'query:', 'by raw play count', 'worst skip ratio', 'in my data'",
        _said(said_as_data_nerd),
        _EN,
    ),
    Way(
        "the Ozarks' 'a-listenin'', 'who all', 'plumb', 'might could'",
        _said(said_in_the_ozarks),
        _EN,
    ),
    # Chennai's "tell no", "enna da"; Lahore's "beta, ..." and "..., total
    # number only"; Alabama's "that speaker", the household's listening.
    Way(
        "Chennai's 'tell no', Lahore's 'beta, ...', Alabama's 'that speaker'",
        _said(lambda text: said_in_alabama(said_in_lahore(said_in_chennai(text)))),
        _EN,
    ),
    Way(
        "Tamil English's 'X i listened or not', 'totally', '8.30 morning today'",
        _said(said_in_tamil_english),
        _EN,
    ),
    Way(
        "a word written again after a pause: 'song of the uh the summer'",
        _said(said_once_after_pause),
        _EN,
    ),
    # First: a hesitation's reader takes "sorry" for a correction, and "...,
    # sorry, was it music or the podcast" is a guess, never one.
    Way(
        "London's 'man' for I: 'has man done', 'that man listened'",
        _said(man_for_i),
        _EN,
    ),
    Way(
        "a Japanese learner's apology first, 'X gehört oder nicht': German",
        _said(said_learner_ja_de),
        _DE,
    ),
    Way(
        "a learner's and a consultant's German, before a comma clips it",
        _said(said_learner_en_de),
        _DE,
    ),
    Way(
        "the remarks around a German question, its turns put plainly",
        _said(said_asides_and_turns_de),
        _DE,
    ),
    # Before the Mandarin speaker's "X play what" ("september first song i
    # play what" had been what played) and the Korean speaker's "<period> X
    # I listened or not", whose period is one word ("last friday X" had put
    # "friday" in the name).
    Way(
        "a beginner's period first, question word last: 'last friday X i hear or no'",
        _said(said_as_beginner_en),
        _EN,
    ),
    Way(
        "a Mandarin speaker's topic first, question word in place: 'X playing what'",
        _said(said_as_mandarin_en),
        _EN,
    ),
    Way(
        "a Korean speaker's topic first, question word last: 'Queen how much time I listen'",
        _said(said_as_korean_en),
        _EN,
    ),
    Way("a claim checked: 'I didn't play Muse yesterday, did I?'", _in(said_as_asked)),
    Way(
        "the chat around an English question: 'Be honest - how much …? I want to know.'",
        _in(chat_around_en),
        _EN,
    ),
    Way(
        "a German remark after the question's mark: '…? Ich glaab schun'",
        _in(chat_after_de),
        _DE,
    ),
    Way(
        "a name said first, pointed back to: 'Air, did I play any of that since October'",
        _said(name_pointed_back),
        _EN,
    ),
    Way("'wieviel', 'hab isch': 'wie viel', 'hab ich'", _said(standard_words_de), _DE),
    Way(
        "a name said first, pointed back to: 'Queen, wann hab ich die zuletzt gehört'",
        _said(name_pointed_back_de),
        _DE,
    ),
    Way(
        "an aside between dashes: 'this morning — from the porridge on — how long …'",
        _in(without_dash_asides),
    ),
    Way(
        "a word said again at the end: 'how many tunes this afternoon, tunes'",
        _in(without_said_again),
    ),
    Way(
        "the period said first: 'October, what was my song of the month'",
        said_with_period_last,
    ),
    Way(
        "speech's sounds and pauses: 'how long did i uh listen'",
        _in(without_hesitations),
    ),
    Way(
        "a workout it was played around: 'at the gym', 'beim Laufe'",
        _in(without_workout),
    ),
    Way(
        "a parent's aside to a child and its repeat: '..., no, stop that, so far today'",
        _said(undo_busy_en),
        _EN,
    ),
    Way("a DJ's 'describe what I play': the taste", _in(taste_described)),
    Way("a child's 'mein Lied vom Sommer'", _said(said_of_the_season), _DE),
    Way("a child's 'when I got home from school'", _said(without_when_home), _EN),
    Way(
        "a question said over: 'in the, in the kitchen', 'half five, I mean half past five'",
        _said(said_once_en),
        _EN,
    ),
    Way(
        "a period spelled out by its days: 'this week, Monday the sixteenth through now'",
        without_span_restated,
    ),
    Way("a story told in one breath before the question", without_story_told, _DE),
    Way("a period said again: 'last month, October that is'", without_period_restated),
    Way(
        "a bet or a claim around it: '..., Jonas reckons it's Queen'", _in(without_bets)
    ),
    Way("a Dubliner's 'would ye tell me', 'giz me'", _said(said_as_irish), _EN),
    Way(
        "a Newfoundlander's 'am I after playin'', 'what crowd', 'b'y'",
        _said(said_in_newfoundland),
        _EN,
    ),
    Way("a surfer's 'have i cranked', 'did i jam', 'brah'", _said(said_as_surfer), _EN),
    Way(
        "an academic's weighed asides: 'I should be interested, ..., in my five'",
        _said(said_as_a_don),
        _EN,
    ),
    Way(
        "a dropped h without its apostrophe: 'ow many', 'ere bab'",
        _said(said_with_h_dropped),
        _EN,
    ),
    Way(
        "a Lagos speaker's 'abeg', 'wetin', 'played pass'", _said(said_as_in_lagos), _EN
    ),
    Way(
        "Spanish in English: 'cuál es mi podcast favorito', 'a las cinco'",
        _said(spanish_in_english),
        _EN,
    ),
    Way(
        "Patois in English: 'wah song mi play di most dis month'",
        _said(said_in_patois),
        _EN,
    ),
    Way(
        "an analyst's 'largest share', 'dominiert', 'im Zeitraum'", _in(said_as_analyst)
    ),
    Way("a concert-goer's 'piece', 'ensemble', 'Programm'", _in(said_in_concert_words)),
    Way(
        "a greeting or polite frame before the question, thanks after it",
        _in(said_without_around),
    ),
    Way(
        "a question asked in the passive: 'when was Air last played'",
        _in(said_in_active),
    ),
    Way(
        "a search box's fields: 'Daft Punk, times played, this year'",
        _said(undo_fields_en),
        _EN,
    ),
    # Before the search box's fields: its comma read a learner's tail as a field.
    Way("a dialect's 'Justice, hab isch die ...'", _in(said_name_first_de), _DE),
    Way(
        "a Chinese learner's topic first: 'Samstag was hören'",
        _in(said_topic_first_zh_de),
    ),
    Way(
        "a search box's fields: 'Lieder heute Nachmittag, Anzahl'",
        _said(undo_fields_de),
        _DE,
    ),
    Way(
        "everyday words: 'what songs what I played', 'loads and loads'",
        _said(said_everyday_en),
        _EN,
    ),
    Way(
        "a remark before or after a question dictated without punctuation",
        _in(without_dictated_remarks),
    ),
    Way(
        "'me' for 'my', and a Scouse speaker's tags: 'me top band, la'",
        _in(undo_me_for_my),
    ),
    Way(
        "a name said first with its kind beside it: 'Discovery, the album, …'",
        _in(without_apposed_kind),
    ),
    Way(
        "a yarn: 'would you ever tell me', the story after it", _said(undo_yarn_en), _EN
    ),
    Way("a name said first: 'Arctic Monkeys, when last'", _in(front_clipped)),
    Way("a question clipped to its keywords: 'when last'", _in(undo_clipped)),
    Way(
        "a Cologne speaker's clipped German: 'gestern Abend, wat lief'",
        _in(undo_clipped_de),
    ),
    Way(
        "a Glasgow speaker's keywords: 'Radiohead plays. all time.'", _in(undo_glasgow)
    ),
    Way("'what was on an hour ago': the clock time it means", said_ago),
    Way(
        "a vague amount, then the count: 'wie viel, also wie viele Sachen'",
        _in(said_exactly),
    ),
    Way(
        "a vague period, then the exact one: 'lately? like the last two weeks'",
        _in(period_said_exactly),
    ),
    Way(
        "'seit wann habe ich Air nicht mehr gehört': its last play",
        _in(undo_not_since_de),
    ),
    Way("'von welchem Lied komm ich nicht los': on repeat", _in(undo_hooked_de)),
    Way("'wie viel Queen hatte ich an': the name's plays", _in(undo_had_on_de)),
    Way(
        "a story told in sentences of its own around the question", said_as_storyteller
    ),
    Way(
        "a Yorkshire grandmother's 'love', a grandparent's tags and polite requests",
        _said(lambda text: said_as_grandparent_en(said_in_yorkshire(text))),
        _EN,
    ),
    Way("the field said first: 'podcast-wise, who …'", _said(field_first), _EN),
    Way(
        "a Bavarian grandfather's recap, 'dabei', 'da' and skips",
        _said(said_in_bavarian),
        _DE,
    ),
    Way("a Polish speaker's order, before a comma clips it", _in(undo_learner_pl)),
    Way("a Turkish speaker's articles, order and tense", _in(undo_learner_tr)),
    Way("a Vietnamese speaker's bare verbs, plurals and order", _in(undo_learner_vi)),
    Way(
        "a Chinese speaker's present for the past, topic first", _in(undo_learner_zh_de)
    ),
    Way("an Arabic speaker's 'b' for 'p', articles and order", _in(undo_learner_ar)),
    Way("the other language's question words", _in(in_one_language)),
    Way("the other language's times", _in(in_own_words)),
    Way("a hurried user's wake word and question word said last", _in(front_hurried)),
    Way("words said to someone else mid-question", drop_interruptions),
    Way("a DJ's name said first and its description", _in(front_dj)),
    Way("whose the name is, said again where the name stands", _in(name_said_again)),
    Way("a Cologne speaker's remarks and restatements", _said(undo_cologne), _DE),
    Way("a chatty speaker's remarks after the question", _said(undo_chatty_de), _DE),
    Way("a teenager's clipped German headline", _said(undo_headline_de), _DE),
    Way("an Australian's remarks and restatements", _said(undo_aussie), _EN),
    Way("a story before the question", _said(drop_chatter), _EN),
    Way("a topic's particle and comma: 'this week ah, …'", _said(join_topic), _EN),
    Way("a topic said first, joined to its question", _said(join_said_first), _EN),
    Way("the context told before the question", _in(leave_context)),
    Way("a joke or an aside after the question", _in(drop_asides)),
    Way("the commas of German inner clauses", _in(join_clauses_de)),
    Way("a name said first, put where its pronoun stands", _in(front_name)),
    Way("the asides before the question's own clause and the chat after it", clip),
)


def said_plainly(text: str, language: str, now: datetime, time_zone: tzinfo) -> str:
    """Return the words of the question alone, in order, before they are read."""
    for way in WAYS:
        if language in way.languages:
            text = way.undo(text, language, now, time_zone)
    return text
