"""Regression sentences for the events stage, coded by hand as a careful human coder would.

Each case is data: ``(id, text, published, expected, forbidden)``.

* ``expected`` lists events that must be found. An accord event matches an expected
  event when it has that ``type`` and, where given (not ``None``), the ``source`` code
  among its source participants' codes (each participant's ``actor.country`` and
  ``actor.id``: ``"NGA"``, ``"IGO:UN"``), the ``target`` code likewise, and ``date`` as
  a prefix of its date. ``negated``, ``hypothetical`` and ``historical`` are checked on
  every expected event and are ``False`` unless given: an actual, affirmed, current
  event is coded as such.
* ``forbidden`` lists events that must not be found; only the keys given are compared
  (``{"type": "ASSAULT"}`` forbids any assault, ``{"type": "SANCTION",
  "hypothetical": False}`` only an actual one).

A domestic event has a source and a target in the same country (``police arrested
protesters`` in Lagos is NGA -> NGA). A pledge or a stated intention to cooperate is
AGREE; a stated future conflictual act is THREATEN. Figurative violence ("fought the
virus") is no ASSAULT. No event is better than a guessed participant.

Where accord is wrong the case stays as coded, marked ``xfail(strict=True)`` with what is
wrong, so a fix shows up as an XPASS to be unmarked. The sentences are invented for these
tests; none is taken from an article or from the evaluation sets.

Every text is analysed once, in one pipeline run (see ``docs_by_id``).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from conftest import assert_table_refused

from accord.errors import NoArticleError
from accord.pipeline import Failure, Pipeline, analyze_text
from accord.record import Document, Event, RawArticle
from accord.stages.events import _modality, load_patterns

CAMEO_TSV = Path(__file__).resolve().parents[1] / "src" / "accord" / "data" / "cameo.tsv"

PLOVER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

P = "2023-05-10"  # a Wednesday: Mon 05-08, Tue 05-09, Thu 05-04, Fri 05-05, Sat 05-06, Sun 05-07


def ev(type: str, source: str | None = None, target: str | None = None, **flags: Any) -> dict[str, Any]:
    """An expected (or forbidden) event: ``{"type", "source", "target", flags..., "date"?}``."""
    return {"type": type, "source": source, "target": target, **flags}


def no(*types: str, **flags: Any) -> list[dict[str, Any]]:
    """Forbidden events: none of these types (with these flags, if given)."""
    return [{"type": t, **flags} for t in types]


def bug(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def case(id: str, text: str, published: str | None, expected: list[dict[str, Any]],
         forbidden: list[dict[str, Any]] | tuple = (), *, xfail: str | None = None) -> Any:
    return pytest.param(id, text, published, expected, list(forbidden), id=id,
                        marks=[bug(xfail)] if xfail else [])


# Why accord fails a case, by general cause (the report groups xfails by these tags).
DOMESTIC = ("[domestic] sectors of one country are one actor to the coder (_key is the country): an event "
            "between them (police -> protesters, court -> opposition leader) is dropped or loses its target")
PLACE = ("[place-as-target] the place where it happened ('in Cairo', 'in Tokyo', 'Sea of Japan', 'attack "
         "on peacekeepers in Mali', 'negotiations in Havana') is coded as the target instead of the "
         "co-actor, or as a guessed one")
NESTED = ("[nested-target] a target named inside the object phrase ('relations with Israel', 'Japan's "
          "plan', 'offer ... from Kenya', 'action against Manila', 'airport in Damascus') is not found")
PASSIVE = ("[passive] a passive with a by-agent whose subject is the thing acted on ('Sanctions were "
           "imposed on X by Y', 'supplies were sent to X by Y', 'X was threatened ... by Y') is missed")
PERSON = ("[person-country] a person's country/IGO is lost: role-only titles ('opposition leader X', 'UN "
          "Secretary-General X'), two-word adjectives ('Sri Lankan President'), a dateline overriding an "
          "IGO title")
REGION = ("[region-country] a place below country level not in the KB ('Crimea', 'Pearl Harbor') gets "
          "no country, so the target is lost")
FIGURATIVE = ("[figurative] violent verbs used figuratively are coded ASSAULT/COERCE: 'launched an attack on "
              "inflation', 'beat X at cricket', 'hit back at critics', 'seized the opportunity', "
              "'arrested the decline', 'struck a deal'")
LEXICON_VERB = "[verb-lexicon] 'worked with X' is no COOPERATE trigger, 'shot down a proposal' no REJECT"
PREPARED = ("[intent-passive] 'X was prepared to negotiate with Y' parses as a passive verb; only the ADJ "
            "pattern 'prepared' exists, so no AGREE")
MODAL_MONTH = ("[date] a month in a modal future clause ('might meet ... in November', published in "
               "October) is resolved to the previous year")
DATELINE = ("[dateline-target] the dateline's country is not the receiving side when the text names none "
            "('sent rescue teams and medicine', filed from ANKARA)")
WITHDRAW_BILL = "[verb-sense] withdrawing a bill is coded as a military RETREAT"
PARSE = ("[parse] 'Riot police in Tbilisi beat protesters': 'Riot' is read as a person and 'beat' as a "
         "noun")

VIOLENCE = no("ASSAULT", "COERCE")

CASES = [
    # ------------------------------------------------------------------ AGREE
    case("agree-reported-ready",
         "Chinese President Xi Jinping said on Tuesday he is ready to work with Russian President "
         "Vladimir Putin to deepen trade.", P,
         [ev("AGREE", "CHN", "RUS", date="2023-05-09")]),
    case("agree-reported-willing",
         "Japanese Prime Minister Fumio Kishida said Japan was willing to work with South Korea on "
         "export controls.", P,
         [ev("AGREE", "JPN", "KOR", date=P)]),
    case("agree-pledge-aid",
         "Germany pledged 50 million euros in aid to Moldova on Monday.", P,
         [ev("AGREE", "DEU", "MDA", date="2023-05-08")], no("AID")),
    case("agree-will-provide-aid",
         "Japan will provide emergency aid to Turkey, Foreign Minister Yoshimasa Hayashi said.", P,
         [ev("AGREE", "JPN", "TUR")], no("AID")),
    case("agree-sign-compound",
         "Egypt and Sudan signed a water-sharing agreement in Cairo on Tuesday.", P,
         [ev("SUPPORT", "EGY", "SDN", date="2023-05-09"), ev("SUPPORT", "SDN", "EGY", date="2023-05-09")]),
    case("agree-did-not-agree",
         "India and Pakistan did not agree on a date for new talks.", P,
         [ev("AGREE", "IND", "PAK", negated=True)]),
    case("agree-refused-to-sign",
         "Serbia refused to sign the agreement with Kosovo.", P,
         [ev("SUPPORT", "SRB", "XKX", negated=True)]),
    case("agree-offer-mediate",
         "Qatar offered to mediate between Ethiopia and Egypt.", P,
         [ev("AGREE", "QAT", "ETH"), ev("AGREE", "QAT", "EGY")]),
    case("agree-accept-proposal",
         "Armenia accepted a Russian proposal on border demarcation.", P,
         [ev("AGREE", "ARM", "RUS")]),
    case("agree-could-if",
         "Vietnam could agree to joint patrols with the Philippines if the talks succeed.", P,
         [ev("AGREE", "VNM", "PHL", hypothetical=True)]),
    case("agree-domestic-promise-meet",
         "Kenyan President William Ruto promised to meet opposition leader Raila Odinga next week.", P,
         [ev("AGREE", "KEN", "KEN")], no("CONSULT", hypothetical=False)),
    case("agree-historical-2001",
         "China and Russia signed their treaty of friendship in 2001.", P,
         [ev("SUPPORT", "CHN", "RUS", historical=True, date="2001")]),
    case("agree-struck-deal",
         "Spain struck a deal with Morocco on migration on Friday.", P,
         [ev("SUPPORT", "ESP", "MAR", date="2023-05-05")], no("ASSAULT")),
    case("agree-reported-prepared",
         "Russian Foreign Minister Sergei Lavrov said Moscow was prepared to negotiate with Kyiv.", P,
         [ev("AGREE", "RUS", "UKR")], no("CONSULT", hypothetical=False), xfail=PREPARED),
    case("agree-restore-relations-compound",
         "Saudi Arabia and Iran agreed to restore diplomatic relations.", P,
         [ev("AGREE", "SAU", "IRN"), ev("AGREE", "IRN", "SAU")], no("COOPERATE", hypothetical=False)),
    case("agree-pair-next-sentence",
         "Egypt and Turkey restored full diplomatic ties on Tuesday. The two countries also agreed to "
         "exchange ambassadors.", P,
         [ev("AGREE", "EGY", "TUR"), ev("AGREE", "TUR", "EGY")]),

    # ------------------------------------------------------------------ CONSULT
    case("consult-met",
         "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday.", P,
         [ev("CONSULT", "FRA", "DEU", date="2023-05-08")]),
    case("consult-phone-call",
         "Turkish Foreign Minister Mevlut Cavusoglu held a phone call with his Ukrainian counterpart "
         "Dmytro Kuleba on Tuesday.", P,
         [ev("CONSULT", "TUR", "UKR", date="2023-05-09")]),
    case("consult-visited",
         "Indian Prime Minister Narendra Modi visited Egypt on Saturday.", P,
         [ev("CONSULT", "IND", "EGY", date="2023-05-06")]),
    case("consult-hosted",
         "Kazakhstan hosted Uzbek President Shavkat Mirziyoyev in Astana on Thursday.", P,
         [ev("CONSULT", "KAZ", "UZB", date="2023-05-04")]),
    case("consult-domestic-negotiations",
         "The Colombian government and ELN rebels resumed peace negotiations in Havana on Tuesday.", P,
         [ev("CONSULT", "COL", "COL", date="2023-05-09")], xfail=PLACE),
    case("consult-declined-to-meet",
         "The Chinese defence minister declined to meet his American counterpart in Singapore.", P,
         [ev("CONSULT", "CHN", "USA", negated=True)]),
    case("consult-might-meet",
         "US President Joe Biden might meet Chinese President Xi Jinping in Bali in November.",
         "2022-10-10",
         [ev("CONSULT", "USA", "CHN", hypothetical=True, date="2022-11")], xfail=MODAL_MONTH),
    case("consult-dateline-igo",
         "KYIV, May 9 (Example Wire) -- European Commission President Ursula von der Leyen met "
         "Ukrainian President Volodymyr Zelenskiy on Tuesday.", "2023-05-09",
         [ev("CONSULT", "IGO:EU", "UKR", date="2023-05-09")]),
    case("consult-two-adjectives",
         "The Saudi and Iranian foreign ministers talked by telephone on Sunday.", P,
         [ev("CONSULT", "SAU", "IRN", date="2023-05-07"), ev("CONSULT", "IRN", "SAU")]),
    # an announced visit is news of the day it is announced (PLOVER dates the statement)
    case("consult-will-visit-is-intent",
         "Brazilian President Luiz Inacio Lula da Silva will visit China next month.", P,
         [ev("AGREE", "BRA", "CHN", date="2023-05-10")], no("CONSULT", hypothetical=False)),
    case("consult-leaders-of-compound",
         "The leaders of Kenya and Tanzania met in Arusha on Friday.", P,
         [ev("CONSULT", "KEN", "TZA", date="2023-05-05"), ev("CONSULT", "TZA", "KEN")]),
    case("consult-passive-received",
         "Israeli Prime Minister Benjamin Netanyahu was received by Emirati President Mohamed bin "
         "Zayed in Abu Dhabi.", P,
         [ev("CONSULT", "ARE", "ISR")]),
    case("consult-held-talks",
         "Officials from Sudan's army held talks with Saudi mediators in Jeddah on Saturday.", P,
         [ev("CONSULT", "SDN", "SAU", date="2023-05-06")]),
    case("consult-pronoun-next-sentence",
         "Kenyan President William Ruto arrived in Addis Ababa on Monday. He met Ethiopian Prime "
         "Minister Abiy Ahmed on Tuesday.", P,
         [ev("CONSULT", "KEN", "ETH", date="2023-05-08"), ev("CONSULT", "KEN", "ETH", date="2023-05-09")]),
    case("consult-explicit-date",
         "Japan and South Korea held talks in Tokyo on March 16.", P,
         [ev("CONSULT", "JPN", "KOR", date="2023-03-16"), ev("CONSULT", "KOR", "JPN")]),

    # ------------------------------------------------------------------ SUPPORT
    case("support-praised",
         "Brazil praised China's peace plan for Ukraine on Monday.", P,
         [ev("SUPPORT", "BRA", "CHN", date="2023-05-08")]),
    case("support-reciprocal",
         "Kenya and Uganda supported each other at the regional summit.", P,
         [ev("SUPPORT", "KEN", "UGA"), ev("SUPPORT", "UGA", "KEN")]),
    case("support-igo-praised",
         "UN Secretary-General Antonio Guterres praised Kenya for hosting refugees from Somalia.", P,
         [ev("SUPPORT", "IGO:UN", "KEN")]),
    case("support-solidarity",
         "Poland expressed solidarity with Ukraine on Wednesday.", P,
         [ev("SUPPORT", "POL", "UKR", date=P)]),
    case("support-apology",
         "Japan apologised to South Korea for the wartime forced labour.", P,
         [ev("SUPPORT", "JPN", "KOR")]),
    case("support-recognised-and-cut-ties",
         "Honduras recognised China in March and cut ties with Taiwan.", P,
         [ev("SUPPORT", "HND", "CHN", date="2023-03"), ev("SANCTION", "HND", "TWN", date="2023-03")]),
    case("support-passive-endorsed",
         "The Egyptian proposal was endorsed by the Arab League on Sunday.", P,
         [ev("SUPPORT", "IGO:AL", "EGY", date="2023-05-07")]),
    case("support-did-not-support",
         "Hungary did not support the European Union's statement on China.", P,
         [ev("SUPPORT", "HUN", "IGO:EU", negated=True)]),
    case("support-domestic-backed",
         "Opposition parties in Senegal backed President Macky Sall's call for national dialogue.", P,
         [ev("SUPPORT", "SEN", "SEN")]),
    case("support-would-if",
         "Germany would back Ukraine's bid to join NATO if the war ended.", P,
         [ev("SUPPORT", "DEU", "UKR", hypothetical=True)]),
    case("support-congratulated",
         "German Chancellor Olaf Scholz congratulated Turkish President Tayyip Erdogan on his "
         "re-election.", "2023-05-30",
         [ev("SUPPORT", "DEU", "TUR")]),
    case("support-thanked-surname",
         "Ukrainian President Volodymyr Zelenskiy visited London on Monday. Zelenskiy thanked Britain "
         "for the long-range missiles.", P,
         [ev("SUPPORT", "UKR", "GBR")]),

    # ------------------------------------------------------------------ COOPERATE
    case("cooperate-joint-exercise",
         "China and Russia launched a joint naval exercise in the Sea of Japan on Friday.", P,
         [ev("COOPERATE", "CHN", "RUS", date="2023-05-05"), ev("COOPERATE", "RUS", "CHN")], no("ASSAULT")),
    case("cooperate-police-adjectives",
         "Colombian and Venezuelan police cooperated to dismantle a smuggling ring on the border.", P,
         [ev("COOPERATE", "COL", "VEN"), ev("COOPERATE", "VEN", "COL")]),
    case("cooperate-extradited",
         "Indonesia extradited a suspected drug trafficker to Australia on Monday.", P,
         [ev("COOPERATE", "IDN", "AUS", date="2023-05-08")]),
    case("cooperate-shared-intelligence",
         "France and Germany shared intelligence on the bombing suspects.", P,
         [ev("COOPERATE", "FRA", "DEU"), ev("COOPERATE", "DEU", "FRA")], no("ASSAULT")),
    case("cooperate-has-not",
         "Pakistan has not cooperated with the Indian investigation into the attack.", P,
         [ev("COOPERATE", "PAK", "IND", negated=True)], no("ASSAULT")),
    case("cooperate-domestic-police-army",
         "Nigerian police and the army cooperated in a rescue operation in Kaduna State.", P,
         [ev("COOPERATE", "NGA", "NGA")]),
    case("cooperate-worked-with",
         "Egypt worked with Qatar to broker the truce in Gaza.", P,
         [ev("COOPERATE", "EGY", "QAT")]),
    case("cooperate-will-hold-drills",
         "Vietnam and the Philippines will hold joint coast guard drills next month.", P,
         [ev("AGREE", "VNM", "PHL", date="2023-05-10")], no("COOPERATE", hypothetical=False)),
    case("cooperate-coordinated",
         "Spain and Morocco coordinated their border patrols over the weekend.", P,
         [ev("COOPERATE", "ESP", "MAR"), ev("COOPERATE", "MAR", "ESP")]),
    case("cooperate-might-if",
         "Turkey might share intelligence with Sweden if Stockholm cracks down on Kurdish militants.", P,
         [ev("COOPERATE", "TUR", "SWE", hypothetical=True)], no("COERCE", hypothetical=False)),
    case("cooperate-joined-forces",
         "Kenyan and Somali troops joined forces against al-Shabaab militants.", P,
         [ev("COOPERATE", "KEN", "SOM"), ev("COOPERATE", "SOM", "KEN")]),

    # ------------------------------------------------------------------ AID
    case("aid-sent",
         "The United States sent humanitarian aid to Turkey after the earthquake.", P,
         [ev("AID", "USA", "TUR")]),
    case("aid-igo-delivered",
         "The World Food Programme delivered food to displaced families in Sudan on Sunday.", P,
         [ev("AID", "IGO:WFP", "SDN", date="2023-05-07")]),
    case("aid-passive",
         "Medical supplies were sent to Syria by the United Arab Emirates.", P,
         [ev("AID", "ARE", "SYR")]),
    case("aid-supplied",
         "Germany supplied air defence systems to Ukraine on Friday.", P,
         [ev("AID", "DEU", "UKR", date="2023-05-05")]),
    case("aid-domestic-rescued",
         "Bangladeshi soldiers rescued hundreds of villagers stranded by floods.", P,
         [ev("AID", "BGD", "BGD")]),
    case("aid-has-not-delivered",
         "The European Union has not delivered the promised aid to Tunisia.", P,
         [ev("AID", "IGO:EU", "TUN", negated=True)]),
    case("aid-could-lend-if",
         "The IMF could lend Pakistan 3 billion dollars if Islamabad meets its conditions.", P,
         [ev("AID", "IGO:IMF", "PAK", hypothetical=True)]),
    case("aid-donated",
         "China donated vaccines to Cambodia on Monday.", P,
         [ev("AID", "CHN", "KHM", date="2023-05-08")]),
    case("aid-asylum",
         "Chile granted asylum to a Peruvian journalist.", P,
         [ev("AID", "CHL", "PER")]),
    case("aid-pledged-to-send",
         "Saudi Arabia pledged to send food aid to Yemen.", P,
         [ev("AGREE", "SAU", "YEM")], no("AID", hypothetical=False) + no("THREATEN")),
    case("aid-compound-source",
         "Britain and Canada provided loans to Ukraine on Thursday.", P,
         [ev("AID", "GBR", "UKR", date="2023-05-04"), ev("AID", "CAN", "UKR")]),
    case("aid-dateline-target",
         "ANKARA, Feb. 8 (Example Wire) -- Azerbaijan sent rescue teams and medicine on Wednesday.",
         "2023-02-08",
         [ev("AID", "AZE", "TUR", date="2023-02-08")], xfail=DATELINE),

    # ------------------------------------------------------------------ RETREAT
    case("retreat-withdrew",
         "Russian forces withdrew from the Ukrainian city of Kherson in November.", "2022-12-01",
         [ev("RETREAT", "RUS", "UKR", date="2022-11")]),
    case("retreat-released-soldiers",
         "Azerbaijan released five Armenian soldiers on Sunday.", P,
         [ev("RETREAT", "AZE", "ARM", date="2023-05-07")]),
    case("retreat-freed-tourist",
         "Iran freed a French tourist who had been held in Tehran.", P,
         [ev("RETREAT", "IRN", "FRA")]),
    case("retreat-lifted-sanctions",
         "The United States lifted sanctions on Venezuela's oil sector.", P,
         [ev("RETREAT", "USA", "VEN")], no("SANCTION")),
    case("retreat-refused-to-withdraw",
         "Russia has refused to withdraw its troops from Moldova's Transnistria region.", P,
         [ev("RETREAT", "RUS", "MDA", negated=True)]),
    case("retreat-would-if",
         "Israel would pull back from the Lebanese border if Hezbollah disarmed.", P,
         [ev("RETREAT", "ISR", "LBN", hypothetical=True)]),
    case("retreat-domestic-released",
         "Sudanese police released dozens of protesters in Khartoum.", P,
         [ev("RETREAT", "SDN", "SDN")]),
    case("retreat-ceasefire",
         "Houthi rebels in Yemen declared a ceasefire on Friday.", P,
         [ev("RETREAT", "YEM", date="2023-05-05")]),
    case("retreat-will-withdraw-is-intent",
         "Russia will withdraw its peacekeepers from Azerbaijan next year.", P,
         [ev("CONCEDE", "RUS", "AZE")], no("RETREAT", "AGREE", hypothetical=False)),
    case("retreat-passive-released",
         "Two Thai hostages were released by rebels in southern Thailand.", P,
         [ev("RETREAT", "THA", "THA")]),
    case("retreat-handed-over",
         "Ukraine handed over the bodies of 80 Russian soldiers to Russia.", P,
         [ev("RETREAT", "UKR", "RUS")]),
    case("retreat-lifted-blockade",
         "Azerbaijan lifted its blockade of the Lachin corridor on Monday.", P,
         [ev("RETREAT", "AZE", date="2023-05-08")]),

    # ------------------------------------------------------------------ CONCEDE
    case("concede-lifted-curfew",
         "The Peruvian government lifted the curfew in Lima on Sunday.", P,
         [ev("CONCEDE", "PER", "PER", date="2023-05-07")]),
    case("concede-resigned-historical",
         "Sri Lankan President Gotabaya Rajapaksa resigned in July 2022 after months of protests.",
         "2024-03-01",
         [ev("CONCEDE", "LKA", historical=True, date="2022-07")]),
    case("concede-dropped-charges",
         "Iranian authorities dropped the charges against two jailed journalists.", P,
         [ev("CONCEDE", "IRN", "IRN")]),
    case("concede-backed-down",
         "Israeli Prime Minister Benjamin Netanyahu backed down on Monday and paused the judicial "
         "overhaul.", "2023-03-29",
         [ev("CONCEDE", "ISR", date="2023-03-27")]),
    case("concede-pardoned",
         "Myanmar's junta pardoned more than 2,000 political prisoners on Tuesday.", P,
         [ev("CONCEDE", "MMR", "MMR", date="2023-05-09")]),
    case("concede-agreed-to-demands",
         "Chad's military rulers agreed to the opposition's demands for an early election.", P,
         [ev("CONCEDE", "TCD", "TCD")]),
    case("concede-did-not-give-in",
         "PARIS, March 23 (Example Wire) -- The government did not give in to the unions' demands on "
         "pensions.", "2023-03-23",
         [ev("CONCEDE", "FRA", "FRA", negated=True, date="2023-03-23")]),
    case("concede-could-if",
         "Kosovo could ease restrictions on Serbian goods if Belgrade recognises its independence.", P,
         [ev("CONCEDE", "XKX", "SRB", hypothetical=True)]),
    case("concede-repealed",
         "Ecuador's government repealed the fuel price decree after protests by indigenous groups.", P,
         [ev("CONCEDE", "ECU", "ECU")]),
    case("concede-will-lift-is-intent",
         "Guinea's junta will lift the ban on political rallies next month.", P,
         [ev("CONCEDE", "GIN", "GIN", date="2023-05-10")], no("AGREE", "RETREAT", hypothetical=False)),
    case("concede-yielded-withdrew-bill",
         "The Kenyan government yielded to pressure from protesters and withdrew the finance bill.", P,
         [ev("CONCEDE", "KEN", "KEN")], no("RETREAT")),
    case("concede-stepped-down",
         "Lebanon's prime minister stepped down on Friday amid protests over the economy.", P,
         [ev("CONCEDE", "LBN", date="2023-05-05")]),

    # ------------------------------------------------------------------ REQUEST
    case("request-by-the-bloc",
         "The European Union imposed new sanctions on Belarus on Monday. The bloc also urged Minsk to "
         "release all political prisoners.", P,
         [ev("SANCTION", "IGO:EU", "BLR"), ev("REQUEST", "IGO:EU", "BLR", date="2023-05-08")]),
    case("consult-trip-at-home-meets-no-one",
         "New Zealand's Prime Minister Chris Hipkins visited the flooded region on Monday before flying "
         "to Auckland to attend a meeting of Pacific foreign ministers.", P,
         [], no("CONSULT")),
    case("accuse-what-it-called",
         "Haiti's foreign ministry on Monday condemned what it called \"mass expulsions\" of Haitian "
         "migrants by the Dominican Republic.", P,
         [ev("ACCUSE", "HTI", "DOM", date="2023-05-08")]),
    case("request-joined-to-the-report",
         "The EU's foreign affairs spokesperson, Peter Stano, said on Monday that the bloc regretted the "
         "move and urged Pristina and Belgrade to return to the dialogue.", P,
         [ev("REQUEST", "IGO:EU", "XKX", date="2023-05-08")]),
    case("accuse-joined-to-the-report",
         "Azerbaijani Foreign Ministry spokesman Aykhan Hajizada said on Monday that Armenia had still "
         "not handed over maps of minefields, and accused Yerevan of slowing demining work.", P,
         [ev("ACCUSE", "AZE", "ARM", date="2023-05-08")], no("ACCUSE", source="ARM")),
    case("request-clause-before-is-no-content",
         "The UN mission called for an immediate ceasefire in Tripoli on Monday; Egypt urged restraint.", P,
         [], no("REQUEST", source="EGY", target="IGO:UN")),
    case("request-urged",
         "Ukraine urged Germany on Monday to send more tanks.", P,
         [ev("REQUEST", "UKR", "DEU", date="2023-05-08")],
         no("MOBILIZE", "AID", hypothetical=False) + [{"type": "MOBILIZE", "source": "UKR"}]),
    case("request-igo-called-for",
         "The African Union called for an immediate ceasefire in Sudan.", P,
         [ev("REQUEST", "IGO:AU", "SDN")]),
    case("request-asked-imf",
         "Pakistan asked the IMF for a new loan.", P,
         [ev("REQUEST", "PAK", "IGO:IMF")]),
    case("request-domestic-demanded",
         "Protesters in Tunis demanded the release of jailed opposition leaders.", P,
         [ev("REQUEST", "TUN", "TUN")], no("RETREAT")),
    case("request-called-on-compound-target",
         "The European Union called on Serbia and Kosovo to reduce tensions.", P,
         [ev("REQUEST", "IGO:EU", "SRB"), ev("REQUEST", "IGO:EU", "XKX")]),
    case("request-passive-urged",
         "Iran was urged by the IAEA to allow more inspections at its nuclear sites.", P,
         [ev("REQUEST", "IGO:IAEA", "IRN")], no("RETREAT", hypothetical=False)),
    case("request-has-not-asked",
         "Washington has not asked Kyiv to negotiate with Moscow.", P,
         [ev("REQUEST", "USA", "UKR", negated=True)],
         no("CONSULT", hypothetical=False) + [{"type": "CONSULT", "source": "USA"}]),
    case("request-domestic-urged-supporters",
         "Senegalese opposition leader Ousmane Sonko urged his supporters to take to the streets.", P,
         [ev("REQUEST", "SEN", "SEN")], no("PROTEST", hypothetical=False)),
    case("request-may-ask",
         "Poland may ask NATO to deploy more troops on its eastern border.", P,
         [ev("REQUEST", "POL", "IGO:NATO", hypothetical=True)], no("MOBILIZE", hypothetical=False)),
    case("request-appealed",
         "Lebanon appealed to the World Bank for emergency funding on Tuesday.", P,
         [ev("REQUEST", "LBN", "IGO:WB", date="2023-05-09")]),
    case("request-pressed",
         "The United States pressed Israel to allow more aid into Gaza.", P,
         [ev("REQUEST", "USA", "ISR")], no("RETREAT", hypothetical=False)),

    # ------------------------------------------------------------------ ACCUSE
    case("accuse-accused",
         "China accused the United States of spying on Chinese companies.", P,
         [ev("ACCUSE", "CHN", "USA")]),
    case("accuse-blamed",
         "Armenia blamed Azerbaijan for the shelling of border villages on Thursday.", P,
         [ev("ACCUSE", "ARM", "AZE", date="2023-05-04")]),
    case("accuse-domestic",
         "Kenyan opposition leader Raila Odinga accused the electoral commission of rigging the vote.", P,
         [ev("ACCUSE", "KEN", "KEN")]),
    case("accuse-passive",
         "Russia was accused by Ukraine of shelling the Zaporizhzhia nuclear plant.", P,
         [ev("ACCUSE", "UKR", "RUS")]),
    case("accuse-igo-condemned",
         "The UN Security Council condemned the attack on peacekeepers in Mali.", P,
         [ev("ACCUSE", "IGO:UN")], no("ASSAULT") + [{"type": "ACCUSE", "target": "MLI"}], xfail=PLACE),
    case("accuse-expressed-concern",
         "The Chinese foreign ministry expressed concern over Japan's plan to release treated water "
         "from Fukushima.", P,
         [ev("ACCUSE", "CHN", "JPN")], no("RETREAT"), xfail=NESTED),
    case("accuse-domestic-investigation",
         "French prosecutors opened an investigation into a former French minister.", P,
         [ev("ACCUSE", "FRA", "FRA")]),
    case("accuse-did-not-condemn",
         "India did not condemn Russia's invasion of Ukraine.", P,
         [ev("ACCUSE", "IND", "RUS", negated=True)]),
    case("accuse-could-if",
         "The European Union could criticise Hungary if it blocks the aid package.", P,
         [ev("ACCUSE", "IGO:EU", "HUN", hypothetical=True)]),
    case("accuse-ngo-criticised",
         "Amnesty International criticised Egyptian authorities for the mass arrests.", P,
         [ev("ACCUSE", None, "EGY")]),
    case("accuse-sued",
         "Ukraine sued Russia at the International Court of Justice.", P,
         [ev("ACCUSE", "UKR", "RUS")]),
    case("accuse-denounced-sanctions",
         "Venezuela denounced the new American sanctions as illegal.", P,
         [ev("ACCUSE", "VEN", "USA")], no("SANCTION")),
    # Sanctions named as a noun are news where they are imposed, announced or owned; not
    # where a reaction only names them (above), and never the reacting side's.
    case("sanction-noun-announced-by",
         "Tehran condemned the sanctions announced by Washington on Wednesday.", P,
         [ev("ACCUSE", "IRN", "USA"), ev("SANCTION", "USA")], [ev("SANCTION", "IRN")]),
    case("sanction-noun-possessive",
         "Britain's sanctions on Russian oligarchs took effect on Monday.", P,
         [ev("SANCTION", "GBR", "RUS")]),
    case("sanction-noun-imposing-verb",
         "Estonia announced entry bans on 11 Georgian officials.", P,
         [ev("SANCTION", "EST", "GEO")]),
    case("sanction-noun-dismissed",
         "Georgia's prime minister dismissed the visa bans as blackmail.", P,
         [ev("REJECT", "GEO")], [ev("SANCTION", "GEO")]),
    # Giving up a stand against another is a concession.
    case("concede-no-longer-object",
         "Hungary said it would no longer object to the opening of Ukraine's accession talks.", P,
         [ev("CONCEDE", "HUN", "UKR")], no("ACCUSE", "REJECT")),
    case("concede-no-longer-oppose",
         "Turkey no longer opposes Sweden's bid to join the alliance.", P,
         [ev("CONCEDE", "TUR", "SWE")], no("REJECT")),
    case("consult-met-rarely",
         "For most of the past seven years, the foreign ministers of Hungary and Ukraine met rarely.", P,
         [], no("CONSULT")),
    case("support-put-names-to",
         "On Monday the Hungarian and Ukrainian foreign ministers put their names to a protocol.", P,
         [ev("SUPPORT", "HUN", "UKR")]),
    case("coerce-police-raid",
         "Police raided four houses in San Pedro Sula and arrested 11 suspected gang members.", P,
         [ev("COERCE", "HND")], no("ASSAULT")),
    case("assault-rebels-raid",
         "Rebels raided an army post near Goma on Sunday.", P,
         [ev("ASSAULT", "COD")]),
    case("assault-traded-fire",
         "Pakistani and Afghan border forces traded fire for several hours on Monday.", P,
         [ev("ASSAULT", "PAK", "AFG"), ev("ASSAULT", "AFG", "PAK")]),
    case("coerce-boarded-trawler",
         "The Norwegian coast guard boarded a Russian trawler on Saturday.", P,
         [ev("COERCE", "NOR", "RUS")]),
    case("coerce-unsealed-charges",
         "Prosecutors in New York unsealed charges against four Iranian nationals on Monday.", P,
         [ev("COERCE", "USA", "IRN")]),
    case("sanction-suspends-partnership",
         "The United States is suspending its strategic partnership with Georgia.", P,
         [ev("SANCTION", "USA", "GEO")]),
    # Dates: not a time of a clause the trigger governs, nor one that describes a thing
    case("date-not-of-a-recalled-clause",
         "Tehran accused London of hypocrisy on Monday, recalling that British marines had seized an "
         "Iranian tanker in July 2019.", P,
         [ev("ACCUSE", "IRN", "GBR", date="2023-05-08")]),
    case("date-not-of-a-thing",
         "Italian workers walked off the job in a general strike against the budget for 2025.", P,
         [ev("PROTEST", "ITA", date="2023-05-10")]),
    case("date-not-of-a-possessive",
         "Georgia's prime minister rejected opposition demands for a repeat of October's election.", P,
         [ev("REJECT", "GEO", date="2023-05-10")]),
    case("accuse-alleged-as-adjective",
         "Prince Andrew has denied any part in Epstein's alleged trafficking ring.", P,
         [], no("ACCUSE")),
    case("accuse-each-other",
         "Serbia and Kosovo accused each other of provoking violence.", P,
         [ev("ACCUSE", "SRB", "XKX"), ev("ACCUSE", "XKX", "SRB")]),
    case("accuse-1945-not-historical",
         "On Tuesday, Russia accused Poland of rewriting the history of the 1945 victory.", P,
         [ev("ACCUSE", "RUS", "POL", date="2023-05-09")]),

    # ------------------------------------------------------------------ REJECT
    case("reject-rejected-report",
         "Israel rejected the UN report on the Gaza war on Tuesday.", P,
         [ev("REJECT", "ISR", "IGO:UN", date="2023-05-09")], no("ASSAULT")),
    case("reject-vetoed",
         "Russia vetoed a Security Council resolution on Syria.", P,
         [ev("REJECT", "RUS")]),
    case("reject-dismissed-offer",
         "North Korea dismissed South Korea's offer of talks.", P,
         [ev("REJECT", "PRK", "KOR")]),
    case("reject-refused-to-meet",
         "Niger's junta refused to meet the ECOWAS delegation.", P,
         [ev("CONSULT", "NER", "IGO:ECOWAS", negated=True)]),
    case("reject-domestic-defied",
         "Workers in Seoul defied a government ban on the rally.", P,
         [ev("REJECT", "KOR", "KOR")]),
    case("reject-opposed",
         "Poland opposed the European Union's migration pact.", P,
         [ev("REJECT", "POL", "IGO:EU")]),
    case("reject-rebuffed",
         "Turkey rebuffed Sweden's bid to join NATO.", P,
         [ev("REJECT", "TUR", "SWE")]),
    case("reject-did-not-reject",
         "Serbia did not reject the European Union's proposal.", P,
         [ev("REJECT", "SRB", "IGO:EU", negated=True)]),
    case("reject-could-veto",
         "Hungary could veto the European Union's new sanctions package against Russia.", P,
         [ev("REJECT", "HUN", "IGO:EU", hypothetical=True)], no("SANCTION", hypothetical=False)),
    case("reject-turned-down",
         "Ethiopia turned down an offer of mediation from Kenya.", P,
         [ev("REJECT", "ETH", "KEN")]),
    case("reject-domestic-results",
         "Zimbabwe's main opposition party rejected the election results.", P,
         [ev("REJECT", "ZWE", "ZWE")]),

    # ------------------------------------------------------------------ THREATEN
    case("threaten-to-strike",
         "Russia threatened to strike Ukraine's power grid.", P,
         [ev("THREATEN", "RUS", "UKR")], no("ASSAULT")),
    case("threaten-warned",
         "China warned Taiwan against moves toward independence.", P,
         [ev("THREATEN", "CHN", "TWN")]),
    # Announced acts (PLOVER auxiliary mode "future"): a coercive act announced as decided is
    # that act; a warning, a condition, a plan or a rumour of one is not.
    case("announced-said-would-expel",
         "Russia said on Saturday it would expel 23 British diplomats.", P,
         [ev("SANCTION", "RUS", "GBR", auxiliary=["future"])], no("THREATEN")),
    case("announced-warned-would-expel-is-threat",
         "Russia warned it would expel British diplomats.", P,
         [ev("THREATEN", "RUS", "GBR")], no("SANCTION", hypothetical=False)),
    case("announced-could-expel-is-hypothetical",
         "Russia could expel British diplomats, officials said.", P,
         [], no("SANCTION", hypothetical=False)),
    case("announced-considering-is-hypothetical",
         "Russia is considering expelling British diplomats.", P,
         [], no("SANCTION", hypothetical=False)),
    case("announced-reportedly-is-hypothetical",
         "Russia will reportedly expel British diplomats.", P,
         [], no("SANCTION", hypothetical=False)),
    case("announced-if-is-threat",
         "The United States will impose sanctions on Iran if it continues enriching uranium.", P,
         [ev("THREATEN", "USA", "IRN")], no("SANCTION", hypothetical=False)),
    case("announced-hand-over-is-concession",
         "Iran will hand over the detained British pilot on Friday, its foreign ministry said.", P,
         [ev("CONCEDE", "IRN", "GBR")], no("RETREAT", hypothetical=False)),
    case("announced-deployment",
         "Ghana will deploy 500 troops to its border with Burkina Faso.", P,
         [ev("MOBILIZE", "GHA", "BFA", auxiliary=["future"])], no("THREATEN")),
    case("announced-talks-are-agreement",
         "China and Russia will hold talks next week.", P,
         [ev("AGREE", "CHN", "RUS")], no("CONSULT", hypothetical=False)),
    case("threaten-will-impose",
         "Britain will impose new sanctions on Russian banks, the foreign ministry said.", P,
         [ev("SANCTION", "GBR", "RUS", auxiliary=["future"])], no("THREATEN")),
    case("threaten-vowed-retaliate",
         "North Korea vowed to retaliate against South Korea for the drills.", P,
         [ev("THREATEN", "PRK", "KOR")]),
    case("threaten-ultimatum",
         "ECOWAS issued an ultimatum to the junta in Niger.", P,
         [ev("THREATEN", "IGO:ECOWAS", "NER")]),
    case("threaten-domestic-union-strike",
         "Union leaders in Nigeria threatened to strike over the fuel price rise.", P,
         [ev("THREATEN", "NGA", "NGA")], no("PROTEST", "ASSAULT", hypothetical=False)),
    case("threaten-did-not",
         "Beijing did not threaten military action against Manila.", P,
         [ev("THREATEN", "CHN", "PHL", negated=True)]),
    case("threaten-passive",
         "Lithuania was threatened with retaliation by Belarus.", P,
         [ev("THREATEN", "BLR", "LTU")], xfail=PASSIVE),
    case("threaten-warned-would-if",
         "Iran warned it would attack Israeli ships if Israel struck its nuclear sites.", P,
         [ev("THREATEN", "IRN", "ISR")], no("ASSAULT", hypothetical=False)),
    case("threaten-reported-will-launch",
         "Turkish President Tayyip Erdogan said Turkey will launch a ground offensive into northern "
         "Syria.", P,
         [ev("THREATEN", "TUR", "SYR")], no("ASSAULT", hypothetical=False)),
    case("threaten-might-if",
         "Russia might threaten Finland with countermeasures if it joins NATO.", P,
         [ev("THREATEN", "RUS", "FIN", hypothetical=True)]),
    # an answer promised to another's act threatens its author; a question of what form
    # it would take promises none
    case("threaten-mirror-response",
         "Estonia expelled a Russian diplomat on Monday. Russian Foreign Ministry spokeswoman Maria "
         "Zakharova said a mirror response would follow.", P,
         [ev("THREATEN", "RUS", "EST")]),
    case("threaten-reaction-not-long-in-coming",
         "Moldova expelled a Russian diplomat on Monday. Moscow's reaction \"will not be long in "
         "coming\", the Russian embassy said.", P,
         [ev("THREATEN", "RUS", "MDA")]),
    case("threaten-not-without-an-answer",
         "Lithuania closed a Belarusian consulate on Monday. Belarus \"will not leave this hostile "
         "step without an answer,\" the ministry in Minsk said.", P,
         [ev("THREATEN", "BLR", "LTU")]),
    case("threaten-met-with-response",
         "North Korea fired a ballistic missile into the sea on Monday. South Korean Foreign "
         "Minister Cho Tae-yul said any further provocation would be met with a firm response.", P,
         [ev("THREATEN", "KOR", "PRK")], no("CONSULT", "AGREE")),
    case("threaten-will-respond-in-kind",
         "Norway expelled 15 Russian diplomats on Monday. Russia will respond in kind, the embassy "
         "said.", P,
         [ev("THREATEN", "RUS", "NOR")]),
    case("threaten-will-not-go-unanswered",
         "Moldova expelled a Russian diplomat on Monday. Russia's foreign ministry said the step "
         "would not go unanswered.", P,
         [ev("THREATEN", "RUS", "MDA")]),
    case("threaten-conditional-measures",
         "If Japan insists on going down this wrong path, China will take resolute measures.", P,
         [ev("THREATEN", "CHN", "JPN")]),
    case("threaten-how-will-they-respond",
         "Norway expelled 15 Russian diplomats on Monday. How will Moscow respond? It was not clear "
         "whether Russia would respond at all.", P,
         [], no("THREATEN")),
    case("threaten-no-form-said",
         "Estonia expelled a Russian diplomat on Monday. The Russian ministry did not say what form "
         "any response would take.", P,
         [], no("THREATEN")),
    case("threaten-plans-to-impose",
         "Australia plans to impose sanctions on Myanmar's generals.", P,
         [ev("THREATEN", "AUS", "MMR")], no("SANCTION", hypothetical=False)),

    # ------------------------------------------------------------------ PROTEST
    case("protest-in-relative-clause",
         "Police in Bamako fired tear gas on Monday at about 200 students who had gathered outside "
         "the ministry to protest against the decree.", P,
         [ev("COERCE", "MLI", "MLI"), ev("PROTEST", "MLI", "MLI", date="2023-05-08")]),
    case("protest-background-aside-is-no-event",
         "Egypt, which has backed Somalia throughout the row, said on Monday it would send a delegation "
         "to Mogadishu.", P,
         [], no("SUPPORT")),
    case("protest-sit-in-hyphenated",
         "Around 300 truck drivers staged a sit-in on the highway outside Peshawar on Tuesday.", P,
         [ev("PROTEST", "PAK", "PAK", date="2023-05-09")], no("REQUEST")),
    case("protest-rallied",
         "Thousands of Israelis rallied in Tel Aviv on Saturday against the judicial overhaul.", P,
         [ev("PROTEST", "ISR", "ISR", date="2023-05-06")]),
    case("protest-went-on-strike",
         "French workers went on strike on Tuesday over the pension reform.", P,
         [ev("PROTEST", "FRA", "FRA", date="2023-05-09")]),
    case("protest-dateline-marched",
         "PARIS, March 23 (Example Wire) -- Hundreds of thousands of people marched through French "
         "cities on Thursday.", "2023-03-23",
         [ev("PROTEST", "FRA", date="2023-03-23")]),
    case("protest-students-demonstrated",
         "Students in Dhaka demonstrated against the new quota rules.", P,
         [ev("PROTEST", "BGD", "BGD")]),
    case("protest-blocked-highway",
         "Villagers blocked the main highway to Kinshasa on Monday.", P,
         [ev("PROTEST", "COD", date="2023-05-08")]),
    case("protest-sit-in",
         "Indian farmers staged a sit-in outside parliament in New Delhi.", P,
         [ev("PROTEST", "IND", "IND")], xfail=DOMESTIC),
    case("protest-rioted",
         "Youths rioted in the suburbs of Paris for a third night on Thursday.", P,
         [ev("PROTEST", "FRA", date="2023-05-04")], no("ASSAULT")),
    case("protest-did-not-strike",
         "Teachers in Kenya did not go on strike on Monday despite the union's call.", P,
         [ev("PROTEST", "KEN", negated=True, date="2023-05-08")]),
    case("protest-may-strike",
         "Doctors in Nigeria may go on strike next week over unpaid salaries.", P,
         [ev("PROTEST", "NGA", hypothetical=True)]),
    case("protest-embassy",
         "Moldovan opposition supporters protested outside the Russian embassy in Chisinau.", P,
         [ev("PROTEST", "MDA", "RUS")]),
    case("protest-hunger-strike",
         "Jailed activists in Bahrain began a hunger strike on Sunday.", P,
         [ev("PROTEST", "BHR", date="2023-05-07")]),
    case("protest-against-foreign",
         "Palestinians protested in Ramallah against Israel's raid on Jenin.", P,
         [ev("PROTEST", "PSE", "ISR")]),
    case("protest-dateline-marched-domestic",
         "CARACAS, May 2 (Example Wire) -- Opposition supporters marched to the electoral council on "
         "Tuesday.", "2023-05-02",
         [ev("PROTEST", "VEN", "VEN", date="2023-05-02")]),

    # ------------------------------------------------------------------ SANCTION
    case("sanction-igo-imposed",
         "The European Union imposed sanctions on Iranian officials on Monday.", P,
         [ev("SANCTION", "IGO:EU", "IRN", date="2023-05-08")]),
    case("sanction-expelled-ambassador",
         "Niger expelled the French ambassador on Friday.", P,
         [ev("SANCTION", "NER", "FRA", date="2023-05-05")]),
    case("sanction-recalled",
         "Morocco recalled its ambassador from Paris.", P,
         [ev("SANCTION", "MAR", "FRA")]),
    case("sanction-cut-ties",
         "Honduras cut diplomatic ties with Taiwan in March.", P,
         [ev("SANCTION", "HND", "TWN", date="2023-03")]),
    case("sanction-suspended-aid",
         "The United States suspended military aid to Niger.", P,
         [ev("SANCTION", "USA", "NER")], no("AID")),
    case("sanction-passive",
         "Sanctions were imposed on Belarus by Canada on Thursday.", P,
         [ev("SANCTION", "CAN", "BLR", date="2023-05-04")]),
    case("sanction-has-not-imposed",
         "Turkey has not imposed sanctions on Russia.", P,
         [ev("SANCTION", "TUR", "RUS", negated=True)]),
    case("sanction-could-if",
         "Washington could impose sanctions on Iran if Tehran enriches more uranium.", P,
         [ev("SANCTION", "USA", "IRN", hypothetical=True)]),
    case("sanction-broke-off",
         "Bolivia broke off diplomatic relations with Israel on Tuesday.", P,
         [ev("SANCTION", "BOL", "ISR", date="2023-05-09")]),
    case("sanction-compound-source",
         "The United States and Britain imposed sanctions on Iranian drone makers.", P,
         [ev("SANCTION", "USA", "IRN"), ev("SANCTION", "GBR", "IRN")]),
    case("sanction-froze-assets",
         "Switzerland froze the assets of Russian oligarchs.", P,
         [ev("SANCTION", "CHE", "RUS")]),
    case("sanction-dateline-date",
         "MOSCOW, May 8 (Example Wire) -- Russia expelled ten Moldovan diplomats.", "2023-05-09",
         [ev("SANCTION", "RUS", "MDA", date="2023-05-08")]),
    case("sanction-last-month",
         "Sudan expelled the UN envoy last month.", "2023-06-10",
         [ev("SANCTION", "SDN", "IGO:UN", date="2023-05")]),

    # ------------------------------------------------------------------ MOBILIZE
    case("mobilize-deployed",
         "Russia deployed troops near Ukraine's border.", P,
         [ev("MOBILIZE", "RUS", "UKR")]),
    case("mobilize-alert",
         "Serbia put its army on high alert near the border with Kosovo.", P,
         [ev("MOBILIZE", "SRB", "XKX")]),
    case("mobilize-mobilised",
         "India mobilised thousands of soldiers along its border with China.", P,
         [ev("MOBILIZE", "IND", "CHN")]),
    case("mobilize-domestic-police",
         "Kenyan authorities deployed hundreds of police officers in Nairobi ahead of opposition "
         "protests.", P,
         [ev("MOBILIZE", "KEN", "KEN")], no("PROTEST", hypothetical=False)),
    case("mobilize-warships",
         "China sent warships to the waters near Taiwan on Saturday.", P,
         [ev("MOBILIZE", "CHN", "TWN", date="2023-05-06")]),
    case("mobilize-drills",
         "North Korea conducted artillery drills near the border with South Korea.", P,
         [ev("MOBILIZE", "PRK", "KOR")]),
    # a weapon fired into the sea shows force, hitting no one; rival gangs fight each other
    case("mobilize-missile-into-the-sea",
         "North Korea fired a short-range ballistic missile into the sea off its east coast on "
         "Tuesday.", P,
         [ev("MOBILIZE", "PRK")], no("ASSAULT")),
    case("assault-fired-rockets-at",
         "Hezbollah fired rockets at northern Israel on Monday.", P,
         [ev("ASSAULT", "GRP:HEZBOLLAH", "ISR")]),
    case("mobilize-ordered-brigades",
         "Iraq ordered two additional border guard brigades to the frontier on Monday.", P,
         [ev("MOBILIZE", "IRQ")], no("REQUEST")),
    case("mobilize-denied-deploying",
         "Egypt denied deploying troops to Sudan.", P,
         [ev("MOBILIZE", "EGY", "SDN", negated=True)]),
    case("mobilize-could-send",
         "Poland could send more troops to its border with Belarus.", P,
         [ev("MOBILIZE", "POL", "BLR", hypothetical=True)]),
    case("mobilize-passive",
         "Thousands of troops were deployed to the border with Sudan by Chad.", P,
         [ev("MOBILIZE", "TCD", "SDN")]),
    case("mobilize-reported",
         "The Pentagon said China had sent warships toward Taiwan.", P,
         [ev("MOBILIZE", "CHN", "TWN")], [{"type": "MOBILIZE", "source": "USA"}]),
    case("mobilize-stepped-up-security",
         "Pakistani police stepped up security in Islamabad ahead of Imran Khan's court appearance.", P,
         [ev("MOBILIZE", "PAK", "PAK")]),

    # ------------------------------------------------------------------ COERCE
    # Domestic and regional reporting: agentless acts, fights between two sides, events
    # written as nouns; the country from the place, else from the story's dateline.
    case("assault-agentless-shot-dead",
         "A man was shot dead in Karachi on Monday.", P,
         [ev("ASSAULT", "PAK", "PAK")]),
    case("coerce-agentless-arrested",
         "LAGOS, May 9 (Example Wire) -- Three suspects were arrested in Ikeja on Tuesday.", P,
         [ev("COERCE", "NGA", "NGA")]),
    case("coerce-taken-into-custody",
         "NAIROBI, May 5 (Example Wire) -- Twelve people were taken into custody after the clash.", P,
         [ev("COERCE", "KEN", "KEN")]),
    case("coerce-the-arrests-were-made",
         "The arrests were made after a raid in Kano.", P,
         [ev("COERCE", "NGA", "NGA")]),
    case("assault-beaten-to-death-by-unknown",
         "GUWAHATI, May 12 (Example Wire) -- A man was beaten to death in a village on Sunday.", P,
         [ev("ASSAULT", "IND", "IND")]),
    case("assault-rival-factions-exchanged-fire",
         "On 2 March 2024, in Culiacan, Sinaloa, Mexico, gunmen from two rival factions of a cartel "
         "exchanged fire for about an hour.", P,
         [ev("ASSAULT", "MEX", "MEX")]),
    case("assault-personnel-of-the-two-countries",
         "Pakistan and Afghanistan reopened the crossing on Monday. Pakistan had closed it after "
         "security personnel of the two countries exchanged fire, and Afghanistan protested.", P,
         [ev("ASSAULT", "PAK", "AFG"), ev("ASSAULT", "AFG", "PAK")]),
    case("assault-allies-fought-side-by-side",
         "Chad and Cameroon have fought side by side against Boko Haram for a decade.", P,
         [], [ev("ASSAULT", "TCD", "CMR"), ev("ASSAULT", "CMR", "TCD")]),
    case("request-only-floated",
         "Some Lebanese ministers have floated asking Qatar for emergency fuel support.", P,
         [], no("REQUEST", hypothetical=False)),
    case("coerce-curfew-in-the-papers-country",
         "kirkuk evening courier\n\npolice digest: curfew in a village\n\na curfew was imposed on the "
         "village on sunday after two clans clashed over land. two men were taken into custody on "
         "monday, and more arrests were expected, police said.", P,
         [ev("COERCE", "IRQ", "IRQ", date="2023-05-07")], no("THREATEN")),
    case("assault-clashes-broke-out-between",
         "NAIROBI, May 5 (Example Wire) -- Clashes broke out between police and protesters on Friday.", P,
         [ev("ASSAULT", "KEN", "KEN")]),
    case("assault-fighting-erupted-between",
         "Fighting erupted between the army and rebels in Goma.", P,
         [ev("ASSAULT", "COD", "COD")]),
    case("protest-party-members-in-a-city",
         "Party members protested in Chennai on Monday against the fuel price hike.", P,
         [ev("PROTEST", "IND")]),
    case("consult-the-two-ministers-are-the-pair",
         "Colombian Defence Minister Ivan Velasquez and his Venezuelan counterpart Vladimir Padrino Lopez "
         "signed a memorandum on Wednesday. The two ministers met in Cucuta on Tuesday.", P,
         [ev("CONSULT", "COL", "VEN"), ev("CONSULT", "VEN", "COL")]),
    case("assault-the-two-employees-are-no-pair",
         "Serbia and Kosovo traded accusations. The two detained employees were beaten in custody.", P,
         [], no("ASSAULT", source="SRB"), xfail=None),
    case("called-with-a-predicate-is-naming",
         "Blizzards lashed Greece today, paralysing transport in what state radio called unprecedented weather.", P,
         [], no("REQUEST", "CONSULT")),
    case("cooperate-shared-intelligence-about-suspects",
         "France and Germany shared intelligence on the bombing suspects.", P,
         [ev("COOPERATE", "FRA", "DEU")]),
    case("coerce-dateline-arrested",
         "LAGOS, May 3 (Example Wire) -- Police arrested dozens of opposition supporters on Tuesday.",
         "2023-05-03",
         [ev("COERCE", "NGA", "NGA", date="2023-05-02")]),
    case("coerce-court-jailed",
         "A Turkish court jailed the opposition leader for five years.", P,
         [ev("COERCE", "TUR", "TUR")]),
    case("coerce-detained-foreigner",
         "Russian authorities detained an American journalist in Yekaterinburg.", P,
         [ev("COERCE", "RUS", "USA")]),
    case("coerce-banned-parties",
         "The military junta in Mali banned political parties.", P,
         [ev("COERCE", "MLI", "MLI")]),
    case("coerce-seized-boat",
         "The Chinese coast guard seized a Philippine fishing boat on Sunday.", P,
         [ev("COERCE", "CHN", "PHL", date="2023-05-07")]),
    case("coerce-passive",
         "Two French citizens were detained by Iranian security forces.", P,
         [ev("COERCE", "IRN", "FRA")]),
    case("coerce-denied-detaining",
         "Pakistani police denied detaining aides of former prime minister Imran Khan.", P,
         [ev("COERCE", "PAK", "PAK", negated=True)]),
    case("coerce-could-ban",
         "Thailand's election commission could ban the main opposition party.", P,
         [ev("COERCE", "THA", "THA", hypothetical=True)]),
    case("coerce-deported",
         "Zimbabwe deported a British journalist on Thursday.", P,
         [ev("COERCE", "ZWE", "GBR", date="2023-05-04")]),
    case("coerce-occupied-historical",
         "Russia occupied Crimea in 2014.", P,
         [ev("COERCE", "RUS", "UKR", historical=True, date="2014")], xfail=REGION),
    case("coerce-police-in-city",
         "Police in Dhaka arrested 20 opposition activists on Monday.", P,
         [ev("COERCE", "BGD", "BGD", date="2023-05-08")]),
    case("coerce-sentenced",
         "A court in Moscow sentenced opposition politician Vladimir Kara-Murza to 25 years in prison.", P,
         [ev("COERCE", "RUS", "RUS")]),
    case("coerce-curfew",
         "Indian authorities imposed a curfew in Manipur after ethnic clashes.", P,
         [ev("COERCE", "IND", "IND")]),
    case("coerce-yesterday",
         "Police in Karachi arrested a journalist yesterday.", P,
         [ev("COERCE", "PAK", "PAK", date="2023-05-09")]),
    case("coerce-dateline-army",
         "MANILA, May 5 (Example Wire) -- The army arrested a rebel commander on Thursday.", "2023-05-05",
         [ev("COERCE", "PHL", "PHL", date="2023-05-04")]),
    case("coerce-coup-two-years-ago",
         "Myanmar's army seized power in a coup two years ago.", "2023-02-01",
         [ev("COERCE", "MMR", "MMR", historical=True, date="2021")]),

    # ------------------------------------------------------------------ ASSAULT
    case("assault-device-went-off",
         "On 2 May 2023, in Escuintla, Guatemala, an explosive device detonated beside a customs "
         "warehouse, close to the border with Mexico.", P,
         [ev("ASSAULT", "GTM", "GTM", date="2023-05-02")], no("ASSAULT", source="MEX")),
    case("assault-bomb-exploded",
         "A bomb exploded near a police station in Peshawar on Monday.", P,
         [ev("ASSAULT", "PAK", "PAK", date="2023-05-08")]),
    case("assault-alarm-went-off-is-no-attack",
         "The alarm went off in the parliament building in Kyiv on Monday, and Kim exploded in anger "
         "in Seoul.", P,
         [], no("ASSAULT")),
    case("assault-political-attack-is-words",
         "\"This is a political attack on the Serb people,\" Milorad Dodik told reporters in Banja Luka "
         "on Monday.", P,
         [], no("ASSAULT")),
    case("assault-rebels-shelled-town",
         "Rebels shelled the town of Sake in eastern Democratic Republic of Congo on Sunday, killing "
         "five civilians.", P,
         [ev("ASSAULT", "COD", "COD", date="2023-05-07")]),
    case("assault-mob-village",
         "A mob attacked a village in central Nigeria.", P,
         [ev("ASSAULT", "NGA", "NGA")]),
    case("assault-air-strikes",
         "Israel carried out air strikes on Gaza on Tuesday.", P,
         [ev("ASSAULT", "ISR", "PSE", date="2023-05-09")]),
    case("assault-passive-militants",
         "A police station in Pakistan's Balochistan province was attacked by militants.", P,
         [ev("ASSAULT", "PAK", "PAK")]),
    case("assault-missile-strikes",
         "Russia launched missile strikes on Kyiv on Thursday.", P,
         [ev("ASSAULT", "RUS", "UKR", date="2023-05-04")]),
    case("assault-denied-attacking",
         "Israel denied attacking the airport in Damascus.", P,
         [ev("ASSAULT", "ISR", "SYR", negated=True)]),
    case("assault-could-if",
         "The United States could strike Iranian nuclear sites if talks fail.", P,
         [ev("ASSAULT", "USA", "IRN", hypothetical=True)]),
    case("assault-kidnapped",
         "Gunmen kidnapped 30 students in northern Nigeria on Friday.", P,
         [ev("ASSAULT", "NGA", "NGA", date="2023-05-05")]),
    case("assault-shot-protesters",
         "Soldiers shot dead three protesters in Yangon.", P,
         [ev("ASSAULT", "MMR", "MMR")]),
    case("assault-historical-1941",
         "Japan attacked Pearl Harbor in 1941.", P,
         [ev("ASSAULT", "JPN", "USA", historical=True, date="1941")], xfail=REGION),
    case("assault-clashed-historical",
         "Indian and Chinese troops clashed in the Galwan Valley in June 2020.", P,
         [ev("ASSAULT", "IND", "CHN", historical=True, date="2020-06"),
          ev("ASSAULT", "CHN", "IND", historical=True, date="2020-06")]),
    case("assault-fired-at-each-other",
         "Armenian and Azerbaijani forces fired at each other along the border on Thursday.", P,
         [ev("ASSAULT", "ARM", "AZE", date="2023-05-04"), ev("ASSAULT", "AZE", "ARM")]),
    case("assault-killed-villagers",
         "Armed men killed 12 villagers in northern Burkina Faso.", P,
         [ev("ASSAULT", "BFA", "BFA")]),
    case("assault-reported-speech",
         "Ukraine said Russian forces shelled Kherson overnight.", P,
         [ev("ASSAULT", "RUS", "UKR")], [{"type": "ASSAULT", "source": "UKR"}]),
    case("assault-compound-target",
         "Jihadist fighters attacked army posts in Mali and Niger on Monday.", P,
         [ev("ASSAULT", None, "MLI", date="2023-05-08"), ev("ASSAULT", None, "NER")], xfail=NESTED),
    case("assault-police-beat",
         "Riot police in Tbilisi beat protesters outside parliament on Tuesday.", P,
         [ev("ASSAULT", "GEO", "GEO", date="2023-05-09")], xfail=PARSE),
    case("assault-dateline-gunmen",
         "KABUL, May 8 (Example Wire) -- Gunmen attacked a girls' school on Sunday.", "2023-05-08",
         [ev("ASSAULT", "AFG", "AFG", date="2023-05-07")]),

    # ------------------------------------------------------------------ figurative: no violence
    case("figurative-fought-virus",
         "The French government fought the virus with strict lockdowns.", P, [], VIOLENCE),
    case("figurative-political-virus",
         'Beijing and Moscow have fought together against the "political virus" of unilateralism, the '
         "Chinese ambassador said.", P, [], VIOLENCE),
    case("figurative-price-war",
         "Chinese and American carmakers are locked in a price war.", P, [], VIOLENCE),
    case("figurative-attack-on-inflation",
         "The Turkish central bank launched an attack on inflation on Thursday.", P, [], VIOLENCE,
         xfail=FIGURATIVE),
    case("figurative-battle-against-poverty",
         "Brazil's government stepped up its battle against poverty.", P, [],
         no("ASSAULT", "COERCE", "MOBILIZE")),
    case("figurative-fighting-outbreak",
         "Kenya's health ministry is fighting a cholera outbreak in Nairobi.", P, [], VIOLENCE),
    case("figurative-vowed-fight-corruption",
         "Nigeria's new anti-graft chief vowed to fight corruption.", P, [],
         no("ASSAULT", "COERCE", "THREATEN")),
    case("figurative-attacked-bill",
         "Opposition lawmakers in Kenya attacked the finance bill in parliament.", P, [], VIOLENCE),
    case("figurative-killed-bill",
         "American lawmakers killed the bill in the Senate.", P, [], VIOLENCE),
    case("figurative-beat-at-cricket",
         "India beat Pakistan in the Asia Cup cricket final on Sunday.", P, [], VIOLENCE, xfail=FIGURATIVE),
    case("figurative-battling-shortage",
         "Japanese carmakers are battling a chip shortage.", P, [], VIOLENCE),
    case("figurative-hit-back",
         "Germany's finance minister hit back at critics of the budget.", P, [], VIOLENCE),
    case("figurative-trade-war",
         "China and the United States escalated their trade war on Friday.", P, [], VIOLENCE),
    case("figurative-shot-down-proposal",
         "France shot down the German proposal at the summit.", P,
         [ev("REJECT", "FRA", "DEU")], VIOLENCE),
    case("figurative-abstract-subject",
         "Japan's trade surplus hit a record in March, and the yen's rise hit exporters hard.", P,
         [], VIOLENCE),
    case("economic-noun-is-no-actor",
         "Brazilian coffee futures settled higher in New York trading.", P, [], no("AGREE")),
    case("figurative-shares-shot-up",
         "Shares of the Turkish airline shot up 12 percent in Istanbul trading.", P, [], VIOLENCE),
    case("figurative-executed-a-licence",
         "The Korean carmaker executed a licence agreement with a Chinese partner.", P, [], VIOLENCE),
    case("figurative-seized-opportunity",
         "Vietnam seized the opportunity to expand trade with India.", P, [], VIOLENCE),
    case("figurative-arrested-decline",
         "The Indonesian central bank arrested the decline of the rupiah.", P, [], VIOLENCE),

    # ------------------------------------------------------------------ missing participants: no guess
    case("missing-talks-held", "Talks were held on Tuesday.", P, [], no("CONSULT")),
    case("missing-sanctions-imposed", "Sanctions were imposed last week.", P, [], no("SANCTION")),
    case("missing-agreement-signed",
         "An agreement was signed after months of negotiations.", P, [], no("AGREE", "CONSULT")),
    case("missing-it-condemned", "It condemned the decision on Friday.", P, [], no("ACCUSE")),
    case("missing-he-met", "He met the president on Monday.", P, [], no("CONSULT")),
    case("missing-aid-arrived", "The aid arrived late.", P, [], no("AID", "CONSULT")),
    # (an arrest is the police's, named or not: coded with no country where none is known)
    case("passive-thousands-arrested", "Thousands were arrested during the unrest.", P, [ev("COERCE")]),
    case("passive-present-is-an-aim-not-an-act",
         "An Estonian party began collecting signatures to persuade parliament to amend the constitution "
         "so that such marriages are banned.", P, [], no("COERCE")),
    case("missing-ministry-welcomed", "The ministry welcomed the decision.", P, [], no("SUPPORT")),
    case("missing-aid-received", "The villagers received food aid on Monday.", P, [], no("AID")),
    # a sentence without a verb: the coder climbs to the root and stops there
    case("joint-needs-two-even-with-object", "India launched a satellite with a Japanese camera.", P, [],
         no("COOPERATE")),
    case("protest-at-home-targets-government", "Thousands of Chileans marched in Santiago on Sunday.", P,
         [ev("PROTEST", "CHL", "CHL:GOV", date="2023-05-07")]),
    case("verbless-headline", "Three dead in riots in Lagos.", P, [], no("CONSULT")),
    case("verbless-talks", "Fresh talks with Iran in Vienna on Monday.", P, [], no("ASSAULT")),

    # ------------------------------------------------------------------ structures around the object
    case("target-on-object-agreement-with",
         "Moldova signed a trade agreement with Romania on Monday.", P,
         [ev("SUPPORT", "MDA", "ROU", date="2023-05-08")]),
    case("target-on-object-evidence-against",
         "Estonia presented evidence against Belarus at the council.", P,
         [ev("ACCUSE", "EST", "BLR")]),
    case("target-dative-to",
         "Norway will provide humanitarian aid to Sudan.", P,
         [ev("AGREE", "NOR", "SDN")], no("AID")),
    case("aid-received-from",
         "Armenian border guards received armoured vehicles and ammunition from Russia.", P,
         [ev("AID", "RUS", "ARM")]),
    case("agree-received-assurances-from",
         "Kenya received assurances from Ethiopia over the dam.", P,
         [ev("AGREE", "ETH", "KEN")]),
    case("accuse-alleged-that",
         "Georgia alleged that Russia had armed the separatists.", P,
         [ev("ACCUSE", "GEO", "RUS")]),
    case("consult-list-of-three",
         "Egypt, Jordan and Iraq met in Amman on Sunday.", P,
         [ev("CONSULT", "EGY", "JOR"), ev("CONSULT", "JOR", "IRQ"), ev("CONSULT", "IRQ", "EGY")]),

    case("accuse-passive-evidence-against",
         "Evidence against Serbia was presented by Kosovo on Friday.", P,
         [ev("ACCUSE", "XKX", "SRB", date="2023-05-05")]),
    case("assault-author-of-air-strike",
         "Four Kurdish fighters were killed in an air strike by Turkish drones on Sunday.", P,
         [ev("ASSAULT", "TUR", date="2023-05-07")]),
    case("assault-author-by-nationality",
         "Two Indian soldiers were killed by Chinese fire in Ladakh.", P,
         [ev("ASSAULT", "CHN", "IND")]),

    case("coerce-agentless-arrest-in-country",
         "A Dutch cyclist was detained in Iran on Saturday.", P,
         [ev("COERCE", "IRN", "NLD", date="2023-05-06")]),

    case("assault-attempted-is-a-deed",
         "Gunmen tried to storm the Somali parliament on Monday.", P,
         [ev("ASSAULT", "SOM", date="2023-05-08")]),
    case("agree-attempted-is-no-deal",
         "Qatar tried to mediate between Israel and Hamas.", P,
         [ev("CONSULT", "QAT", hypothetical=True)], no("CONSULT", hypothetical=False)),

    case("request-demanded-that",
         "Chile demanded that Bolivia withdraw its troops from the border.", P,
         [ev("REQUEST", "CHL", "BOL")], no("RETREAT", hypothetical=False)),
    case("request-demanded-the-withdrawal",
         "Armenia demanded the withdrawal of Azerbaijani troops on Monday.", P,
         [ev("REQUEST", "ARM")], no("RETREAT", hypothetical=False)),
    case("intent-planned-a-visit",
         "Brazil planned a visit to Angola in June.", P,
         [ev("AGREE", "BRA", "AGO")], no("CONSULT")),
    case("hypothetical-must-be-ready",
         "Jordan said Syria must be ready to negotiate with Lebanon.", P,
         [ev("REQUEST", "JOR", "SYR")], no("AGREE", hypothetical=False)),

    case("again-prefix-only-for-acts-done-again",
         "The Nigerian minister recommended a new budget to parliament.", P, [], no("SUPPORT")),
    case("again-prefix-reopened",
         "Serbia reopened the border with Kosovo on Tuesday.", P,
         [ev("RETREAT", "SRB", "XKX", date="2023-05-09")]),
    case("riot-set-fire-is-not-figurative",
         "Rioters set fire to a police station in Dakar.", P,
         [ev("PROTEST", "SEN", mode="riot", cameo="145")], no("ASSAULT")),
    case("riot-protesters-torch-embassy",
         "Thousands of protesters torched the Danish embassy in Beirut after Friday prayers.", P,
         [ev("PROTEST", "LBN", "DNK", mode="riot")], no("ASSAULT")),
    case("assault-militia-torches-villages",
         "Militiamen torched several villages in Sudan's Darfur region, aid workers said.", P,
         [ev("ASSAULT", "SDN")]),
    case("assault-shot-down-by-missile-fired-by",
         "A Yemeni transport plane was shot down over Marib by a missile fired by Houthi rebels.", P,
         [ev("ASSAULT", "YEM", "YEM", cameo="190")]),
    case("assault-rocket-fired-by-hits",
         "A rocket fired by militants in Gaza struck a kindergarten in Ashkelon.", P,
         [ev("ASSAULT", "PSE", "ISR")]),
    case("assault-exchanged-fire",
         "Armenian and Azerbaijani troops exchanged fire along the border overnight.", P,
         [ev("ASSAULT", "ARM", "AZE")]),
    case("expected-strike-is-not-a-walkout",
         "Residents of Kharkiv braced for new Russian strikes on the city's power plants.", P,
         [], no("PROTEST", hypothetical=False)),
    case("volunteers-mobilising-is-no-force",
         "Thousands of volunteers mobilised in Valencia to clear mud from flooded streets.", P,
         [], no("MOBILIZE")),
    case("earthquake-killing-is-no-attack",
         "A strong earthquake hit eastern Turkey, toppling buildings and killing at least 40 people.", P,
         [], no("ASSAULT")),
    case("unknown-companies-make-no-event",
         "Hyundai and Samsung agreed to build a battery plant together, the two companies said.", P,
         [], no("AGREE")),
    case("support-reiterated",
         "Egypt reiterated its support for Sudan's territorial integrity on Sunday.", P,
         [ev("SUPPORT", "EGY", "SDN")]),
    case("support-threw-weight-behind",
         "Kenya threw its weight behind Ethiopia's bid for a seat on the council.", P,
         [ev("SUPPORT", "KEN", "ETH")]),
    case("request-note-asking-it",
         "Algeria sent a diplomatic note to Spain asking it to clarify its position on Western Sahara.", P,
         [ev("REQUEST", "DZA", "ESP")]),
    case("aid-planeloads-of",
         "Turkey sent three planeloads of tents and blankets to Libya after the floods.", P,
         [ev("AID", "TUR", "LBY")]),
    case("agree-willing-to-observe-truce",
         "The rebels said they were willing to observe a truce during the holiday, a spokesman said.", P,
         [ev("AGREE", mode="ceasefire", cameo="035")], no("RETREAT", hypothetical=False)),
    case("mobilize-ordered-soldiers-onto-streets",
         "Peru's president ordered troops onto the streets of Lima after a wave of extortion killings.", P,
         [ev("MOBILIZE", "PER")], no("REQUEST")),
    case("ordered-troops-to-withdraw-is-no-mobilisation",
         "Armenia ordered its troops to withdraw from two border villages, the defence ministry said.", P,
         [], no("MOBILIZE")),
    case("mobilize-general-mobilisation",
         "Moldova ordered a partial mobilisation of reservists on Saturday, the government said.", P,
         [ev("MOBILIZE", "MDA")]),
    case("sanction-ordered-ambassador-to-leave",
         "Niger ordered the Beninese ambassador to leave the country within 48 hours, state television said.", P,
         [ev("SANCTION", "NER", "BEN", mode="expel", cameo="166")], no("REQUEST")),
    case("coerce-internet-suspended",
         "Gabon's authorities suspended mobile internet access nationwide on election night.", P,
         [ev("COERCE", "GAB", mode="restrict")]),
    case("aid-approved-credit-facility",
         "The IMF board approved a $900 million credit facility for Ghana on Friday.", P,
         [ev("AID", "IGO:IMF", "GHA")], no("AGREE")),
    case("coerce-parliament-approved-emergency",
         "Sri Lanka's parliament approved a state of emergency in the north on Tuesday.", P,
         [ev("COERCE", "LKA")], no("AGREE")),
    case("retreat-eased-blockade-by-led-coalition",
         "The French-led naval force eased its blockade of Libya's Misrata port on Monday.", P,
         [ev("RETREAT", "FRA", "LBY", cameo="0872")]),
    case("protest-rallied-outside-parliament",
         "Thousands of Serbians rallied outside parliament in Belgrade against the lithium mine on Friday.", P,
         [ev("PROTEST", "SRB")]),
    case("retreat-freed-number-of-schoolgirls",
         "Kidnappers freed 24 of the schoolgirls seized in Kebbi state, Nigeria's presidency said on Sunday.", P,
         [ev("RETREAT", target="NGA")]),
    case("request-note-asking-it-acl",
         "Chad's foreign ministry has sent a note to Sudan asking it to hand over two rebel commanders.", P,
         [ev("REQUEST", "TCD", "SDN")]),
    case("concede-withdrew-bill",
         "Paraguay's president withdrew the pension bill on Wednesday after a week of street protests.", P,
         [ev("CONCEDE", "PRY")], no("PROTEST", source="PRY")),
    case("concede-reversed-price-increase",
         "Nigeria's government reversed a petrol price increase on Friday after unions threatened a strike.", P,
         [ev("CONCEDE", "NGA")]),
    case("accuse-state-protest-is-official-complaint",
         "Seoul protested on Tuesday against remarks by a Japanese minister about the disputed islets.", P,
         [ev("ACCUSE", "KOR", "JPN", cameo="114")], no("PROTEST")),
    case("protest-by-people-stays-protest",
         "Hundreds of Iraqis protested in Basra against power cuts on Monday.", P,
         [ev("PROTEST", "IRQ")], no("ACCUSE")),
    case("accuse-condemned-allegations-by",
         "Hungary condemned as baseless the allegations by Ukraine that it had armed separatists.", P,
         [ev("ACCUSE", "HUN", "UKR")]),
    case("protest-opponents-of",
         "Opponents of the Tunisian president marched through the capital on Saturday.", P,
         [ev("PROTEST", "TUN")]),
    case("pro-country-fighters-are-not-that-country",
         "Pro-Iranian militiamen shelled a base near the town of Qaim in western Iraq on Monday.", P,
         [ev("ASSAULT", "IRQ")], no("ASSAULT", source="IRN")),
    case("assault-missile-model-is-no-actor",
         "A cargo plane was brought down over Darfur by a Kornet missile fired by RSF fighters.", P,
         [ev("ASSAULT")], no("ASSAULT", source="ORG:Kornet")),
    case("consult-round-of-talks",
         "Negotiators for Sudan's army and the RSF met in Jeddah on Monday for a new round of talks.", P,
         [ev("CONSULT", "SDN")]),
    case("hyphenated-re-verb",
         "Qatar and Bahrain re-established diplomatic relations on Wednesday, their foreign ministries said.", P,
         [ev("SUPPORT", "QAT", "BHR")]),
    case("hyphenated-co-verb",
         "Kenya and Uganda co-operate closely on border security, officials said on Monday.", P,
         [ev("COOPERATE", "KEN", "UGA")]),
    case("retreat-rebels-release-soldiers",
         "ELN guerrillas released four Colombian soldiers they had held for two months, the army said.", P,
         [ev("RETREAT", "COL", "COL", mode="release")], no("ASSAULT", source="COL:MIL")),
    case("riot-at-home-addresses-government",
         "Rioters torched shops and barricaded roads in Lusaka on Thursday after the vote, witnesses said.", P,
         [ev("PROTEST", "ZMB", mode="riot")], no("ASSAULT")),
    case("sanction-recalled-high-commissioner",
         "New Zealand recalled its high commissioner to Fiji on Monday amid a row over the coup.", P,
         [ev("SANCTION", "NZL", "FJI")]),
    case("mobilize-called-up-brigades",
         "Greece called up two reserve brigades on Wednesday as tension with Turkey mounted, the army said.", P,
         [ev("MOBILIZE", "GRC")]),
    case("assault-by-gang-members",
         "Gang members abducted six nurses from a clinic in Port-au-Prince on Friday, the ministry said.", P,
         [ev("ASSAULT", "HTI", "HTI")]),
    case("companies-merging-make-no-event",
         "Two Chilean mining companies agreed on Monday to merge in an all-share deal, the firms said.", P,
         [], no("AGREE")),
    case("claimed-by-group-is-its-bomb",
         "A car bomb claimed by al Shabaab exploded near a police station in Kismayo on Sunday, killing five people.", P,
         [ev("ASSAULT", "GRP:SHABAB")]),
    case("cooperate-joint-operation-alongside",
         "Italian police, working alongside Albanian investigators, broke up a trafficking ring in a joint operation.", P,
         [ev("COOPERATE", "ITA", "ALB")]),
    case("cooperate-jointly-seized",
         "Peruvian and Bolivian police jointly seized two tonnes of cocaine near Lake Titicaca on Sunday.", P,
         [ev("COOPERATE", "PER", "BOL")]),
    case("one-country-raid-is-no-cooperation",
         "Peruvian police seized two tonnes of cocaine in a raid near Lake Titicaca on Sunday.", P,
         [], no("COOPERATE")),
    case("support-welcomed-decision-by",
         "Chile welcomed the decision by Argentina to reopen the mountain pass, the foreign ministry said.", P,
         [ev("SUPPORT", "CHL", "ARG")]),
    case("accuse-electoral-commission",
         "Malawi's opposition leader accused the country's electoral commission of rigging the vote.", P,
         [ev("ACCUSE", "MWI", "MWI")]),
    case("sanction-aid-suspended-passive",
         "Budget support to Guinea was suspended by the European Union on Monday after the coup.", P,
         [ev("SANCTION", "IGO:EU", "GIN")]),
    case("assault-claimed-responsibility",
         "Boko Haram claimed responsibility for a bombing at a market in Maiduguri on Tuesday.", P,
         [ev("ASSAULT", "GRP:BOKO_HARAM", "NGA")]),
    case("assault-claimed-attack-abroad",
         "The Somali group al-Shabaab claimed responsibility for an attack targeting tourists at a hotel in Kenya's coastal city of Lamu.", P,
         [ev("ASSAULT", target="KEN")]),
    case("no-one-claimed-is-negated",
         "No group has claimed responsibility for the explosion in Quetta, police said.", P,
         [], no("ASSAULT", negated=False)),
    case("consult-two-titled-leaders-chained",
         "In a phone call on Friday, Kazakh President Kassym-Jomart Tokayev and Kyrgyz leader Sadyr Japarov discussed water sharing.", P,
         [ev("CONSULT", "KAZ", "KGZ")]),
    case("retreat-handed-over-prisoners",
         "Ukraine handed over 40 Russian prisoners of war at the border on Thursday.", P,
         [ev("RETREAT", "UKR", "RUS", mode="release")]),
    case("aid-granted-money",
         "Australia has granted Vanuatu $5 million to rebuild schools after the cyclone.", P,
         [ev("AID", "AUS", "VUT", cameo="071")]),
    case("aid-released-tranche-of-loan",
         "The World Bank released the second tranche of a budget loan to Sri Lanka on Monday.", P,
         [ev("AID", "IGO:WB", "LKA")], no("RETREAT")),
    case("sanction-expulsion-of-ambassador",
         "Burkina Faso ordered the expulsion of the French ambassador on Monday.", P,
         [ev("SANCTION", "BFA", "FRA", mode="expel")], no("COERCE")),
    case("coerce-expulsion-of-journalists",
         "Burundi ordered the expulsion of two foreign journalists on Monday.", P,
         [ev("COERCE", "BDI")], no("SANCTION")),
    case("mobilize-police-deployed-passive",
         "Thousands of riot police were deployed across central Dhaka on Friday ahead of opposition rallies.", P,
         [ev("MOBILIZE", "BGD")]),
    case("support-endorsed-plan-set-out-by",
         "ECOWAS endorsed the transition timetable set out by Guinea's military rulers on Sunday.", P,
         [ev("SUPPORT", target="GIN")]),
    case("support-expressed-remorse-and-apology",
         "Belgium's king expressed deep remorse and an apology to Congo for the colonial era on Tuesday.", P,
         [ev("SUPPORT", "BEL", "COD", cameo="055")]),
    case("cooperate-stepped-up-cooperation",
         "Ghana and Togo have stepped up security cooperation along their border, officials said.", P,
         [ev("COOPERATE", "GHA", "TGO")]),
    case("accuse-infringement-procedure",
         "The European Commission opened an infringement procedure against Poland on Thursday.", P,
         [ev("ACCUSE", "IGO:EU", "POL", mode="investigate")]),
    case("accuse-summoned-charge-d-affaires-to-protest",
         "Lithuania summoned Russia's charge d'affaires on Friday to protest over the airspace violation.", P,
         [ev("ACCUSE", "LTU", "RUS", cameo="114")], no("PROTEST")),
    case("sanction-visa-restrictions-on-foreign-officials",
         "Canada imposed visa restrictions on 30 Iranian officials on Monday over the crackdown.", P,
         [ev("SANCTION", "CAN", "IRN")], no("COERCE")),
    case("coerce-restrictions-at-home",
         "Tunisia's government imposed restrictions on public gatherings in the capital on Monday.", P,
         [ev("COERCE", "TUN")], no("SANCTION")),
    case("mobilize-sent-border-guards",
         "Poland sent additional border guards to its frontier with Belarus on Saturday.", P,
         [ev("MOBILIZE", "POL")]),
    case("denied-reports-that-is-negated",
         "Germany's foreign ministry denied on Monday reports that Berlin had suspended aid to Niger.", P,
         [], no("SANCTION", negated=False)),
    case("protest-outside-foreign-embassy-is-local",
         "Hundreds of students demonstrated outside the Israeli embassy in Amman on Friday, witnesses said.", P,
         [ev("PROTEST", "JOR")], no("PROTEST", source="ISR")),
    case("deployed-software-is-no-force",
         "Siemens said it had deployed a new software update across its rail signalling network.", P,
         [], no("MOBILIZE")),
    case("protest-protesters-gathered",
         "Thousands of protesters gathered outside the French embassy in Bamako on Friday to denounce Paris.", P,
         [ev("PROTEST", "MLI", "FRA")], no("ACCUSE")),
    case("leaders-gathering-is-no-protest",
         "African Union leaders gathered in Addis Ababa on Sunday for their annual summit.", P,
         [], no("PROTEST")),
    case("no-demonstrations-took-place",
         "The opposition called off its rally in Lusaka, and no demonstrations took place, police said.", P,
         [], no("PROTEST", negated=False)),
    case("concede-facing-protests-dropped-tax",
         "Facing a wave of street protests, Ghana's president dropped the proposed fuel tax on Monday.", P,
         [ev("CONCEDE", "GHA")], no("PROTEST", source="GHA:GOV")),
    case("support-regret-for-own-past-is-apology",
         "The Dutch king expressed his deepest regrets to Indonesia for the violence of the colonial era on Tuesday.", P,
         [ev("SUPPORT", "NLD", "IDN", cameo="055")], no("ACCUSE")),
    case("accuse-regret-over-decision-is-complaint",
         "Turkey expressed regret over the Swedish court's decision on Monday.", P,
         [ev("ACCUSE", "TUR")], no("SUPPORT")),
    case("concede-restored-licence",
         "Zimbabwean authorities restored the broadcasting licence of an independent radio station on Friday.", P,
         [ev("CONCEDE", "ZWE")]),
    case("coerce-blocked-access-to-social-media",
         "Ethiopian authorities blocked access to social media platforms on Tuesday ahead of the protests.", P,
         [ev("COERCE", "ETH", mode="restrict")], no("PROTEST")),
    case("mobilize-ordered-into-streets-to-reinforce",
         "Honduras's president ordered thousands of soldiers into the streets of the capital to reinforce police.", P,
         [ev("MOBILIZE", "HND")], no("REQUEST")),
    case("threaten-to-call-strike",
         "Ghana's main labour union threatened on Monday to call a nationwide strike if fuel prices were not cut.", P,
         [ev("THREATEN", "GHA")], no("CONSULT")),
    case("talks-ended-without-agreement",
         "Talks in Doha between the two sides ended on Sunday without any agreement, mediators said.", P,
         [], no("AGREE", negated=False)),
    case("neither-nor-subject-negates",
         "Neither Armenia nor Azerbaijan offered any concessions at the talks, diplomats said.", P,
         [], no("AGREE", negated=False)),
    case("cooperate-working-together",
         "Danish and Swedish police have been working together on the investigation, officials said.", P,
         [ev("COOPERATE", "DNK", "SWE")]),
    case("request-called-for-sanctions-against",
         "Lithuania called for sanctions against Belarus.", P,
         [ev("REQUEST", "LTU", "BLR")]),
    case("coerce-curfew-at-home",
         "Ecuador extended the curfew in Guayaquil on Sunday.", P,
         [ev("COERCE", "ECU", "ECU:CVL", date="2023-05-07")]),
    case("sanction-suspension-noun",
         "Algeria announced a suspension of trade with Spain.", P,
         [ev("SANCTION", "DZA")]),

    case("assault-author-unknown-where-it-happened",
         "A car bomb killed two policemen in Mogadishu on Friday.", P,
         [ev("ASSAULT", "SOM:UAF", "SOM", date="2023-05-05")]),

    case("concede-allowed-to",
         "Belarus allowed the jailed Polish journalist to leave the country.", P,
         [ev("CONCEDE", "BLR", "POL")]),
    case("concede-accepted-demands",
         "Niger's military rulers accepted the demands of the African Union.", P,
         [ev("CONCEDE", "NER", "IGO:AU")], no("AGREE")),
    case("consult-mediation-as-compound",
         "Oman launched a mediation effort between Iran and Saudi Arabia.", P,
         [ev("CONSULT", "OMN", "IRN"), ev("CONSULT", "OMN", "SAU")]),
    case("no-event-without-an-actor-allowing",
         "The new rule allowed banks in Chile to raise fees.", P, [], no("CONCEDE", "AGREE")),

    case("request-wants-x-to",
         "Ukraine wants Germany to send more air defence systems.", P,
         [ev("REQUEST", "UKR", "DEU")], no("AID", hypothetical=False) + no("AGREE")),
    case("intent-wants-to",
         "Azerbaijan wants to sign a peace treaty with Armenia this year.", P,
         [ev("AGREE", "AZE", "ARM")], no("REQUEST")),

    case("assault-engaged-in-is-active",
         "Myanmar troops were engaged in ethnic cleansing in Rakhine state.", P,
         [ev("ASSAULT", "MMR")]),

    case("protest-lemma-mended",
         "Angry Kenyan farmers staged rallies in Nakuru against the tax.", P,
         [ev("PROTEST", "KEN")]),
    case("protest-threw-stones",
         "Serbian youths threw stones at Kosovo police in Zvecan.", P,
         [ev("PROTEST", "SRB", "XKX")], no("ASSAULT")),

    case("decided-to-is-the-act",
         "The European Union decided to impose sanctions on Belarus on Monday.", P,
         [ev("SANCTION", "IGO:EU", "BLR", date="2023-05-08")], no("THREATEN")),

    case("aid-peacekeepers-arrived",
         "Kenyan peacekeepers arrived in Haiti on Tuesday.", P,
         [ev("AID", "KEN", "HTI", date="2023-05-09")], no("CONSULT")),
    case("mobilize-troops-arrived",
         "Rwandan troops arrived in Mozambique's Cabo Delgado province.", P,
         [ev("MOBILIZE", "RWA", "MOZ")], no("CONSULT")),
    case("assault-particle-hides-object",
         "Armed men kidnapped up to 20 Chinese workers in Nigeria.", P,
         [ev("ASSAULT", "NGA", "CHN")]),

    case("alleged-act-is-no-deed",
         "Moldova accused Russia of plotting a coup and blamed Moscow for attacking its power grid.", P,
         [ev("ACCUSE", "MDA", "RUS")], no("ASSAULT", hypothetical=False)),

    case("retreat-released-opposition-leaders",
         "The Nicaraguan government released four opposition leaders on Friday.", P,
         [ev("RETREAT", "NIC", "NIC:OPP", date="2023-05-05")]),
    case("aid-approved-a-loan",
         "The International Monetary Fund approved a $3 billion loan to Egypt.", P,
         [ev("AID", "IGO:IMF", "EGY")], no("AGREE")),

    case("aid-amount-in-aid",
         "Norway gave 20 million dollars in food aid to Somalia.", P,
         [ev("AID", "NOR", "SOM")]),
    case("sanction-banned-imports",
         "Lithuania banned imports of Belarusian fertiliser.", P,
         [ev("SANCTION", "LTU", "BLR")], no("COERCE")),

    case("one-pledge-one-event",
         "Qatar has agreed to lift its blockade on Bahrain.", P,
         [ev("AGREE", "QAT", "BHR")], no("COERCE", "RETREAT", "CONCEDE")),

    case("accident-is-no-assault",
         "Seven people were killed in a bus crash in Ghana on Sunday.", P, [], no("ASSAULT")),
    case("disaster-named-before-the-verb",
         "The storm to hit Manila this week was the strongest in a decade.", P, [], no("ASSAULT")),
    case("disaster-is-no-assault",
         "A landslide killed twelve villagers in Nepal.", P, [], no("ASSAULT")),

    # ------------------------------------------------------------------ refusals
    case("reject-will-not-negotiate",
         "Venezuela will not negotiate with Guyana over the border, its foreign minister said.", P,
         [ev("REJECT", "VEN", "GUY")], no("CONSULT")),
    case("reject-said-would-not-send-aid",
         "The Danish prime minister said Denmark would not send weapons to Ukraine.", P,
         [ev("REJECT", "DNK", "UKR")], no("AGREE")),
    case("negated-past-deed-stays-negated",
         "Peru did not sign the agreement with Chile.", P,
         [ev("SUPPORT", "PER", "CHL", negated=True)], no("REJECT")),
    case("reject-failed-to-reach-a-deal",
         "Armenia and Azerbaijan failed to reach a deal on the corridor in Brussels on Monday.", P,
         [ev("REJECT", "ARM", "AZE", date="2023-05-08")], no("SUPPORT", negated=False)),
    case("failed-attack-is-no-rejection",
         "The rebels failed to capture the airport in Goma.", P, [], no("REJECT")),

    # ------------------------------------------------------------------ more structures
    case("assault-after-days-of-fighting",
         "Sudanese troops recaptured the town of Kassala after three days of fighting with rebels.", P,
         [ev("ASSAULT", "SDN")]),
    case("fighting-against-abstraction-is-no-assault",
         "Kenya stepped up its fighting against corruption in Nairobi.", P, [], no("ASSAULT")),
    case("assault-author-unknown-place-on-subject",
         "A roadside bomb near Kandahar killed three Afghan policemen on Sunday.", P,
         [ev("ASSAULT", "AFG:UAF", "AFG", date="2023-05-07")]),
    case("protest-participle-on-noun",
         "Bolivian police dispersed miners protesting the new mining law in La Paz.", P,
         [ev("COERCE", "BOL"), ev("PROTEST", "BOL")]),
    case("request-statement-speaks-for-its-author",
         "Hamas issued a statement demanding that Egypt open the Rafah crossing.", P,
         [ev("REQUEST", "PSE", "EGY")]),
    case("accuse-arrest-on-charges",
         "Russia detained a French researcher on charges of espionage.", P,
         [ev("COERCE", "RUS", "FRA"), ev("ACCUSE", "RUS", "FRA")]),
    case("accuse-arrest-for-doing",
         "Belarus arrested two Polish activists for organising a rally.", P,
         [ev("COERCE", "BLR", "POL"), ev("ACCUSE", "BLR", "POL")]),
    case("jailed-for-doing-is-a-term-not-a-charge",
         "A court in Minsk jailed two Polish activists for three years for organising a rally.", P,
         [ev("COERCE", "BLR", "POL")], no("ACCUSE")),
    case("sentence-is-a-verdict-not-a-charge",
         "A Bolivian court sentenced a former interior minister to ten years for embezzling state funds.", P,
         [ev("COERCE", "BOL")], no("ACCUSE")),
    case("accuse-charged-with-object-prep",
         "Peru's chief prosecutor charged a former transport minister with money laundering on Friday.", P,
         [ev("ACCUSE", "PER")]),
    case("plain-arrest-is-no-accusation",
         "Belarus jailed two Polish activists on Tuesday.", P,
         [ev("COERCE", "BLR", "POL")], no("ACCUSE")),
    case("mobilize-preparing-to-attack",
         "The Ethiopian army was preparing to attack rebel positions near Mekelle.", P,
         [ev("MOBILIZE", "ETH")], no("ASSAULT", hypothetical=False) + no("THREATEN")),
    case("mobilize-trained-fighters",
         "Iran has trained thousands of militiamen in Syria.", P,
         [ev("MOBILIZE", "IRN")]),
    case("accuse-claimed-another-attacked",
         "Azerbaijan claimed that Armenian troops had shelled its positions near Lachin.", P,
         [ev("ACCUSE", "AZE", "ARM")], no("ASSAULT", hypothetical=False)),
    case("claimed-own-act-is-the-act",
         "Hezbollah claimed that it had fired rockets at an Israeli base.", P,
         [ev("ASSAULT", "LBN", "ISR")], no("ACCUSE")),
    case("claim-without-hostility-is-no-accusation",
         "Serbia claimed that the talks with Kosovo had gone well.", P, [], no("ACCUSE")),
    case("sanction-travel-warning",
         "Canada advised against all travel to Haiti on Friday.", P,
         [ev("SANCTION", "CAN", "HTI", date="2023-05-05")]),
    case("reject-refused-permission-to",
         "Hungary said it would not give permission to Ukraine to use its airspace.", P,
         [ev("REJECT", "HUN", "UKR")], no("AGREE")),
    case("permitted-act-is-not-done",
         "Jordan gave permission to Iraq to send troops to the border.", P,
         [ev("CONCEDE", "JOR", "IRQ")], no("MOBILIZE", hypothetical=False)),
    case("accuse-report-speaks-for-its-author",
         "A report by Human Rights Watch accused Ethiopian soldiers of looting.", P,
         [ev("ACCUSE", None, "ETH")]),
    case("assault-victims-named-by-participle",
         "There were five Indian soldiers killed in Kashmir on Sunday.", P,
         [ev("ASSAULT", None, "IND", date="2023-05-07")]),
    case("retreat-released-by-agent",
         "The journalists were detained in March and freed by Iran on Monday.", P,
         [ev("RETREAT", "IRN", date="2023-05-08")]),
    case("assault-author-named-on-weapon",
         "Two fishermen were killed in Turkish drone strikes near Mosul.", P,
         [ev("ASSAULT", "TUR", "IRQ")]),
    case("threaten-will-withdraw-monitors",
         "The OSCE said it will withdraw its monitors from Moldova next month.", P,
         [ev("SANCTION", "IGO:OSCE", "MDA", auxiliary=["future"])], no("AGREE", "THREATEN")),
    case("intent-return-weapons",
         "The militia said it will return the weapons it seized from the Malian army.", P,
         [ev("CONCEDE")], no("RETREAT", "AGREE", hypothetical=False)),
    case("mobilize-ordered-patrols",
         "The governor of Balochistan ordered patrols by paramilitary troops in Quetta.", P,
         [ev("MOBILIZE", "PAK")]),
    case("accuse-put-under-investigation-where",
         "A Dutch businessman was put under investigation in Belgium on Monday.", P,
         [ev("ACCUSE", "BEL", "NLD", date="2023-05-08")]),
    case("protest-collecting-signatures",
         "Slovak opposition parties began collecting signatures against the new media law.", P,
         [ev("PROTEST", "SVK")]),
    case("coerce-police-prevented-a-rally",
         "Georgian police prevented a rally outside the parliament in Tbilisi.", P,
         [ev("COERCE", "GEO")], no("PROTEST")),
    case("assault-abused-detainees",
         "Libyan guards abused Sudanese migrants at a camp near Tripoli.", P,
         [ev("ASSAULT", "LBY", "SDN")]),
    case("abused-power-is-no-assault",
         "The mayor of Lyon abused his power, French prosecutors said.", P, [], no("ASSAULT")),
    case("protest-by-agent-on-the-noun",
         "Pakistan closed schools in Karachi after protests by Afghan refugees.", P,
         [ev("PROTEST", "AFG")], no("PROTEST", source="PAK")),
    case("consult-spoke-by-telephone",
         "Kenya's President William Ruto spoke by telephone with Ghana's president on Monday.", P,
         [ev("CONSULT", "KEN", "GHA", date="2023-05-08")]),
    case("cooperate-joint-exercises",
         "The navies of Malaysia and Thailand conducted joint exercises in the Andaman Sea.", P,
         [ev("COOPERATE", "MYS", "THA")], no("MOBILIZE")),
    case("cooperate-exchanged-intelligence",
         "Uzbek and Tajik security services exchanged intelligence on drug smuggling.", P,
         [ev("COOPERATE", "UZB", "TJK")]),
    case("aid-delivered-missiles",
         "Norway delivered a shipment of anti-tank missiles to Ukraine on Friday.", P,
         [ev("AID", "NOR", "UKR", date="2023-05-05")]),
    case("retreat-handed-back",
         "The Netherlands handed back hundreds of looted artefacts to Indonesia.", P,
         [ev("RETREAT", "NLD", "IDN")]),
    case("mobilize-launched-drills",
         "Iran's Revolutionary Guards launched naval drills near the Strait of Hormuz.", P,
         [ev("MOBILIZE", "IRN")]),
    case("mobilize-placed-on-alert",
         "Armenia placed its troops on high alert along the border with Azerbaijan.", P,
         [ev("MOBILIZE", "ARM")]),
    case("consult-delegation-from-organisation",
         "A delegation from the European Union met Moldovan officials in Chisinau.", P,
         [ev("CONSULT", "IGO:EU", "MDA")]),
    case("concede-bowed-to-pressure-from",
         "Montenegro bowed to pressure from the European Union and dropped the bill.", P,
         [ev("CONCEDE", "MNE", "IGO:EU")]),
    case("threaten-gave-an-ultimatum",
         "Colombia's government gave the rebels a 48-hour ultimatum to free the hostages.", P,
         [ev("THREATEN", "COL", "COL:REB")]),
    case("support-voiced-backing",
         "The Arab League voiced strong backing on Monday for Lebanon's army.", P,
         [ev("SUPPORT", "IGO:AL", "LBN", date="2023-05-08")]),
    case("cooperate-joint-patrols",
         "Gambian and Senegalese border guards began joint patrols along the Casamance frontier.", P,
         [ev("COOPERATE", "GMB", "SEN")]),
    case("cooperate-set-up-a-joint-command",
         "Mali and Niger have set up a joint command to fight jihadist groups.", P,
         [ev("COOPERATE", "MLI", "NER")]),
    case("cooperate-joint-venture-with",
         "Kazakhstan launched a joint venture with a Turkish steel maker.", P,
         [ev("COOPERATE", "KAZ", "TUR")]),
    case("retreat-allowed-inspectors-in",
         "Syria allowed inspectors from the OPCW to visit a chemical plant near Homs.", P,
         [ev("RETREAT", "SYR", "IGO:OPCW")], no("CONCEDE")),
    case("retreat-laid-down-weapons",
         "About 500 Congolese militiamen laid down their weapons in Bunia on Saturday.", P,
         [ev("RETREAT", "COD", date="2023-05-06")]),
    case("reject-voted-down",
         "Peruvian lawmakers voted down a motion to impeach the president.", P,
         [ev("REJECT", "PER")]),
    case("protest-election-boycott",
         "Cameroon's main opposition party boycotted the regional elections.", P,
         [ev("PROTEST", "CMR")], no("REJECT")),
    case("mobilize-began-exercises",
         "Azerbaijan began military exercises near the Armenian border on Monday.", P,
         [ev("MOBILIZE", "AZE", date="2023-05-08")], no("COOPERATE")),
    case("mobilized-supporters-is-no-mobilization",
         "The Bolivian opposition mobilized thousands of supporters in Santa Cruz.", P, [], no("MOBILIZE")),
    case("signed-a-bill-is-no-treaty",
         "Dockers walked out over a labour bill signed by the Greek president.", P, [], no("SUPPORT")),
    case("suspended-constitution-is-no-sanction",
         "Guinea's junta suspended the constitution and dissolved parliament.", P, [], no("SANCTION")),
    case("fighting-before-a-ceasefire-happened",
         "Serbia and Croatia agreed to a truce after a week of fighting.", P,
         [ev("AGREE", "SRB", "HRV"), ev("ASSAULT", "SRB", "HRV")], no("THREATEN")),
    case("until-present-is-not-yet",
         "Japan said it would keep its embassy closed until the new government takes over.", P,
         [], no("COERCE", hypothetical=False)),
    case("deal-between-companies-is-no-event",
         "Rexfield Mining Corp agreed to buy the assets of Talbot Holdings Ltd for 40 million dollars.", P,
         [], no("AGREE")),
    case("company-and-state-is-an-event",
         "Boldwater Oil Corp agreed to a settlement with the government of Ecuador.", P,
         [ev("AGREE", None, "ECU")]),
    case("assault-fired-from-a-place",
         "Three rockets were fired at Israel from southern Lebanon on Sunday.", P,
         [ev("ASSAULT", "LBN:UAF", "ISR", date="2023-05-07")]),
    case("based-abroad-is-not-the-story-country",
         "A Paris-based monitoring group said soldiers shot dead five villagers.", P,
         [], no("ASSAULT", source="FRA")),
    case("request-reiterated-demand-that",
         "The European Union reiterated its demand that Belarus free political prisoners.", P,
         [ev("REQUEST", "IGO:EU", "BLR")], no("RETREAT", hypothetical=False)),
    case("request-renewed-appeal-to",
         "Malawi renewed its appeal to Zambia to reopen the border crossing.", P,
         [ev("REQUEST", "MWI", "ZMB")], no("RETREAT", hypothetical=False)),
    case("concede-met-the-demands",
         "Bangladesh's government met the demands of striking garment workers.", P,
         [ev("CONCEDE", "BGD")], no("CONSULT")),
    case("earthquake-killing-is-no-assault",
         "A strong earthquake hit eastern Turkey on Monday, killing at least 40 people.", P,
         [], no("ASSAULT")),
    case("mobilize-raised-alert-level",
         "Japan's defence forces raised their alert level after a missile launch.", P,
         [ev("MOBILIZE", "JPN")]),
    case("mobilize-called-up-reservists",
         "Armenia called up thousands of reservists on Wednesday.", P,
         [ev("MOBILIZE", "ARM", date="2023-05-10")], no("REQUEST")),
    case("aid-extended-a-loan",
         "China extended a two billion dollar loan to Pakistan.", P,
         [ev("AID", "CHN", "PAK")]),
    case("cooperate-handed-over-records",
         "Swiss prosecutors handed over bank records to Brazilian investigators.", P,
         [ev("COOPERATE", "CHE", "BRA")], no("RETREAT")),
    case("protest-boycotted-parliament",
         "Serbian opposition deputies boycotted a session of parliament in Belgrade.", P,
         [ev("PROTEST", "SRB", "SRB")], no("REJECT")),
    case("protest-quantified-protesters-placed",
         "Hundreds of protesters rallied outside the Russian embassy in Tbilisi on Sunday.", P,
         [ev("PROTEST", "GEO", "RUS", date="2023-05-07")]),
    case("price-charged-is-no-arrest",
         "The state telephone company charges 40 dollars a month for a line.", P, [], no("COERCE", "ACCUSE")),
    case("accuse-charged-with",
         "Zimbabwean police charged three activists with treason in Harare.", P,
         [ev("ACCUSE", "ZWE", "ZWE")]),
    case("coerce-arrest-warrant-for",
         "A Kenyan court issued an arrest warrant for a Ugandan opposition leader.", P,
         [ev("COERCE", "KEN", "UGA")]),
    case("financial-warrants-are-no-arrest",
         "The bank issued two million warrants to investors in Manila.", P, [], no("COERCE")),
    case("warning-of-a-poor-harvest-is-no-threat",
         "India warned that this year's wheat harvest will be hit by drought.", P, [], no("THREATEN", "ASSAULT")),
    case("threaten-warned-police-will",
         "Egypt's interior minister warned that police will not tolerate further rallies.", P,
         [ev("THREATEN", "EGY")]),
    case("threaten-to-cut-off",
         "Ukraine threatened to cut off gas transit to Hungary.", P,
         [ev("THREATEN", "UKR")]),
    case("people-clash-in-words",
         "Ramaphosa and Malema clashed over land reform in parliament.", P, [], no("ASSAULT")),
    case("ports-hit-by-a-strike-is-no-assault",
         "Dutch ports were also hit, the unions said.", P, [], no("ASSAULT")),
    case("company-closing-an-office-is-no-coercion",
         "Meridian Software Inc closed its Lagos office to cut costs.", P, [], no("COERCE")),
    case("company-taking-over-a-business-is-no-seizure",
         "Harlow Holdings Ltd took over the business of a Kenyan tea grower.", P, [], no("COERCE")),
    case("consult-talks-at-own-palace-with-visitor",
         "Senegalese President Macky Sall held talks at the presidential palace in Dakar on Monday with visiting "
         "Gambian President Adama Barrow.", P,
         [ev("CONSULT", "SEN", "GMB", date="2023-05-08")]),
    case("retreat-inspectors-allowed-back",
         "Iran allowed IAEA inspectors back into the Fordow site on Tuesday.", P,
         [ev("RETREAT", "IRN", "IGO:IAEA", date="2023-05-09")]),
    case("retreat-handed-in-weapons",
         "Hundreds of Colombian guerrillas handed in their weapons to UN observers.", P,
         [ev("RETREAT", "COL")]),
    case("aid-flew-food",
         "Algeria flew 50 tonnes of food and tents to Libya after the floods.", P,
         [ev("AID", "DZA", "LBY")], no("CONSULT")),
    case("accuse-lodged-a-protest",
         "Chile lodged a formal protest with Bolivia over the border incident.", P,
         [ev("ACCUSE", "CHL", "BOL")]),
    case("sanction-suspended-from",
         "The African Union suspended Gabon from all its activities after the coup.", P,
         [ev("SANCTION", "IGO:AU", "GAB")]),
    case("coerce-declared-emergency",
         "Ecuador declared a state of emergency in three provinces on Friday.", P,
         [ev("COERCE", "ECU", date="2023-05-05")]),
    case("support-welcomed-government-decision",
         "The European Union welcomed the Slovak government's decision.", P,
         [ev("SUPPORT", "IGO:EU", "SVK")]),
    case("assault-ethnic-rebels-where-they-fight",
         "Tuareg rebels ambushed an army convoy in northern Mali on Tuesday.", P,
         [ev("ASSAULT", "MLI", "MLI", date="2023-05-09")]),
    case("accuse-summoned-ambassador",
         "Poland's foreign ministry summoned the Belarusian ambassador over the border incident.", P,
         [ev("ACCUSE", "POL", "BLR")], no("REQUEST")),
    case("accuse-summoned-ambassador-by-name",
         "Azerbaijan summoned Russian Ambassador Mikhail Petrov on Tuesday over the raids.", P,
         [ev("ACCUSE", "AZE", "RUS")], no("REQUEST")),
    case("accuse-summoned-high-commissioner",
         "Bangladesh summoned the Indian High Commissioner on Tuesday over the border killings.", P,
         [ev("ACCUSE", "BGD", "IND")], no("REQUEST")),
    case("concede-withdrew-a-bill",
         "Facing mass protests, Kenya's government withdrew the finance bill on Wednesday.", P,
         [ev("CONCEDE", "KEN", date="2023-05-10")], no("RETREAT")),
    case("retreat-lifted-tariffs",
         "China lifted tariffs on Australian barley on Friday.", P,
         [ev("RETREAT", "CHN", "AUS", date="2023-05-05")]),
    case("aid-disbursed",
         "The IMF disbursed 700 million dollars to Sri Lanka.", P,
         [ev("AID", "IGO:IMF", "LKA")]),
    case("aid-announced-package",
         "Germany announced a new military aid package for Ukraine on Tuesday.", P,
         [ev("AID", "DEU", "UKR", date="2023-05-09")]),
    case("coerce-barred-from",
         "Guinea's military rulers barred the main opposition leader from the presidential election.", P,
         [ev("COERCE", "GIN", "GIN")]),
    case("sanction-adopted-sanctions",
         "The European Union adopted a new package of sanctions against Iran.", P,
         [ev("SANCTION", "IGO:EU", "IRN")]),
    case("cooperate-staged-joint-exercises",
         "Egyptian and Saudi troops staged joint exercises near the Red Sea.", P,
         [ev("COOPERATE", "EGY", "SAU")], no("MOBILIZE")),
    case("commercial-contract-is-no-treaty",
         "Qatar signed a long-term gas supply contract with a German utility.", P, [], no("SUPPORT")),
    case("organisation-title-over-home-office",
         "In a statement, NATO Secretary General Mark Rutte praised Finland.", P,
         [ev("SUPPORT", None, "FIN")], no("SUPPORT", source="NLD")),
    case("arrest-on-conjoined-charges",
         "Turkish police detained an opposition mayor on corruption and terrorism charges.", P,
         [ev("COERCE", "TUR"), ev("ACCUSE", "TUR")]),
    case("accuse-office-holders-of-one-country",
         "Peruvian President Dina Boluarte accused Attorney General Juan Villena of plotting against her.", P,
         [ev("ACCUSE", "PER", "PER")]),
    case("members-of-a-group-with-a-home",
         "Fighters from the Rapid Support Forces attacked a village near Omdurman.", P,
         [ev("ASSAULT", "SDN")]),
    case("assault-on-a-marketplace",
         "Gunmen attacked a crowded market in Maiduguri on Sunday.", P,
         [ev("ASSAULT", None, "NGA", date="2023-05-07")],
         xfail="[abstract-object] 'market' is on the list of abstract objects (stock markets), so an attack "
               "on a marketplace is taken for a figure of speech"),
    case("resignation-has-no-implied-target",
         "Peru's interior minister resigned on Monday.", P,
         [ev("CONCEDE", "PER", None, date="2023-05-08")], no("CONCEDE", target="PER:CVL")),
    case("captured-weapons-imply-no-target",
         "The Chadian army captured large amounts of weaponry near the Libyan border.", P,
         [], no("COERCE", target="TCD:CVL")),
    case("reject-denied-a-permit",
         "Hungarian authorities denied a permit for the march in Budapest.", P,
         [ev("REJECT", "HUN")]),
    # An opening list of places swallows the subject in the small model's parse.
    case("coerce-subject-after-a-list-of-places",
         "On 2 March 2024, in Obuasi, Ashanti, Ghana, the regional police arrested nine illegal miners.", P,
         [ev("COERCE", "GHA", "GHA")]),
    case("protest-subject-after-a-list-of-places",
         "On 1 March 2024, in Dhaka, Bangladesh, garment workers protested over unpaid wages.", P,
         [ev("PROTEST", "BGD")]),
    case("sanction-added-to-an-entity-list",
         "The US Commerce Department added 12 Chinese firms to its Entity List on Tuesday.", P,
         [ev("SANCTION", "USA", "CHN")]),
    case("aid-sent-rescue-teams",
         "Japan sent rescue teams to Turkey on Tuesday.", P,
         [ev("AID", "JPN", "TUR")]),
    case("sanction-embassy-ordered-to-cut-its-staff",
         "Latvia ordered the Russian embassy to cut its staff by ten.", P,
         [ev("SANCTION", "LVA", "RUS")]),
    case("cooperate-handed-over-to-foreign-police",
         "Zambian police handed over to Malawian police on Friday two men wanted for murder.", P,
         [ev("COOPERATE", "ZMB", "MWI")], no("RETREAT")),
    case("accuse-condemning-words-in-a-quote",
         'Moscow expelled two Estonian diplomats on Monday. "This is a cynical provocation," '
         "Estonia's foreign minister said.", P,
         [ev("ACCUSE", "EST", "RUS")]),
    case("accuse-called-a-complaint-absurd",
         "Venezuela called Guyana's complaint absurd and hostile.", P,
         [ev("ACCUSE", "VEN", "GUY")]),
    case("accuse-whom-the-condemning-phrase-is-about",
         '"Pyongyang\'s provocations only bring Seoul and Tokyo closer," South Korean Foreign Minister '
         "Cho Tae-yul said.", P,
         [ev("ACCUSE", "KOR", "PRK")], no("ACCUSE", target="JPN")),
    case("agree-due-to-meet",
         "The Brazilian finance minister is due to meet Japanese officials in Tokyo.", P,
         [ev("AGREE", "BRA", "JPN")], no("CONSULT")),
    case("coerce-the-possessor-of-an-arrest-is-arrested",
         "Following Selin Demir's arrest in Turkey, her lawyers appealed.", P,
         [ev("COERCE", "TUR", "PERSON:Selin Demir")], no("COERCE", source="PERSON:Selin Demir")),
    case("coerce-second-passive-shares-the-agent",
         "Two Iranian men were hauled off a bus by Turkish police and taken into custody.", P,
         [ev("COERCE", "TUR", "IRN")], no("COERCE", source="IRN")),
    case("sanction-diplomats-must-leave",
         "The Russian Foreign Ministry said three Norwegian diplomats must leave Russia within two weeks.", P,
         [ev("SANCTION", "RUS", "NOR")], no("REQUEST")),
    case("accuse-no-condemnation-denied",
         '"This is not a provocation but a routine exercise," the Chinese defence ministry said of the '
         "drills near Taiwan.", P,
         [], no("ACCUSE")),
    case("assault-a-mob-on-a-man-of-the-same-country",
         "In Bihar, India, a man was beaten to death by a mob on Monday night.", P,
         [ev("ASSAULT", "IND", "IND")]),
    case("assault-the-passive-subject-beside-the-verb",
         "On 3 June 2022, in Mueda town, Mueda district, Cabo Delgado, Mozambique, a trader was shot dead by "
         "unidentified gunmen.", P,
         [ev("ASSAULT", "MOZ", "MOZ")]),
    case("coerce-arrested-some-of-them",
         "In Kano, Nigeria, youths from two villages clashed over farmland; police arrested six of them.", P,
         [ev("COERCE", "NGA", "NGA")]),
    case("no-fight-for-the-authority-that-answers-it",
         "The Kenyan government imposed a curfew in the area after the clash.", P,
         [ev("COERCE", "KEN")], no("ASSAULT")),
    case("no-event-in-a-question",
         "Will China provide emergency assistance to Cuba?", P,
         [], no("AGREE", "AID")),
    case("request-we-said-by-a-spokesperson",
         'Chinese foreign ministry spokesperson Mao Ning said: "We urge the US to lift its sanctions on Cuba."', P,
         [ev("REQUEST", "CHN", "USA")]),
    case("request-the-minister-named-before",
         "Norway's Foreign Minister Espen Barth Eide met aid agencies in Oslo on Monday. The Minister urged "
         "the Sudanese army to allow aid convoys into Darfur.", P,
         [ev("REQUEST", "NOR", "SDN")]),
    case("request-by-a-spokesperson-for-an-office",
         "A spokesperson for the UN human rights office urged the Indonesian authorities to respect the "
         "right to peaceful assembly.", P,
         [ev("REQUEST", None, "IDN")], no("REQUEST", source="IDN")),
    case("sanction-unveiled-restrictions-on-sales",
         "The Commerce Department unveiled new restrictions on sales of advanced chips to China.", P,
         [ev("SANCTION", "USA", "CHN")]),
    case("date-from-the-clause-of-time-it-follows",
         "Czech police detained 23 lorry drivers after hauliers blocked the Prague ring road on Monday.",
         "2023-10-17",
         [ev("COERCE", "CZE", date="2023-10-16")]),
    case("date-of-the-lead-for-a-later-past-clause",
         "Thousands of people marched through Bratislava on Thursday against a new broadcasting law.\n\n"
         "Slovak police detained four men outside the Government Office.",
         "2024-06-14",
         [ev("COERCE", "SVK", date="2024-06-13")]),
    # ------------------------------------------------------------------ words and frames added in round four
    case("assault-assaulted-by-a-mob",
         "KAMPALA -- A 40-year-old trader was assaulted by a mob of residents in Kawempe on Saturday.", P,
         [ev("ASSAULT", "UGA", "UGA")]),
    case("cooperate-carried-out-a-joint-patrol",
         "Malian and Nigerien troops carried out a joint patrol near the border on Monday.", P,
         [ev("COOPERATE", "MLI", "NER")]),
    case("mobilize-sent-a-platoon",
         "Fiji's army sent an extra platoon to Labasa on Friday.", P,
         [ev("MOBILIZE", "FJI")]),
    case("coerce-closed-links-with",
         "Guyana closed all land and river links with Suriname on Tuesday.", P,
         [ev("COERCE", "GUY", "SUR")]),
    case("accuse-handed-a-protest-note",
         "Peru's foreign ministry handed a formal protest note to Chile's ambassador on Monday.", P,
         [ev("ACCUSE", "PER", "CHL")]),
    case("accuse-conveyed-concerns",
         "Nepal conveyed its serious concerns to the Indian envoy in Kathmandu on Tuesday.", P,
         [ev("ACCUSE", "NPL", "IND")]),
    case("sanction-paused-assistance",
         "The European Union paused 30 million euros in assistance to Niger on Monday.", P,
         [ev("SANCTION", "IGO:EU", "NER")]),
    case("protest-relatives-of-inmates",
         "In Guayaquil, relatives of inmates protested outside the Litoral prison on Thursday.", P,
         [ev("PROTEST", "ECU")]),
    case("protest-boat-owners-strike",
         "COLOMBO -- Boat owners in Negombo began a strike on Monday over fuel prices.", P,
         [ev("PROTEST", "LKA", "LKA")]),
    case("consult-officials-from-the-two-sides",
         "Ghana and Togo traded blame over the border. Officials from the two sides met at the border post on Tuesday.", P,
         [ev("CONSULT", "GHA", "TGO")]),
    case("request-only-weighed-is-hypothetical",
         "Officials in Georgetown are weighing whether to ask for an emergency meeting of the UN Security "
         "Council.", P,
         [], [{"type": "REQUEST", "target": "IGO:UN", "hypothetical": False}]),
    case("request-by-an-organisation-spokesperson",
         "BRUSSELS -- EU foreign affairs spokesperson Anna Lind urged the Tunisian authorities on Friday to "
         "free the journalists.", P,
         [ev("REQUEST", "IGO:EU", "TUN")]),
    case("consult-talks-no-one-is-named-for",
         "Armenia and Azerbaijan exchanged prisoners on Sunday, a week after a first round of indirect "
         "talks in Abu Dhabi. Armenia said the border would stay calm.", P,
         [ev("CONSULT", "ARM", "AZE")]),
    case("agree-readiness-to-move-own-troops-has-no-target-of-its-own",
         "Chad says it is willing to withdraw its troops from neighbouring Niger.", P,
         [ev("AGREE", "TCD", "NER")], [{"type": "AGREE", "source": "TCD", "target": "TCD"}]),
    case("agree-the-two-people-just-named",
         "Finnish Foreign Minister Elina Valtonen received Secretary of State Antony Blinken in Helsinki on "
         "Monday. The two discussed the Baltic Sea and agreed to hold a strategic dialogue next year.", P,
         [ev("AGREE", "FIN", "USA"), ev("CONSULT", "FIN", "USA")]),
    # At home, with no one named on the receiving end: what civil society demands or
    # condemns addresses its government; a state's deployment falls on its public. Not a
    # gang's demand, nor a state's demand in a story of two countries.
    case("request-at-home-by-relatives-addresses-the-government",
         "ACCRA, Ghana -- Police in Accra detained 40 students during a march on Tuesday. "
         "On Wednesday the students' families demanded their immediate release.", P,
         [ev("REQUEST", "GHA", "GHA")]),
    case("mobilize-at-home-falls-on-the-public",
         "Kenyan police said on Monday that 600 officers had been deployed to Eldoret after two nights "
         "of looting in the town.", P,
         [ev("MOBILIZE", "KEN", "KEN")]),
    case("request-by-kidnappers-implies-no-government",
         "Gunmen abducted a trader near Kaduna, Nigeria on Sunday. His family said the kidnappers "
         "demanded a ransom of two million naira.", P,
         [], [{"type": "REQUEST", "target": "NGA"}]),
    case("request-by-a-state-in-a-row-implies-no-own-target",
         "Belarus detained a Lithuanian lorry driver at the border on Monday. Vilnius demanded his "
         "immediate release.", P,
         [], [{"type": "REQUEST", "source": "LTU", "target": "LTU"}]),
    case("protest-purpose-of-a-clause-with-a-predicate",
         "Traders in Kumasi, Ghana kept their shops shut for three hours on Tuesday to protest against "
         "a rise in market tolls.", P,
         [ev("PROTEST", "GHA", "GHA")]),
    case("assault-opening-place-clause-is-set-apart",
         "On 6 May 2023, in Kumba, Meme division, South-West region, Cameroon, about 200 residents "
         "marched to the divisional office to protest the killing of a moto-taxi driver.", P,
         [ev("PROTEST", "CMR", "CMR")]),
    case("assault-came-under-fire-from-drones",
         "A Ukrainian supply convoy came under fire from Russian drones near Kupiansk on Tuesday.", P,
         [ev("ASSAULT", "RUS", "UKR")]),
    case("assault-local-official-shot-by-two-men",
         "In Iloilo, Philippines, a village councillor was shot dead by two men on a motorcycle on Monday.", P,
         [ev("ASSAULT", "PHL", "PHL")]),
    case("protest-by-members-of-an-unnamed-union",
         "members of the district farmers' union staged a sit-in outside the collectorate in patna, india "
         "on monday.", P,
         [ev("PROTEST", "IND", "IND")]),
    case("sanction-restrictive-measures-and-entry-bars",
         "The Council of the European Union on Monday imposed restrictive measures on four Belarusian "
         "officials. Poland and Lithuania said they would bar entry to the same officials.", P,
         [ev("SANCTION", "IGO:EU", "BLR"), ev("SANCTION", "POL", "BLR")]),
    case("sanction-new-measures-at-home-are-no-sanction",
         "The Kenyan government imposed new measures to curb inflation on Monday.", P,
         [], no("SANCTION")),
    case("concede-disbanding-a-police-unit",
         "After two weeks of protests, the Nigeria Police Force disbanded its anti-robbery squad on Sunday.", P,
         [ev("CONCEDE", "NGA")]),
    case("agree-the-two-men-just-named",
         "Guyana's President Irfaan Ali and Venezuela's President Nicolas Maduro met in Kingstown on Thursday. "
         "The two men agreed to keep talking.", P,
         [ev("AGREE", "GUY", "VEN"), ev("AGREE", "VEN", "GUY")]),
    case("coerce-foreigners-held-with-no-author-by-the-story-s-state",
         "OSH, Kyrgyzstan -- Kyrgyz border guards closed a crossing on Monday. Two Uzbek citizens were "
         "detained at the checkpoint the same day.", P,
         [ev("COERCE", "KGZ", "UZB")], [{"type": "COERCE", "source": "UZB"}]),
    case("support-own-country-on-the-object-is-no-target",
         "Peruvian Foreign Minister Javier Gonzalez-Olaechea expressed Peru's firm support for the plan.", P,
         [], [{"type": "SUPPORT", "target": "PER"}]),
    case("protest-marched-to-a-square-the-name-finder-misreads",
         "Several thousand students marched to the Plaza de Bolivar in Bogota, Colombia on Wednesday.", P,
         [ev("PROTEST", "COL", "COL")]),
    case("assault-strikes-on-a-city-are-no-walkout",
         "Russia's strikes on Kharkiv damaged two schools on Monday. Dock workers in Rotterdam, Netherlands "
         "began a strike on Tuesday.", P,
         [ev("ASSAULT", "RUS", "UKR"), ev("PROTEST", "NLD")], [{"type": "PROTEST", "source": "RUS"}]),
    case("aid-goods-delivered-to-a-state",
         "Norway delivered its last NASAMS unit to Ukraine on Monday. Turkey will send a further 3,000 tonnes "
         "of flour to Syria.", P,
         [ev("AID", "NOR", "UKR"), ev("AGREE", "TUR", "SYR")]),
    case("aid-no-trade-in-rice",
         "Thailand shipped 200,000 tonnes of rice to Indonesia last year, exporters said.", P,
         [], no("AID")),
    case("assault-at-a-spot-no-gazetteer-places-is-aimed-at-no-place",
         "On 7 May 2023, in Kyauktawgyi ward, Yangon region, Myanmar, a ward administrator was "
         "shot dead by unidentified gunmen.", P,
         [ev("ASSAULT", None, "MMR")], [{"type": "ASSAULT", "target": "PLACE:Kyauktawgyi"}]),
]

# Cases whose location is stated in the text; checked on their first expected event.
LOCATIONS = {
    "consult-met": "Paris",
    "consult-hosted": "Astana",
    "consult-domestic-negotiations": "Havana",
    "agree-sign-compound": "Cairo",
    "coerce-detained-foreigner": "Yekaterinburg",
    "assault-rebels-shelled-town": "Sake",
    "protest-rallied": "Tel Aviv",
    "coerce-police-in-city": "Dhaka",
}


def _values(param: Any) -> tuple[str, str, str | None, list[dict[str, Any]], list[dict[str, Any]]]:
    return param.values


# --------------------------------------------------------------------------- analysis, once


@pytest.fixture(scope="module")
def docs_by_id() -> dict[str, Document]:
    """Every case's text analysed in one pipeline run (spaCy batches the parses)."""
    raws = [RawArticle(input=f"{cid}.txt", where=f"{cid}.txt", data=text, media="text",
                       published=published, id=cid)
            for cid, text, published, _e, _f in map(_values, CASES)]
    results = list(Pipeline(batch_size=64).run(raws))
    failures = [r for r in results if isinstance(r, Failure)]
    assert not failures, failures
    return {d.id: d for d in results}


