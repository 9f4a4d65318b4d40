"""Spoken answers about the listening history, in each language Encore speaks.

Home Assistant's translation files have no place for free speech, so the
templates live here, one table per language. Everything that ends up in a
sentence (numbers, durations, dates, clock times, lists, periods) is formatted
here too, so an answer never mixes languages.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
import re

from ..history.whose import WhoseReason
from .when import DISPLAY_MONTHS

LANGUAGES = ("en", "de")
DEFAULT_LANGUAGE = "en"

# Speech templates. `{lead}` opens a sentence with the period ("This week");
# `{tail}` is the period inside one (" this week"), empty for all time.
_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "unavailable": "Your listening history is not available right now.",
        "settling": "Encore is still counting the plays of an import, {stored} so far. Ask me again in a minute or two, when the import has finished.",
        "period_wrong": "I can't tell which period you mean.",
        "whose_for": "for {accounts}",
        "whose_for_all": "for all accounts: {accounts}",
        "whose_for_everything": "for the whole history",
        "none": "I found no plays{tail}.",
        "none_music": "I found no music plays{tail}.",
        "none_show": "I found no podcast plays{tail}.",
        "top": "{lead} you listened most to {first}, {amount}.",
        "top_then": "{lead} you listened most to {first}, {amount}, then {rest}.",
        "top_tie": "{lead} you listened most to {first}, {amount} each.",
        "top_tie_then": "{lead} you listened most to {first}, {amount} each, then {rest}.",
        "top_level": "{lead} {level} were level at the top, {amount} each, among them {first}.",
        "more_than": "more than {count}",
        "not_mine": "Sorry, I couldn't understand that",
        "one_at_a_time": "Sorry, I can answer one question at a time. Please ask them one after the other.",
        "level_artist": "{level} artists",
        "level_track": "{level} songs",
        "level_album": "{level} albums",
        "level_show": "{level} podcasts",
        "time": "{lead} you listened for {duration}, {plays}.",
        "count": "You played {name} {times}{tail}.",
        "count_time": "You listened to {name} for {duration}{tail}, {times}.",
        "count_zero": "I found no plays of {name}{tail}.",
        "unknown_name": "I found nothing called {name} in your listening history.",
        "first_artist": "You first listened to {name} {when}, with {item}.",
        "last_artist": "You last listened to {name} {when}, with {item}.",
        "first_track": "You first listened to {name} {when}.",
        "last_track": "You last listened to {name} {when}.",
        "played": "{lead} you listened mostly to {artists}: {plays} in {duration}.",
        "played_last": "The last one was {item}.",
        "playing_at": "{moment} you were listening to {item}.",
        "playing_at_none": "Nothing was playing {moment}.",
        "playing_at_none_either": "Nothing was playing {moment} or {other}.",
        "taste": "{lead} your taste is led by {artists}, {share} of your listening.",
        "taste_peak": "You listen most on {weekday}s around {time}.",
        "by": "{title} by {artist}",
        "at": "at {time}",
        "on_date": "on {date} at {time}",
        "today_at": "today at {time}",
        "yesterday_at": "yesterday at {time}",
        "and": " and ",
        "once": "once",
        "twice": "twice",
        "times": "{n} times",
        "play_one": "1 play",
        "plays": "{n} plays",
        "amount_one": "1 play",
        "amount": "{n} plays",
        "hour_one": "1 hour",
        "hours": "{n} hours",
        "minute_one": "1 minute",
        "minutes": "{n} minutes",
        "second_one": "1 second",
        "seconds": "{n} seconds",
        "not_when": 'I understood the question, but not which time "{said}" means.',
        "not_left_out": "I can't leave {name} out of an answer yet. Ask again without it, and I'll name everything.",
        "ask_name": "Which artist or song do you mean?",
        "rooms_since": "Rooms are known only since {day}: the Spotify export names none.",
        "rooms_never": "No play in your history names its room yet: the Spotify export names none.",
        "place_unknown": 'I don\'t know a room, area or speaker called "{place}".',
        "time_music": "{lead} you listened to music for {duration}, {plays}.",
        "time_podcasts": "{lead} you listened to podcasts for {duration}, {plays}.",
        "time_audiobooks": "{lead} you listened to audiobooks for {duration}, {plays}.",
        "time_with_podcasts": "{lead} you listened for {duration}, {podcasts} of it podcasts, {plays}.",
        "unknown_person": "I don't know whose listening {person} is.",
        "person_private": "{person} keeps their listening to themselves.",
        "count_plays": "{lead} you had {plays}, {songs} by {artists}.",
        "count_episodes": "{lead} you had {plays}: {episodes}.",
        "episode_one": "1 episode",
        "episodes": "{n} episodes",
        "count_artists": "{lead} you listened to {artists}.",
        "count_songs": "{lead} you listened to {songs}, {plays}.",
        "yes_count": "Yes, you played {name} {times}{tail}.",
        "no_count": "No, I found no plays of {name}{tail}.",
        "yes_any": "Yes, you had {plays}{tail}.",
        "no_any": "No, I found no plays{tail}.",
        "last_played": "The last thing you played was {item}, {when}.",
        "peak": "{lead} you listened most around {time}, and most on {weekday}s.",
        "day_parts": "{lead} you listened most {part}, {duration}; then {rest}.",
        "day_parts_one": "{lead} you listened only {part}, {duration}.",
        "day_parts_most": "{lead} you listened most {part}, {duration}.",
        "day_parts_never": "You did not listen {parts} at all.",
        "day_parts_beyond": "Most of all, though, you listen {part}, {duration}.",
        "part_night": "at night",
        "part_morning": "in the mornings",
        "part_afternoon": "in the afternoons",
        "part_evening": "in the evenings",
        "part_of": "{part} {duration}",
        "week_parts": "{lead} you listened more {more} than {less}, for a day: {share} of your listening was at weekends, two days of seven.",
        "week_weekend": "at weekends",
        "week_weekday": "on weekdays",
        "new_artists": "{lead} you discovered {count}: {names}.",
        "new_artists_among": "{lead} you discovered {count}, most of all {names}.",
        "new_artists_none": "{lead} you discovered no new artists.",
        "skipped_most_track": "{lead} the song you skipped most was {first}, skipped {times} out of {streams}.",
        "skipped_most_artist": "{lead} the artist you skipped most was {first}, skipped {times} out of {streams}.",
        "skipped_then": "Then {rest}.",
        "skipped_nothing": "{lead} you skipped no songs.",
        "first_in": "{lead} the first thing you played was {item}, {when}.",
        "last_in": "{lead} the last thing you played was {item}, {when}.",
        "skips": "{lead} you skipped {share} of what you played, {skipped} of {streams}.",
        "repeat": "{lead} {share} of your plays were songs you had already played.",
        "streak": "You have listened for {current} in a row. Your longest streak was {longest}, from {start} to {end}.",
        "streak_none": "You have not listened today or yesterday. Your longest streak was {longest}, from {start} to {end}.",
        "percent": "{n} percent",
        "song_one": "1 song",
        "songs": "{n} different songs",
        "artist_one": "1 artist",
        "artists": "{n} different artists",
        "new_artist_one": "1 new artist",
        "new_artists_n": "{n} new artists",
        "day_one": "1 day",
        "days": "{n} days",
        "stream_one": "1 stream",
        "streams": "{n} streams",
        # What was understood of a question, when not all of it (`voice.net`).
        "understood_top": "what you played most",
        "understood_on_repeat": "what you have on repeat",
        "understood_listening_time": "your listening time",
        "understood_plays": "how many plays you had",
        "understood_songs": "how many different songs you played",
        "understood_artists": "how many different artists you played",
        "understood_play_count": "how often you played something",
        "understood_did_i": "whether you played something",
        "understood_first_play": "when you first played something",
        "understood_last_play": "when you last played something",
        "understood_first_in": "the first thing you played",
        "understood_last_in": "the last thing you played",
        "understood_what_played": "what you listened to",
        "understood_taste": "your taste",
        "understood_peak": "when you listen most",
        "understood_new_artists": "your new artists",
        "understood_skips": "how much you skip",
        "understood_repeat": "how often you repeat songs",
        "understood_most_skipped": "what you skip most",
        "understood_streak": "your listening streak",
        "understood_day_parts": "the time of day you listen most",
        "understood_week_parts": "whether you listen more on weekdays or at weekends",
        "understood_recap": "your recap",
        "understood_top_artist": "your top artists",
        "understood_top_track": "your top songs",
        "understood_top_album": "your top albums",
        "understood_top_show": "your top podcasts",
        "unsure_not_what": "I heard a question about your listening, but not what you want to know. You can ask for your top artists or songs, how long you listened, what you played, or how often you played someone.",
        "unsure_not_when": 'I understood you\'re asking about {asked}, but not which time "{said}" means: today, this week, this month, this year, or since when?',
        "unsure_not_who": "I understood you're asking about {asked}, but not which artist or song.",
        "unsure_not_narrowed": "I understood you're asking about {asked}, but I can't narrow that down to \"{said}\"; ask it without that.",
        "unsure_not_where": "I understood you're asking about {asked} {place}, but I can't tell that for one room or speaker; ask it without the room.",
        "unsure_which": "I understood you're asking about {asked}, but your words may also ask about {other}. Which of the two do you mean?",
    },
    "de": {
        "unavailable": "Dein Hörverlauf ist gerade nicht verfügbar.",
        "settling": "Encore zählt gerade noch die Wiedergaben eines Imports, bisher {stored}. Frag mich in ein, zwei Minuten noch einmal, wenn der Import fertig ist.",
        "period_wrong": "Ich weiß nicht, welchen Zeitraum du meinst.",
        "whose_for": "für {accounts}",
        "whose_for_all": "für alle Konten: {accounts}",
        "whose_for_everything": "für den ganzen Verlauf",
        "none": "Ich habe{tail} keine Wiedergaben gefunden.",
        "none_music": "Ich habe{tail} keine Musik gefunden.",
        "none_show": "Ich habe{tail} keine Podcasts gefunden.",
        "top": "{lead} hast du am meisten {first} gehört, {amount}.",
        "top_then": "{lead} hast du am meisten {first} gehört, {amount}, danach {rest}.",
        "top_tie": "{lead} hast du am meisten {first} gehört, je {amount}.",
        "top_tie_then": "{lead} hast du am meisten {first} gehört, je {amount}, danach {rest}.",
        "top_level": "{lead} lagen {level} gleichauf vorn, je {amount}, darunter {first}.",
        "more_than": "mehr als {count}",
        "not_mine": "Entschuldigung, das habe ich nicht verstanden",
        "one_at_a_time": "Entschuldigung, ich kann nur eine Frage auf einmal beantworten. Bitte stell sie nacheinander.",
        "level_artist": "{level} Künstler",
        "level_track": "{level} Songs",
        "level_album": "{level} Alben",
        "level_show": "{level} Podcasts",
        "time": "{lead} hast du {duration} lang gehört, {plays}.",
        "count": "Du hast {name}{tail} {times} gehört.",
        "count_time": "Du hast {name}{tail} {duration} lang gehört, {times}.",
        "count_zero": "Ich habe{tail} keine Wiedergaben von {name} gefunden.",
        "unknown_name": "Ich habe nichts namens {name} in deinem Hörverlauf gefunden.",
        "first_artist": "Zum ersten Mal hast du {name} {when} gehört, mit {item}.",
        "last_artist": "Zuletzt hast du {name} {when} gehört, mit {item}.",
        "first_track": "Zum ersten Mal hast du {name} {when} gehört.",
        "last_track": "Zuletzt hast du {name} {when} gehört.",
        "played": "{lead} hast du vor allem {artists} gehört: {plays} in {duration}.",
        "played_last": "Zuletzt lief {item}.",
        "playing_at": "{moment} hast du {item} gehört.",
        "playing_at_none": "{moment} lief nichts.",
        "playing_at_none_either": "{moment} und um {other} lief nichts.",
        "taste": "{lead} prägen {artists} deinen Geschmack, mit {share} deines Hörens.",
        "taste_peak": "Am meisten hörst du {weekday}s gegen {time}.",
        "by": "{title} von {artist}",
        "at": "um {time}",
        "on_date": "am {date} um {time}",
        "today_at": "heute um {time}",
        "yesterday_at": "gestern um {time}",
        "and": " und ",
        "once": "einmal",
        "twice": "zweimal",
        "times": "{n} Mal",
        "play_one": "1 Wiedergabe",
        "plays": "{n} Wiedergaben",
        "amount_one": "einmal",
        "amount": "{n} Mal",
        "hour_one": "1 Stunde",
        "hours": "{n} Stunden",
        "minute_one": "1 Minute",
        "minutes": "{n} Minuten",
        "second_one": "1 Sekunde",
        "seconds": "{n} Sekunden",
        "not_when": 'Ich habe die Frage verstanden, aber nicht, welche Zeit "{said}" ist.',
        "not_left_out": "Ich kann {name} noch nicht aus einer Antwort herauslassen. Frag bitte ohne, dann nenne ich alles.",
        "ask_name": "Welchen Künstler oder welchen Song meinst du?",
        "rooms_since": "Räume kenne ich erst seit {day}: der Spotify-Export nennt keine.",
        "rooms_never": "Noch keine Wiedergabe in deinem Verlauf nennt ihren Raum: der Spotify-Export nennt keine.",
        "place_unknown": "Ich kenne keinen Raum, Bereich oder Lautsprecher namens „{place}“.",
        "time_music": "{lead} hast du {duration} lang Musik gehört, {plays}.",
        "time_podcasts": "{lead} hast du {duration} lang Podcasts gehört, {plays}.",
        "time_audiobooks": "{lead} hast du {duration} lang Hörbücher gehört, {plays}.",
        "time_with_podcasts": "{lead} hast du {duration} lang gehört, davon {podcasts} Podcasts, {plays}.",
        "unknown_person": "Ich weiß nicht, wessen Hörverlauf {person} ist.",
        "person_private": "{person} behält den eigenen Hörverlauf für sich.",
        "count_plays": "{lead} hattest du {plays}: {songs}, {artists}.",
        "count_episodes": "{lead} hattest du {plays}: {episodes}.",
        "episode_one": "1 Folge",
        "episodes": "{n} Folgen",
        "count_artists": "{lead} hast du {artists} gehört.",
        "count_songs": "{lead} hast du {songs} gehört, {plays}.",
        "yes_count": "Ja, du hast {name}{tail} {times} gehört.",
        "no_count": "Nein, ich habe{tail} keine Wiedergaben von {name} gefunden.",
        "yes_any": "Ja, du hattest{tail} {plays}.",
        "no_any": "Nein, ich habe{tail} keine Wiedergaben gefunden.",
        "last_played": "Zuletzt hast du {item} gehört, {when}.",
        "peak": "{lead} hast du am meisten gegen {time} gehört, und am meisten {weekday}s.",
        "day_parts": "{lead} hast du am meisten {part} gehört, {duration}; danach {rest}.",
        "day_parts_one": "{lead} hast du nur {part} gehört, {duration}.",
        "day_parts_most": "{lead} hast du am meisten {part} gehört, {duration}.",
        "day_parts_never": "{parts} hast du gar nicht gehört.",
        "day_parts_beyond": "Am meisten hörst du aber {part}, {duration}.",
        "part_night": "nachts",
        "part_morning": "morgens",
        "part_afternoon": "nachmittags",
        "part_evening": "abends",
        "part_of": "{part} {duration}",
        "week_parts": "{lead} hast du {more} mehr gehört als {less}, pro Tag gerechnet: {share} deines Hörens war am Wochenende, an zwei von sieben Tagen.",
        "week_weekend": "am Wochenende",
        "week_weekday": "unter der Woche",
        "new_artists": "{lead} hast du {count} entdeckt: {names}.",
        "new_artists_among": "{lead} hast du {count} entdeckt, vor allem {names}.",
        "new_artists_none": "{lead} hast du keine neuen Künstler entdeckt.",
        "skipped_most_track": "{lead} hast du am häufigsten {first} übersprungen, {skipped} von {streams}.",
        "skipped_most_artist": "{lead} hast du am häufigsten Songs von {first} übersprungen, {skipped} von {streams}.",
        "skipped_then": "Danach {rest}.",
        "skipped_nothing": "{lead} hast du keine Lieder übersprungen.",
        "first_in": "{lead} hast du als Erstes {item} gehört, {when}.",
        "last_in": "{lead} hast du zuletzt {item} gehört, {when}.",
        "skips": "{lead} hast du {share} übersprungen, {skipped} von {streams}.",
        "repeat": "{lead} waren {share} deiner Wiedergaben Songs, die du schon gehört hattest.",
        "streak": "Du hast {current} in Folge gehört. Dein längster Lauf waren {longest}, vom {start} bis {end}.",
        "streak_none": "Du hast heute und gestern nichts gehört. Dein längster Lauf waren {longest}, vom {start} bis {end}.",
        "percent": "{n} Prozent",
        "song_one": "1 Song",
        "songs": "{n} verschiedene Songs",
        "artist_one": "1 Künstler",
        "artists": "{n} verschiedene Künstler",
        "new_artist_one": "einen neuen Künstler",
        "new_artists_n": "{n} neue Künstler",
        "day_one": "1 Tag",
        "days": "{n} Tage",
        "stream_one": "1 Wiedergabe",
        "streams": "{n} Wiedergaben",
        # What was understood of a question, when not all of it (`voice.net`).
        "understood_top": "deinen meistgehörten Titeln",
        "understood_on_repeat": "deinen aktuellen Dauerbrennern",
        "understood_listening_time": "deiner Hörzeit",
        "understood_plays": "deinen Wiedergaben",
        "understood_songs": "der Zahl verschiedener Songs",
        "understood_artists": "der Zahl verschiedener Künstler",
        "understood_play_count": "der Häufigkeit eines Künstlers oder Songs",
        "understood_did_i": "einem Künstler oder Song",
        "understood_first_play": "dem ersten Hören eines Künstlers oder Songs",
        "understood_last_play": "dem letzten Hören eines Künstlers oder Songs",
        "understood_first_in": "deinem ersten Titel",
        "understood_last_in": "deinem letzten Titel",
        "understood_what_played": "deinem Hörverlauf",
        "understood_taste": "deinem Geschmack",
        "understood_peak": "deinen Hörzeiten",
        "understood_new_artists": "deinen neuen Künstlern",
        "understood_skips": "deinen übersprungenen Titeln",
        "understood_repeat": "deinen Wiederholungen",
        "understood_most_skipped": "deinen meistübersprungenen Titeln",
        "understood_streak": "deiner Hörserie",
        "understood_day_parts": "der Tageszeit, zu der du am meisten hörst",
        "understood_week_parts": "ob du unter der Woche oder am Wochenende mehr hörst",
        "understood_recap": "deinem Rückblick",
        "understood_top_artist": "deinen Top-Künstlern",
        "understood_top_track": "deinen Top-Songs",
        "understood_top_album": "deinen Top-Alben",
        "understood_top_show": "deinen Top-Podcasts",
        "unsure_not_what": "Ich habe eine Frage zu deinem Hörverlauf gehört, aber nicht, was du wissen willst. Du kannst nach deinen Top-Künstlern oder Songs fragen, wie lange du gehört hast, was du gehört hast oder wie oft du jemanden gehört hast.",
        "unsure_not_when": 'Ich habe verstanden, dass du nach {asked} fragst, aber nicht, welche Zeit "{said}" ist: heute, diese Woche, diesen Monat, dieses Jahr oder seit wann?',
        "unsure_not_who": "Ich habe verstanden, dass du nach {asked} fragst, aber nicht, welchen Künstler oder Song du meinst.",
        "unsure_not_narrowed": "Ich habe verstanden, dass du nach {asked} fragst, aber auf „{said}“ kann ich das nicht eingrenzen; frag ohne das.",
        "unsure_not_where": "Ich habe verstanden, dass du nach {asked} fragst ({place}), aber das kann ich nicht für einen Raum oder Lautsprecher sagen; frag ohne den Raum.",
        "unsure_which": "Ich habe verstanden, dass du nach {asked} fragst, aber vielleicht fragst du auch nach {other}. Was von beidem meinst du?",
    },
}

# The period as the first words of a sentence, and inside one.
_LEAD: dict[str, dict[str, str]] = {
    "en": {
        "today": "Today",
        "yesterday": "Yesterday",
        "this_week": "This week",
        "last_week": "Last week",
        "this_month": "This month",
        "last_month": "Last month",
        "this_year": "This year",
        "last_year": "Last year",
        "last_days": "In the last {days} days",
        "all_time": "Overall",
        "custom": "From {start} to {end}",
    },
    "de": {
        "today": "Heute",
        "yesterday": "Gestern",
        "this_week": "Diese Woche",
        "last_week": "Letzte Woche",
        "this_month": "Diesen Monat",
        "last_month": "Letzten Monat",
        "this_year": "Dieses Jahr",
        "last_year": "Letztes Jahr",
        "last_days": "In den letzten {days} Tagen",
        "all_time": "Insgesamt",
        "custom": "Vom {start} bis {end}",
    },
}
_TAIL: dict[str, dict[str, str]] = {
    "en": {
        "today": " today",
        "yesterday": " yesterday",
        "this_week": " this week",
        "last_week": " last week",
        "this_month": " this month",
        "last_month": " last month",
        "this_year": " this year",
        "last_year": " last year",
        "last_days": " in the last {days} days",
        "all_time": "",
        "custom": " from {start} to {end}",
    },
    "de": {
        "today": " heute",
        "yesterday": " gestern",
        "this_week": " diese Woche",
        "last_week": " letzte Woche",
        "this_month": " diesen Monat",
        "last_month": " letzten Monat",
        "this_year": " dieses Jahr",
        "last_year": " letztes Jahr",
        "last_days": " in den letzten {days} Tagen",
        "all_time": "",
        "custom": " vom {start} bis {end}",
    },
}
# Keyed as the history names weekdays (`taste_summary`'s peak).
_WEEKDAYS: dict[str, dict[str, str]] = {
    "en": {
        "monday": "Monday",
        "tuesday": "Tuesday",
        "wednesday": "Wednesday",
        "thursday": "Thursday",
        "friday": "Friday",
        "saturday": "Saturday",
        "sunday": "Sunday",
    },
    # German speaks of habits with the adverb: "montags", "freitags".
    "de": {
        "monday": "montag",
        "tuesday": "dienstag",
        "wednesday": "mittwoch",
        "thursday": "donnerstag",
        "friday": "freitag",
        "saturday": "samstag",
        "sunday": "sonntag",
    },
}
# Beyond this many hours the minutes are noise when spoken.
_HOURS_WITHOUT_MINUTES = 100


def pick_language(language: str | None, fallback: str | None = None) -> str:
    """Return the table for a BCP 47 tag ("de-CH" speaks "de"), else English.

    `fallback` is used for a missing or wildcard tag (the MCP server asks in
    "*"), usually Home Assistant's own language.
    """
    for tag in (language, fallback):
        if not tag or tag == "*":
            continue
        primary = tag.replace("_", "-").split("-", 1)[0].lower()
        if primary in _TEXT:
            return primary
    return DEFAULT_LANGUAGE


@dataclass(frozen=True, slots=True)
class PeriodWords:
    """What a period is called; `days`, `start`, `end` fill in the open ones."""

    name: str
    days: int | None = None
    start: date | None = None
    end: date | None = None
    """The last day included."""
    said: str | None = None
    """What the period was understood to be ("last Friday evening"), if named so."""


# The answers about someone else's listening ("what did Guest Listener listen
# to today"), in the third person; a key not here reads the same for anyone.
_THIRD: dict[str, dict[str, str]] = {
    "en": {
        "top": "{lead} {subject} listened most to {first}, {amount}.",
        "top_then": "{lead} {subject} listened most to {first}, {amount}, then {rest}.",
        "top_tie": "{lead} {subject} listened most to {first}, {amount} each.",
        "top_tie_then": "{lead} {subject} listened most to {first}, {amount} each, then {rest}.",
        "time": "{lead} {subject} listened for {duration}, {plays}.",
        "time_music": "{lead} {subject} listened to music for {duration}, {plays}.",
        "time_podcasts": "{lead} {subject} listened to podcasts for {duration}, {plays}.",
        "time_audiobooks": "{lead} {subject} listened to audiobooks for {duration}, {plays}.",
        "time_with_podcasts": "{lead} {subject} listened for {duration}, {podcasts} of it podcasts, {plays}.",
        "count": "{subject} played {name} {times}{tail}.",
        "count_time": "{subject} listened to {name} for {duration}{tail}, {times}.",
        "unknown_name": "I found nothing called {name} in {subject}'s listening history.",
        "first_artist": "{subject} first listened to {name} {when}, with {item}.",
        "last_artist": "{subject} last listened to {name} {when}, with {item}.",
        "first_track": "{subject} first listened to {name} {when}.",
        "last_track": "{subject} last listened to {name} {when}.",
        "played": "{lead} {subject} listened mostly to {artists}: {plays} in {duration}.",
        "playing_at": "{moment} {subject} was listening to {item}.",
        "taste": "{lead} {subject}'s taste is led by {artists}, {share} of their listening.",
        # Someone else's usual hour is theirs, never "you listen most"
        # (issue 45's seventy-sixth turn: "what is Ada's taste in music").
        "taste_peak": "{subject} listens most on {weekday}s around {time}.",
        "yes_count": "Yes, {subject} played {name} {times}{tail}.",
    },
    "de": {
        "top": "{lead} hat {subject} am meisten {first} gehört, {amount}.",
        "top_then": "{lead} hat {subject} am meisten {first} gehört, {amount}, danach {rest}.",
        "top_tie": "{lead} hat {subject} am meisten {first} gehört, je {amount}.",
        "top_tie_then": "{lead} hat {subject} am meisten {first} gehört, je {amount}, danach {rest}.",
        "time": "{lead} hat {subject} {duration} lang gehört, {plays}.",
        "time_music": "{lead} hat {subject} {duration} lang Musik gehört, {plays}.",
        "time_podcasts": "{lead} hat {subject} {duration} lang Podcasts gehört, {plays}.",
        "time_audiobooks": "{lead} hat {subject} {duration} lang Hörbücher gehört, {plays}.",
        "time_with_podcasts": "{lead} hat {subject} {duration} lang gehört, davon {podcasts} Podcasts, {plays}.",
        "count": "{subject} hat {name}{tail} {times} gehört.",
        "count_time": "{subject} hat {name}{tail} {duration} lang gehört, {times}.",
        "unknown_name": "Ich habe nichts namens {name} im Hörverlauf von {subject} gefunden.",
        "first_artist": "Zum ersten Mal hat {subject} {name} {when} gehört, mit {item}.",
        "last_artist": "Zuletzt hat {subject} {name} {when} gehört, mit {item}.",
        "first_track": "Zum ersten Mal hat {subject} {name} {when} gehört.",
        "last_track": "Zuletzt hat {subject} {name} {when} gehört.",
        "played": "{lead} hat {subject} vor allem {artists} gehört: {plays} in {duration}.",
        "playing_at": "{moment} hat {subject} {item} gehört.",
        "taste": "{lead} prägen {artists} den Geschmack von {subject}, mit {share} des Hörens.",
        "taste_peak": "Am meisten hört {subject} {weekday}s gegen {time}.",
        "yes_count": "Ja, {subject} hat {name}{tail} {times} gehört.",
    },
}

_MINUTE_MS = 60_000
# Two full stops that end a sentence, not an ellipsis.
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?=\s|$)")


@dataclass(frozen=True, slots=True)
class Wording:
    """Formats answers in one language (not a Sonos speaker: `SonosSpeaker`)."""

    language: str
    subject: str | None = None
    """Whose listening is told, when not the asker's: "Guest Listener" (issue
    43.14); the answers then speak of them in the third person."""

    def text(self, key: str, **values: object) -> str:
        """Return a template filled in.

        A name that ends a sentence with its own full stop ("XXX.") gets no
        second one ("with XXX.." was said); an ellipsis stays as it is.
        """
        template = _TEXT[self.language][key]
        if self.subject is not None and key in _THIRD[self.language]:
            template = _THIRD[self.language][key]
            values = {**values, "subject": self.subject}
        return _DOUBLE_STOP.sub(".", template.format(**values))

    def lead(self, period: PeriodWords) -> str:
        """Return the period as the start of a sentence."""
        return self._period(_LEAD, period)

    def tail(self, period: PeriodWords) -> str:
        """Return the period inside a sentence, with its leading space."""
        return self._period(_TAIL, period)

    def _period(self, table: dict[str, dict[str, str]], period: PeriodWords) -> str:
        if period.said:
            if table is _LEAD:
                return period.said[:1].upper() + period.said[1:]
            return f" {period.said}"
        template = table[self.language].get(period.name, table[self.language]["custom"])
        return template.format(
            days=period.days or 0,
            start=self.day(period.start) if period.start else "",
            end=self.day(period.end) if period.end else "",
        )

    def whose(self, reason: WhoseReason, accounts: Sequence[str]) -> str | None:
        """Say whose history answered, when that was not obvious.

        Several accounts linked to the asker are named, and so is everybody's
        history; one account, chosen or linked, goes without saying.
        """
        if reason is WhoseReason.USER and len(accounts) > 1:
            return self.text("whose_for", accounts=self.join(accounts))
        if reason is WhoseReason.ALL:
            if accounts:
                return self.text("whose_for_all", accounts=self.join(accounts))
            return self.text("whose_for_everything")
        return None

    def join(self, items: Sequence[str]) -> str:
        """Return "A, B and C"."""
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + self.text("and") + items[-1]

    def times(self, count: int) -> str:
        """Return "once", "twice", "12 times"."""
        if count == 1:
            return self.text("once")
        if count == 2:
            return self.text("twice")
        return self.text("times", n=self.number(count))

    def plays(self, count: int) -> str:
        """Return "1 play", "34 plays"."""
        if count == 1:
            return self.text("play_one")
        return self.text("plays", n=self.number(count))

    def amount(self, count: int) -> str:
        """Return how often an item was played, after its name: "34 plays"."""
        if count == 1:
            return self.text("amount_one")
        return self.text("amount", n=self.number(count))

    def number(self, value: int) -> str:
        """Return a whole number as text-to-speech reads it best: digits.

        Thousands are grouped the local way ("1,234" / "1.234") so that a
        speech engine says "one thousand two hundred", not digit by digit.
        """
        grouped = f"{value:,}"
        return grouped.replace(",", ".") if self.language == "de" else grouped

    def duration(self, ms: int) -> str:
        """Return "2 hours and 5 minutes", "45 minutes", "30 seconds".

        Minutes are rounded to the nearest, as the listening page writes them
        (it said "1 h 30 min" where this said 29 minutes).
        """
        if max(0, ms) < _MINUTE_MS:
            return self._unit(max(0, ms) // 1000, "second_one", "seconds")
        hours, minutes = divmod((ms + _MINUTE_MS // 2) // _MINUTE_MS, 60)
        parts: list[str] = []
        if hours:
            parts.append(self._unit(hours, "hour_one", "hours"))
        if minutes and hours < _HOURS_WITHOUT_MINUTES:
            parts.append(self._unit(minutes, "minute_one", "minutes"))
        return self.join(parts)

    def count(self, value: int, one: str, many: str) -> str:
        """Return a count with its noun: "1 song", "12 different songs"."""
        return self._unit(value, one, many)

    def percent(self, share: float) -> str:
        """Return a share as it is said: "12 percent"."""
        return self.text("percent", n=self.number(round(share * 100)))

    def _unit(self, value: int, one: str, many: str) -> str:
        return self.text(one) if value == 1 else self.text(many, n=self.number(value))

    def by(self, title: str | None, artist: str | None) -> str:
        """Return "One More Time by Daft Punk", or whichever of the two is known."""
        if title and artist:
            return self.text("by", title=title, artist=artist)
        return title or artist or "?"

    def clock(self, moment: datetime) -> str:
        """Return a clock time: "8 PM", "8:30 PM" / "20 Uhr", "20:30 Uhr"."""
        if self.language == "de":
            if moment.minute:
                return f"{moment.hour}:{moment.minute:02d} Uhr"
            return f"{moment.hour} Uhr"
        hour = moment.hour % 12 or 12
        suffix = "AM" if moment.hour < 12 else "PM"
        if moment.minute:
            return f"{hour}:{moment.minute:02d} {suffix}"
        return f"{hour} {suffix}"

    def weekday(self, name: str) -> str:
        """Return the weekday the history calls `name` ("friday"), for speech."""
        return _WEEKDAYS[self.language][name]

    def day(self, day: date, *, with_year: bool = True) -> str:
        """Return "March 3, 2021" / "3. März 2021"."""
        month = DISPLAY_MONTHS[self.language][day.month - 1]
        if self.language == "de":
            text = f"{day.day}. {month}"
            return f"{text} {day.year}" if with_year else text
        text = f"{month} {day.day}"
        return f"{text}, {day.year}" if with_year else text

    def when(self, moment: datetime, today: date) -> str:
        """Return when something happened, as close to speech as possible.

        "today at 8 PM", "yesterday at 8 PM", "on March 3 at 8 PM" (this
        year), "on March 3, 2021 at 8 PM".
        """
        time = self.clock(moment)
        day = moment.date()
        if day == today:
            return self.text("today_at", time=time)
        if (today - day).days == 1:
            return self.text("yesterday_at", time=time)
        return self.text(
            "on_date",
            date=self.day(day, with_year=day.year != today.year),
            time=time,
        )

    def moment(self, moment: datetime, today: date, *, lead: bool) -> str:
        """Return a moment asked about: "at 8 PM", "yesterday at 8 PM".

        `lead` capitalises it for the start of a sentence.
        """
        if moment.date() == today:
            text = self.text("at", time=self.clock(moment))
        else:
            text = self.when(moment, today)
        return text[:1].upper() + text[1:] if lead else text
