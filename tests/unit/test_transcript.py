import pytest

from assistant.errors import InputError
from assistant.skills.transcript import decode, parse, speakers, split_lines


def test_plain_bracketed_and_timestamped_speakers() -> None:
    text = (
        "Alice: hello there\n"
        "[Bob]: hi\n"
        "[00:01:02] Carol: morning\n"
        "00:01:05 Dan: yo\n"
        "Eve (00:12): hey\n"
        "[10:02] [Mom]: ok\n"
    )
    turns = parse(text)
    assert [(t.line, t.speaker, t.text) for t in turns] == [
        (1, "Alice", "hello there"),
        (2, "Bob", "hi"),
        (3, "Carol", "morning"),
        (4, "Dan", "yo"),
        (5, "Eve", "hey"),
        (6, "Mom", "ok"),
    ]


def test_line_numbers_follow_the_input_with_crlf_and_cr() -> None:
    text = "Al: one\r\n\r\nBo: two\rCy: three\n"
    turns = parse(text)
    assert [(t.line, t.speaker) for t in turns] == [(1, "Al"), (3, "Bo"), (4, "Cy")]
    assert turns[0].raw == "Al: one"


def test_form_feed_and_line_separator_do_not_shift_lines() -> None:
    text = "A: one\x0c still one\nB: two\u2028 still two\nC: three"
    assert len(split_lines(text)) == 3
    assert parse(text)[2].line == 3


def test_webvtt_voices_and_cue_timings_skipped() -> None:
    text = (
        "WEBVTT\n\nNOTE recorded by Zoom\nsecond note line\n\n1\n00:00:01.000 --> 00:00:02.000\n"
        "<v Sarah Kim>I'll send it.</v>\n\n00:00:03.000 --> 00:00:04.000\nDan: ok\n"
    )
    turns = parse(text)
    assert [(t.line, t.speaker, t.text) for t in turns] == [
        (8, "Sarah Kim", "I'll send it."),
        (11, "Dan", "ok"),
    ]


def test_srt_and_otter_headers() -> None:
    srt = "1\n00:00:00,000 --> 00:00:04,000\nPriya: How are you?\n\n2\n00:00:04,500 --> 00:00:09,000\nBen: Good.\n"
    assert [(t.line, t.speaker) for t in parse(srt)] == [(3, "Priya"), (7, "Ben")]
    otter = "Speaker 1  0:00\nhello all\nmore words\n\nSpeaker 2  0:12\nright\n"
    assert [(t.line, t.speaker, t.text) for t in parse(otter)] == [
        (2, "Speaker 1", "hello all"),
        (3, "Speaker 1", "more words"),
        (6, "Speaker 2", "right"),
    ]


def test_markdown_bold_speakers_bullets_and_sections() -> None:
    text = "# Kick-off\n\n**Elena:** Welcome!\n\n## Action items\n\n- Hiro: set up staging\n"
    turns = parse(text)
    assert [(t.line, t.speaker, t.text, t.section) for t in turns] == [
        (3, "Elena", "Welcome!", "Kick-off"),
        (7, "Hiro", "set up staging", "Action items"),
    ]


def test_labels_are_not_speakers_and_roles_give_the_name() -> None:
    turns = parse("Chair (Helen): Let's begin.\nNote: the room is booked\nAction: Sam to fix it\n")
    assert [t.speaker for t in turns] == ["Helen", "Helen", "Helen"]
    assert turns[1].text == "Note: the room is booked"


def test_unicode_names_and_scripts() -> None:
    turns = parse("José Álvarez: ¡Hola!\nChen Wei: 谢谢\nZoë Müller: مرحبا 👍\n")
    assert speakers(turns) == ["José Álvarez", "Chen Wei", "Zoë Müller"]
    assert turns[2].text == "مرحبا 👍"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"caf\xe9 au lait", "not UTF-8"),
    ],
)
def test_bad_input_is_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data)


def test_bom_and_utf16_are_read() -> None:
    assert decode("\ufeffA: hi".encode()) == "A: hi"
    assert decode("A: hi".encode("utf-16")) == "A: hi"