# --------------------------------------------------------------------------- matching


def codes(side: Any) -> set[str]:
    """The codes a side's participants carry: countries and actor ids."""
    members = side if isinstance(side, list) else [side] if side else []
    return {code for m in members if m.actor for code in (m.actor.country, m.actor.id) if code}


def matches(event: Event, want: dict[str, Any], *, strict_flags: bool) -> bool:
    if event.type != want["type"]:
        return False
    for side in ("source", "target"):
        if want.get(side) is not None and want[side] not in codes(getattr(event, side)):
            return False
    for flag in ("negated", "hypothetical", "historical"):
        if flag in want or strict_flags:
            if getattr(event, flag) != want.get(flag, False):
                return False
    if "date" in want and not (event.date or "").startswith(want["date"]):
        return False
    if "auxiliary" in want and event.auxiliary != want["auxiliary"]:
        return False
    return True


def describe(doc: Document) -> str:
    lines = []
    for e in doc.events:
        flags = [f for f in ("negated", "hypothetical", "historical") if getattr(e, f)]
        lines.append(f"  {e.type} {sorted(codes(e.source))} -> {sorted(codes(e.target))} "
                     f"{' '.join(flags)} date={e.date} cameo={e.cameo} rule={e.rule!r}")
    return "\n".join(lines) or "  (no events)"


