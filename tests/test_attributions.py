"""Attributions of every kind: direct, mixed and indirect; speech, beliefs, plans,
perceptions, findings, questions, judgements; sources named, nominal, pronominal,
relative and unnamed; split and nested quotes. All sentences are written for these tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from accord.pipeline import analyze_text

_CACHE: dict[str, object] = {}


def analysed(text: str):
    if text not in _CACHE:
        _CACHE[text] = analyze_text(text, published="2024-05-06")
    return _CACHE[text]


def speaker_name(quote) -> str | None:
    if quote.speaker is None:
        return None
    return quote.speaker.actor.name if quote.speaker.actor else quote.speaker.text


def the_quote(text: str, phrase: str):
    doc = analysed(text)
    found = [q for q in doc.quotes if phrase.lower() in q.text.lower()]
    assert found, f"no attribution holds {phrase!r}: {[(q.kind, q.text) for q in doc.quotes]}"
    return found[0]


# (text, a phrase of the content, kind, the speaker as resolved: a name, or the source's words)
DIRECT = [
    ('"The harbour will reopen on Monday," Port Director Ilse Brandt said.', "harbour will reopen", "Ilse Brandt"),
    ('"We have counted every ballot twice," said election chief Mateo Ruiz.', "counted every ballot", "Mateo Ruiz"),
    ('Finance Minister Odile Marchand told reporters: "The deficit will fall below three percent."',
     "deficit will fall", "Odile Marchand"),
    ('\u201cNobody in this chamber wants a shutdown,\u201d Senator Paul Okonkwo said on Tuesday.',
     "Nobody in this chamber", "Paul Okonkwo"),
    ('Governor Hana Sato toured the flooded district. "We will rebuild every house," she said.',
     "rebuild every house", "Hana Sato"),
    ('"The vaccine is safe," the health ministry said in a statement.', "vaccine is safe", "health ministry"),
    ('"Our members will not return to work," said a spokeswoman for the nurses\u2019 union.',
     "will not return to work", "spokeswoman"),
    ('"This is not over," the coach, Dario Ferri, told the club\u2019s website.', "This is not over", "Dario Ferri"),
]

SPLIT = [
    ('"We offered a fair deal," Mayor Lukas Berger said, "and they walked away from the table."',
     ["offered a fair deal", "walked away from the table"], "Lukas Berger"),
    ('"The roads are closed," police chief Amara Nwosu said. "Stay at home until the storm passes."',
     ["roads are closed", "Stay at home"], "Amara Nwosu"),
    ('\u201cI have served this city for twenty years,\u201d Councillor Rita Gomez said, \u201cand I am not '
     'finished yet.\u201d', ["served this city", "not finished yet"], "Rita Gomez"),
]

MIXED = [
    ('Senator Ellen Voss said the bill was "dead on arrival" and would never reach the floor.',
     "dead on arrival", "Ellen Voss"),
    ('The prime minister said that "no option is off the table" in the talks.', "no option is off the table",
     "prime minister"),
    ('Defence Secretary Karl Lind said the army would "respond with force" if the border was crossed.',
     "respond with force", "Karl Lind"),
    ('Opposition leader Nadia Haddad called the budget "a gift to the rich."', "a gift to the rich",
     "Nadia Haddad"),
    ('Mayor Jonas Ek said the new stadium would "pay for itself within ten years," but gave no figures.',
     "pay for itself", "Jonas Ek"),
    ('The central bank said inflation was "firmly under control" after the March figures.',
     "firmly under control", "central bank"),
    ('Trade Minister Sofia Lindqvist vowed to defend the steel industry "with every tool we have."',
     "with every tool we have", "Sofia Lindqvist"),
    ('Governor Tomas Reyes said that "the state will cover every family\u2019s losses."',
     "the state will cover", "Tomas Reyes"),
]

INDIRECT = [
    ("Foreign Minister Lena Holm said her government would reopen its embassy in the spring.",
     "would reopen its embassy", "Lena Holm"),
    ("The ministry announced that fuel prices would rise by five percent from July.",
     "fuel prices would rise", "ministry"),
    ("Police Chief Omar Farouk warned that more protests were planned for the weekend.",
     "more protests were planned", "Omar Farouk"),
    ("Senator Maria Costa told reporters that the vote would be delayed until next week.",
     "the vote would be delayed", "Maria Costa"),
    ("The company claimed the outage had been caused by a cyberattack.", "caused by a cyberattack", "company"),
    ("According to the World Health Organization, the outbreak has reached four provinces.",
     "the outbreak has reached four provinces", "World Health Organization"),
    ("The storm destroyed more than 300 homes, according to the Red Cross.", "destroyed more than 300 homes",
     "Red Cross"),
]

BELIEFS_AND_PLANS = [
    ("Economist Priya Raman believes the recession will end before the election.",
     "the recession will end", "Priya Raman"),
    ("Most analysts think the central bank will cut rates in June.", "will cut rates", "analysts"),
    ("President Alain Dufort argued that the treaty protected both countries.", "the treaty protected",
     "Alain Dufort"),
    ("Governor Keiko Tanaka doubts that the federal money will arrive this year.",
     "the federal money will arrive", "Keiko Tanaka"),
    ("Labour leader Sam Whitfield fears the plant will close before Christmas.", "the plant will close",
     "Sam Whitfield"),
    ("Mayor Lina Park plans to raise the city\u2019s minimum wage next year.", "to raise the city",
     "Lina Park"),
    ("The airline intends to cut 2,000 jobs by the end of the year.", "to cut 2,000 jobs", "airline"),
    ("Senator Hugo Brandt wants to hold hearings on the contract in January.", "to hold hearings", "Hugo Brandt"),
    ("The opposition hopes to win back the capital in the autumn vote.", "to win back the capital", "opposition"),
    ("President Ines Carvalho is seeking to renegotiate the gas deal with her neighbours.",
     "to renegotiate the gas deal", "Ines Carvalho"),
    ("Minister Felix Adeyemi refused to sign the agreement without changes.", "to sign the agreement",
     "Felix Adeyemi"),
]

FINDINGS_AND_PERCEPTIONS = [
    ("An audit by the national accounts office found that the ministry had overspent by $40 million.",
     "the ministry had overspent", "audit"),
    ("A survey by the farmers\u2019 association showed that most growers expect a poor harvest.",
     "most growers expect a poor harvest", "survey"),
    ("The court ruled that the election law was unconstitutional.", "the election law was unconstitutional",
     "court"),
    ("The report concluded that the bridge had not been inspected for a decade.",
     "the bridge had not been inspected", "report"),
    ("Inspector Maya Lund noticed that the seals on the containers had been broken.",
     "the seals on the containers", "Maya Lund"),
    ("Residents learned that the factory would close in March.", "the factory would close", "Residents"),
    ("Investigators discovered that the fire had started in the kitchen.", "the fire had started",
     "Investigators"),
]

QUESTIONS_DENIALS_JUDGEMENTS = [
    ("Reporters asked whether the minister would resign over the scandal.", "the minister would resign",
     "Reporters"),
    ("The mayor denied that the city had hidden the test results.", "the city had hidden the test results",
     "mayor"),
    ("Senator Dana Whitlock criticised the new tax as unfair to small farmers.", "the new tax as unfair",
     "Dana Whitlock"),
    ("Governor Ruth Adler praised the volunteers for their work during the floods.", "the volunteers",
     "Ruth Adler"),
    ("Teachers rejected the government\u2019s final offer on pensions.", "final offer on pensions", "Teachers"),
    ("President Omar Diallo thanked Japan for its support after the earthquake.", "Japan for its support",
     "Omar Diallo"),
    ("Former minister Carla Benz talked about her years in the cabinet.", "her years in the cabinet",
     "Carla Benz"),
]

SOURCES = [
    ("Officials familiar with the talks said a deal could be signed within days.",
     "a deal could be signed", "Officials"),
    ("Sources close to the palace said the king would not attend the summit.", "the king would not attend",
     "Sources"),
    ("Aides say the senator will announce her candidacy in May.", "will announce her candidacy", "Aides"),
    ("Ambassador Ruth Okafor arrived in Geneva on Monday. She said the ceasefire was holding.",
     "the ceasefire was holding", "Ruth Okafor"),
    ("Prime Minister Jan Kowalski met the unions. He told them the reform would go ahead.",
     "the reform would go ahead", "Jan Kowalski"),
    ("Governor Irene Fisher, who said the state could not afford the plan, voted against it.",
     "the state could not afford the plan", "Irene Fisher"),
    ("The two ministers, who said they had agreed on a timetable, left without taking questions.",
     "they had agreed on a timetable", "ministers"),
    ("A State Department spokesman said the embassy would stay open.", "the embassy would stay open",
     "spokesman"),
]


def _check(text: str, phrase: str, kind: str, speaker: str) -> None:
    quote = the_quote(text, phrase)
    assert quote.kind == kind, (quote.kind, quote.text)
    assert quote.direct == (kind == "direct")
    name = speaker_name(quote) or ""
    assert speaker.lower() in name.lower() or speaker.lower() in quote.speaker.text.lower(), (name, quote)


@pytest.mark.parametrize(("text", "phrase", "speaker"), DIRECT)
def test_direct_quotes(text, phrase, speaker):
    _check(text, phrase, "direct", speaker)


@pytest.mark.parametrize(("text", "phrases", "speaker"), SPLIT)
def test_a_split_quote_is_one_attribution_with_its_pieces(text, phrases, speaker):
    quote = the_quote(text, phrases[0])
    assert quote.kind == "direct"
    assert len(quote.spans) == len(phrases)
    for (start, end), phrase in zip(quote.spans, phrases):
        assert phrase in analysed(text).text[start:end]
    assert quote.text == " ".join(analysed(text).text[s:e] for s, e in quote.spans)
    assert speaker in speaker_name(quote)
    assert len([q for q in analysed(text).quotes if q.kind == "direct"]) == 1


@pytest.mark.parametrize(("text", "phrase", "speaker"), MIXED)
def test_mixed_quotes(text, phrase, speaker):
    _check(text, phrase, "mixed", speaker)
    # the quoted words are part of the paraphrase, not a direct quote of their own
    assert not [q for q in analysed(text).quotes if q.kind == "direct"]


@pytest.mark.parametrize(("text", "phrase", "speaker"), [
    *INDIRECT, *BELIEFS_AND_PLANS, *FINDINGS_AND_PERCEPTIONS, *QUESTIONS_DENIALS_JUDGEMENTS, *SOURCES])
def test_reported_attributions(text, phrase, speaker):
    """Speech, beliefs, plans, findings, perceptions, questions, denials and judgements,
    from named, nominal, pronoun, relative and unnamed sources."""
    _check(text, phrase, "indirect", speaker)


NOT_ATTRIBUTIONS = [
    'The government\u2019s so-called "reform" of the courts took effect on Monday.',
    'She has read "The Long Winter" three times.',
    'The vote was a "disaster", by any measure.',
    "The storm hit the coast on Friday and damaged the port.",
    "The minister did not say when the talks would resume.",
    'Residents of the district, known locally as "the Flats", were moved to a school.',
    "The bill supports farmers who lose their crops to floods.",
    "Prices rose by four percent in March, the highest rise in a decade.",
]


@pytest.mark.parametrize("text", NOT_ATTRIBUTIONS)
def test_what_is_not_an_attribution(text):
    assert not analysed(text).quotes, [(q.kind, q.text) for q in analysed(text).quotes]


def test_nested_speech_is_kept_to_its_outermost_attribution():
    doc = analysed("According to the mayor, engineers say the dam will hold through the spring.")
    [quote] = doc.quotes
    assert quote.cue == "according to" and "engineers say the dam will hold" in quote.text
    assert "mayor" in quote.speaker.text.lower()


def test_a_quotation_nobody_says_is_dropped():
    doc = analysed('The headline read like a slogan. "Build the bridge now, build it fast, build it right."')
    assert not doc.quotes


def test_a_cue_after_the_sentence_break():
    doc = analysed('Minister Aiko Mori spoke at length. "We are ready. We have always been ready!" she wrote.')
    quote = the_quote(doc.text, "We are ready")
    assert speaker_name(quote) == "Aiko Mori" and quote.kind == "direct"


def test_the_attribution_cue_table_is_valid():
    """``data/attribution_cues.tsv``: one row a lemma, a known kind, known complements."""
    import csv

    from accord.stages.quotes import DATA_DIR, load_attribution_cues

    kinds = {"statement", "belief", "plan", "perception", "finding", "question", "naming", "judgement", "denial"}
    frames = {"clause", "infinitive", "object", "about", "object-predicate"}
    with (DATA_DIR / "attribution_cues.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert rows and list(rows[0]) == ["lemma", "kind", "content", "source"]
    lemmas = [row["lemma"] for row in rows]
    assert len(lemmas) == len(set(lemmas)), "a lemma is listed twice"
    for row in rows:
        assert row["lemma"] == row["lemma"].strip().lower() and row["lemma"].isalpha(), row
        assert row["kind"] in kinds, row
        assert set(row["content"].split("|")) <= frames, row
        assert row["source"].strip(), row
    assert len(load_attribution_cues()) == len(rows)


def test_a_cue_inside_the_clause_it_reports_leaves_two_pieces():
    doc = analysed("Governor Ada Nwosu spoke to farmers. The new dam, she says, will be finished by May.")
    quote = the_quote(doc.text, "will be finished")
    assert [doc.text[s:e] for s, e in quote.spans] == ["The new dam", "will be finished by May"]
    assert quote.text == "The new dam will be finished by May" and speaker_name(quote) == "Ada Nwosu"


def test_a_lead_in_that_a_colon_runs_into_a_quotation_is_mixed():
    doc = analysed('Commissioner Pia Holm said the message to the banks was clear: "Pay the fines or lose '
                   'your licence."')
    [quote] = doc.quotes
    assert quote.kind == "mixed" and "the message to the banks was clear" in quote.text
    assert "lose your licence" in quote.text


def test_a_name_before_a_colon_is_the_speaker():
    doc = analysed('Pollsters disagreed about the swing.\n\nMara Quint: "Turnout, not persuasion, '
                   'decided this race."')
    assert speaker_name(the_quote(doc.text, "Turnout, not persuasion")) == "Mara Quint"


def test_a_that_clause_hung_on_a_word_after_the_cue():
    doc = analysed("The office of Mayor Ines Roth said in a statement that the curfew would end on Sunday.")
    assert "the curfew would end" in the_quote(doc.text, "curfew would end").text


def test_a_transcript_line_is_its_speakers():
    doc = analysed("Budget interview\n\nSenator Ana Reyes spoke to the programme on Sunday about the budget.\n\n"
                   "MODERATOR: Senator, will you vote for the budget this week?\n\n"
                   "Ana Reyes: Not in its present form, and my colleagues know that.\n\n"
                   "Note: the transcript was edited for length.")
    assert the_quote(doc.text, "the budget").text == "the budget"  # what she spoke about, not to whom
    lines = {q.speaker.text: q for q in doc.quotes if q.cue == ":"}
    assert set(lines) == {"MODERATOR", "Ana Reyes"}
    assert lines["Ana Reyes"].speaker.actor.name == "Ana Reyes"
    assert lines["Ana Reyes"].text == "Not in its present form, and my colleagues know that."
    assert lines["MODERATOR"].speaker.actor is None  # a role in capitals, unresolved


def test_what_an_object_names_ends_before_a_relative_clause_but_keeps_a_list():
    doc = analysed("Senator Lee Park criticized the new levy, which takes effect in May. "
                   "Governor Ines Moro cited low growth, high prices and weak wages.")
    assert the_quote(doc.text, "the new levy").text == "the new levy"
    assert the_quote(doc.text, "low growth").text == "low growth, high prices and weak wages"


def test_a_reporters_question_in_a_briefing_is_not_the_outlets_statement():
    doc = analysed("Regular press conference, 3 June\n\nAFP: The coast guard of Vietnam said on Monday that a "
                   "patrol boat was rammed near the reef. What is your comment?\n\n"
                   "Spokesperson: We have seen the reports and we urge restraint by all sides.")
    assert not [q for q in doc.quotes if q.speaker is not None and q.speaker.text == "AFP"]


def test_a_quotation_opening_without_a_space_after_its_cue():
    doc = analysed("Mayor Ian Holt spoke to reporters.\n\nHolt said,\u201cLook, the budget has no room for "
                   "a new stadium this year.\u201d")
    assert speaker_name(the_quote(doc.text, "no room for a new stadium")) == "Ian Holt"


def test_a_word_of_the_quote_parsed_as_subject_is_not_the_speaker():
    doc = analysed("\u201cVery good reporter, very good reporter this guy,\u201d Senator Ann Cole, the committee "
                   "chair, said of the journalist.")
    assert speaker_name(the_quote(doc.text, "Very good reporter")) == "Ann Cole"


def test_a_lead_in_running_into_a_quotation_is_one_attribution():
    doc = analysed('Minister Rui Costa spoke in Lisbon. He said the country would wait "because the banks have '
                   'limits.... It is a political question for us."')
    [quote] = doc.quotes
    assert quote.kind == "mixed" and quote.text.endswith("a political question for us.")


def test_title_cased_quotations_are_titles():
    doc = analysed('Senator Kim Hale appeared on "Morning Edition Weekend" and spoke about the budget.')
    assert not [q for q in doc.quotes if q.kind == "direct"]


# --- the written set: tests/fixtures/attributions.jsonl ---------------------------------
# 90 passages written for accord by a writer who saw no code, each with every attribution
# annotated (kind, source, cue, content pieces, the speaker it names). At first sight,
# before any change for them, accord found 0.882 of the 85 attributions, 0.847 with the
# right kind and speaker, and 0.938 of its attributions were in the gold.

FIXTURE = Path(__file__).parent / "fixtures" / "attributions.jsonl"
WRITTEN_FLOORS = {"found": 0.91, "kind_and_speaker": 0.88, "precision": 0.93}


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _speaker_matches(quote, gold: dict, text: str) -> bool:
    """The speaker shares the family name of the one the gold names, or its span is the
    gold source's (an unnamed or nominal source: "officials", "the audit")."""
    if quote.speaker is None:
        return False
    family = re.findall(r"[\w'\u2019-]+", gold["speaker"].lower())[-1]
    names = [quote.speaker.text] + ([quote.speaker.actor.name] if quote.speaker.actor else [])
    if any(family in re.findall(r"[\w'\u2019-]+", n.lower()) for n in names):
        return True
    at = text.find(gold["source"])
    return at >= 0 and quote.speaker.start < at + len(gold["source"]) and at < quote.speaker.end


