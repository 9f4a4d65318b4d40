"""Formal, polite German as Switzerland says it (issue 45's fifteenth turn).

A writer nobody here had seen asked in the polite form, and most of it fell
to Home Assistant ("Kein Bereich ..."): a wrapper before the question ("Würde
mich wunder nehmen, ...", "Hätten Sie vielleicht eine Ahnung, ...", "Grüezi,
könnten Sie mir sagen, ..."), or after it ("..., könnten Sie mir das sagen?",
"Merci vielmals"), and the question inside it with its verb last ("wen ich
letztes Jahr am meisten gehört habe", "was heute Nachmittag lief", "ob ich
gestern Queen gehört habe"). Swiss words too: "zuoberst", "dreissig" with ss.

What is asked for with an infinitive after a courtesy ("Wären Sie so
freundlich, mir mein Lieblingsalbum seit März zu nennen", "Dürfte ich Sie um
einen Jahresrückblick bitten", issue 45's thirty-fifth turn) is asked as a
request ("nenne mir ...", "gib mir ...").

Each rule is a function word or a word shape, never a listed sentence: the
wrapper is dropped, and only when one was dropped is the embedded question
turned into a plain one (its verb moved after the question word, "ob"
asking whether). The words between are kept as said, so a name after a verb
is never changed. A command ("Könnten Sie in der Küche Queen spielen") holds
no wrapper of a question and is left alone.
"""

import re

from .rules import rewrite

# A greeting or a thanks around the question says nothing of it.
_GREETING = (
    r"(?:grüezi(?: mitenand| wohl)?|grüessech|guten tag|guten abend|entschuldigung"
    r"|entschuldigen sie(?: bitte)?|verzeihung)"
)
_SOFT = r"(?: (?:vielleicht|zufällig|eventuell|bitte|kurz|mal|eben|gerade|schnell))*"
# The polite wrappers of a question, said first.
_OPENERS = (
    # "Würde mich wunder nehmen", "es nimmt mich wunder": I would like to know.
    (
        r"(?:es |mich )?(?:würde|tät|täte|nimmt|nähme|nähm) (?:es |mich )?(?:schon )?"
        r"(?:wunder(?: nehmen)?|wundernehmen)"
    ),
    r"(?:hätten|haben) sie" + _SOFT + r" (?:eine ahnung|einen überblick|die zahl"
    r"|die zahlen|die angabe|gesehen|nachgeschaut|(?:kurz )?zeit(?:,)? mir zu sagen"
    r"|lust mir zu sagen)",
    r"(?:wissen|wüssten|weiß|wüsste) (?:sie|man)" + _SOFT,
    r"(?:könnten|können|würden|dürften) sie mir" + _SOFT + r" (?:sagen|beschreiben"
    r"|verraten|erzählen|mitteilen|nennen|schildern|erklären|ausrechnen)",
    r"(?:könnten|können|würden) sie" + _SOFT + r" (?:nachschauen|nachsehen|schauen)",
    r"dürfte ich (?:sie )?(?:kurz |mal )?fragen",
    # "Dürfte ich wissen, ...", "dürfte ich Sie bitten, mir zu sagen, ..."
    # (issue 45's thirty-fifth turn, a Swiss speaker of formal politeness).
    r"dürfte ich (?:sie (?:höflich |bitte )?bitten mir zu sagen|wissen|erfahren)",
    r"ich (?:wüsste|hätte) (?:gern|gerne)(?: gewusst)?",
    r"ich (?:möchte|würde) (?:gern |gerne )?(?:wissen|erfahren)",
    # A question hinted at, not asked (issue 45's thirty-sixth turn, a
    # Moselle speaker): "mich tät interessieren, ...", "ich frag mich, ...",
    # "keine Ahnung, ...", "wollt schon lang mal wissen, ...".
    r"(?:mich )?(?:würd|würde|tät|täte)(?: ja| schon)? (?:mich )?interessieren",
    r"mich interessiert(?: ja| schon)?",
    r"ich frag(?:e)? mich(?: jo| ja| schon)?",
    r"(?:ich )?(?:hab |habe )?keine ahnung(?: mehr)?",
    # Texted "ka" / "kp" (keine Ahnung, kein Plan) before the question word
    # (issue 45's forty-ninth turn); "ka Ahnung" alone stays Bavarian "no".
    r"(?:ka|kp|kein plan)(?= (?:wann|was|wie|wer|welche[rsmn]?|wo|ob)\b)",
    r"(?:ich )?wollt(?:e)? schon (?:lang|lange)(?: mal)? wissen",
    r"ich (?:tät|täte|würd|würde) (?:gern|gerne) wissen",
    r"(?:wär|wäre) (?:mal )?interessant",
)
_OPENER = re.compile(
    rf"^(?:{_GREETING} )*(?:{'|'.join(_OPENERS)})(?: (?:bitte|doch|mal))*\b ?"
)
# "Hätten Sie vielleicht meine drei meistgespielten Lieder", "... einen
# Rückblick": the thing asked for is kept, "hätten Sie" dropped.
_HAVE_YOU = re.compile(
    r"^(?:"
    + _GREETING
    + r" )*(?:hätten|haben) sie"
    + _SOFT
    + r" (?:(?:einen|eine|ein|den|die|das) )?(?=\w)"
)
# The wrappers said after the question, and a thanks.
_CLOSER = re.compile(
    r"(?: (?:könnten|können|würden) sie mir das(?: bitte| vielleicht)* (?:sagen"
    r"|verraten|nachschauen))?(?: wenn sie mir das sagen (?:könnten|können|würden))?(?: (?:merci|danke)(?: vielmals| viumau| villmal"
    r"| schön| sehr| beaucoup| ihnen)?)?(?: (?:merci|danke|bitte))?"
    # A hint said after the question: "..., dat wüsst ich gern".
    r"(?: (?:dat|das) (?:wüsst|wüsste) ich (?:gern|gerne)| (?:ich hab |ich habe )?keine ahnung"
    r"| ich frag mich (?:dat|das))?$"
)
_GREETING_ONLY = re.compile(rf"^(?:{_GREETING} )+(?=\w)")

