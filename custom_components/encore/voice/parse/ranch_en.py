"""A Texas ranch grandmother's English (issue 45's fifty-ninth turn, blind writer 376).

She calls the speaker "box": "box, name me ...", "..., box", "what was
that box playin' ...", "how many songs did that box play for me", and
says she skips a band as hurrying past it ("what band do I hurry past the
most": read as the band played most, a wrong fact). An exclamation opens
her question ("mercy, ..."). Each rule holds to "box" said to or of the
speaker, to "hurry past" with nothing after it but the question's own
words, or to the exclamation before a comma; a name is never changed.
"""

import re

from .rules import Rule, rewrite

_RANCH_EN: tuple[Rule, ...] = (
    # "Mercy, ...", "well I declare, ...": an exclamation, no question.
    (
        r"^(?:mercy(?: me)?|lord have mercy|well,? i declare|land sakes|goodness)[,!.]+\s*",
        "",
    ),
    # "Box, name me ...", "..., box": the speaker spoken to.
    (r"^(?:(?:hey|now|well|ok|okay),? )?box[,!.]+\s*", ""),
    (r",\s*(?:you )?box\W*$", ""),
    # "Did that box play for me", "what was that box playing": what I
    # played on it.
    (
        (
            r"\b(?:did|has|have) (?:that|the|this|my|our|ol'?|old) box (?:play|played)(?: (?:for|to) (?:me|us))?\b"
            # Never what it played for someone else ("... for Ada").
            r"(?![^,.?!]*\b(?:for|to) (?!me\b|us\b)\w)"
        ),
        "did i play",
    ),
    (r"\b(was|is) (?:that|the|this|my|our) box (?=play)", r"\1 "),
    # "Which band do I hurry past the most": skipping it.
    (r"\b(?:hurry|rush|zip) (?:right )?past\b", "skip"),
    (r"\b(?:hurried|rushed|zipped) (?:right )?past\b", "skipped"),
    # Issue 45's sixty-fourth turn, blind writer 423 (a retired Texas
    # rancher): "how many times I done heard X" (have heard: "done" before a
    # past participle is the perfect), "what did I wind up with the day
    # before yesterday" (ended with: the last play), "what'd I have on
    # last the very last tune I mean" (the last play said again, read as a
    # name).
    (
        r"\b(i|we) done (heard|played|listened|skipped|had|put|spun|played)\b",
        r"have \1 \2",
    ),
    (
        r"\b((?:did|'d|do) (?:i|we)) (?:wind|wound) (?:up|it up) (?:with|on)\b",
        r"\1 end with",
    ),
    (
        r"\blast,? (?:the )?very last (?:one|tune|song|track|record|thing)(?:,? i mean)?\W*$",
        "last",
    ),
)


def said_on_the_ranch(text: str) -> str:
    """Return a Texas rancher's question (to her "box") said plainly."""
    return rewrite(_RANCH_EN, text, re.IGNORECASE)
