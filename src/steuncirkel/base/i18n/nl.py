"""Nederlandse teksten. Dezelfde sleutels en plaatshouders als ``en.py``; warm, kort, gewoon."""

from __future__ import annotations

from steuncirkel.base.i18n import Msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

MESSAGES: Final[dict[Msg, str]] = {
    # Fouten en weigeringen
    Msg.HOME_UNKNOWN: (
        "Ik weet niet waar ik je steuncirkel kan bewaren: HOME (of XDG_DATA_HOME) is geen "
        "volledig pad. Kies een map met --home of STEUNCIRKEL_HOME en probeer het opnieuw."
    ),
    Msg.CLOCK_INVALID: (
        "{variable}={value} is geen datum en tijd die ik kan lezen. Gebruik "
        "bijvoorbeeld {variable}=2026-11-28T03:00, of haal het weg om de echte klok te "
        "gebruiken."
    ),
    Msg.CLOCK_INVALID_CRISIS: (
        "{variable}={value} is geen datum en tijd die ik kan lezen; ik gebruik de echte klok."
    ),
    Msg.HOME_OPTION_EMPTY: (
        "--home is leeg, dus ik weet niet welke map je bedoelt. Geef de map van je "
        "steuncirkel op, bijvoorbeeld --home ~/steuncirkel, of laat --home weg om de "
        "gewone map te gebruiken."
    ),
    Msg.HOME_NOT_FOLDER: (
        "{path} is een bestand en geen map, dus daar kan je steuncirkel niet staan. "
        "Kies een andere map met --home, of zet dat bestand ergens anders."
    ),
    Msg.STORE_UNREADABLE: (
        "Ik kan {path} niet lezen ({reason}). Er is niets veranderd. "
        "Kijk of het bestand en de map van jou zijn en leesbaar, en probeer het opnieuw. "
        "Een eventuele reservekopie staat in {backup}."
    ),
    Msg.STORE_CORRUPT: (
        "Je steuncirkelbestand {path} is niet te lezen ({reason}). Ik heb het precies "
        "zo gelaten. De vorige versie staat in {backup}. Wil je die terug, kopieer hem "
        "dan naar {path}."
    ),
    Msg.STORE_CORRUPT_NO_BACKUP: (
        "Je steuncirkelbestand {path} is niet te lezen ({reason}). Ik heb het precies zo "
        "gelaten. Er is nog geen reservekopie ({backup}). Herstel het bestand in een "
        "teksteditor, of zet het opzij om opnieuw te beginnen."
    ),
    Msg.STORE_MISSING: (
        "Je steuncirkelbestand {path} ontbreekt, maar de reservekopie {backup} staat er "
        "nog. Er is niets veranderd. Wil je je steuncirkel terug, kopieer dan de "
        "reservekopie naar {path}. Wil je opnieuw beginnen, zet de reservekopie dan "
        "eerst ergens anders neer."
    ),
    Msg.STORE_DANGLING_LINK: (
        "Je steuncirkelbestand {path} is een koppeling naar {target}, en dat bestand "
        "bestaat niet (meer). Er is niets veranderd. Zet het bestand terug op {target}, "
        "of haal de koppeling weg."
    ),
    Msg.STORE_TOO_NEW: (
        "{path} is bewaard door een nieuwere steuncirkel (formaatversie {version}; deze "
        "versie leest tot en met {supported}). Ik heb het zo gelaten. Werk steuncirkel bij "
        "en probeer het opnieuw. Een eventuele reservekopie staat in {backup}."
    ),
    Msg.STORE_LOCKED: (
        "Een andere steuncirkel-opdracht is nu aan het bewaren. Er is niets veranderd. "
        "Wacht even en probeer het opnieuw."
    ),
    Msg.STORE_WRITE_FAILED: (
        "Bewaren in {folder} lukte niet ({reason}). Je steuncirkel is niet veranderd. "
        "Kijk of er ruimte op de schijf is en of de map beschrijfbaar is, en probeer het "
        "opnieuw."
    ),
    Msg.STORE_WOULD_BE_TOO_BIG: (
        "Na deze wijziging zou je steuncirkel groter worden dan {limit} MB, en dan kan "
        "ik hem niet meer lezen. Er is niets veranderd. Maak een lange notitie korter "
        "of haal iets weg, en probeer het opnieuw."
    ),
    Msg.STORE_SAVED_UNCONFIRMED: (
        "Bewaard, maar je computer kon niet bevestigen dat het veilig op de schijf "
        "staat ({reason}). Je wijziging staat er waarschijnlijk in: kijk het na met "
        "steuncirkel show."
    ),
    Msg.STORE_CHANGED: (
        "{path} werd door een ander programma veranderd terwijl ik aan het bewaren was. "
        "Er is niets geschreven. Probeer het nog een keer."
    ),
    Msg.DEMO_READ_ONLY: (
        "Dit is de voorbeeldcirkel; daarin kun je niets veranderen. Laat --demo weg om "
        "met je eigen steuncirkel te werken."
    ),
    Msg.NAME_EMPTY: (
        "Een naam kan niet leeg zijn. Typ de naam die jij gebruikt, bijvoorbeeld: Anna."
    ),
    Msg.NAME_INVISIBLE: (
        "In die naam staat geen letter of cijfer dat je kunt zien, dus op je lijst zou "
        "hij leeg lijken. Typ de naam waaronder je iemand kent, bijvoorbeeld: Anna."
    ),
    Msg.NAME_TOO_LONG: (
        "Die naam heeft {length} tekens; het maximum is {max}. Kies een kortere naam."
    ),
    Msg.TEXT_CONTROL_CHARS: (
        "Het veld {field} bevat onzichtbare stuurtekens. Typ het nog eens als gewone tekst."
    ),
    Msg.TEXT_BIDI_CHARS: (
        "Het veld {field} bevat verborgen richtingstekens, waardoor tekst er anders uit kan "
        "zien dan hij is. Typ het nog eens zonder."
    ),
    Msg.TEXT_UNREADABLE: (
        "Het veld {field} bevat tekens die niet te lezen waren (misschien gebruikt de "
        "terminal geen UTF-8). Typ het nog eens."
    ),
    Msg.TEXT_TOO_LONG: (
        "Het veld {field} heeft {length} tekens; het maximum is {max}. Maak het wat korter."
    ),
    Msg.DUPLICATE_NAME: (
        "{name} staat al in je steuncirkel. Gebruik een naam die je uit elkaar kunt "
        "houden, bijvoorbeeld met een voorletter erbij."
    ),
    Msg.PHONE_INVALID: (
        "{phone} lijkt geen telefoonnummer dat ik kan gebruiken. Kijk de cijfers na; "
        "voor een nummer buiten {country} begin je met + en de landcode."
    ),
    Msg.PHONE_SHORT_NUMBER: (
        "{phone} is een kort servicenummer. Hulplijnen zoals 113 en 1813 laat steuncirkel "
        "altijd zien; vul voor een persoon of plek het volledige nummer in."
    ),
    Msg.PHONE_EXTENSION: (
        "{phone} heeft een toestelnummer ({extension}). Een telefoon kan dat niet vanaf "
        "je lijst kiezen. Bewaar het nummer zonder toestelnummer, en zet dat in de "
        'notitie, bijvoorbeeld: --note "toestel {extension}"'
    ),
    Msg.PHONE_JUNK: (
        "In {phone} staat {junk}, en dat hoort niet in een telefoonnummer. Typ alleen "
        "de cijfers, met spaties, streepjes, punten of haakjes als je wilt, en "
        "eventueel een + aan het begin."
    ),
    Msg.EMAIL_INVALID: (
        "{email} lijkt geen e-mailadres. Kijk het na en probeer het opnieuw, "
        "bijvoorbeeld: anna@voorbeeld.nl."
    ),
    Msg.KIND_INVALID: ("'{kind}' is geen soort. Kies persoon, plek, hulpverlener of groep."),
    Msg.PLACE_ROLES: (
        "Een plek is ergens waar je heen gaat; luisteren of praktisch helpen doet een plek "
        "niet. Laat --listens en --practical weg (--crisis mag wel), of kies een andere "
        "--kind, zoals persoon of groep."
    ),
    Msg.PLACE_ROLES_EDIT: (
        "Een plek is ergens waar je heen gaat; luisteren of praktisch helpen doet een "
        "plek niet. Wil je er een plek van maken, zet er dan --no-listens en "
        "--no-practical bij; of kies een andere --kind. Er is niets veranderd."
    ),
    Msg.CRISIS_LIST_FULL: (
        "Op je crisislijst staan al {max} mensen of plekken. Zo blijft de lijst kort. "
        "Je kunt {name} wel toevoegen zonder --crisis."
    ),
    Msg.CRISIS_LIST_FULL_EDIT: (
        "Op je crisislijst staan al {max} mensen of plekken; zo blijft de lijst kort. "
        "Haal er eerst iemand af (steuncirkel edit NAAM --no-crisis); dan past {name} "
        "erop."
    ),
    Msg.ORDER_NOT_ON_LIST: (
        "{name} staat niet op je crisislijst, dus verplaatsen kan niet. Zet het er "
        "eerst op: steuncirkel edit {quoted} --crisis. Er is niets veranderd."
    ),
    Msg.ORDER_TWICE: (
        "{name} staat er twee keer in. Noem iedereen één keer, in de volgorde die je "
        "wilt; er is niets veranderd."
    ),
    Msg.EDIT_NEEDS_OPTIONS: (
        "Wat wil je veranderen? Bijvoorbeeld: steuncirkel edit {quoted} --phone "
        "0612345678. In een terminal zonder opties vraagt het veld voor veld."
    ),
    Msg.REMOVE_NEEDS_YES: (
        "Iemand weghalen vraagt om een ja, en dat kan ik hier niet vragen. Weet je het "
        "zeker? steuncirkel remove {quoted} --yes. Er is niets veranderd."
    ),
    Msg.NAME_REQUIRED: (
        'Welke naam? Bijvoorbeeld: steuncirkel add "Anna" --listens. '
        "Start het in een terminal zonder naam om het stap voor stap te doen."
    ),
    Msg.NAME_NOT_FOUND: (
        "Ik vind niemand met de naam {name} in je steuncirkel. Kijk met steuncirkel "
        "show hoe de namen geschreven zijn."
    ),
    Msg.NAME_NOT_FOUND_NEAR: (
        "Ik vind niemand die precies {name} heet. Bedoel je {nearest}? Typ de naam dan "
        "zoals die in je steuncirkel staat; er is niets veranderd."
    ),
    Msg.OUTPUT_FAILED: (
        "Ik kon de uitvoer niet helemaal wegschrijven ({reason}). Probeer het nog een keer."
    ),
    Msg.BROKEN_INSTALL: (
        "Er ontbreekt een onderdeel van steuncirkel ({module}). Je crisislijst "
        "en de hulplijnen werken wel: steuncirkel crisis. Herstel de "
        "installatie met: pip install --force-reinstall steuncirkel"
    ),
    Msg.UNEXPECTED: (
        "Er ging iets mis dat niet had mogen gebeuren (een fout in steuncirkel). Je "
        "steuncirkelbestand is veilig. Start dezelfde opdracht met STEUNCIRKEL_DEBUG=1 "
        "om de details te zien."
    ),
    Msg.STOPPED_NOTHING_CHANGED: "Gestopt. Er is niets veranderd.",
    Msg.STOPPED_SAVED_KEPT: (
        "Gestopt. Wie je al had toegevoegd, blijft bewaard. De laatste was nog niet "
        "klaar en is niet bewaard."
    ),
    # Redenen
    Msg.REASON_NOT_UTF8: "het is geen UTF-8-tekst",
    Msg.REASON_BAD_JSON: "de JSON is kapot rond regel {line}, kolom {column}",
    Msg.REASON_TOO_DEEP: "het is meer dan {limit} lagen diep genest",
    Msg.REASON_BAD_NUMBER: ("het getal bij {field} kan niet precies bewaard worden"),
    Msg.REASON_DUPLICATE_KEY: ("de sleutel {key} staat twee keer op één plek"),
    Msg.REASON_EMPTY: "het bestand is leeg",
    Msg.REASON_TOO_BIG: "het bestand is groter dan {limit} MB",
    Msg.REASON_NOT_A_CIRCLE: "het is geen steuncirkelbestand",
    Msg.REASON_BAD_VERSION: "de formaatversie {version} is onbekend",
    Msg.REASON_BAD_FIELD: "{field} heeft een onverwachte waarde",
    Msg.REASON_BAD_TEXT: "het bevat tekst die geen geldige Unicode is",
    Msg.REASON_NOT_A_FILE: "het is geen gewoon bestand",
    Msg.REASON_NO_PERMISSION: "geen toestemming",
    Msg.REASON_READ_ONLY: "de schijf of map is alleen-lezen",
    Msg.REASON_DISK_FULL: "de schijf is vol",
    Msg.REASON_FILE_LIMIT: ("het bestand mag niet groter worden"),
    Msg.REASON_LINK_LOOP: ("een koppeling daar wijst naar zichzelf terug"),
    Msg.REASON_IS_FOLDER: ("er staat een map waar een bestand hoort"),
    Msg.REASON_DISK_ERROR: ("de schijf meldde een fout"),
    Msg.REASON_STDOUT_CLOSED: ("de standaarduitvoer is gesloten"),
    Msg.REASON_NAME_TOO_LONG: ("een naam in het pad is te lang"),
    Msg.REASON_NOT_FOUND: ("een map onderweg bestaat niet"),
    Msg.REASON_ALREADY_THERE: ("er staat al iets met die naam"),
    Msg.REASON_OUTPUT_STALLED: ("er werd {seconds} seconden lang niets gelezen"),
    Msg.REASON_OTHER: "{detail}",
    # Veldnamen
    Msg.FIELD_NAME: "naam",
    Msg.FIELD_PHONE: "telefoonnummer",
    Msg.FIELD_EMAIL: "e-mailadres",
    Msg.FIELD_WHERE: "adres of plek",
    Msg.FIELD_RELATION: "relatie",
    Msg.FIELD_AVAILABLE: "bereikbaarheid",
    Msg.FIELD_NOTE: "notitie",
    Msg.FIELD_CONTACT_NOTE: ("notitie bij het contact"),
    # Gelukt
    Msg.ADDED: "{name} staat nu in je steuncirkel.",
    Msg.ADDED_CRISIS: (
        "{name} staat nu in je steuncirkel en op je crisislijst ({count} van {max})."
    ),
    Msg.PHONE_PREMIUM: (
        "Let op: {phone} is een betaald nummer (090…). Dit nummer bellen kan veel geld "
        "kosten; kijk na of het het goede nummer is."
    ),
    Msg.NEXT_SHOW: "Bekijk je hele steuncirkel met: steuncirkel show",
    Msg.SETTINGS_SAVED: "Je instellingen zijn bewaard.",
    Msg.SETTINGS_UNCHANGED: "Je instellingen stonden al zo; er is niets veranderd.",
    Msg.NUDGE_WEEKS_RANGE: (
        "Het aantal weken is 0 (geen herinneringen) tot en met {max}, bijvoorbeeld: "
        "steuncirkel settings --nudge-weeks 4. Er is niets veranderd."
    ),
    Msg.EDITED: ("{name} is bijgewerkt."),
    Msg.EDIT_UNCHANGED: ("Dat stond al zo; er is niets veranderd."),
    Msg.REMOVED: (
        "{name} staat niet meer in je steuncirkel. Vergist? steuncirkel undo zet het terug."
    ),
    Msg.REMOVE_ASK: ("{name} uit je steuncirkel halen?"),
    Msg.REMOVE_KEPT: ("Er is niets veranderd; {name} blijft in je steuncirkel."),
    Msg.ORDERED: ("Je crisislijst staat nu in deze volgorde: {order}."),
    Msg.CONTACTED: ("Fijn dat je contact had met {name}. Genoteerd op {date}."),
    # Woorden
    Msg.KIND_PERSON: "persoon",
    Msg.KIND_PLACE: "plek",
    Msg.KIND_PROFESSIONAL: "hulpverlener",
    Msg.KIND_GROUP: "groep",
    Msg.COUNTRY_NL: "Nederland",
    Msg.COUNTRY_BE: "België",
    Msg.LANG_NL: "Nederlands",
    Msg.LANG_EN: "Engels",
    # De steuncirkel op het scherm
    Msg.SHOW_TITLE: "Je steuncirkel ({count})",
    Msg.SHOW_TITLE_DEMO: ("Voorbeeldcirkel ({count}) - een voorbeeld uit {country}, niet de jouwe"),
    Msg.GROUP_CRISIS: "Crisislijst - {count} van {max}, in deze volgorde",
    Msg.GROUP_CRISIS_OVER: ("Crisislijst - {count} (bedoeld voor {max}), in deze volgorde"),
    Msg.GROUP_LISTENS: "Luisterend oor ({count})",
    Msg.GROUP_PRACTICAL: "Praktische hulp ({count})",
    Msg.GROUP_NO_ROLE: "Nog zonder rol ({count})",
    Msg.GROUP_EMPTY: "Hier staat nog niemand.",
    Msg.LABEL_PHONE: "tel.",
    Msg.LABEL_EMAIL: "e-mail",
    Msg.LABEL_WHERE: "waar",
    Msg.LABEL_AVAILABLE: "wanneer",
    Msg.LABEL_NOTE: "notitie",
    Msg.LABEL_LAST_CONTACT: ("laatste contact"),
    Msg.LABEL_KNOWS: ("weet ervan en vindt het goed"),
    Msg.NO_WAY_TO_REACH: ("nog geen telefoonnummer, e-mail of adres"),
    Msg.POINTERS_TITLE: "Om over na te denken",
    Msg.POINTER_CRISIS_EMPTY: (
        "Je crisislijst is nog leeg. Drie tot vijf mensen of plekken waar je "
        "terechtkunt, geven houvast: steuncirkel add NAAM --crisis"
    ),
    Msg.POINTER_CRISIS_FEW: (
        "Je crisislijst telt er {count}. Drie tot vijf is een goede maat: "
        "steuncirkel add NAAM --crisis"
    ),
    Msg.POINTER_CRISIS_NO_PHONE: (
        "{name} staat op je crisislijst maar heeft nog geen telefoonnummer."
    ),
    Msg.POINTER_CRISIS_NOT_TOLD: (
        "Weet {name} dat die op je crisislijst staat? Vraag het gerust, bijvoorbeeld: "
        '"Mag ik je bellen als het echt niet gaat?" Is het goed, noteer het dan: '
        "steuncirkel edit {quoted} --knows"
    ),
    Msg.POINTER_KEEP_IN_TOUCH: (
        "Al een tijdje niet gesproken met {name} — zin om even te bellen? Daarna: "
        "steuncirkel contact {quoted}"
    ),
    Msg.POINTER_KEEP_IN_TOUCH_MORE: (
        "En nog {count} anderen die je al een tijdje niet sprak. Eén belletje of "
        "berichtje vandaag is genoeg."
    ),
    Msg.POINTER_NO_LISTENS: (
        "Nog niemand staat erin als luisterend oor. Aan wie kun je vertellen hoe het "
        "echt met je gaat? steuncirkel add NAAM --listens"
    ),
    Msg.POINTER_NO_PRACTICAL: (
        "Nog niemand helpt praktisch. Wie kan eens boodschappen doen of mee naar een "
        "afspraak? steuncirkel add NAAM --practical"
    ),
    Msg.POINTER_NO_PROFESSIONAL: (
        "Nog geen hulpverlener of groep. Een huisarts, therapeut of herstelgroep kan ook "
        "steunen: steuncirkel add NAAM --kind hulpverlener"
    ),
    Msg.START_TITLE: "Je steuncirkel is nog leeg",
    Msg.START_INTRO: (
        "Herstellen hoef je niet alleen te doen. Begin met één persoon, stap voor stap:"
    ),
    Msg.START_STEP_LISTENS: "Iemand die naar je luistert:",
    Msg.START_STEP_CRISIS: "Iemand om te bellen als het moeilijk wordt:",
    Msg.START_STEP_WALK: "Of beantwoord een paar vragen, stap voor stap:",
    Msg.START_STEP_DEMO: "Kijk hoe een ingevulde steuncirkel eruitziet:",
    Msg.START_CMD_LISTENS: 'steuncirkel add "Anna" --listens --phone {mobile}',
    Msg.START_CMD_CRISIS: (
        'steuncirkel add "Huisarts" --crisis --kind hulpverlener --phone {landline}'
    ),
    # Instellingen
    Msg.SETTINGS_TITLE: "Instellingen",
    Msg.SETTINGS_COUNTRY: "Land: {country} ({code})",
    Msg.SETTINGS_LANG: "Taal: {lang}",
    Msg.SETTINGS_LANG_AUTO: ("Taal: {lang} (zoals je computer is ingesteld)"),
    Msg.SETTINGS_FOLDER: "Gegevensmap: {path}",
    Msg.SETTINGS_FOLDER_DEMO: "Gegevensmap: geen (dit is de voorbeeldcirkel)",
    Msg.SETTINGS_NAME: "Je naam op de afdruk: {name}",
    Msg.SETTINGS_NAME_UNSET: "Je naam op de afdruk: niet ingesteld",
    Msg.HELP_HISTORY: (
        "Toon de eerdere versies van je steuncirkel. De nieuwste eerst; elke versie is je "
        "steuncirkel van vlak vóór een wijziging."
    ),
    Msg.HELP_HISTORY_JSON: ("Geef JSON voor andere programma's in plaats van de lijst."),
    Msg.HELP_UNDO: ("Maak de laatste wijziging ongedaan. Nog een keer: nog een stap terug."),
    Msg.HELP_RESTORE: ("Zet een eerdere versie terug. Het nummer komt uit steuncirkel history."),
    Msg.HELP_RESTORE_NUMBER: (
        "Het nummer van de versie in steuncirkel history (1 is de nieuwste)."
    ),
    Msg.HELP_RESTORE_YES: (
        "Niet vragen als circle.json niet te lezen is: zet het apart en zet de versie terug."
    ),
    Msg.METAVAR_NUMBER: ("NUMMER"),
    Msg.HISTORY_ADDED: ("{name} toegevoegd"),
    Msg.HISTORY_EDITED: ("{name} gewijzigd"),
    Msg.HISTORY_RENAMED: ("{old_name} hernoemd naar {name}"),
    Msg.HISTORY_REMOVED: ("{name} verwijderd"),
    Msg.HISTORY_ORDERED: ("Volgorde van de crisislijst aangepast"),
    Msg.HISTORY_CONTACTED: ("Contact met {name} genoteerd"),
    Msg.HISTORY_SETTINGS: ("Instellingen gewijzigd"),
    Msg.HISTORY_UNDONE: ("Ongedaan gemaakt: {change}"),
    Msg.HISTORY_UNDONE_UNKNOWN: ("Een wijziging ongedaan gemaakt"),
    Msg.HISTORY_RESTORED: ("Versie {number} teruggezet"),
    Msg.HISTORY_CHANGED: ("Gewijzigd"),
    Msg.HISTORY_TITLE: ("Eerdere versies van je steuncirkel, nieuwste eerst"),
    Msg.HISTORY_HOW: (
        "Elke versie is je steuncirkel zoals hij was vlak vóór de wijziging die erbij "
        "staat. Eén terugzetten: steuncirkel restore NUMMER. De laatste wijziging "
        "ongedaan maken: steuncirkel undo"
    ),
    Msg.HISTORY_EMPTY: (
        "Er zijn nog geen eerdere versies. Elke keer dat je iets verandert, bewaart "
        "steuncirkel de versie van daarvoor (de laatste {keep})."
    ),
    Msg.HISTORY_DEMO: (
        "De voorbeeldcirkel heeft geen geschiedenis. Laat --demo weg om de eerdere "
        "versies van je eigen steuncirkel te zien."
    ),
    Msg.HISTORY_STORE_DAMAGED: (
        "Je steuncirkelbestand {path} is nu niet te lezen. Er is niets kwijt: met "
        "steuncirkel restore NUMMER zet je een van deze versies terug, en het "
        "onleesbare bestand blijft apart bewaard."
    ),
    Msg.UNDO_NOTHING: (
        "Er is nog geen eerdere versie om naar terug te gaan: steuncirkel bewaart er "
        "een vanaf de tweede keer dat je iets bewaart. Er is niets veranderd."
    ),
    Msg.UNDO_NO_FURTHER: (
        "Verder terug kan ik niet: dit is de oudste versie die steuncirkel nog heeft "
        "(het begint bij je eerste bewaarde wijziging en houdt de laatste {keep}). Er "
        "is niets veranderd. Bekijk ze allemaal met: steuncirkel history"
    ),
    Msg.UNDO_DONE: ("Ongedaan gemaakt: {change}. Spijt? steuncirkel restore 1 zet het terug."),
    Msg.UNDO_DAMAGED: (
        "Je steuncirkelbestand {path} is niet te lezen, dus ongedaan maken lukt nu "
        "niet. Er is niets veranderd. Bekijk de eerdere versies met steuncirkel history "
        "en zet er een terug met steuncirkel restore NUMMER."
    ),
    Msg.RESTORE_DONE: (
        "Versie {number} van {when} staat weer terug. Spijt? steuncirkel restore 1 zet "
        "terug wat er net stond."
    ),
    Msg.RESTORE_DONE_ASIDE: (
        "Versie {number} van {when} staat weer terug. Het bestand dat niet te lezen "
        "was, staat apart als {aside}; er is niets weggegooid."
    ),
    Msg.RESTORE_DONE_FRESH: ("Versie {number} van {when} staat weer terug."),
    Msg.RESTORE_NONE: (
        "Er zijn nog geen eerdere versies om terug te zetten. Er is niets veranderd."
    ),
    Msg.RESTORE_NOT_LISTED: (
        "Er is geen versie {number}: de versies hebben de nummers 1 tot en met {count}. "
        "Bekijk ze met steuncirkel history. Er is niets veranderd."
    ),
    Msg.RESTORE_VERSION_DAMAGED: (
        "Versie {number} is beschadigd ({file}), die kan ik niet terugzetten. Er is "
        "niets veranderd. Kies een andere uit steuncirkel history."
    ),
    Msg.RESTORE_ASK: (
        "Je steuncirkelbestand {path} is niet te lezen. Zal ik het apart zetten (er "
        "wordt niets weggegooid) en versie {number} van {when} terugzetten?"
    ),
    Msg.RESTORE_NEEDS_YES: (
        "Je steuncirkelbestand {path} is niet te lezen. Om versie {number} terug te "
        "zetten, zet ik dat bestand apart (er wordt niets weggegooid); daar vraag ik "
        "een ja voor, en dat kan hier niet. Weet je het zeker? steuncirkel restore "
        "{number} --yes. Er is niets veranderd."
    ),
    Msg.RESTORE_KEPT: ("Er is niets veranderd; {path} staat er nog zoals het was."),
    Msg.RESTORE_NOT_A_NUMBER: (
        "{value} is geen nummer. Gebruik het nummer uit steuncirkel history, bijvoorbeeld 1."
    ),
    Msg.NUDGE_WEEKS_NOT_A_NUMBER: (
        "{value} is geen heel aantal weken. Bijvoorbeeld: steuncirkel settings "
        "--nudge-weeks 4 (0 zet de herinneringen uit)."
    ),
    Msg.SETTINGS_NUDGE: ("Herinnering om contact te houden: na {weeks} weken zonder contact"),
    Msg.SETTINGS_NUDGE_OFF: ("Herinnering om contact te houden: uit"),
    Msg.SETTINGS_HOW_TO_CHANGE: (
        "Je land veranderen: steuncirkel settings --country BE (of NL). Je taal: "
        "steuncirkel settings --lang en (of nl)."
    ),
    # Stap voor stap
    Msg.WALK_INTRO: (
        "We zetten iemand in je steuncirkel. Druk op Enter om een vraag over te slaan; "
        "met Ctrl-C stop je wanneer je wilt."
    ),
    Msg.WALK_ASK_NAME: "Naam",
    Msg.WALK_ASK_KIND: "Is dit een persoon, plek, hulpverlener of groep? [persoon]",
    Msg.WALK_ASK_RELATION: "Wie is {name} voor je (bijvoorbeeld zus, sponsor, huisarts)?",
    Msg.WALK_ASK_LISTENS: "Luistert {name} naar je als je wilt praten?",
    Msg.WALK_ASK_PRACTICAL: "Helpt {name} je praktisch?",
    Msg.WALK_ASK_CRISIS: "{name} op je crisislijst zetten, voor als het moeilijk wordt?",
    Msg.WALK_CRISIS_FULL: (
        "Je crisislijst heeft er al {max}. {name} komt wel in je steuncirkel, alleen "
        "niet op de crisislijst."
    ),
    Msg.WALK_ASK_PHONE: "Telefoonnummer van {name}",
    Msg.WALK_ASK_REACH_PLACE: ("Waar is {name}, of hoe kom je er?"),
    Msg.WALK_ASK_REACH: ("Wanneer kun je {name} bereiken (bijvoorbeeld: op weekdagen na 18:00)?"),
    Msg.WALK_ASK_ANOTHER: "Nog iemand toevoegen?",
    Msg.WALK_YES_NO: "[j/n]",
    Msg.WALK_YES_LETTERS: "j,ja,y,yes",
    Msg.WALK_NO_LETTERS: "n,nee,no",
    Msg.WALK_ANSWER_YES_NO: "Antwoord met j of n.",
    Msg.WALK_DONE: "Klaar. Bekijk je hele steuncirkel met: steuncirkel show",
    Msg.EDIT_INTRO: (
        "{name} veranderen: druk op Enter om te houden wat er staat, of typ - om het te wissen."
    ),
    Msg.EDIT_ASK_FIELD: ("{field} [{current}]:"),
    Msg.EDIT_EMPTY_VALUE: ("leeg"),
    Msg.FIELD_KIND_WORD: ("soort (persoon, plek, hulpverlener, groep)"),
    Msg.EDIT_ASK_KNOWS: ("Weet {name} dat die op je crisislijst staat, en vindt die het goed?"),
    Msg.EDIT_ASK_CRISIS: ("Staat {name} op je crisislijst?"),
    Msg.EDIT_YES_NO_KEEP: ("[j/n; Enter: {current}]"),
    Msg.EDIT_ANSWER_YES: ("ja"),
    Msg.EDIT_ANSWER_NO: ("nee"),
    Msg.EDIT_ANSWER_UNKNOWN: ("niet ingevuld"),
    # Crisis
    Msg.CRISIS_TITLE: "Als het moeilijk wordt",
    Msg.CRISIS_TITLE_DEMO: ("Als het moeilijk wordt (voorbeeldcirkel uit {country})"),
    Msg.CRISIS_LIST_TITLE: "Je crisislijst",
    Msg.CRISIS_LIST_EMPTY: (
        "Er staat nog niemand op je crisislijst. Als het weer wat beter gaat: "
        "steuncirkel add NAAM --crisis"
    ),
    Msg.CRISIS_HELPLINES_TITLE: "Hulplijnen in {country}",
    Msg.CRISIS_HELPLINES_BOTH: ("Hulplijnen in Nederland en in België"),
    Msg.CRISIS_EMERGENCY: "Bij direct gevaar: bel 112.",
    Msg.CRISIS_OR: "of",
    Msg.CRISIS_NO_STORE: ("Je hebt nog niemand toegevoegd. De hulplijnen staan hieronder."),
    Msg.CRISIS_STORE_PROBLEM: (
        "Je steuncirkelbestand is nu niet goed te lezen. Dat kun je later oplossen. {below}"
    ),
    Msg.CRISIS_BELOW_LIST: ("Je lijst en de hulplijnen staan hieronder."),
    Msg.CRISIS_BELOW_HELPLINES: ("De hulplijnen staan hieronder."),
    Msg.CRISIS_USAGE: ("Gebruik: steuncirkel crisis [--json] [--home MAP] [--lang nl|en] [--demo]"),
    Msg.CRISIS_BAD_OPTION: "{option} ken ik niet bij crisis.",
    Msg.CRISIS_MISTYPED: (
        "Je typte {option}, dus hier is je crisisoverzicht. De opdracht is: steuncirkel crisis"
    ),
    Msg.CRISIS_NO_NAME: ("(naam ontbreekt)"),
    Msg.CRISIS_REACHABLE_NOW: ("nu bereikbaar"),
    Msg.CRISIS_NOT_REACHABLE_NOW: ("nu waarschijnlijk niet bereikbaar"),
    Msg.CRISIS_ODD_ENTRY: (
        "Nummer {position} op je crisislijst heeft geen naam in je steuncirkelbestand, "
        "en staat daarom zonder naam op je lijst. Kijk het na met: steuncirkel show"
    ),
    Msg.CLICK_USAGE: ("Gebruik:"),
    Msg.CLICK_TRY_HELP: ("Typ '{command} {option}' voor uitleg."),
    Msg.CLICK_ERROR: ("Fout: {message}"),
    Msg.CLICK_ABORTED: ("Gestopt."),
    Msg.CLICK_OPTIONS: ("Opties"),
    Msg.CLICK_COMMANDS: ("Opdrachten"),
    Msg.CLICK_ARGUMENTS: ("Argumenten"),
    Msg.CLICK_HELP_OPTION: ("Toon deze uitleg en stop."),
    Msg.CLICK_USAGE_OPTIONS: ("[OPTIES]"),
    Msg.CLICK_USAGE_COMMAND: ("OPDRACHT [ARGUMENTEN]..."),
    Msg.CLICK_DEFAULT: ("[standaard: {value}]"),
    Msg.CLICK_REQUIRED: ("[verplicht]"),
    Msg.CLICK_NO_SUCH_OPTION: ("{option} ken ik hier niet als optie."),
    Msg.CLICK_DID_YOU_MEAN: ("Bedoel je {choices}?"),
    Msg.CLICK_NO_SUCH_COMMAND: ("{name} ken ik niet als opdracht."),
    Msg.CLICK_MISSING_COMMAND: ("Er ontbreekt een opdracht, bijvoorbeeld: steuncirkel show"),
    Msg.CLICK_INVALID_VALUE: ("De waarde bij {option} klopt niet: {detail}"),
    Msg.CLICK_NOT_ONE_OF: ("{value} is geen van de keuzes: {choices}."),
    Msg.CLICK_MISSING_ARGUMENT: ("{name} ontbreekt."),
    Msg.CLICK_NEEDS_VALUE: ("Na {option} hoort een waarde."),
    Msg.CLICK_TAKES_NO_VALUE: ("Bij {option} hoort geen waarde."),
    Msg.CLICK_EXTRA_ARGUMENTS: (
        "Ik weet niet wat ik moet met '{arguments}'. Zet tekst met spaties tussen "
        'aanhalingstekens, bijvoorbeeld: "Anna de Vries".'
    ),
    Msg.CLICK_NAME_METAVAR: ("NAAM"),
    Msg.METAVAR_TEXT: ("TEKST"),
    Msg.METAVAR_KIND: ("SOORT"),
    Msg.METAVAR_PHONE: ("NUMMER"),
    Msg.METAVAR_FILE: ("BESTAND"),
    Msg.METAVAR_EMAIL: ("E-MAIL"),
    Msg.CLICK_INSTALL_COMPLETION: ("Installeer aanvullen met Tab voor de shell die je gebruikt."),
    Msg.CLICK_SHOW_COMPLETION: (
        "Toon het aanvullen met Tab voor je shell, om te kopiëren of de installatie aan te passen."
    ),
    Msg.CLICK_COMPLETION_INSTALLED: (
        "Aanvullen met Tab voor {shell} staat nu in {path}. Het werkt zodra je de "
        "terminal opnieuw opent."
    ),
    Msg.HELP_CRISIS: (
        "Toon meteen je crisislijst met telefoonnummers en de hulplijnen. Werkt "
        "altijd, ook als er iets mis is met je bestand."
    ),
    Msg.HELP_CRISIS_JSON: "Geef JSON voor andere programma's.",
    Msg.HELP_OPTIONS_TITLE: "Opties",
    Msg.CRISIS_FROM_BACKUP: (
        "(uit je reservekopie, omdat je steuncirkelbestand nu niet te lezen is)"
    ),
    Msg.CRISIS_FROM_BACKUP_MISSING: (
        "(uit je reservekopie, omdat je steuncirkelbestand ontbreekt)"
    ),
    Msg.CRISIS_LIST_UNREADABLE: (
        "Je crisislijst is nu niet te lezen; bel een van de hulplijnen hieronder."
    ),
    Msg.CRISIS_BACKUP_EMPTY: (
        "In je reservekopie staat nog niemand op je crisislijst; bel een van de "
        "hulplijnen hieronder."
    ),
    Msg.CRISIS_MISSING_VALUE: "Na {option} hoort nog een waarde.",
    Msg.CRISIS_DIR_WORD: "MAP",
    Msg.PRINT_TITLE_DEMO: "Steuncirkel (voorbeeld)",
    Msg.PRINT_LIST_EMPTY: "Nog niemand op deze lijst.",
    Msg.PRINT_BLANK_NAME: ("naam"),
    Msg.PRINT_BLANK_PHONE: ("telefoonnummer"),
    Msg.PRINT_LIST_EMPTY_FILL: (
        "Nog niemand op deze lijst. Schrijf hieronder op wie je kunt bellen: op papier "
        "telt het ook."
    ),
    # Print
    Msg.PRINT_TITLE: "Steuncirkel",
    Msg.PRINT_TITLE_FOR: "Steuncirkel van {name}",
    Msg.PRINT_CRISIS_TITLE: "Als het moeilijk wordt, kan ik terecht bij",
    Msg.PRINT_ENCOURAGEMENT: (
        "Je hoeft het niet alleen te doen. Bellen mag altijd, ook midden in de nacht."
    ),
    Msg.PRINT_MADE_ON: "Gemaakt op {date} met steuncirkel.",
    Msg.MONTH_NAMES: (
        "januari februari maart april mei juni juli augustus september oktober november december"
    ),
    Msg.PRINT_COLUMN_WHO: "Wie",
    Msg.PRINT_COLUMN_REACH: "Bereikbaar",
    Msg.PRINT_WRITTEN: "De afdruk staat in {path}.",
    Msg.OUTPUT_EXISTS: (
        "{path} bestaat al. Gebruik --force om het te vervangen, of kies een "
        "andere naam met --output."
    ),
    Msg.OUTPUT_NO_FOLDER: (
        "De map {folder} bestaat niet. Maak hem eerst aan, of kies een andere plek."
    ),
    Msg.OUTPUT_IS_FOLDER: (
        "{path} is een map. Geef een bestandsnaam, bijvoorbeeld {path}/steuncirkel.txt."
    ),
    Msg.OUTPUT_EMPTY: (
        "--output is leeg. Geef een bestandsnaam, bijvoorbeeld --output "
        "steuncirkel.pdf, of - voor het scherm."
    ),
    Msg.OUTPUT_NOT_A_FILE: (
        "{path} is geen gewoon bestand; ik schrijf daar niet naartoe. Kies een andere naam."
    ),
    Msg.OUTPUT_INSIDE_DATA: (
        "Bewaar afdrukken buiten de map van je steuncirkel ({folder}), zodat ze er nooit "
        "mee door elkaar raken. Kies een andere plek."
    ),
    Msg.OUTPUT_WRITE_FAILED: (
        "Opslaan in {path} lukte niet ({reason}). Kies een andere plek en probeer het opnieuw."
    ),
    Msg.HELP_PRINT: (
        "Maak je Steuncirkel-lijst om op te hangen of bij je te dragen: je "
        "crisislijst, de hulplijnen en de datum."
    ),
    Msg.HELP_PRINT_FORMAT: (
        "Vorm van de afdruk: {choices} (standaard: volgens de bestandsnaam, anders tekst)."
    ),
    Msg.HELP_PRINT_OUTPUT: "Schrijf naar dit bestand (- is het scherm).",
    Msg.HELP_PRINT_FORCE: "Vervang een bestaand bestand.",
    Msg.PICTURE_ME: "ik",
    Msg.PICTURE_TITLE: "Mijn steuncirkel",
    Msg.PICTURE_LEGEND_RINGS: "Binnen: crisislijst · midden: luistert · buiten: praktische hulp",
    Msg.PICTURE_MORE: "en nog {count} anderen",
    Msg.PICTURE_MORE_ONE: ("en nog 1 ander"),
    Msg.PRINT_CRISIS_MORE: ("+ nog {count} op je crisislijst (zie steuncirkel show)"),
    Msg.CARD_CRISIS_MORE: ("+ nog {count}"),
    Msg.PRINT_SCAN_TO_CALL: "Scan om te bellen",
    Msg.CARD_DISCREET_TITLE: "Mijn contacten",
    Msg.CARD_INSTRUCTIONS: (
        "Druk af op 100% (de streep onder de kaart is dan precies 5 cm). Knip langs de "
        "hoekstreepjes en vouw zigzag langs de stippellijnen: de voorkant blijft "
        "buiten, je lijst en de hulplijnen zitten binnen."
    ),
    Msg.CARD_SCALE: ("5 cm: meet na of de afdruk op 100% staat"),
    Msg.CARD_FOLD_FRONT: ("voorkant (buiten)"),
    Msg.CARD_FOLD_LIST: ("je lijst"),
    Msg.CARD_FOLD_HELPLINES: ("hulplijnen"),
    Msg.CARD_CONTACTS_TITLE: "Bel",
    Msg.CARD_LIST_TITLE: ("Je lijst"),
    Msg.CARD_OPEN_IN_CRISIS: ("Open mij als het moeilijk wordt."),
    Msg.CARD_FRONT_CALL: ("Nu: {numbers} · gevaar: 112"),
    Msg.PRINT_OUTPUT_NEEDED: (
        "Een PDF kan niet naar het scherm. Geef een bestand op, bijvoorbeeld: "
        "--output steuncirkel.pdf"
    ),
    Msg.PDF_MISSING_LETTERS: (
        "De PDF kan deze letters niet tonen: {letters}. Bij {entries} staat daarom □ in "
        "de PDF. De HTML-afdruk toont ze wel: steuncirkel print --format html --output "
        "steuncirkel.html"
    ),
    Msg.HELP_PRINT_LAYOUT: (
        "Voor {formats}: poster (A4 om op te hangen) of card (vouwkaart voor je "
        "portemonnee of portefeuille)."
    ),
    Msg.HELP_PRINT_NO_QR: "Laat de QR-codes weg.",
    Msg.HELP_PRINT_DISCREET: "Kaart: geen woorden over crisis of zelfdoding op de buitenkant.",
    # Hulp
    Msg.HELP_APP: (
        "Houd je steuncirkel dichtbij: wie luistert, wie helpt, en bij wie je "
        "terechtkunt als het moeilijk wordt. Privé en offline."
    ),
    Msg.HELP_EPILOG: (
        "Begin met: steuncirkel --demo show. Bij direct gevaar bel 112; "
        "bij gedachten aan zelfdoding 113 (NL) of 1813 (BE)."
    ),
    Msg.HELP_HOME: ("Map met je steuncirkel (anders de gewone map voor je gegevens)."),
    Msg.HELP_LANG: "Taal van de berichten: nl of en.",
    Msg.HELP_DEMO: (
        "Gebruik de ingebouwde voorbeeldcirkel; aan je eigen gegevens verandert niets."
    ),
    Msg.HELP_VERSION: "Toon de versie en stop.",
    Msg.HELP_ADD: (
        "Zet een persoon, plek, hulpverlener of groep in je steuncirkel. "
        "Zonder naam gaat het stap voor stap."
    ),
    Msg.HELP_ADD_NAME: "Naam zoals jij die gebruikt (1 tot 80 tekens).",
    Msg.HELP_ADD_KIND: "persoon (standaard), plek, hulpverlener of groep.",
    Msg.HELP_ADD_LISTENS: "Luistert naar je als je wilt praten.",
    Msg.HELP_ADD_PRACTICAL: "Helpt je praktisch.",
    Msg.HELP_ADD_CRISIS: "Zet op je crisislijst (hoogstens 5).",
    Msg.HELP_ADD_PHONE: (
        "Telefoonnummer; zonder landcode hoort het bij het land uit je instellingen."
    ),
    Msg.HELP_ADD_EMAIL: "E-mailadres.",
    Msg.HELP_ADD_WHERE: ("Adres, of hoe je bij een plek komt."),
    Msg.HELP_ADD_RELATION: "Wie het voor je is, bijvoorbeeld zus, sponsor, huisarts.",
    Msg.HELP_ADD_AVAILABLE: "Wanneer je iemand kunt bereiken, bijvoorbeeld: ma-vr na 18:00.",
    Msg.HELP_ADD_NOTE: "Iets anders dat je wilt onthouden.",
    Msg.HELP_ADD_KNOWS: (
        "Weet dat die op je crisislijst staat en vindt het goed (--no-knows: nog niet)."
    ),
    Msg.HELP_EDIT: (
        "Verander iemand in je steuncirkel: alleen wat je opgeeft verandert; een lege "
        'waarde wist een veld (--phone ""). In een terminal zonder opties vraagt het '
        "veld voor veld."
    ),
    Msg.HELP_EDIT_NAME: ("De naam zoals die in je steuncirkel staat."),
    Msg.HELP_EDIT_NEW_NAME: ("Een nieuwe naam."),
    Msg.HELP_EDIT_LISTENS: ("Luistert naar je (--no-listens: niet meer)."),
    Msg.HELP_EDIT_PRACTICAL: ("Helpt je praktisch (--no-practical: niet meer)."),
    Msg.HELP_EDIT_CRISIS: ("Op je crisislijst, als laatste (--no-crisis: van de lijst af)."),
    Msg.HELP_REMOVE: (
        "Haal iemand uit je steuncirkel. Vraagt het eerst; steuncirkel undo zet het terug."
    ),
    Msg.HELP_YES: ("Niet vragen; ja."),
    Msg.HELP_ORDER: (
        "Zet je crisislijst in volgorde: de namen die je noemt komen vooraan, in die "
        "volgorde; de anderen volgen zoals ze stonden."
    ),
    Msg.HELP_ORDER_NAMES: ("Namen op je crisislijst, de eerste eerst."),
    Msg.HELP_CONTACT: (
        "Noteer dat je vandaag contact had met iemand. show herinnert je er vriendelijk "
        "aan als het een tijdje geleden is."
    ),
    Msg.HELP_CONTACT_NOTE: (
        "Een korte notitie, bijvoorbeeld waarover jullie spraken (hoogstens 200 tekens)."
    ),
    Msg.HELP_SHOW: "Toon je steuncirkel per rol, met tips waar hij kan groeien.",
    Msg.HELP_SHOW_ROLE: (
        "Toon alleen één rol: crisis, luistert, praktisch of geen (nog geen rol)."
    ),
    Msg.HELP_SHOW_JSON: "Geef JSON voor andere programma's in plaats van het overzicht.",
    Msg.HELP_SETTINGS: "Toon of verander je instellingen.",
    Msg.HELP_SETTINGS_COUNTRY: "Je land, voor telefoonnummers en hulplijnen: NL of BE.",
    Msg.HELP_SETTINGS_LANG: "Taal van de berichten: nl of en.",
    Msg.HELP_SETTINGS_NAME: "Je eigen naam, voor de titel van de afdruk (leeg om te wissen).",
    Msg.HELP_SETTINGS_NUDGE: (
        "Na hoeveel weken zonder contact show voorstelt om even contact te zoeken (0 "
        "zet het uit; standaard 4)."
    ),
}