# The question word of an embedded question and what it asks about.
_QW = (
    r"(?:ob|wer|wen|wem|was|wann|wie oft|wie lange?|wie lang|wie viel|wieviel"
    r"|wie viele(?: \w+)?(?: (?:musik|podcasts))?|wieviele(?: \w+)?|wie"
    r"|was für (?:einen |eine |ein )?\w+"
    r"|(?:an|um|mit|in|zu|seit|von) (?:welchem|welcher|welchen|welche|welches|wem|was) \w+"
    r"|seit wann|welche[rsnm]? \w+)"
)
_SUBJECT = r"(?:ich|wir)"
# A participle and the auxiliary said last ("gehört habe", "gestartet bin").
_PERFECT = re.compile(
    rf"^(?P<q>{_QW})(?P<pre>(?: \w+)*?) (?P<s>{_SUBJECT})(?P<mid>(?: \S+)*?)"
    r" (?P<p>ge\w+t|\w+geh\w+t|\w*gespielt|\w*gestartet|angefangen|aufgehört"
    r"|übersprungen|entdeckt|kennengelernt|gewesen) (?P<aux>habe|hab|haben|bin|sind)$"
)
# A present verb said last ("am meisten höre", "eigentlich überspringe").
_PRESENT = re.compile(
    rf"^(?P<q>{_QW})(?P<pre>(?: \w+)*?) (?P<s>{_SUBJECT})(?P<mid>(?: \S+)*?)"
    r" (?P<v>höre|hören|überspringe|überspringen|skippe|skippen|habe|haben|mag"
    r"|mögen|wiederhole|wiederholen|starte|beginne)$"
)
# Played, with no listener ("was am Samstag gelaufen ist", "was heute lief",
# "wie viel insgesamt gelaufen ist in den letzten 30 Tagen").
_RAN = re.compile(
    rf"^(?P<q>{_QW})(?P<mid>(?: \S+)*?) (?:gelaufen (?:ist|sind|war|waren)"
    r"|lief|liefen|gespielt wurde|gespielt worden ist)(?P<rest>(?: \S+)*)$"
)
# "War" last: "was am letzten Freitag das erste Lied war", "wie mein Oktober
# so war".
_WAS = re.compile(
    rf"^(?P<q>{_QW})(?P<mid>(?: \S+)+?) (?P<v>war|waren|ist|sind|läuft|laufen|gewesen ist|gewesen sind)$"
)
# "Wie viele verschiedene Interpreten es im Jahr 2025 waren": heard.
_IT_WERE = re.compile(
    r"^(?P<q>wie viele(?: \w+)?(?: \w+)?) es(?P<mid>(?: \S+)*?) (?:waren|sind"
    r"|gewesen sind)$"
)
_TOP_NOUN = r"(?:künstler\w*|band|bands|interpret\w*|sänger\w*|lied|song|album|podcast)"
# "Welcher Künstler diesen Monat bei mir zuoberst war", "welche Band letzten
# Sommer meine liebste war": heard most.
_TOP_WAS = re.compile(
    rf"^(?P<q>welche[rsnm]? {_TOP_NOUN})(?P<mid>(?: \S+)*?)(?: bei (?:mir|uns))?"
    r" (?:zuoberst(?: auf der liste)?|ganz oben(?: auf der liste)?|an der spitze|meine liebste|mein liebster|mein liebstes"
    r"|unsere liebste|unser liebster|am beliebtesten|die nummer eins"
    r"|meine nummer eins|mein favorit|meine favoritin) (?:war|ist|waren|sind|stand|standen)$"
)