@pytest.mark.parametrize(("cid", "text", "published", "expected", "forbidden"), CASES)
def test_events(docs_by_id: dict[str, Document], cid: str, text: str, published: str | None,
                expected: list[dict[str, Any]], forbidden: list[dict[str, Any]]) -> None:
    doc = docs_by_id[cid]
    missing = [w for w in expected if not any(matches(e, w, strict_flags=True) for e in doc.events)]
    present = [w for w in forbidden if any(matches(e, w, strict_flags=False) for e in doc.events)]
    assert not missing and not present, (
        f"missing {missing}, forbidden found {present}\n{text}\naccord coded:\n{describe(doc)}")


# --------------------------------------------------------------------------- evidence


def _cameo_table() -> dict[str, dict[str, str]]:
    with CAMEO_TSV.open(encoding="utf-8", newline="") as fh:
        return {row["code"]: row for row in csv.DictReader(fh, delimiter="\t")}


CAMEO = _cameo_table()


def plover_types_of(code: str) -> set[str]:
    """The PLOVER types cameo.tsv gives a code: its own row's and its root's."""
    row = CAMEO[code]
    types = set(filter(None, row["plover_event"].split("|")))
    types |= set(filter(None, CAMEO[row["root_code"]]["plover_event"].split("|")))
    return types


