"""Office words for a listening question, read as their plain words.

An office worker asks the speaker as they would ask a colleague for a
report (issue 45's nineteenth turn, a blind writer): "can I get the
top-line number on total listening time for September", "deep dive into my
listening for last month", "which track gets binned most often", "is my
listening heavier Monday to Friday or at the weekend"; in German "Deep Dive
in meine Woche", "ein kurzes Reporting zu meinem Oktober", "Zwischenstand
bitte", "die Peak-Zeit". The report's wrapping goes, its words become the
question's: a deep dive or a report is a recap, binned is skipped, Monday
to Friday is the working week. Read in `speech.prepare`, before the
contractions, so every later rule sees the plain words.
"""

# A report asked for: "a deep dive", "ein kurzes Update".
_REPORT_EN = (
    r"(?:a |the )?(?:quick |short )?(?:deep dive|deep-dive|drill-down|drill down"
    r"|breakdown)"
)
_REPORT_DE = (
    r"(?:ein(?:en)? )?(?:kurze[sn]? )?(?:deep dive|deep-dive|drilldown|drill-down"
    r"|reporting|report|briefing|update)"
)

OFFICE_EN: tuple[tuple[str, str], ...] = (
    # The wrapping of a figure asked for: "a quick readout on", "the
    # top-line number on", "the headline figure for".
    (
        (
            r"\b(?:a |the )?(?:quick |short )?(?:readout|read-out|top-line number"
            r"|topline number|top line number|headline number|headline figure"
            r"|top-line figure|topline figure|ballpark figure|ballpark number)"
            r" (?:on|for|of)\b"
        ),
        "",
    ),
    # A report of a period is its recap: "deep dive into my listening for
    # last month", "a drill-down of my week"; of anything else, it only
    # wraps the question ("a deep dive into my top artists").
    (
        (
            rf"\b{_REPORT_EN} (?:into|in|of|on)"
            r"(?= (?:(?:my|our|the) )?(?:(?:last|past|this|previous) )?(?:listening"
            r"|music|week|month|year|summer|weekend|history)\b)"
        ),
        "recap of",
    ),
    (rf"\b{_REPORT_EN} (?:into|in|of|on)\b", ""),
    # Binned is skipped ("which track gets binned most often"); a DJ's "bin
    # off" is read in `dj_en`.
    (r"\b(?:gets?|got|get|been|is|are) binned\b", "gets skipped"),
    (r"\b(do|did|does) (i|we) bin\b(?! off)", r"\1 \2 skip"),
    # The working week by its days: "Monday to Friday or at the weekend".
    (r"\b(?:on |from )?monday (?:to|through|thru|till|-) friday\b", "on weekdays"),
    # "Did The Weeknd feature at all last month": played then.
    (
        r"^did (?!(?:i|we)\b)(.+?) (?:feature|appear|make an appearance)\b",
        r"did i play \1",
    ),
    # "The repeat percentage": the repeat rate.
    (r"\b(repeat|replay|skip) (?:percentage|pct|ratio|share)\b", r"\1 rate"),
)

OFFICE_DE: tuple[tuple[str, str], ...] = (
    # "Zwischenstand bitte", "Stand jetzt": a remark, no name.
    (r",? (?:der |den )?(?:aktuelle[nr]? )?zwischenstand(?: bitte)?\b", ""),
    # A report of a period is its recap: "Deep Dive in meine Woche", "ein
    # kurzes Reporting zu meinem Oktober", "ein Drilldown für den Monat"; of
    # anything else, it only wraps the question ("ein kurzes Update zu
    # meinen Top 3 Künstlern").
    (
        (
            rf"\b{_REPORT_DE}(?: (?:in|zu|zum|zur|für|über|auf|aufs))?"
            r"(?= (?:(?:meine\w*|mein|unser\w*|diese\w*|den|die|das|dem|der|im|vom"
            r"|letzte\w*|vorige\w*) )*(?:woche|monat|jahr|sommer|winter|wochenende"
            r"|hören|musik|januar|februar|märz|april|mai|juni|juli|august|september"
            r"|oktober|november|dezember)\b)"
        ),
        "rückblick auf",
    ),
    (rf"\b{_REPORT_DE} (?:in|zu|zum|zur|für|über|auf)\b", ""),
    # "Die Peak-Zeit", "meine Prime Time": when listening peaks.
    (r"\b(?:peak-zeit|peakzeit|peak zeit|prime time|primetime)\b", "hauptzeit"),
    # "Montag bis Freitag oder am Wochenende": the working week.
    (r"\b(?:von )?montag bis freitag\b", "unter der woche"),
    # "Binned", "gebinnt": übersprungen.
    (r"\b(?:gebinnt|gebinned|weggebinnt)\b", "übersprungen"),
)
