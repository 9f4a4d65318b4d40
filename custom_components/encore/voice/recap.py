"""The recap by voice and for LLMs: "how was my year in music" (issue 38).

One Assist intent, `EncoreRecap` (sentences in `sentences/recap/`), and one
LLM tool, `encore__recap`, both answered from `history.recaps` in two or
three spoken sentences with the headline figures, the tool with the data
behind them too.

What the words mean, in Home Assistant's time zone:

- "my year": this year so far; in January, the year that just ended (the
  recap people ask for then).
- a month ("my October recap"): its latest occurrence that has begun, this
  month so far when it is this month.
- "the song of the summer": the most played song of June to August, this
  year's once June began, else last year's.
- "who listened most in our house": the household, this year unless a
  period is said.
- any other period said ("how was my week in music", "recap October for
  me", "give me a rundown of my listening": issue 45): that period, this
  month when none is said.
"""

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any, ClassVar, Final, override

import probatio

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import intent, llm
from homeassistant.util import dt as dt_util
from homeassistant.util.json import JsonObjectType

from ..history.periods import Period, PeriodName, local_midnight, resolve_period
from ..history.questions import (
    Recap,
    RecapStatus,
    Scope,
    async_recap,
    headline,
    to_dict,
)
from ..history.whose import ResolvedScope, WhoseReason
from .answers import pick_language
from .ask import Asker, words
from .handler import EncoreIntentHandler
from .heard import clean_time
from .intents import INTENT_WHAT_PLAYED
from .llm_api import EncoreTool, ToolArgumentError
from .net import Routed, async_answer_as, family
from .respond import Answer
from .slots import heard_period
from .when import DISPLAY_MONTHS, parse_when

INTENT_RECAP: Final = "EncoreRecap"
KINDS: Final = ("year", "month", "last_month", "summer", "household", "period")
HOUSEHOLD_PERIODS: Final = ("this_year", "last_year", "this_month", "last_month")


# What is said, by language. {label} names the period ("in October 2025").
SPEECH: Final = {
    "en": {
        "label_year": "in {year}",
        "label_year_so_far": "so far in {year}",
        "label_month": "in {month} {year}",
        "label_summer": "in the summer of {year}",
        "label_this_year": "this year",
        "label_last_year": "last year",
        "label_this_month": "this month",
        "label_last_month": "last month",
        "nothing": "There is nothing to recap {label} yet.",
        "minutes": "{Label} you listened to {minutes} minutes of music.",
        "podcasts_only": "{Label} you listened to {minutes} minutes of podcasts, "
        "most of all {show}.",
        "tops": "Your top artist was {artist}, and your top song {song} by "
        "{song_artist}.",
        "discoveries": "You discovered {discoveries} new artists, {new} the biggest.",
        "summer": "Your song of the summer {year} was {song} by {song_artist}, "
        "played {plays} times.",
        "summer_minutes": "You listened to {minutes} minutes of music that summer.",
        "household": "{person} listened most in your home {label}, with {minutes} "
        "minutes.",
        "household_next": "{person} came next with {minutes} minutes.",
        "household_one": "Only one person listened {label}: {minutes} minutes.",
        "household_common": "You all like {artist}.",
    },
    "de": {
        "label_year": "im Jahr {year}",
        "label_year_so_far": "bisher im Jahr {year}",
        "label_month": "im {month} {year}",
        "label_summer": "im Sommer {year}",
        "label_this_year": "dieses Jahr",
        "label_last_year": "letztes Jahr",
        "label_this_month": "diesen Monat",
        "label_last_month": "letzten Monat",
        "nothing": "Für {label} gibt es noch nichts zurückzublicken.",
        "minutes": "{Label} hast du {minutes} Minuten Musik gehört.",
        "podcasts_only": "{Label} hast du {minutes} Minuten Podcasts gehört, am "
        "meisten {show}.",
        "tops": "Dein Top-Künstler war {artist}, dein Top-Song {song} von "
        "{song_artist}.",
        "discoveries": "Du hast {discoveries} neue Künstler entdeckt, allen voran "
        "{new}.",
        "summer": "Dein Sommerhit {year} war {song} von {song_artist}, {plays} Mal "
        "gespielt.",
        "summer_minutes": "In dem Sommer hast du {minutes} Minuten Musik gehört.",
        "household": "{person} hat {label} bei euch am meisten gehört, {minutes} "
        "Minuten.",
        "household_next": "Danach kommt {person} mit {minutes} Minuten.",
        "household_one": "Nur eine Person hat {label} gehört: {minutes} Minuten.",
        "household_common": "Ihr alle mögt {artist}.",
    },
}


def _language(language: str) -> str:
    return "de" if language.split("-", maxsplit=1)[0].lower() == "de" else "en"


def _number(value: int, language: str) -> str:
    text = f"{value:,}"
    return text.replace(",", ".") if language == "de" else text