def test_the_written_attribution_set_stays_above_its_floors():
    found = right = predicted = 0
    gold_total = 0
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        doc = analysed(item["text"])
        predicted += len(doc.quotes)
        used: set[int] = set()
        for gold in item["attributions"]:
            gold_total += 1
            pieces = [(doc.text.find(p), doc.text.find(p) + len(p)) for p in gold["content"]]
            length = sum(e - s for s, e in pieces)
            scored = [(_overlap(pieces, q.spans), i) for i, q in enumerate(doc.quotes) if i not in used]
            scored = [(o, i) for o, i in scored
                      if o and o >= 0.5 * max(length, sum(e - s for s, e in doc.quotes[i].spans))]
            if not scored:
                continue
            _, best = max(scored)
            used.add(best)
            found += 1
            quote = doc.quotes[best]
            right += quote.kind == gold["kind"] and _speaker_matches(quote, gold, doc.text)
    figures = {"found": found / gold_total, "kind_and_speaker": right / gold_total, "precision": found / predicted}
    assert all(figures[k] >= floor for k, floor in WRITTEN_FLOORS.items()), figures


def test_the_written_attribution_set_is_well_formed():
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        for gold in item["attributions"]:
            assert gold["kind"] in ("direct", "mixed", "indirect"), item["id"]
            for piece in (gold["source"], gold["cue"], *gold["content"]):
                assert item["text"].count(piece) == 1, (item["id"], piece)
