"""English ways read on the words as said: the older blind rounds' speakers.

The second half of `said_as_written_en` (blind rounds eight to eighteen,
issue 45's sixty-ninth to seventy-ninth turns), in the order they run; the
speakers each reader holds, and why each runs where it does, are in
`said_as_written_en`'s docstring and the package README. Split off only to
keep that function under 80 lines; it runs at the same place it did.
"""

from .accra_teacher_en import said_by_an_accra_teacher
from .appalachian_en import said_in_appalachia
from .bajan_en import said_in_bajan
from .boston_site_en import said_on_a_boston_site
from .brazilian_b1_again_en import said_in_brazilian_b1_again
from .brazilian_b1_en import said_in_brazilian_b1
from .cajun_again_en import said_as_a_cajun_again
from .chennai_stt_en import said_in_chennai_stt
from .cockney_market_en import said_at_the_market
from .cooking_parent_en import said_while_cooking
from .dj_patter_en import said_on_air
from .dublin_pub_en import said_in_a_dublin_pub
from .essex_salon_en import said_in_an_essex_salon
from .exact_en import said_exactly
from .genz_streamer_en import said_as_genz_streamer
from .german_habits_en import said_with_german_habits
from .glasgow_taxi_en import said_in_a_glasgow_taxi
from .glasgow_widower_en import said_by_a_glasgow_widower
from .gold_coast_en import said_on_the_gold_coast
from .hong_kong_office_en import said_in_hong_kong_office
from .houston_nurse_en import said_by_a_houston_nurse
from .iowa_terse_en import said_tersely_in_iowa
from .israeli_en import said_with_hebrew_habits
from .joburg_en import said_in_joburg
from .kent_grandfather_en import said_by_a_kent_grandfather
from .lagos_dictated_en import said_as_dictated_in_lagos
from .mancunian_teen_en import said_by_a_mancunian_teen
from .manglish_en import said_in_manglish
from .nairobi_guard_en import said_by_a_nairobi_guard
from .newfoundland_again_en import said_in_newfoundland_again
from .nurse_stt_en import said_by_a_dictating_nurse
from .nurse_taglish_en import said_as_a_nurse
from .phone_shorthand_en import said_as_phone_shorthand
from .polish_b1_en import said_in_polish_b1
from .queensland_trucker_en import said_by_a_queensland_trucker
from .scouse_again_en import said_in_scouse_again
from .singlish_tails_en import said_in_singlish_again
from .slurred_en import said_slurred
from .spanish_b1_en import said_in_spanish_b1
from .surrey_grandmother_en import said_in_surrey
from .trucker_en import said_by_a_trucker
from .valleys_and_child_en import said_in_the_valleys_or_by_a_child
from .vietnamese_dictated_en import said_in_vietnamese_dictation
from .yorkshire_miner_en import said_by_a_yorkshire_miner
from .yorkshire_pensioner_en import said_by_a_yorkshire_pensioner


def said_as_written_older_en(text: str) -> str:
    """Return `text` with the older rounds' speakers' words said in standard ones."""
    # Blind round seventeen (issue 45's seventy-eighth turn): a terse Nairobi
    # guard's topic-first questions (528), a Yorkshire miner's "contraption"
    # and "that X lot" (530), a Filipino nurse's dictation without "do"
    # (531), before later readers take "day off" or "'em" for names.
    text = said_by_a_nairobi_guard(text)
    # Blind round eighteen (issue 45's seventy-ninth turn): a Queensland
    # truckie's "catch X this morning or not", "sign off with", "knocking
    # off halfway" (533), and a Lagos tester's dictation: "X when i first
    # hear am", "no repeats" after a count, "how my week go" (536), before
    # any reader takes the clause for a name or "repeats" for the rate.
    text = said_as_dictated_in_lagos(said_by_a_queensland_trucker(text))
    text = said_by_a_dictating_nurse(said_by_a_yorkshire_miner(text))
    # Blind round sixteen (issue 45's seventy-seventh turn): a terse Houston
    # nurse's chart notes (523) and a Glasgow widower's Scots (525).
    text = said_by_a_glasgow_widower(said_by_a_houston_nurse(text))
    # Blind round sixteen's dictated Chennai English and Polish B1 English
    # (issue 45's seventy-seventh turn, 526, 527), before any reader takes
    # "lately" or "finally" for a name or "actual month" for no time.
    text = said_in_polish_b1(said_in_chennai_stt(text))
    text = said_by_a_kent_grandfather(said_by_a_mancunian_teen(text))
    # Blind round seventeen's Brazilian (issue 45's seventy-eighth turn,
    # 532): "push" for play, read before the first Brazilian's clocks.
    text = said_in_brazilian_b1(said_in_brazilian_b1_again(text))
    text = said_in_vietnamese_dictation(text)
    text = said_at_the_market(said_as_phone_shorthand(said_in_an_essex_salon(text)))
    text = said_tersely_in_iowa(text)
    text = said_in_scouse_again(said_by_an_accra_teacher(text))
    text = said_in_newfoundland_again(said_as_a_cajun_again(text))
    text = said_in_hong_kong_office(text)
    text = said_in_a_glasgow_taxi(said_with_german_habits(text))
    text = said_on_a_boston_site(said_on_the_gold_coast(text))
    text = said_as_a_nurse(said_by_a_yorkshire_pensioner(text))
    text = said_in_joburg(said_by_a_trucker(said_in_a_dublin_pub(text)))
    text = said_as_genz_streamer(said_in_bajan(text))
    text = said_in_surrey(said_in_spanish_b1(text))
    text = said_in_singlish_again(said_while_cooking(said_slurred(text)))
    text = said_on_air(said_in_manglish(text))
    text = said_in_the_valleys_or_by_a_child(text)
    return said_exactly(said_in_appalachia(said_with_hebrew_habits(text)))