def test_single_letter_speakers_as_in_meeting_corpora() -> None:
    turns = parse("A: so we need to decide\nB: i'll look into it\nC: okay\n")
    assert [t.speaker for t in turns] == ["A", "B", "C"]
    qa = parse("Q: what is it?\nA: a test\n")
    assert [t.speaker for t in qa] == [None, None]  # a Q&A list, not two people


def test_disfluencies_are_cleaned_from_tasks() -> None:
    from assistant.skills.cues import phrase_task

    assert (
        phrase_task("uh look into the the cost of um the rubber buttons")
        == "Look into the cost of the rubber buttons"
    )


def test_label_lines_start_sections() -> None:
    text = "Ann: thanks all\nAction items:\n- Bo: send the deck\n- Cy to book the room\nDecisions:\n- We ship Friday\n"
    turns = parse(text)
    assert [(t.line, t.section) for t in turns] == [
        (1, ""),
        (3, "Action items"),
        (4, "Action items"),
        (6, "Decisions"),
    ]


def test_scribed_topic_lines_start_sections() -> None:
    # W3C scribes and many minutes open a topic with "Topic: …" (not a speaker called Topic).
    text = "Topic: Release schedule\nAnn: we ship Friday\nsubtopic: docs\nBo: I will review them\n"
    assert [(t.line, t.speaker, t.section) for t in parse(text)] == [
        (2, "Ann", "Release schedule"),
        (4, "Bo", "docs"),
    ]


def test_a_chairs_proposal_line_is_no_ones_words() -> None:
    # Scribed minutes record "PROPOSAL: …" and "RESOLVED: …" without a nick.
    text = "manu: the section is fine\nPROPOSAL: Adopt the Stakeholders section\nRESOLVED: Adopt it\nbo: +1\n"
    assert [(t.speaker, t.text) for t in parse(text)] == [
        ("manu", "the section is fine"),
        (None, "PROPOSAL: Adopt the Stakeholders section"),
        (None, "RESOLVED: Adopt it"),
        ("bo", "+1"),
    ]


def test_lowercase_irc_nicks_with_dashes_are_speakers() -> None:
    # IRC minutes write nicks as typed: lower case, joined by "-" or "_".
    text = "manu-sporny: we publish on Tuesday\nm4nu: +1 to that\nmike_lodder: I will review\ne-mail: a@b.example\n"
    turns = parse(text)
    assert [(t.speaker, t.text) for t in turns] == [
        ("manu-sporny", "we publish on Tuesday"),
        ("m4nu", "+1 to that"),
        ("mike_lodder", "I will review"),
        ("mike_lodder", "e-mail: a@b.example"),  # a label, not a nick
    ]


def test_names_with_lower_case_particles_are_speakers() -> None:
    turns = parse("Ansgar Dietrichs: hello\nMarius van der Wijden: the repricing\nvan der: not a name\n")
    assert [t.speaker for t in turns] == [
        "Ansgar Dietrichs",
        "Marius van der Wijden",
        "Marius van der Wijden",
    ]
    assert turns[2].text == "van der: not a name"


IRC_LOG = """[16:01:00] <lightningbot> Meeting started Mon Jan 21 20:00:32 2019 UTC.
[16:01:10] -!- cdecker [~c@host] has joined #lightning-dev
[16:02:11] <rusty> #topic PR 123 review
[16:02:30] <cdecker> I'll review PR 123 by Friday
16:04 <niftynei> roasbeef: can you write up the proposal on the mailing list?
16:04:12 <roasbeef> sure, will do
2019-01-21 20:06 <@ariard> we need to fix the fuzz tests before release
20:07 <BlueMatt> #action BlueMatt to open an issue about the fee floor
20:07 <BlueMatt> #agreed merge 123 after review
20:08 * rusty waves
"""