def evidence_problems(doc: Document) -> list[str]:
    problems = []
    for e in doc.events:
        where = f"{e.type} {e.trigger!r} ({e.rule})"
        if not e.sentence or doc.text[e.start:e.end] != e.sentence:
            problems.append(f"{where}: text[start:end] is not the sentence")
        if not e.trigger or e.trigger not in e.sentence:
            problems.append(f"{where}: trigger not in the sentence")
        if not e.rule:
            problems.append(f"{where}: no rule")
        if e.type not in PLOVER:
            problems.append(f"{where}: not a PLOVER type")
        if e.cameo not in CAMEO:
            problems.append(f"{where}: unknown CAMEO code {e.cameo!r}")
            continue
        # An announced retreat is CONCEDE by the PLOVER manual's text, with CAMEO's own code
        # for it (035), which the manual's 2021 table maps to AGREE: the one documented exception.
        announced_retreat = e.type == "CONCEDE" and e.cameo == "035" and (e.rule or "").startswith("intent(")
        if e.type not in plover_types_of(e.cameo) and not announced_retreat:
            problems.append(f"{where}: CAMEO {e.cameo} maps to {sorted(plover_types_of(e.cameo))}")
        if e.intensity != float(CAMEO[e.cameo]["goldstein"]):
            problems.append(f"{where}: intensity {e.intensity} is not the Goldstein value "
                            f"{CAMEO[e.cameo]['goldstein']} of {e.cameo}")
        if e.date is not None and len(e.date) not in (4, 7, 10):
            problems.append(f"{where}: date {e.date!r} is not YYYY[-MM[-DD]]")
    return problems