def recap_period(
    kind: str, now: datetime, *, month: int | None = None, period: str | None = None
) -> tuple[Period, dict[str, Any]]:
    """Return the period the words mean (module docstring) and its label's parts."""
    time_zone = dt_util.get_default_time_zone()
    now = now.astimezone(time_zone)
    today = now.date()

    def span(first: date, following: date) -> Period:
        start = local_midnight(first, time_zone)
        return Period(
            PeriodName.CUSTOM, start, min(local_midnight(following, time_zone), now)
        )

    if kind == "household":
        name = period or "this_year"
        return resolve_period(name, now=now, time_zone=time_zone), {"named": name}
    if kind == "last_month":
        found = resolve_period(PeriodName.LAST_MONTH, now=now, time_zone=time_zone)
        assert found.start is not None  # noqa: S101 - last month has a start
        first = found.start.date()
        return found, {"label": "month", "month": first.month, "year": first.year}
    if kind == "month":
        if month is None:
            raise ToolArgumentError("Give the month, 1 to 12")
        year = today.year if month <= today.month else today.year - 1
        following = date(year + month // 12, month % 12 + 1, 1)
        return span(date(year, month, 1), following), {
            "label": "month",
            "month": month,
            "year": year,
        }
    if kind == "summer":
        year = today.year if today.month >= 6 else today.year - 1
        return span(date(year, 6, 1), date(year, 9, 1)), {
            "label": "summer",
            "year": year,
        }
    year = today.year - 1 if today.month == 1 else today.year
    so_far = year == today.year
    return span(date(year, 1, 1), date(year + 1, 1, 1)), {
        "label": "year_so_far" if so_far else "year",
        "year": year,
    }


def _label(language: str, parts: dict[str, Any]) -> str:
    table = SPEECH[language]
    if said := parts.get("said"):
        return str(said)
    if named := parts.get("named"):
        return table[f"label_{named}"]
    month = parts.get("month")
    return table[f"label_{parts['label']}"].format(
        year=parts["year"],
        month=DISPLAY_MONTHS[language][month - 1] if month else "",
    )


def speak_recap(answer: Recap, kind: str, language: str, parts: dict[str, Any]) -> str:
    """Say a recap in two or three sentences, in English or German."""
    language = _language(language)
    table = SPEECH[language]
    label = _label(language, parts)
    capital = label[:1].upper() + label[1:]
    if answer.status is RecapStatus.NOTHING_YET:
        return table["nothing"].format(label=label)
    music, podcasts = answer.music, answer.podcasts
    if kind == "household":
        return _speak_household(answer, table, label, language)
    if music is None:
        assert podcasts is not None  # noqa: S101 - a ready recap played something
        return table["podcasts_only"].format(
            Label=capital,
            minutes=_number(podcasts.minutes, language),
            show=podcasts.top_shows[0].name,
        )
    song = music.top_songs[0]
    if kind == "summer":
        return " ".join(
            (
                table["summer"].format(
                    year=parts["year"],
                    song=song.name,
                    song_artist=song.artist or "?",
                    plays=_number(song.plays, language),
                ),
                table["summer_minutes"].format(
                    minutes=_number(music.minutes, language)
                ),
            )
        )
    said = [
        table["minutes"].format(
            Label=capital, minutes=_number(music.minutes, language)
        ),
        table["tops"].format(
            artist=music.top_artists[0].name,
            song=song.name,
            song_artist=song.artist or "?",
        ),
    ]
    if music.discoveries and music.top_discoveries:
        said.append(
            table["discoveries"].format(
                discoveries=_number(music.discoveries, language),
                new=music.top_discoveries[0].name,
            )
        )
    return " ".join(said)


def _speak_household(
    answer: Recap, table: dict[str, str], label: str, language: str
) -> str:
    household = answer.household
    if household is None:
        music, podcasts = answer.music, answer.podcasts
        minutes = (music.minutes if music else 0) + (
            podcasts.minutes if podcasts else 0
        )
        return table["household_one"].format(
            label=label, minutes=_number(minutes, language)
        )
    first, *others = household.listeners
    said = [
        table["household"].format(
            person=first.person,
            label=label,
            minutes=_number(first.minutes, language),
        )
    ]
    if others:
        said.append(
            table["household_next"].format(
                person=others[0].person, minutes=_number(others[0].minutes, language)
            )
        )
    common = household.common_artists
    if common and len(common[0].people) == len(household.listeners):
        said.append(table["household_common"].format(artist=common[0].entry.name))
    return " ".join(said)


async def async_recap_answer(
    hass: HomeAssistant,
    asker: Asker,
    kind: str,
    *,
    month: int | None = None,
    period: str | None = None,
    said: Period | None = None,
    label: str | None = None,
) -> tuple[dict[str, Any], str]:
    """Read the recap the words mean; return its data and what to say.

    `said`: with kind "period", the period the words said, and `label` what
    the answer calls it.
    """
    if kind == "period":
        found = said or resolve_period(
            PeriodName.THIS_MONTH,
            now=asker.now,
            time_zone=dt_util.get_default_time_zone(),
        )
        spoken = asker.speaker.tail(replace(words(found), said=label)).strip()
        parts: dict[str, Any] = {"said": spoken or asker.speaker.lead(words(found))}
    else:
        found, parts = recap_period(kind, asker.now, month=month, period=period)
    if kind == "household":
        resolved = ResolvedScope(Scope(), list(asker.accounts), None, WhoseReason.ALL)
    else:
        resolved = ResolvedScope(
            asker.whose.scope, list(asker.accounts), None, WhoseReason.USER
        )
    answer = await async_recap(hass, resolved, found)
    speech = speak_recap(answer, kind, asker.speaker.language, parts)
    data: dict[str, Any] = {
        "recap": kind,
        "period": found.as_dict(),
        "headline": headline(answer),
    }
    if answer.music is not None:
        data["top_artists"] = to_dict(answer.music.top_artists[:3])
        data["top_songs"] = to_dict(answer.music.top_songs[:3])
    if answer.household is not None:
        data["listeners"] = to_dict(answer.household.listeners)
    return data, speech


class RecapIntentHandler(EncoreIntentHandler):
    """Answer "how was my year in music", "who listened most in our house"."""

    intent_type = INTENT_RECAP
    reads_time_words = False
    description = "Sums up a year, a month or the summer of listening"
    slots: ClassVar[dict[Any, Any]] = {
        probatio.Required("recap", description="What to sum up"): probatio.In(KINDS),
        probatio.Optional("month", description="A month, 1 to 12"): probatio.All(
            probatio.Coerce(int), probatio.Range(min=1, max=12)
        ),
        probatio.Optional("period", description="The household's period"): probatio.In(
            HOUSEHOLD_PERIODS
        ),
        probatio.Optional(
            "when", description="With recap period: the period as said"
        ): intent.non_empty_string,
        probatio.Optional(
            "household", description="With recap period: the household's plays"
        ): bool,
    }

    @override
    async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
        """Sum up a day or part of one by what played then, as that family.

        "This afternoon's listening, summary", "a recap of yesterday": a
        recap's top song of an afternoon would answer another question.
        """
        when = intent_obj.slots.get("when", {}).get("value")
        if intent_obj.slots.get("recap", {}).get("value") == "period" and when:
            language = pick_language(
                intent_obj.language, intent_obj.hass.config.language
            )
            heard = parse_when(
                clean_time(str(when), language),
                language,
                dt_util.now(),
                dt_util.get_default_time_zone(),
            )
            period = None if heard is None else heard.period
            if (
                period is not None
                and period.start is not None
                and period.end - period.start <= _ONE_DAY
            ):
                household = intent_obj.slots.get("household", {}).get("value")
                return await async_answer_as(
                    intent_obj,
                    Routed(
                        INTENT_WHAT_PLAYED,
                        {"when": when, **({"household": True} if household else {})},
                    ),
                )
        return await super().async_handle(intent_obj)

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, values: dict[str, Any]
    ) -> Answer:
        said = label = None
        if values["recap"] == "period" and "when" in values:
            heard = heard_period(asker, {"when": values["when"]})
            said, label = heard.period, heard.label
        data, speech = await async_recap_answer(
            hass,
            asker,
            values["recap"],
            month=values.get("month"),
            period=values.get("period"),
            said=said,
            label=label,
        )
        return Answer(speech, data)


