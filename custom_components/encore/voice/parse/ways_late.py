"""The ways of speaking undone last, in the order they run.

The second half of `plainly.WAYS` (see `plainly` for why the order matters):
the dialects read after the first half, learners' word order, the other
language's question words and times, hurried and DJ fronts, remarks,
stories and asides, and last the clip to the question's own clause.
"""

from typing import Final

from ..when.crossed import in_own_words
from .alabama_en import said_in_alabama
from .analyst import said_as_analyst
from .apposed_kind import without_apposed_kind
from .asides_and_turns_de import said_asides_and_turns_de
from .aussie_en import undo_aussie
from .banter_en import drop_asides
from .bavarian_de import said_in_bavarian
from .beginner_order_en import said_as_beginner_en
from .bets import without_bets
from .busy_en import undo_busy_en
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
from .code_switch import in_one_language, spanish_in_english
from .concert_words import said_in_concert_words
from .dash_asides import without_dash_asides
from .data_nerd_en import said_as_data_nerd
from .dialect_de_cologne import undo_cologne
from .dialect_de_vienna import leave_context
from .dialect_words_again_de import said_name_first_de
from .dictated_remarks import without_dictated_remarks
from .disfluent import without_hesitations
from .dj_en import front_dj, taste_described
from .donnish_en import said_as_a_don
from .dropped_h_en import said_with_h_dropped
from .everyday_en import said_everyday_en, without_when_home
from .fields_de import undo_fields_de
from .fields_en import undo_fields_en
from .formal_de import join_clauses_de
from .glasgow_en import undo_glasgow
from .grandparent_en import said_as_grandparent_en
from .had_on_de import undo_had_on_de
from .headline_de import undo_headline_de
from .hooked_de import undo_hooked_de
from .hours_ago import said_ago
from .hurried import front_hurried
from .interruptions import drop_interruptions
from .irish_en import said_as_irish
from .jargon_en import front_name
from .learner_ar import undo_learner_ar
from .learner_en_de import said_learner_en_de
from .learner_ja import join_said_first
from .learner_ja_de import said_learner_ja_de
from .learner_ko_en import said_as_korean_en
from .learner_pl import undo_learner_pl
from .learner_tr import undo_learner_tr
from .learner_vi import undo_learner_vi
from .learner_zh_de import undo_learner_zh_de
from .learner_zh_en import said_as_mandarin_en
from .learner_zh_topic_de import said_topic_first_zh_de
from .me_for_my import undo_me_for_my
from .minnesota_en import said_in_minnesota
from .name_again import name_said_again
from .name_first_en import front_clipped
from .newfoundland_en import said_in_newfoundland
from .nigerian_en import said_as_in_lagos
from .noisy_car_en import said_once_after_pause
from .not_since_de import undo_not_since_de
from .ozark_en import said_in_the_ozarks
from .passive import said_in_active
from .patois_en import said_in_patois
from .period_first import said_with_period_last
from .period_restated import without_period_restated
from .restated import period_said_exactly, said_exactly
from .said_again import without_said_again
from .said_around import said_without_around
from .said_first import field_first, name_pointed_back, name_pointed_back_de
from .self_corrected_en import said_once_en
from .singlish_en import join_topic
from .south_asian_address_en import said_with_south_asian_address
from .spelled_out import without_span_restated
from .standard_words_de import standard_words_de
from .story_sentences import said_as_storyteller
from .surfer_en import said_as_surfer
from .tamil_en import said_in_tamil_english
from .told_first_de import without_story_told
from .trini_en import said_in_trinidad
from .way import DE as _DE, EN as _EN, Way, in_language as _in, said as _said
from .workout import without_workout
from .yarn_en import undo_yarn_en
from .yorkshire_en import said_in_yorkshire

LATE_WAYS: Final[tuple[Way, ...]] = (
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
        _said(
            lambda text: said_in_alabama(
                said_with_south_asian_address(said_in_chennai(text))
            )
        ),
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