EVIDENCE_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("cid", [
    pytest.param(p.values[0], id=p.values[0],
                 marks=[bug(EVIDENCE_XFAIL[p.values[0]])] if p.values[0] in EVIDENCE_XFAIL else [])
    for p in CASES])
def test_evidence(docs_by_id: dict[str, Document], cid: str) -> None:
    doc = docs_by_id[cid]
    problems = evidence_problems(doc)
    assert not problems, "\n".join(problems)


NO_LOCATION = "[location] the place is not attached to the event's clause the way the coder looks for it"
LOCATION_GAPS = {"consult-domestic-negotiations", "assault-rebels-shelled-town"}


@pytest.mark.parametrize(("cid", "place"), [
    pytest.param(cid, place, id=cid, marks=bug(NO_LOCATION) if cid in LOCATION_GAPS else ())
    for cid, place in LOCATIONS.items()])
def test_location(docs_by_id: dict[str, Document], cid: str, place: str) -> None:
    param = next(p for p in CASES if p.values[0] == cid)
    want = _values(param)[3][0]
    doc = docs_by_id[cid]
    located = [e.location for e in doc.events if matches(e, want, strict_flags=False)]
    assert any(loc and place in loc for loc in located), f"{cid}: locations {located}, want {place}"


# --------------------------------------------------------------------------- the suite itself