def test_irc_log_lines_name_their_speaker_and_meetbot_commands_read_as_notes() -> None:
    turns = parse(IRC_LOG)
    got = [(t.line, t.speaker, t.text) for t in turns]
    assert got == [
        (4, "cdecker", "I'll review PR 123 by Friday"),
        (5, "niftynei", "roasbeef, can you write up the proposal on the mailing list?"),
        (6, "roasbeef", "sure, will do"),
        (7, "ariard", "we need to fix the fuzz tests before release"),
        (8, "BlueMatt", "Action item: BlueMatt to open an issue about the fee floor"),
        (9, "BlueMatt", "Agreed: merge 123 after review"),
        (10, "rusty", "rusty waves"),
    ]
    assert {t.section for t in turns} == {"PR 123 review"}
    assert all(t.raw == split_lines(IRC_LOG)[t.line - 1] for t in turns)  # quotes stay verbatim
    # An HTML tag or a Markdown list is not a chat line.
    assert [t.speaker for t in parse("Ann: <b>ship</b> it\n* buy milk\n")] == ["Ann", "Ann"]
    markup = "<b>Ann</b>: I'll send it\n<p>Bo: hello</p>\n<br> Cy: hi\n<c.yellow>Di: ok</c>\n"
    assert [(t.speaker, t.text) for t in parse(markup)] == [
        ("Ann", "I'll send it"),
        ("Bo", "hello"),
        ("Cy", "hi"),
        ("Di", "ok"),
    ]
    # An arrow in notes is a note; only a join, part or quit is an event.
    notes = "Ann: hi\n--> Bob to send the report\n-!- bob has joined #x\n*** carol quit (Ping timeout)\n"
    assert [t.text for t in parse(notes)] == ["hi", "--> Bob to send the report"]
    # irssi's own marks ("--- Log opened …", "--- Day changed …") are events too, not said.
    irssi = "--- Log opened Tue Nov 24 16:00:00 2026\n16:00 <gaba> hi\n--- Day changed Wed Nov 25 2026\n"
    assert [(t.speaker, t.text) for t in parse(irssi)] == [("gaba", "hi")]


def test_irc_log_action_items_have_their_owners() -> None:
    from datetime import date

    from assistant.skills.actions import ActionExtractor

    items = ActionExtractor(None).extract(IRC_LOG, date(2019, 1, 21)).action_items
    got = {(i.owner, i.task) for i in items}
    assert ("cdecker", "Review PR 123") in got
    assert ("roasbeef", "Write up the proposal on the mailing list") in got
    assert ("BlueMatt", "Open an issue about the fee floor") in got
    assert all(i.owner != "lightningbot" for i in items)


def test_bracketed_labels_without_a_colon_name_speakers_when_the_document_uses_them() -> None:
    text = "(PERSON2) Okay, so I will send the report.\n(PERSON3) Sure.\n(PERSON2) And [laughs] fine.\n"
    assert [t.speaker for t in parse(text)] == ["PERSON2", "PERSON3", "PERSON2"]
    assert parse(text)[1].text == "Sure."
    # Stage directions are not voices, and one bracketed aside is not a speaker label.
    assert [t.speaker for t in parse("[Music] hello\n[Music] world\n")] == [None, None]
    assert [t.speaker for t in parse("(Ann) I will send it\n")] == [None]
    # Markdown links and ticked boxes open lines with brackets too.
    assert {t.speaker for t in parse("[Agenda](http://x) first\n[Notes](http://y) second\n")} == {None}
    assert {t.speaker for t in parse("[x] Buy milk\n[x] Call mom\n")} == {None}
    # Lower-case labels count where they open many lines, never as an aside in prose.
    assert [t.speaker for t in parse("(manu) I will do it\n(dlongley) ok\n")] == ["manu", "dlongley"]
    prose = "(sic) this is prose\nmore prose\nand more\nand more\n(ok) then\nmore\nmore\n"
    assert {t.speaker for t in parse(prose)} == {None}


def test_a_name_with_its_firm_in_parentheses_is_the_speaker_and_a_role_names_the_person() -> None:
    turns = parse(
        "Daniel Lehrner (Besu): I'll test it.\nJustin Florentine (Besu): Me too.\nChair (Helen): Next.\n"
    )
    assert [t.speaker for t in turns] == ["Daniel Lehrner", "Justin Florentine", "Helen"]