# Swiss spellings and words, read wherever they are.
SWISS_DE: tuple[tuple[str, str], ...] = (
    # No ß in Switzerland: "dreissig", "einunddreissig".
    (r"(\w*)dreissig(\w*)\b", r"\1dreißig\2"),
    # Pushed away: skipped.
    (
        r"\b(?:wegdrücke|wegklicke|wegskippe|weiterdrücke|weiterklicke)\b",
        "überspringe",
    ),
    (r"\b(?:wegdrücken|wegklicken|weiterdrücken)\b", "überspringen"),
    # "Innert der letzten dreissig Tage": within them.
    (r"\binnert (?:der |den )?", "in den "),
    # "Allenfalls etwas von Justice": perhaps, said only to be polite.
    (r"\ballenfalls (?=etwas|was|wen|noch|die|mir)", ""),
)
# What is asked for with an infinitive after a courtesy: "wären Sie so
# freundlich, mir mein Lieblingsalbum seit März zu nennen", "hätten Sie die
# Güte, mir die fünf Lieder aufzuzählen, die ich ...", "dürfte ich Sie um
# einen Jahresrückblick bitten", "einen kleinen Rückblick hätte ich gern
# parat"; a comparison asked as "ist es so, dass ..." or in the passive
# (issue 45's thirty-fifth turn).
_COURTESY = (
    r"(?:wären sie so (?:nett|freundlich|gut|lieb)|würden sie so (?:nett|freundlich|gut)"
    r" sein|hätten sie (?:allenfalls |vielleicht )?die güte|seien sie so (?:nett|gut))"
)
_ASKED_FOR: tuple[tuple[str, str], ...] = (
    (rf"^(?:{_COURTESY} )?mir zu bestätigen (ob .+)$", r"\1"),
    (
        rf"^(?:{_COURTESY} )?mir (?P<obj>.+?) zu (?:geben|zeigen)(?P<rest>(?: .+)?)$",
        r"gib mir \g<obj>\g<rest>",
    ),
    (
        (
            rf"^(?:{_COURTESY} )?mir (?P<obj>.+?) (?:zu nennen|zu sagen|aufzuzählen|zu zählen)"
            r"(?P<rest>(?: .+)?)$"
        ),
        r"nenne mir \g<obj>\g<rest>",
    ),
    (
        r"^dürfte ich sie (?:höflich |bitte )?um (?P<obj>.+?) bitten$",
        r"gib mir \g<obj>",
    ),
    (
        (
            r"^(?P<obj>(?:einen|eine|ein) .+?) hätte ich gerne? (?:parat|bereit)"
            r"(?: wären sie so (?:gut|nett|freundlich))?$"
        ),
        r"gib mir \g<obj>",
    ),
    (r"^ist es so dass (ich|wir) (.+?) (höre|hören) als (.+)$", r"\3 \1 \2 als \4"),
    (
        r"^wird bei (?:mir|uns) (.+?) gehört als (.+?)(?: bitte)?$",
        r"höre ich \1 als \2",
    ),
    # The verb last once the courtesy before it was read: "wie oft Daft
    # Punk seit Oktober bei mir gelaufen ist", "wie viele Wiedergaben es
    # vorgestern gegeben hat".
    (r"^(wie oft|wann) (.+?)(?: bei (?:mir|uns))? gelaufen ist$", r"\1 lief \2"),
    (r"^(wie viele \w+) es (.+?) gegeben hat$", r"\1 habe ich \2 gehört"),
)