_ONE_DAY: Final = timedelta(days=1, hours=1)
"""A day, with room for a daylight-saving change."""

RECAP_HANDLER: Final = family(RecapIntentHandler())
"""The one recap handler: registered, and answering the net's readings."""


class RecapTool(EncoreTool):
    """The recap of a year, a month or the summer, or the household's."""

    name = "encore__recap"
    title = "Recap of a year, a month or the summer"
    description = (
        "A recap ('Wrapped') of the user's listening: minutes, top artists and "
        "songs, discoveries; 'year' (this year so far; in January the last "
        "year), 'month' (with month 1-12: its latest occurrence), 'last_month', "
        "'summer' (the song of the summer), or 'household' (who listened most "
        "at home, with period this_year, last_year, this_month or last_month)."
    )
    parameters = probatio.Schema(
        {
            probatio.Required("recap"): probatio.In(KINDS),
            probatio.Optional("month"): probatio.All(
                probatio.Coerce(int), probatio.Range(min=1, max=12)
            ),
            probatio.Optional("period"): probatio.In(HOUSEHOLD_PERIODS),
        }
    )

    @override
    async def async_answer(
        self, hass: HomeAssistant, asker: Asker, args: dict[str, Any]
    ) -> tuple[JsonObjectType, str]:
        data, speech = await async_recap_answer(
            hass,
            asker,
            args["recap"],
            month=args.get("month"),
            period=args.get("period"),
        )
        return data, speech


@callback
def async_register_recap_intent(hass: HomeAssistant) -> None:
    """Register the recap's intent handler once.

    Encore's setup and the intent platform both ask: a second registration
    logged "is being overwritten" at every start (issue 43.16).
    """
    registered = {handler.intent_type: handler for handler in intent.async_get(hass)}
    if registered.get(INTENT_RECAP) is RECAP_HANDLER:
        return
    intent.async_register(hass, RECAP_HANDLER)


def recap_tools() -> list[llm.Tool]:
    """Return the recap's LLM tools."""
    return [RecapTool()]