def test_suite_covers_every_type_and_modality() -> None:
    values = [_values(p) for p in CASES]
    ids = [v[0] for v in values]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert len(values) >= 170
    per_type = Counter(w["type"] for v in values for w in {w["type"]: w for w in v[3]}.values())
    assert all(per_type[t] >= 6 for t in PLOVER), per_type
    flags = Counter(f for v in values for w in v[3] for f in ("negated", "hypothetical", "historical")
                    if w.get(f))
    assert all(flags[f] >= 5 for f in ("negated", "hypothetical", "historical")), flags
    assert sum(1 for v in values if not v[3] and v[4]) >= 20  # figurative and missing participants


@pytest.mark.parametrize(("text", "date", "historical"), [
    ("China and Russia renewed the 2001 treaty on Monday.", "2021-06-28", False),
    ("The 1945 victory was celebrated jointly by Russia and China on Monday.", "2021-06-28", False),
    ("China and Russia signed their treaty of friendship in 2001.", "2001", True),
])
def test_a_year_describing_a_thing_does_not_date_the_event(text, date, historical):
    from accord import analyze_text

    events = [e for e in analyze_text(text, published="2021-06-30").events if not e.negated]
    assert events, text
    assert (events[0].date, events[0].historical) == (date, historical)


# --------------------------------------------------------------------------- the pattern file


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], lemmas: list[str]) -> Any:
    """A sentence with the parse given, as the model sometimes returns it."""
    from spacy.tokens import Doc

    from accord.stages.nlp import load_model

    return Doc(load_model().vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


def test_a_past_clause_hung_on_a_threat_is_no_intention() -> None:
    # "Chad threatened to bomb towns where 30 people were killed", with "killed" misparsed
    # as the threat's complement: what was done is no aim.
    doc = _parsed(["Chad", "threatened", "to", "bomb", "towns", "where", "30", "people", "were", "killed"],
                  [1, 1, 3, 1, 3, 9, 7, 9, 9, 1],
                  ["nsubj", "ROOT", "aux", "xcomp", "dobj", "advmod", "nummod", "nsubjpass", "auxpass", "ccomp"],
                  ["NNP", "VBD", "TO", "VB", "NNS", "WRB", "CD", "NNS", "VBD", "VBN"],
                  ["Chad", "threaten", "to", "bomb", "town", "where", "30", "people", "be", "kill"])
    assert _modality(doc[9]) == (False, "actual")
    assert _modality(doc[3]) == (False, "intent")  # the threatened bombing is not done


def test_shipped_patterns_load() -> None:
    patterns = load_patterns()
    assert {p.type for ps in patterns.values() for p in ps} == set(PLOVER)


@pytest.mark.parametrize(("row", "problem"), [
    ("attack\tASSAULT\t\t190\tyes\t", r":2: pos 'ASSAULT' is not VERB, NOUN or ADJ \(is a tab missing\?\)"),
    ("attack\tVERB\tFIGHT\t\t190\tyes\t", r":2: type 'FIGHT' is not a PLOVER event type"),
    ("attack\tVERB\tASSAULT\t\t999\tyes\t", r":2: CAMEO code '999' is not in cameo.tsv"),
    ("attack\tVERB\tASSAULT\t\t190\tmaybe\t", r":2: needs_target 'maybe' is not one of"),
    ("attack\tVERB\tASSAULT\tAir Strike\t190\tyes\t", r":2: mode 'Air Strike' is not empty or lower-case words"),
    ("attack\tVERB\tASSAULT\t\t190\tyes\tnote\textra", r":2: more cells than the header has columns"),
    ("attack +troops\tNOUN\tASSAULT\t\t190\tyes\t", r":2: trigger 'attack \+troops': only a VERB pattern"),
])
def test_a_malformed_pattern_row_names_its_line(tmp_path: Path, row: str, problem: str) -> None:
    header = "trigger\tpos\ttype\tmode\tcameo\tneeds_target\tnote\n"
    assert_table_refused(tmp_path / "event_patterns.tsv", header + row + "\n", load_patterns, problem)


# --------------------------------------------------------------------------- any word salad


_WORDS = ["China", "Russia", "the", "police", "rebels", "attacked", "met", "talks", "in", "with",
          "Paris", "protest", "riots", "of", "and", "said", "will", "not", "to", "sanctions", "on",
          "a", "strike", "by", "Iranian", "troops", "withdrew", "from", "agreed", "demanded", "that",
          "killed", "three", "people", "Monday", ",", ".", "\"", "it", "they", "aid", "sent", "up"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25))