def test_chat_acceptances_addressed_by_nick_or_written_ack_count_as_answers() -> None:
    from datetime import date

    from assistant.skills.actions import ActionExtractor, analyse_units, prepare

    request = "<ann> bob: can you update the fee table docs?\n"
    for reply, answered in (("ann: nice weather", False), ("ann: sure", True), ("ack", True)):
        text = f"{request}<bob> {reply}\n"
        [item] = ActionExtractor(None).extract(text, date(2026, 1, 1)).action_items
        assert (item.owner, item.task) == ("bob", "Update the fee table docs")
        _, speech, names, cands, _ = prepare(text)
        assert ("next_ack" in analyse_units(speech, cands, names)[0].feats) is answered


def test_lower_case_nicks_own_what_is_said_of_them_in_a_chat_log() -> None:
    from datetime import date

    from assistant.skills.actions import ActionExtractor

    log = (
        "<ann> ok so rusty will write the PR for the gossip change\n"
        "<rusty> yep\n"
        "<cdecker> hi\n"
        "<ann> cdecker to review the gossip PR by Friday\n"
        "<bob> ann: nice weather\n"
    )
    got = {(i.owner, i.task) for i in ActionExtractor(None).extract(log, date(2026, 1, 1)).action_items}
    assert got == {("rusty", "Write the PR for the gossip change"), ("cdecker", "Review the gossip PR")}


def test_labels_typed_in_a_chat_keep_their_meaning() -> None:
    from datetime import date

    from assistant.skills.actions import ActionExtractor

    log = "<ann> TODO: bob to fix the CI cache\n<ann> Action: carol to book the room\n<bob> ann: sure\n"
    assert [t.text for t in parse(log)][:2] == [
        "TODO: bob to fix the CI cache",
        "Action: carol to book the room",
    ]
    got = {(i.owner, i.task) for i in ActionExtractor(None).extract(log, date(2026, 1, 1)).action_items}
    assert got == {("bob", "Fix the CI cache"), ("carol", "Book the room")}


def test_a_long_chat_line_keeps_every_word_and_only_meetbot_admin_is_dropped() -> None:
    long = "word " * 3000 + "END"
    log = f"<ann> #startmeeting weekly\n<ann> #bitcoin is up again\n<bob> {long}\n"
    turns = parse(log)
    assert turns[0].text == "#bitcoin is up again"
    assert " ".join(t.text for t in turns[1:]).split() == long.split()
    assert {t.line for t in turns[1:]} == {3} and len(turns) > 2


def test_chat_exports_name_their_speakers_and_their_dates_are_not_said() -> None:
    whatsapp = "12/03/2026, 18:07 - Marco: I'll pick everyone up at 11.\n[12/03/2026, 18:09:12] Lena: ok\n"
    signal = "[2026-03-12 20:10] Karim: I will set up the standing order on Friday\n"
    telegram = "Irina Volkova, [12.03.26 19:01]\nThe book club meets next Thursday\n\nPavel, [12.03.26 19:03]\nWhich book?\n"
    assert [(t.speaker, t.text) for t in parse(whatsapp)] == [
        ("Marco", "I'll pick everyone up at 11."),
        ("Lena", "ok"),
    ]
    assert [(t.speaker, t.text) for t in parse(signal)] == [
        ("Karim", "I will set up the standing order on Friday")
    ]
    assert [(t.line, t.speaker, t.text) for t in parse(telegram)] == [
        (2, "Irina Volkova", "The book club meets next Thursday"),
        (5, "Pavel", "Which book?"),
    ]


def test_zoom_chat_exports_name_their_senders() -> None:
    saved = "10:02:15 From Ann Smith to Everyone:\n\tI will send the slides\n10:03:01 From Bo Chen : Ann, add the page?\n"
    assert [(t.line, t.speaker, t.text) for t in parse(saved)] == [
        (2, "Ann Smith", "I will send the slides"),
        (3, "Bo Chen", "Ann, add the page?"),
    ]
    assert [t.speaker for t in parse("Ann: hi\nFrom now on: we review daily.\n")] == ["Ann", "Ann"]


