"""Issue 45's seventy-second turn, blind round eleven: Freiburg, Damascus, the Erzgebirge.

(docstring written at the end)
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # The Freiburger (487).
    (
        "de",
        "die drei Bände wo i im Summer am meischte gspielt ha",
        "welche drei Bands habe ich im Sommer am meisten gehört",
    ),
    (
        "de",
        "verzell emol, wa hani vorgeschtern glost",
        "was habe ich vorgestern gehört",
    ),
    (
        "de",
        "wer isch in de letschte drei Monet neu dezue kumme bi mir",
        "welche Künstler sind in den letzten drei Monaten neu dazugekommen",
    ),
    (
        "de",
        "seit wenn isch Digital Love bi mir drin, wenn hani des s erscht mol gspielt",
        "wann habe ich Digital Love zum ersten Mal gehört",
    ),
    (
        "de",
        "bi welem Künschtler drück i am ehschte weiter",
        "welchen Künstler überspringe ich am meisten",
    ),
    (
        "de",
        "bi welem Liedli drück i am ehschte weiter",
        "welches Lied überspringe ich am meisten",
    ),
    (
        "de",
        "gib mer e kleini Zämmefassung vu mim Summer letscht Johr",
        "Rückblick auf meinen Sommer letztes Jahr",
    ),
    (
        "de",
        "im September, wie vill Liedli und Folge sin s insgesamt gsi",
        "wie viele Wiedergaben hatte ich im September",
    ),
    (
        "de",
        "hit nomittag, wa hani do alles ghört",
        "was habe ich heute Nachmittag gehört",
    ),
    (
        "de",
        "wa hani am Sunntig als letschts ufgleit",
        "was habe ich am Sonntag als letztes gehört",
    ),
    (
        "de",
        "welli Bänd hani letscht Wuch am meischte glost",
        "welche Bands habe ich letzte Woche am meisten gehört",
    ),
    # The Syrian engineer (488).
    (
        "de",
        "heute Nachmittag wie viel Lieder ich habe hören",
        "wie viele Lieder habe ich heute Nachmittag gehört",
    ),
    (
        "de",
        "gestern zehn nach acht Uhr Abend was ich habe gehört",
        "was lief gestern um zehn nach acht abends",
    ),
    (
        "de",
        "heute viertel nach drei Uhr Nachmittag was ich habe gehört",
        "was lief heute um viertel nach drei nachmittags",
    ),
    (
        "de",
        "zu welche Stunde ich höre am meisten",
        "um welche Uhrzeit höre ich am meisten",
    ),
    (
        "de",
        "wann ich habe hören Genesis das erste Mal",
        "wann habe ich Genesis zum ersten Mal gehört",
    ),
    (
        "de",
        "welche Künstler ich habe am meisten gehört diese Monat",
        "welche Künstler habe ich diesen Monat am meisten gehört",
    ),
    # The Erzgebirge pensioner (490).
    (
        "de",
        "Wos war denn mei Lieblingsliedel diesen Monat",
        "was war mein Lieblingslied diesen Monat",
    ),
    (
        "de",
        "Wie viele Liedel warn denn gestern dran",
        "wie viele Lieder habe ich gestern gehört",
    ),
    ("de", "Wos fier Musik mog iech eigentlich", "was für Musik mag ich"),
    ("de", "Wos war heut es erste Liedel", "was war heute das erste Lied"),
    (
        "de",
        "Wos fier a Liedel läft bei mir grod in Dauerschleife",
        "welches Lied höre ich gerade in Dauerschleife",
    ),
    ("de", "Nu, wie war'n mei Woche so", "wie war meine Woche"),
    (
        "de",
        "Wie viel lief denn insgesamt in de letzten zwee Wochen, Liedel un Podcast zamm",
        "wie viele Wiedergaben hatte ich in den letzten zwei Wochen",
    ),
    ("de", "Wos hob iech gestern ahmds gehärt", "was habe ich gestern abends gehört"),
    (
        "de",
        "Wos war denn mei Lieblingskünstler heier",
        "wer war mein Lieblingskünstler dieses Jahr",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "die drei Bände wo i im Summer am meischte gspielt ha",
        "welche drei Bands habe ich im Sommer am meisten gehört",
        "de",
    ),
    (
        "verzell emol, wa hani vorgeschtern glost",
        "was habe ich vorgestern gehört",
        "de",
    ),
    (
        "wer isch in de letschte drei Monet neu dezue kumme bi mir",
        "welche Künstler sind in den letzten drei Monaten neu dazugekommen",
        "de",
    ),
    (
        "wie arg hör i immer die gliche Liedli widder",
        "wie oft höre ich immer die gleichen Lieder",
        "de",
    ),
    (
        "seit wenn isch Digital Love bi mir drin, wenn hani des s erscht mol gspielt",
        "wann habe ich Digital Love zum ersten Mal gehört",
        "de",
    ),
    (
        "wa hani am Samschtig als erschts ufgleit",
        "was habe ich am Samstag als erstes gehört",
        "de",
    ),
    (
        "bi welem Künschtler drück i am ehschte weiter",
        "welchen Künstler überspringe ich am meisten",
        "de",
    ),
    (
        "welles Liedli lauft bi mir grad in einere Tour",
        "welches Lied höre ich gerade in Dauerschleife",
        "de",
    ),
    (
        "gib mer e kleini Zämmefassung vu mim Summer letscht Johr",
        "Rückblick auf meinen Sommer letztes Jahr",
        "de",
    ),
    (
        "e bitzeli e Rückblick uf mini Wuch, wie isch s glaufe",
        "Rückblick auf meine Woche",
        "de",
    ),
    (
        "im September, wie vill Liedli und Folge sin s insgesamt gsi",
        "wie viele Wiedergaben hatte ich im September",
        "de",
    ),
    (
        "hit nomittag, wa hani do alles ghört",
        "was habe ich heute Nachmittag gehört",
        "de",
    ),
    (
        "heute Nachmittag wie viel Lieder ich habe hören",
        "wie viele Lieder habe ich heute Nachmittag gehört",
        "de",
    ),
    (
        "ich habe hören Justice diese Woche?",
        "habe ich diese Woche Justice gehört",
        "de",
    ),
    (
        "gestern zehn nach acht Uhr Abend was ich habe gehört",
        "was lief gestern um zehn nach acht abends",
        "de",
    ),
    (
        "zu welche Stunde ich höre am meisten",
        "um welche Uhrzeit höre ich am meisten",
        "de",
    ),
    (
        "Wos war denn mei Lieblingsliedel diesen Monat",
        "was war mein Lieblingslied diesen Monat",
        "de",
    ),
    (
        "Wie viele Liedel warn denn gestern dran",
        "wie viele Lieder habe ich gestern gehört",
        "de",
    ),
    (
        "Wos fier Musik mog iech eigentlich",
        "was für Musik mag ich",
        "de",
    ),
    (
        "Um wie viel Uhr hör iech denn meistens, un an welchem Tag",
        "um welche Uhrzeit höre ich meistens",
        "de",
    ),
    (
        "Wos war heut es erste Liedel",
        "was war heute das erste Lied",
        "de",
    ),
    (
        "Wos fier a Liedel läft bei mir grod in Dauerschleife",
        "welches Lied höre ich gerade in Dauerschleife",
        "de",
    ),
    (
        "Nu, wie war'n mei Monat so",
        "wie war mein Monat",
        "de",
    ),
    (
        "Wie viel lief denn insgesamt in de letzten zwee Wochen, Liedel un Podcast zamm",
        "wie viele Wiedergaben hatte ich in den letzten zwei Wochen",
        "de",
    ),
    # Same-kind variants: the Freiburger, the learner, the pensioner.
    (
        "wa hani am Sunntig als letschts ufgleit",
        "was habe ich am Sonntag als letztes gehört",
        "de",
    ),
    (
        "welli Bänd hani letscht Wuch am meischte glost",
        "welche Bands habe ich letzte Woche am meisten gehört",
        "de",
    ),
    ("e Rückblick uf mini Oktober", "Rückblick auf meinen Oktober", "de"),
    (
        "gestern Abend wie viel Lieder ich habe hören",
        "wie viele Lieder habe ich gestern Abend gehört",
        "de",
    ),
    (
        "heute viertel nach drei Uhr Nachmittag was ich habe gehört",
        "was lief heute um viertel nach drei nachmittags",
        "de",
    ),
    ("ich habe hören Daft Punk heute?", "habe ich heute Daft Punk gehört", "de"),
    (
        "Wos war denn mei Lieblingskünstler heier",
        "wer war mein Lieblingskünstler dieses Jahr",
        "de",
    ),
    ("Nu, wie war'n mei Woche so", "wie war meine Woche", "de"),
    (
        "Wie oft hob iech heier Daft Punk gehärt",
        "wie oft habe ich dieses Jahr Daft Punk gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("des Liedli in einere Tour widderhole", "de"),
    ("Des Liedel in Dauerschleife stelln", "de"),
    ("spiel mol Daft Punk in de Kuchi", "de"),
    ("welles Liedli lauft grad", "de"),
    ("Wos fier a Liedel läft grod", "de"),
    ("ich möchte hören Daft Punk in der Küche", "de"),
    ("mach d Musik e bitzeli lüter", "de"),
)
