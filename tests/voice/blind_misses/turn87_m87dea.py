"""Issue 45's eighty-fifth turn (blind round twenty-four): a Bernese woman's Bärndütsch.

Blind writer 567, a woman from Bern in her mid-forties, asks in everyday
Bernese: the "l" said as "u" ("wie vüu", "vüune", "Verzeu mau", "aues
zäme"), diminutives ("Liedli", "Podcäschtli"), "am hüfigschte", "zwo Wuche",
"ds letschte Mau", "wenn" for wann, "Loserin" for a listener, "es nimmt mi
wunder" (I wonder) before the question and "laht mi nid los" (on repeat).

Read wrong or not at all, now read by `parse/bernese_round24_de.py`: "wie
vüu Liedli/Sache ..." (how many), "weles Podcäschtli losen i am meischte"
(the top podcast: the top song had been told, a wrong fact), "bi welem
Liedli drück i am hüfigschte uf wyter" (the most skipped song: the skip rate
had been told, a wrong fact), "i de letschte zwo Wuche" (the period: all
time had been told, a wrong fact), "Sexy Boy, wenn isch das ds letschte Mau
gloffe?" (the name's last play: the last song of all had been told, a wrong
fact), "bin i eher e Morge- oder e Namittagsloserin" (the parts of the day),
"di füf meischtglosete Songs" (the count kept). "Welches Lied lässt mich
gerade nicht los", in standard German as in hers, is on repeat
(`hooked_de`).

Reaching no sentence, now heard by `sentences/de.yaml`: an article "di" or
"mis" first, "es nimmt mi (es bitzeli) wunder" before the question, "han
i's ... gha", "sit wenn losen i X", "ds erschte Liedli am Samschtig", "...
ds letschte gsi", "wie isch mi X gsi mit dr Musig" (a recap; "Hör uf mit dr Musig" stays a
command), "laht mi nid los" (gate words
"fritig", "laht"). The rows after her own are the same shapes said another
way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Her own.
    (
        "de",
        "weles Podcäschtli losen i am meischte",
        "welchen Podcast höre ich am meisten",
    ),
    (
        "de",
        "Wie vüu Liedli han i hüt am Morge scho glost?",
        "wie viele Lieder habe ich heute am Morgen gehört",
    ),
    (
        "de",
        "Wie vüu Sache han i vorgeschter glost, aues zäme?",
        "wie viele Sachen habe ich vorgestern gehört, alles zusammen",
    ),
    (
        "de",
        "mit wie vüune verschidene Bands han i's im Septämber gha",
        "wie viele verschiedene Bands habe ich im September gehört",
    ),
    (
        "de",
        "Han i i de letschte zwo Wuche öppis Nöis entdeckt, so nöji Künstler?",
        "habe ich in den letzten zwei Wochen neue Künstler entdeckt",
    ),
    (
        "de",
        "Sexy Boy, wenn isch das ds letschte Mau gloffe?",
        "wann habe ich Sexy Boy zuletzt gehört",
    ),
    (
        "de",
        "bi welem Liedli drück i am hüfigschte uf wyter",
        "welches Lied überspringe ich am häufigsten",
    ),
    (
        "de",
        "Weles Lied laht mi grad nid los?",
        "welches Lied habe ich in Dauerschleife",
    ),
    (
        "de",
        "bin i eher e Morge- oder e Namittagsloserin",
        "bin ich eher eine Morgen- oder eine Nachmittagshörerin",
    ),
    (
        "de",
        "di füf meischtglosete Songs vo färn, gäu, chasch mer die säge",
        "meine fünf meistgehörten Songs letztes Jahr",
    ),
    (
        "de",
        "Es nimmt mi es bitzeli wunder: wie lang het d Ada im August öppe glost?",
        "wie lange hat Ada im August gehört",
    ),
    (
        "de",
        "sit wenn losen i eigentlich The Daily",
        "seit wann höre ich The Daily",
    ),
    # The same shapes said another way.
    (
        "de",
        "weles Podcäscht han i letscht Wuche am meischte glost",
        "welchen Podcast habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "bi welem Künstler drück i am hüfigschte uf wyter",
        "welchen Künstler überspringe ich am häufigsten",
    ),
    (
        "de",
        "Queen, wenn isch das ds erschte Mau gloffe?",
        "wann habe ich Queen zum ersten Mal gehört",
    ),
    (
        "de",
        "Eres, wenn han i das ds letschte Mau glost?",
        "wann habe ich Eres zuletzt gehört",
    ),
    (
        "de",
        "bin i eher e Abigloser oder e Morgeloser",
        "bin ich eher ein Abendhörer oder ein Morgenhörer",
    ),
    (
        "de",
        "Han i i de letschte zwo Mönet nöji Bands entdeckt?",
        "habe ich in den letzten zwei Monaten neue Bands entdeckt",
    ),
    (
        "de",
        "di drü meischtglosete Künstler vo färn",
        "meine drei meistgehörten Künstler letztes Jahr",
    ),
    (
        "de",
        "di zwöi Künstler won i hür am meischte glost ha",
        "meine zwei meistgehörten Künstler dieses Jahr",
    ),
    (
        "de",
        "Welcher Song lässt mich gerade nicht los?",
        "welches Lied habe ich in Dauerschleife",
    ),
    (
        "de",
        "weles Liedli laht mi grad nid los",
        "welches Lied habe ich in Dauerschleife",
    ),
    (
        "de",
        "wie vüune verschidene Künstler han i die Wuche glost",
        "wie viele verschiedene Künstler habe ich diese Woche gehört",
    ),
    (
        "de",
        "wie vüu Stund han i färn Podcäschtli glost",
        "wie viele Stunden habe ich letztes Jahr Podcasts gehört",
    ),
    (
        "de",
        "Mi nimmt wunder, wele Band han i letscht Wuche am meischte glost",
        "welche Band habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "sit wenn lose mir Justice",
        "seit wann hören wir Justice",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    # Her own, which reached no sentence.
    (
        "säg mau, di drü Künstler won i hür am meischte ghört ha",
        "meine drei meistgehörten Künstler dieses Jahr",
        "de",
    ),
    (
        "di füf meischtglosete Songs vo färn, gäu, chasch mer die säge",
        "meine fünf meistgehörten Songs letztes Jahr",
        "de",
    ),
    (
        "Mis Lieblingsalbum überhoupt, weles isch das?",
        "welches Album habe ich insgesamt am meisten gehört",
        "de",
    ),
    (
        "Es nimmt mi es bitzeli wunder: wie lang het d Ada im August öppe glost?",
        "wie lange hat Ada im August gehört",
        "de",
    ),
    (
        "mit wie vüune verschidene Bands han i's im Septämber gha",
        "wie viele verschiedene Bands habe ich im September gehört",
        "de",
    ),
    (
        "sit wenn losen i eigentlich The Daily",
        "wann habe ich The Daily zum ersten Mal gehört",
        "de",
    ),
    (
        "ds erschte Liedli am Samschtig, weles isch das gsi",
        "welches Lied habe ich am Samstag als erstes gehört",
        "de",
    ),
    (
        "Weles Lied isch letscht Fritig ds letschte gsi?",
        "welches Lied habe ich letzten Freitag als letztes gehört",
        "de",
    ),
    (
        "Weles Lied laht mi grad nid los?",
        "welches Lied habe ich in Dauerschleife",
        "de",
    ),
    (
        "Verzeu mau, wie isch mi Novämber gsi mit dr Musig?",
        "wie war mein November",
        "de",
    ),
    (
        "Sexy Boy, wenn isch das ds letschte Mau gloffe?",
        "wann habe ich Sexy Boy zuletzt gehört",
        "de",
    ),
    # The same shapes said another way.
    (
        "es nimmt mi wunder, wie vüu Mau han i Air dä Monet glost",
        "wie oft habe ich Air diesen Monat gehört",
        "de",
    ),
    ("sit wenn losen i Queen", "wann habe ich Queen zum ersten Mal gehört", "de"),
    (
        "Mis Lieblingslied überhoupt, weles isch das?",
        "welches Lied habe ich insgesamt am meisten gehört",
        "de",
    ),
    (
        "di drü meischtglosete Bands vo färn",
        "meine drei meistgehörten Künstler letztes Jahr",
        "de",
    ),
    (
        "Verzeu mau, wie isch mi Oktober gsi mit dr Musig?",
        "wie war mein Oktober",
        "de",
    ),
    (
        "Weles Lied isch geschter ds erschte gsi?",
        "welches Lied habe ich gestern als erstes gehört",
        "de",
    ),
    (
        "ds letschte Liedli am Samschtig, weles isch das gsi",
        "welches Lied habe ich am Samstag als letztes gehört",
        "de",
    ),
    (
        "mit wie vüune verschidene Künstler han i's letscht Wuche gha",
        "wie viele verschiedene Künstler habe ich letzte Woche gehört",
        "de",
    ),
    (
        "Welches Lied lässt mich gerade nicht los?",
        "welches Lied habe ich in Dauerschleife",
        "de",
    ),
    (
        "Eres, wenn han i das ds letschte Mau glost?",
        "wann habe ich Eres zuletzt gehört",
        "de",
    ),
    (
        "weles Podcäscht han i letscht Wuche am meischte glost",
        "welchen Podcast habe ich letzte Woche am meisten gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("di Musig lüter bitte", "de"),
    ("mis Liecht i dr Chuchi aschaute", "de"),
    ("es nimmt mi wunder, wie ds Wätter morn wird", "de"),
    ("sit wenn louft d Wöschmaschine", "de"),
    ("Weles Lied louft grad?", "de"),
    ("mach d Musig lüter, die laht mi nid schlafe", "de"),
    ("spiu ds erschte Liedli vo Moon Safari", "de"),
    ("spiu mis Lieblingslied", "de"),
    ("di Liechter i dr Stube us", "de"),
    ("Mis Liecht isch nid a", "de"),
    ("sit wenn isch ds Fänschter offe", "de"),
    ("ich bin müde", "de"),
    ("Hör uf mit dr Musig i dr Chuchi", "de"),
    ("mach mit dr Musig wyter", "de"),
)