def test_discord_copies_name_their_speakers() -> None:
    text = "Ann — Today at 9:41 AM\nI will push the hotfix tonight\nBo — 12/03/2026 9:43 AM\n@Ann can you tag it?\n"
    assert [(t.line, t.speaker, t.text) for t in parse(text)] == [
        (2, "Ann", "I will push the hotfix tonight"),
        (4, "Bo", "@Ann can you tag it?"),
    ]


def test_teams_chat_copies_name_their_speakers_and_a_caption_word_is_not_one() -> None:
    text = "[9:41 AM] Ann Smith\nCan you send the deck by Friday?\n[09:42] Bo Chen\nSure, I will send it tomorrow.\n"
    assert [(t.line, t.speaker, t.text) for t in parse(text)] == [
        (2, "Ann Smith", "Can you send the deck by Friday?"),
        (4, "Bo Chen", "Sure, I will send it tomorrow."),
    ]
    captions = "[00:12] Okay\n[00:13] So I will send the deck.\n"
    assert [(t.speaker, t.text) for t in parse(captions)] == [
        (None, "Okay"),
        (None, "So I will send the deck."),
    ]


def test_proceedings_name_the_office_holder_in_parentheses() -> None:
    text = (
        "Mr Speaker: Order. Questions to the Minister.\n"
        "The Minister for Health (Ms Smith): I will table the report by Friday.\n"
        "Deputy Mayor (Ana Ruiz): We will publish the minutes.\n"
        "Ann Smith (Acme): I will send the contract.\n"
    )
    assert [t.speaker for t in parse(text)] == ["Mr Speaker", "Ms Smith", "Ana Ruiz", "Ann Smith"]


def test_stand_up_labels_are_not_speakers() -> None:
    text = (
        "Omar: Yesterday was reviews.\n"
        "Today: finishing the CSV export, then the flaky test.\n"
        "Blocked: the staging database is down.\n"
    )
    assert [t.speaker for t in parse(text)] == ["Omar", "Omar", "Omar"]


def test_a_name_alone_above_a_time_heads_the_speech_below_it() -> None:
    text = (
        "Ann Smith\n00:00:05\nOkay let us begin with the budget.\n\n"
        "Raj Patel\n00:00:12\nI will send the revised budget by Tuesday.\n\n"
        "Ann Smith\n00:00:20\nGreat.\n"
    )
    assert [(t.line, t.speaker, t.text) for t in parse(text)] == [
        (3, "Ann Smith", "Okay let us begin with the budget."),
        (7, "Raj Patel", "I will send the revised budget by Tuesday."),
        (11, "Ann Smith", "Great."),
    ]
    # A single heading above a time is not a speaker.
    assert {t.speaker for t in parse("Weekly Sync\n10:00\nWe start with the budget.\n")} == {None}


def test_caption_cues_that_split_a_sentence_are_one_turn() -> None:
    from assistant.skills.transcript import parse

    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nAnn Lee: so i think we should\n\n"
        "2\n00:00:04.000 --> 00:00:07.000\nAnn Lee: move the launch and bob can you\n\n"
        "3\n00:00:07.000 --> 00:00:09.000\nAnn Lee: update the landing page by thursday.\n\n"
        "4\n00:00:09.500 --> 00:00:11.000\nAnn Lee: Next thing.\n\n"
        "5\n00:00:11.500 --> 00:00:13.000\nBob Ray: yeah i can do that\n"
    )
    turns = parse(text)
    assert [(t.line, t.speaker, t.text) for t in turns] == [
        (
            5,
            "Ann Lee",
            "so i think we should move the launch and bob can you update the landing page by thursday.",
        ),
        (17, "Ann Lee", "Next thing."),  # the sentence before it ended
        (21, "Bob Ray", "yeah i can do that"),
    ]
    assert turns[0].raw.endswith("update the landing page by thursday.")  # the quote is the sentence
    assert turns[0].more_lines == (9, 13)  # what a summary bullet cites
    # Chat lines are messages, each its own turn
    assert len(parse("Ann Lee: so i think we should\nAnn Lee: move the launch\n")) == 2


