"""What was played around a workout, asked as plain listening (issue 45's 29th turn).

A runner (blind writer 136) asked about music by what they were doing:
"who've I been running to the most this week", "what song can't I stop
playing at the gym", "go-to podcast for my long runs", "how many songs did
I play on Saturday, that was my long run day", "wie viel Lieder hanne heut
früh beim Laufe ghört". The history knows plays, not runs: "at the gym"
was taken for a room ("I don't know a room called gym") and "beim Laufe"
for a name. The activity goes; its verb ("running to") is listening.
"""

from typing import Final

from .rules import rewrite_in

_ACTIVITY_EN: Final = (
    r"(?:run|runs|jog|jogs|long run|long runs|morning run|morning jog|evening run"
    r"|workout|workouts|training|ride|rides|bike ride|commute|lifting session|gym session"
    r"|swim|walk|hike|spin class)"
)
_WORKOUT: Final = {
    "en": (
        (
            (
                r"\b(?:been )?(?:running|jogging|lifting|working out|training|cycling|biking"
                r"|sweating|spinning|pumping iron|grinding) to\b"
            ),
            "listening to",
        ),
        (
            rf",?\s+(?:during|on|for|in|on all|throughout) (?:my|the|our) {_ACTIVITY_EN}\b",
            "",
        ),
        (
            (
                r",?\s+(?:at|in|from) the gym\b|,?\s+on the (?:bike|treadmill|rower|trail)\b"
                r"|,?\s+while (?:i was |i'm |i am )?(?:running|jogging|lifting|working out"
                r"|training|cycling|biking|at the gym)\b"
            ),
            "",
        ),
        (
            r"[,;]\s+(?:that was|that's|it was) (?:my|the) [\w\s-]{0,20}?(?:day|run|workout)\W*$",
            "",
        ),
    ),
    "de": (
        (
            (
                r",?\s+(?:beim|während dem|während des|nach dem|vorm|vor dem) "
                r"(?:(?:lange[nm]?|morgendlichen|kurze[nm]?|abendlichen) )?"
                r"(?:laufe|laufen|lauf|joggen|jogge|sport|training|trainiere|radeln|radfahre"
                r"|radfahren|pumpen|workout|krafttraining)\b"
            ),
            "",
        ),
        (
            r",?\s+(?:im|ins) (?:fitnessstudio|gym|studio)\b|,?\s+auf dem (?:rad|laufband)\b",
            "",
        ),
    ),
}


def without_workout(text: str, language: str) -> str:
    """Return `text` with the workout it was played around left out."""
    return rewrite_in(_WORKOUT, text, language).strip() or text