@example(["three", "people", "in", "riots", "in", "Paris", "."])  # no verb to climb to
@example(["talks", "with", "Russia", "in", "Paris", "on", "Monday"])
def test_any_word_sequence_codes_without_error(words: list[str]) -> None:
    """Headlines without verbs, broken parses, stray quotes: the coder ends, and what it
    codes points into the text."""
    text = " ".join(words)
    try:
        doc = analyze_text(text, published="2023-05-10")
    except NoArticleError:
        return  # "to" alone is no article: the clean stage says so, as it should
    for e in doc.events:
        assert doc.text[e.start:e.end] == e.sentence
        assert e.type in PLOVER


# --------------------------------------------------------------------------- one event per happening

def test_one_event_per_happening_keeps_each_mention():
    """The lead and a later paragraph tell of one expulsion: one event, two mentions; an act
    of the same kind elsewhere is another event."""
    text = ("KIGALI, June 3 (Example Wire) -- Rwanda expelled two Burundian diplomats on Monday, the "
            "foreign ministry said.\n\nThe ministry gave no reason for the decision.\n\n"
            "Rwanda expelled the two Burundian diplomats on Monday after a dispute over a border "
            "post, officials said.\n\nOn Friday police arrested ten traders in Rubavu.")
    doc = analyze_text(text, published="2023-06-03")
    expulsions = [e for e in doc.events if e.type == "SANCTION"]
    assert len(expulsions) == 1
    mentions = expulsions[0].mentions
    assert [doc.text[m.start:m.end] for m in mentions] == [m.sentence for m in mentions]
    assert len(mentions) == 2 and mentions[0].start == expulsions[0].start < mentions[1].start
    assert all(len(e.mentions) >= 1 for e in doc.events)


def test_an_arrest_in_the_passive_in_a_story_of_no_country_is_by_police_of_no_known_country():
    # Nothing in the text says where this is: the arrest is still the police's, and no
    # country is made up for it.
    doc = analyze_text("three youths were arrested near the old market on tuesday evening, "
                       "the duty officer said, and the stolen phones were recovered from them.",
                       published="2024-05-08")
    arrests = [e for e in doc.events if e.type == "COERCE"]
    assert arrests, [(e.type, e.rule) for e in doc.events]
    source = arrests[0].source if isinstance(arrests[0].source, list) else [arrests[0].source]
    assert [(p.actor.id, p.actor.country) for p in source] == [("UNK:COP", None)]


def test_an_arrest_expected_in_the_passive_is_no_event_by_an_unnamed_police():
    doc = analyze_text("more youths may be arrested near the old market in the coming days, "
                       "the duty officer said, once the phones are traced.", published="2024-05-08")
    assert not [e for e in doc.events if e.type == "COERCE" and not e.hypothetical]
