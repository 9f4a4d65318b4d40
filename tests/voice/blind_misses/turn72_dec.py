"""Issue 45, blind round nine: a Lower Bavarian farmer and a Carinthian.

Writer 476 asked in Lower Bavaria's Bavarian: "wen hob i de letzt Wocha am
meistn ghört" was answered for the last two weeks (the "i de" after "hob"
read as "in den"), "Wer is'n mei Künstler vom Johr" for all time, "wos lief
am dritt'n November" for the whole month, "wos fia a Podcast hör i in
letzter Zeit am liabstn" with what played; "Liadl vom Monat", "Café
Tacvba, hob i de im August überhaupt ghabt" and "san seit Montag neie
Künstler dazuakemma" were not understood. Writer 477 asked in Carinthian:
"wöcha Künstler is bei uns vurigs Joa am öftestn g'laufn" was answered for
all time, "an wöchn Tåg in da Wochn hör i am meistn" with the top songs of
this week; "de drei meistgspüitn Liadlan", "wia vüle Liadlan", "wia vüle
unterschiedliche Bands", "erzähl wos hot die Ada letzte Nocht glost",
"wöche Künstler woan im Oktober ganz neich fia mi" and "vurign Freitag
wöches Liad woa do s Erste" were not understood.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Wer is'n mei Künstler vom Johr, sog amoi",
        "wer ist mein künstler des jahres",
    ),
    ("de", "wer is mei Band vom Joa", "wer ist meine band des jahres"),
    (
        "de",
        "wen hob i de letzt Wocha am meistn ghört",
        "wen habe ich letzte woche am meisten gehört",
    ),
    (
        "de",
        "Liadl vom Monat im September, wos woar des",
        "was war mein top lied im september",
    ),
    (
        "de",
        "wos fia a Podcast hör i in letzter Zeit am liabstn",
        "welchen podcast höre ich in letzter zeit am liebsten",
    ),
    ("de", "wos lief am dritt'n November", "was lief am dritten november"),
    (
        "de",
        "sog amoi wöcha Künstler is bei uns vurigs Joa am öftestn g'laufn",
        "welcher künstler ist letztes jahr am öftesten gelaufen",
    ),
    (
        "de",
        "de drei meistgspüitn Liadlan seit Oktober",
        "die drei meistgespielten lieder seit oktober",
    ),
    (
        "de",
        "wia vüle Liadlan hob i heit in da Fruah gspüt",
        "wie viele lieder habe ich heute morgen gespielt",
    ),
    (
        "de",
        "in de letztn drei Monat wia vüle unterschiedliche Bands",
        "wie viele verschiedene bands in den letzten drei monaten",
    ),
    (
        "de",
        "wieviel unterschiedliche Liadlan hob i insgesamt ghört",
        "wie viele verschiedene lieder habe ich insgesamt gehört",
    ),
    (
        "de",
        "erzähl wos hot die Ada letzte Nocht glost",
        "was hat Ada letzte Nacht gehört",
    ),
    (
        "de",
        "an wöchn Tåg in da Wochn hör i am meistn",
        "an welchem tag der woche höre ich am meisten",
    ),
    (
        "de",
        "wöche Künstler woan im Oktober ganz neich fia mi",
        "welche künstler waren im oktober neu",
    ),
    (
        "de",
        "vurign Freitag wöches Liad woa do s Erste",
        "welches lied war letzten freitag das erste",
    ),
    (
        "de",
        "wos fia a Liadl lafft bei mir grad in oana Tour",
        "welches lied läuft bei mir in dauerschleife",
    ),
    # The same kind, said otherwise.
    (
        "de",
        "wöcha Künstler woa vurigs Joa vorn",
        "welcher künstler war letztes jahr vorn",
    ),
    (
        "de",
        "wia vüle Folgen hob i de Wocha ghört",
        "wie viele folgen habe ich diese woche gehört",
    ),
    ("de", "wos lief am zwoat'n November", "was lief am zweiten november"),
    (
        "de",
        "wöche Bands san im Oktober neich dazuakemma",
        "welche bands sind im oktober neu dazugekommen",
    ),
    (
        "de",
        "wia vüle unterschiedliche Künstler hob i heia ghört",
        "wie viele verschiedene künstler habe ich heuer gehört",
    ),
    (
        "de",
        "vurigen Samstag wos woar do s letzte Liad",
        "welches lied war letzten samstag das letzte",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Wer is'n mei Künstler vom Johr, sog amoi",
        "wer ist mein künstler des jahres",
        "de",
    ),
    (
        "wen hob i de letzt Wocha am meistn ghört",
        "wen habe ich letzte woche am meisten gehört",
        "de",
    ),
    (
        "Liadl vom Monat im September, wos woar des",
        "was war mein top lied im september",
        "de",
    ),
    (
        "wos fia a Podcast hör i in letzter Zeit am liabstn",
        "welchen podcast höre ich in letzter zeit am liebsten",
        "de",
    ),
    (
        "Café Tacvba, hob i de im August überhaupt ghabt",
        "Café Tacvba, habe ich die im August gehört",
        "de",
    ),
    ("wos lief am dritt'n November", "was lief am dritten november", "de"),
    (
        "um wiavui Uhr hör i normal am meistn, und an wos fia am Dog",
        "um wie viel uhr höre ich normalerweise am meisten",
        "de",
    ),
    (
        "san seit Montag neie Künstler dazuakemma",
        "welche neuen künstler seit montag",
        "de",
    ),
    (
        "wos fia a Liadl lafft bei mir grad in oana Tour",
        "welches lied läuft bei mir in dauerschleife",
        "de",
    ),
    (
        "sog amoi wöcha Künstler is bei uns vurigs Joa am öftestn g'laufn",
        "welcher künstler ist bei uns letztes jahr am öftesten gelaufen",
        "de",
    ),
    (
        "de drei meistgspüitn Liadlan seit Oktober",
        "die drei meistgespielten lieder seit oktober",
        "de",
    ),
    (
        "jo eh wurscht oba wöcha Podcast woa im Septemba vorn",
        "welcher podcast war im september vorn",
        "de",
    ),
    (
        "wia vüle Liadlan hob i heit in da Fruah gspüt",
        "wie viele lieder habe ich heute morgen gespielt",
        "de",
    ),
    (
        "seit Montag wia vüle Folgen vom Podcast",
        "wie viele podcastfolgen seit montag",
        "de",
    ),
    (
        "in de letztn drei Monat wia vüle unterschiedliche Bands",
        "wie viele verschiedene bands in den letzten drei monaten",
        "de",
    ),
    (
        "wieviel unterschiedliche Liadlan hob i insgesamt ghört",
        "wie viele verschiedene lieder habe ich insgesamt gehört",
        "de",
    ),
    (
        "Daft Punk wia oft woa des de letztn dreißig Tåg",
        "wie oft habe ich daft punk in den letzten dreißig tagen gehört",
        "de",
    ),
    (
        "erzähl wos hot die Ada letzte Nocht glost",
        "was hat Ada letzte Nacht gehört",
        "de",
    ),
    (
        "an wöchn Tåg in da Wochn hör i am meistn",
        "an welchem tag der woche höre ich am meisten",
        "de",
    ),
    (
        "wöche Künstler woan im Oktober ganz neich fia mi",
        "welche künstler waren im oktober neu",
        "de",
    ),
    (
        "vurign Freitag wöches Liad woa do s Erste",
        "welches lied war letzten freitag das erste",
        "de",
    ),
    (
        "wos rennt bei mir dawei in Dauerschleife",
        "welches lied läuft bei mir in dauerschleife",
        "de",
    ),
    # The same kind, said otherwise.
    (
        "um wia vui Uhr hör i normal am liabstn",
        "um wie viel uhr höre ich normalerweise am meisten",
        "de",
    ),
    (
        "wöches Liad lafft bei mir in oana Tour",
        "welches lied läuft bei mir in dauerschleife",
        "de",
    ),
    (
        "Queen wia oft woa des im Oktober",
        "wie oft habe ich queen im oktober gehört",
        "de",
    ),
    (
        "wöcha Künstler woa im Oktober vorn",
        "welcher künstler war im oktober vorn",
        "de",
    ),
    ("san seit Oktober neie Bands dazuakemma", "welche neuen bands seit oktober", "de"),
    ("Air, hob i de gestan ghabt", "habe ich gestern Air gehört", "de"),
)

STAYS: tuple[Stays, ...] = (
    ("wos lafft grad", "de"),
    ("wos rennt dawei", "de"),
    ("spü Daft Punk in da Kuchl", "de"),
    ("moch laiter", "de"),
    ("wos lafft grad in da Kuchl", "de"),
    ("spü des Liad in oana Tour", "de"),
    ("moch de Dauerschleife o", "de"),
    ("wos rennt grad bei mir", "de"),
)