def test_a_meeting_bot_by_any_nick_is_no_speaker() -> None:
    text = (
        "[15:00] <gmann> #startmeeting qa\n"
        "[15:00] <opendevmeet> Meeting started Tue Dec  1 15:00:12 2026 UTC and is due to finish in 60 "
        "minutes.  The chair is gmann.\n"
        "[15:01] <frickler> o/\n"
        "[15:02] <gmann> the grenade job is failing\n"
        "[15:14] <opendevmeet> Meeting ended Tue Dec  1 15:14:02 2026 UTC.\n"
        "[15:14] <opendevmeet> Minutes:        https://meetings.opendev.org/meetings/qa/2026/qa.txt\n"
    )
    assert speakers(parse(text)) == ["frickler", "gmann"]


def test_a_weechat_log_reads_nick_bar_text_and_zoom_names_with_a_team_stay_whole() -> None:
    text = (
        "16:00:01   --> | smooge (~s@host) has joined #fedora-meeting\n"
        "16:00:12      nirik | is there a bug for the mirror issue?\n"
        "16:00:30      nirik | smooge: can you file one?\n"
        "16:00:40     smooge | sure, will do after the meeting\n"
        "16:00:41          * | nirik waves\n"
    )
    assert [(t.line, t.speaker) for t in parse(text)] == [
        (2, "nirik"),
        (3, "nirik"),
        (4, "smooge"),
        (5, "nirik"),
    ]
    zoom = "milen | Erigon: I noticed a regression.\nnixo | EF: Thanks, can you look at it?\n"
    assert not any(t.speaker in ("milen", "nixo") for t in parse(zoom))  # not read as WeeChat


def test_a_scribed_irc_log_gives_each_line_to_whom_the_scribe_wrote_down() -> None:
    text = (
        "<ivan> scribenick: pchampin\n"
        "<pchampin> Topic: Publication schedule\n"
        "<pchampin> ivan: we need a new CR snapshot. I can prepare the transition request.\n"
        "<pchampin> ... and I will send it to the director\n"
        "<pchampin> dka: who will update the implementation report?\n"
        "<ivan> pchampin: thanks for scribing\n"
    )
    turns = parse(text)
    assert [(t.line, t.speaker, t.section) for t in turns] == [
        (3, "ivan", "Publication schedule"),
        (4, "ivan", "Publication schedule"),
        (5, "dka", "Publication schedule"),
        (6, "ivan", "Publication schedule"),
    ]
    assert turns[1].text == "and I will send it to the director"
    assert turns[3].text.startswith("pchampin, thanks")  # not a scribe: said to pchampin
    # with no scribe, "<fabo> kgrant: can you…" is fabo's, said to kgrant
    plain = parse("<fabo> kgrant: can you file a ticket?\n<kgrant> sure\n")
    assert [(t.speaker, t.text) for t in plain] == [
        ("fabo", "kgrant, can you file a ticket?"),
        ("kgrant", "sure"),
    ]


def test_ubuntus_meetingology_is_a_bot_and_its_banner_no_speech() -> None:
    text = (
        "[16:00] <sil2100> #startmeeting Ubuntu Release Team\n"
        "[16:00] <meetingology> Meeting started at 16:00:41 UTC.  The chair is sil2100.\n"
        "[16:01] <sil2100> hello all\n"
        "[16:02] <utkarsh> done: reviewed the SRU for openssh\n"
    )
    assert speakers(parse(text)) == ["sil2100", "utkarsh"]


def test_an_email_pasted_whole_is_its_senders_and_its_headers_no_speech() -> None:
    text = (
        'From: "Dana Whitfield" <dana@example.org>\n'
        "To: you@example.org\n"
        "Date: Wed, 04 Mar 2026 08:30:00 +0000\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "\n"
        "Please send me your team's forecast spreadsheet before Wednesday.\n"
        "\n"
        "On Tue, 3 Mar 2026, Tomas Novak <tomas@example.org> wrote:\n"
        "> Do we have a date for the review yet?\n"
    )
    turns = parse(text)
    assert [(t.line, t.speaker) for t in turns] == [(6, "Dana Whitfield"), (9, "Tomas Novak")]
    # "From: the team" in meeting notes is no sender line
    assert [t.speaker for t in parse("Ann: From: the team, we ship Friday.\n")] == ["Ann"]
