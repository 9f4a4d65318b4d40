"""German words of the regions read late, after every dialect's own rules (issue 45's forty-eighth turn).

Blind writers 276 to 283 (a Kölsch carnival fan, a Lower Bavarian farmer, a
Viennese pensioner, a Zurich speaker, an English learner of German and a
Palatinate winegrower) said words no dialect's table here knew, in places
where no title stands: "en Rückblick uff's Johr" (this year; this month was
recapped, a wrong fact), "mein meistes gespielt Lied" (a learner), "mein
Künstler vom Johr", "Nummer ans", "Liablingskünstler", "meistgspuits
Liadl", "neu dabei", "wie vü Tag hintaranaund" (a streak), "hob i de
jemois ghört", "Folge vom Podcast", "de ganze Monat", "drah i weg" and
"drück i uf wiiter" (skipped), "wie viele Zeiten" (how often), "nöd cha
ufhöre lose" (on repeat), "ming" and "mini" (my), "um wos für a Zeit" (the
usual hour), "läuft bei mia grad oiwei", "neichn Künstler san ...
dazuakumman", "was für eine Musik ich mag".

The rules run in `speech.prepare` among the contractions, once the
dialects' readers have made the rest of the question standard German.
"""

from .rules import Rule

WORDS_OF_THE_SOUTH_DE: tuple[Rule, ...] = (
    # "En Rückblick uff's Johr", "einen Überblick übers Jahr" (issue 45's
    # forty-eighth turn, the Palatinate: this month was recapped): the year,
    # this one; "mein meistes gespielt Lied" (a learner): the most played.
    (
        r"\b(rückblick|überblick|zusammenfassung|bilanz) (?:auf's|aufs|auf das|übers|über's|über das|fürs|für's|für das) jahr\b",
        r"\1 dieses jahr",
    ),
    # Never "am meisten gehört", the standard way to say the most.
    (r"(?<!\bam )\bmeist(?:e|es) (gespielt|gehört)(?:e[snmr]?)?\b", r"meist\1e"),
    # Issue 45's forty-eighth turn, the South, Austria, Cologne and the
    # Palatinate (blind writers 276 to 283), each a word no title holds in
    # the place it stands: "mein Künstler vom Johr" (of the year), "Nummer
    # ans", "Numero eins", "Liablingskünstler", "meistgspuits Liadl",
    # "neu dabei" (new), "wie vü Tag hintaranaund" (a streak), "hob i de
    # jemois ghört" (ever), "Folge vom Podcast" (episodes), "de ganze
    # Monat" (this month), "drah i weg", "drück i uf wiiter" (skip), and a
    # learner's "wie viele Zeiten" (how many times).
    (
        (
            r"\b(künstler|künstlerin|band|lied|song|album|podcast|platte)(?: nummer (?:eins|ans|eis|ääns))?"
            r" (?:vom|von dem|das|des|von dieses) (?:jahr|jahrs|johr)(?:es)? (?=(?:\d{4}|zweitausend\w*)\b)"
        ),
        r"top \1 im jahr ",
    ),
    (
        (
            r"\b(künstler|künstlerin|band|lied|song|album|podcast|platte)(?: nummer (?:eins|ans|eis|ääns))?"
            r" (?:vom|von dem|das|von dieses) (?:jahr|jahrs|johr)(?:es)?\b"
        ),
        r"\1 des jahres",
    ),
    (
        r"\b(?:nummer|numero|nummero) (?:ans|eis|ääns|oans|uno)\b|\bnumero eins\b",
        "nummer eins",
    ),
    (r"\bliablings", "lieblings"),
    (r"\bmeist(?:ge)?spuit\w*", "meistgespieltes"),
    (r"\bneu dabei\b", "neu dazugekommen"),
    (
        r"\b(?:hintaranaund|hinderenand|hinnenanner|hintanand|hintanond|hinnereinanner|hinterenand)\b",
        "hintereinander",
    ),
    (r"\bwie viele? tag (?=hintereinander\b)", "wie viele tage "),
    (r"\bjemois\b", "jemals"),
    (
        r"\bwie viele? (?:folgen?|episoden?) (?:vom|von dem|von) podcast\b",
        "wie viele folgen",
    ),
    (
        r"\b(das|des|dat) (?:dann|denn) (?=seit|im|in|diese|letzte|gelaufen|gespielt|gehört)",
        r"\1 ",
    ),
    (r"\bmini (?=(?:künstler|künstlerin|band|lieblings\w*|top\w*)\b)", "meine "),
    (r"\bming (?=(?:künstler|band|lied|leedche|album|lieblings\w*|top\w*)\b)", "mein "),
    (
        r"\b(was|wos) (?:ist|is|war|woa) (?:denn )?(?:da|do) (?=(?:gelaufen|glaffa|gelaufe|glaufe|gespielt)\b)",
        "was ist ",
    ),
    (r"^um (?:was|wos) für (?:a |eine )?zeit\b", "um wie viel uhr"),
    (
        r"\bläuft bei (?:mir|mia) (?:grad|gerade) (?:immer|oiwei|ständig|dauernd)\b",
        "läuft bei mir gerade in dauerschleife",
    ),
    (r"\bneich(?:n|e|en)\b", "neue"),
    (r"\bdazua?kumm\w*\b|\bdazuakemma\b", "dazugekommen"),
    (r"\bsan (?=(?:im|in|seit|dieses|letzten|heuer)\b)", "sind "),
    (r"^was für (?:eine )?musik (?:ich|i) mag\b", "was für musik mag ich"),
)