def _aux(subject: str, aux: str) -> str:
    """Return the auxiliary agreeing with the subject."""
    if aux in ("bin", "sind"):
        return "bin" if subject == "ich" else "sind"
    return "habe" if subject == "ich" else "haben"


def _present(subject: str, verb: str) -> str:
    """Return the present verb agreeing with the subject."""
    if verb in ("mag", "mögen"):
        return "mag" if subject == "ich" else "mögen"
    if subject == "ich":
        return verb[:-1] if verb.endswith("en") else verb
    return verb if verb.endswith("en") else verb + "n"


def _plain(clause: str) -> str:
    """Return an embedded question said as a plain one; else the clause."""
    if found := _TOP_WAS.match(clause):
        return f"{found['q']} habe ich{found['mid']} am meisten gehört"
    if found := _IT_WERE.match(clause):
        return f"{found['q']} habe ich{found['mid']} gehört"
    if found := _PERFECT.match(clause):
        if found["q"] in ("wie viel", "wieviel") and found["pre"]:
            # "Wie viel Daft Punk ich gehört habe": how often, the name last.
            aux = _aux(found["s"], "habe")
            said = f"{found['s']}{found['mid']}{found['pre']} {found['p']}"
            return f"wie oft {aux} {said}"
        head = "" if found["q"] == "ob" else f"{found['q']}{found['pre']} "
        aux = _aux(found["s"], found["aux"])
        pre = found["pre"] if found["q"] == "ob" else ""
        return f"{head}{aux} {found['s']}{pre}{found['mid']} {found['p']}".strip()
    if found := _PRESENT.match(clause):
        head = "" if found["q"] == "ob" else f"{found['q']}{found['pre']} "
        verb = _present(found["s"], found["v"])
        pre = found["pre"] if found["q"] == "ob" else ""
        return f"{head}{verb} {found['s']}{pre}{found['mid']}".strip()
    if (found := _RAN.match(clause)) and found["q"] != "ob":
        if found["q"] in ("wie viel", "wieviel"):
            # "Wie viel lief": how long was heard.
            return f"wie viel habe ich{found['mid']}{found['rest']} gehört"
        return f"{found['q']} lief{found['mid']}{found['rest']}"
    if (found := _WAS.match(clause)) and found["q"] != "ob":
        # "Wie mein September gewesen ist": how it was.
        verb = {"gewesen ist": "war", "gewesen sind": "waren"}.get(
            found["v"], found["v"]
        )
        return f"{found['q']} {verb}{found['mid']}"
    return clause


def undo_polite(words: str) -> str:
    """Return normalized German words with a polite wrapper undone.

    "Würde mich wunder nehmen, wen ich letztes Jahr am meisten gehört habe"
    is "wen habe ich letztes jahr am meisten gehört"; with no wrapper the
    words are kept, but for the Swiss spellings.
    """
    words = rewrite(SWISS_DE, words)
    asked_for = rewrite(_ASKED_FOR, words)
    if asked_for != words:
        return _plain(asked_for)
    wrapped = False
    stripped = _CLOSER.sub("", words)
    if stripped != words and stripped:
        words, wrapped = stripped, True
    while True:
        found = _OPENER.match(words) or _HAVE_YOU.match(words)
        if not found or found.end() == len(words):
            break
        words, wrapped = words[found.end() :].lstrip(), True
    if not wrapped:
        return words
    words = _GREETING_ONLY.sub("", words)
    # "Einen Rückblick auf mein Jahr für mich": for the asker.
    words = re.sub(r" für (?:mich|uns)$", "", words)
    return _plain(words)
