"""Every frame of data/frames.toml runs its own examples and counter-examples through the parse engine."""

from __future__ import annotations

from datetime import date

import pytest

from graph.articles import parse
from graph.engines import extract_with
from graph.parse import extract_parsed, load_frames

FRAMES = load_frames()
DAY = date(2024, 6, 1)


def example(body: str, day: str = DAY.isoformat()):
    """A made-up article of `body`, dated `day` (YYYY-MM-DD)."""
    return parse(f"title: Example\ndate: {day}\n\n{body}", "example.txt")


def triples(sentence: str, leads: bool = False) -> set[tuple[str, str, str]]:
    """The sentence's claims; `leads` from titles only for a frame of `leads` itself."""
    article = example(sentence)
    return {(c.source, c.relation, c.target) for c in extract_parsed(article).claims
            if leads or c.relation != "leads"}


def _cases():
    for fr in FRAMES.frames:
        for sentence, expected in fr.examples:
            yield pytest.param(fr, sentence, expected, id=f"{fr.id}:+:{sentence[:40]}")


def _counter_cases():
    for fr in FRAMES.frames:
        for sentence in fr.counter:
            yield pytest.param(fr, sentence, id=f"{fr.id}:-:{sentence[:40]}")


def test_every_frame_has_examples_and_counter_examples():
    bare = [fr.id for fr in FRAMES.frames if not fr.examples or not fr.counter]
    assert bare == [], f"frames without examples or counter-examples: {bare}"


def test_every_irregular_form_of_a_frame_verb_passes_the_pre_filter():
    """The pre-filter parses only sentences with a trigger's form: regular inflections are made, irregular ones are
    listed in [words] irregular. Every past form the model's lemmatiser knows for a frame verb must be one or the
    other ("Al-Shabab lost ground to Kenyan troops" was never parsed: "lost" was missing)."""
    from graph.nlp import load_model
    from graph.parse import _forms

    table = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    known = FRAMES.words.get("irregular", frozenset()) | FRAMES.words.get("speech_forms", frozenset())
    verbs = {lemma.split()[-1] for fr in FRAMES.frames if fr.pos == "verb" for lemma in fr.lemmas}
    missing = sorted(form for form, lemmas in table.items() for lemma in lemmas
                     if lemma in verbs and form not in known and form not in _forms(lemma))
    assert missing == [], f"irregular forms of frame verbs missing from [words] irregular: {missing}"


@pytest.mark.parametrize(("frame", "sentence", "expected"), list(_cases()))
def test_frame_example(frame, sentence, expected):
    got = triples(sentence, leads=frame.relation == "leads")
    want = {tuple(e.split("|")) for e in expected}
    assert want, f"{frame.id}: an example must name the edges it gives"
    missing = want - got
    assert not missing, f"{frame.id}: {sentence!r} gave {sorted(got)}, missing {sorted(missing)}"


@pytest.mark.parametrize(("frame", "sentence"), list(_counter_cases()))
def test_frame_counter_example(frame, sentence):
    got = triples(sentence, leads=frame.relation == "leads")
    wrong = {t for t in got if t[1] == frame.relation}
    assert not wrong, f"{frame.id}: counter-example {sentence!r} gave {sorted(wrong)}"


# behaviour of the engine itself, not of one frame: made-up sentences, with the edges they must give and those
# they must not
ENGINE_CASES = [
    # the seventy-fifth session
    ("an_alliance_made_stronger_stands_now_whatever_the_tense",
     "Secretary Lloyd Austin said the talks would strengthen the U.S.-ROK alliance. Prime Minister Fumio Kishida "
     "said Japan will deepen its alliance with Australia. Hezbollah will forge an alliance with the Amal Movement.",
     {("United States", "allied_with", "South Korea"), ("Japan", "allied_with", "Australia")},
     {("Hezbollah", "allied_with", "Amal Movement")}),
    ("a_list_of_aid_kinds_headed_by_a_noun_is_one_aid_of_every_kind",
     "Secretary Antony Blinken reviewed the extensive U.S. security, humanitarian, and economic assistance provided to "
     "Ukraine and the sanctions on Russia. Germany provides military and humanitarian assistance to Moldova. France "
     "sent $300 million in military aid to Armenia. Italy reviewed the Spanish security, humanitarian and economic "
     "assistance provided to Morocco.",
     {("United States", "backs_militarily", "Ukraine"), ("United States", "backs_financially", "Ukraine"),
      ("Germany", "backs_militarily", "Moldova"), ("Germany", "backs_financially", "Moldova"),
      ("France", "backs_militarily", "Armenia"), ("Spain", "backs_militarily", "Morocco"),
      ("Spain", "backs_financially", "Morocco")},
     {("France", "backs_financially", "Armenia")}),
    ("help_including_kinds_of_aid_is_aid_of_those_kinds",
     "President Joe Biden underscored the United States' sustained help for Ukraine, including ongoing deliveries of "
     "security assistance, economic support, and humanitarian aid.",
     {("United States", "backs_militarily", "Ukraine"), ("United States", "backs_financially", "Ukraine")},
     {("United States", "offers_aid", "Ukraine")}),
    ("support_pledged_to_meet_a_states_needs_is_aid_offered_to_it",
     "Secretary Antony Blinken met Foreign Minister Dmytro Kuleba in Warsaw. Blinken pledged continued support to "
     "meet Ukraine's humanitarian, security, and economic needs.",
     {("Antony Blinken", "offers_aid", "Ukraine")}, {("Antony Blinken", "offers_aid", "Dmytro Kuleba")}),
    ("backing_a_states_bid_from_it_or_its_stability_backs_the_state",
     "President Joe Biden strongly supports the applications from Finland and Sweden for membership in NATO. He "
     "emphasized the support of the United States for the stability of Jordan. Russia waged a campaign against the "
     "stability of Moldova.",
     {("Joe Biden", "supports", "Finland"), ("Joe Biden", "supports", "Sweden"),
      ("United States", "supports", "Jordan")}, {("Russia", "attacks", "Moldova")}),
    ("a_killing_raised_is_a_matter_brought_up_not_done",
     "Secretary Antony Blinken spoke with Defense Minister Benny Gantz. The Secretary also raised the killing of "
     "journalist Shireen Abu Akleh. Israel carried out the killing of Saleh al-Arouri.",
     {("Israel", "attacks", "Saleh al-Arouri")}, {("Antony Blinken", "attacks", "Shireen Abu Akleh")}),
    ("condolences_to_the_families_in_a_call_are_not_to_the_other_party",
     "President Joe Biden spoke with Prime Minister Mustafa al-Kadhimi of Iraq. He praised the Iraqi army and "
     "extended condolences to the families of the victims.",
     set(), {("Joe Biden", "condolences", "Mustafa al-Kadhimi")}),
    ("an_act_one_is_charged_with_is_a_charge_not_a_fact",
     "South Korea charged North Korea with transferring artillery shells to Russia. Japan accused Iran of supplying "
     "drones to Russia.",
     {("South Korea", "accuses", "North Korea"), ("Japan", "accuses", "Iran")},
     {("South Korea", "backs_militarily", "Russia"), ("North Korea", "backs_militarily", "Russia"),
      ("Japan", "backs_militarily", "Russia")}),
    ("criticism_of_others_rejected_is_not_criticism_of_the_one_who_rejects_it",
     "Jens Stoltenberg rejected Donald Trump's criticism of alliance members. Turkey rejected Germany's condemnation "
     "of the arrests.",
     {("Germany", "criticizes", "Turkey")}, {("Donald Trump", "criticizes", "Jens Stoltenberg")}),
    ("sanctions_targeting_a_state_are_no_attack",
     "The Treasury imposed new sanctions targeting Iran's oil exports. Israel launched strikes targeting Hamas.",
     {("Israel", "attacks", "Hamas")}, {("US Department of the Treasury", "attacks", "Iran")}),
    ("a_capitalized_ally_before_a_name_is_the_noun_of_alliance",
     "\"We sent help to our NATO Ally Poland,\" President Joe Biden said.",
     {("Poland", "allied_with", "United States")}, set()),
    ("the_target_of_an_attack_after_a_clause_of_seeing_is_the_attacks",
     "Russia launched one of the largest missile attacks the war has seen against Ukraine. Iran fired the biggest "
     "barrage anyone had witnessed on Israel.",
     {("Russia", "attacks", "Ukraine")}, set()),
    ("after_the_second_review_denied_alliances_absolute_phrases_and_accepted_condolences",
     "Secretary Antony Blinken said there is no U.S.-India alliance. Ukraine accused Russia of war crimes, with "
     "Poland supporting Ukraine. President Vladimir Putin accepted condolences from President Alexander Lukashenko. "
     "Russia threatened the would-be NATO Ally Georgia.",
     {("Poland", "supports", "Ukraine"), ("Alexander Lukashenko", "condolences", "Vladimir Putin")},
     {("United States", "allied_with", "India"), ("India", "allied_with", "United States"),
      ("Vladimir Putin", "condolences", "Alexander Lukashenko"), ("Georgia", "allied_with", "NATO")}),
    ("it_after_a_condition_that_names_a_party_is_that_party_when_it_pays_the_price",
     "Joe Biden said that if Russia invades, it will face crippling sanctions. Iran warned that if Israel or the "
     "United States attacked its nuclear sites, it would retaliate.",
     {("Joe Biden", "threatens", "Russia"), ("Iran", "threatens", "Israel")},
     {("Israel", "threatens", "United States")}),
    ("condemning_in_the_strongest_terms_an_attack_of_two_kinds_condemns_its_doer",
     "Japan condemns in the strongest possible terms Russia's unprecedented drone and missile attack against Ukraine.",
     {("Japan", "criticizes", "Russia"), ("Russia", "attacks", "Ukraine")}, set()),
    ("condemning_an_act_someone_claimed_condemns_the_claimant",
     "France condemns the car bombings at the Ministry of Health, for which al-Shabaab claimed responsibility. Kenya "
     "condemned the attack in Mogadishu, which was claimed by al-Shabaab.",
     {("France", "criticizes", "Al-Shabaab"), ("Kenya", "criticizes", "Al-Shabaab")},
     {("France", "criticizes", "Ministry of Health")}),
    ("aid_supplied_by_a_named_giver_is_not_the_speakers",
     "Vladimir Putin criticized the supply of weapons to Ukraine by the United States.",
     {("Vladimir Putin", "criticizes", "United States")}, {("Vladimir Putin", "backs_militarily", "Ukraine")}),
    ("after_the_third_review_charges_with_asides_bare_nato_allies_and_givers_by_sea",
     "The United States charged China, along with Russia, with supporting North Korea. President Joe Biden spoke with "
     "NATO Ally Poland. The European Union adopted measures targeting Belarus. Iran supplied drones to Russia by sea. "
     "Ukraine said that if Russia attacks the plant, it will bear responsibility for a disaster.",
     {("United States", "accuses", "China"), ("Poland", "allied_with", "NATO"), ("Iran", "backs_militarily", "Russia")},
     {("United States", "supports", "North Korea"), ("European Union", "attacks", "Belarus"),
      ("Ukraine", "accuses", "Russia")}),
    # the seventy-fourth session
    ("with_after_the_place_of_a_meeting_goes_with_the_verb",
     "President Joe Biden met today at the White House with President Ramaphosa. Secretary Antony Blinken met on "
     "Monday at the State Department with Foreign Minister Kuleba.",
     {("Joe Biden", "met", "Cyril Ramaphosa"), ("Antony Blinken", "met", "Dmytro Kuleba")}, set()),
    ("our_demonym_allies_in_a_governments_words_are_the_state",
     "President Joe Biden offered all appropriate assistance to our Israeli allies. He reaffirmed his support for "
     "our Japanese allies. Iran praised its Syrian allies.",
     {("Joe Biden", "offers_aid", "Israel"), ("Joe Biden", "supports", "Japan")},
     {("Iran", "supports", "Syria")}),
    ("an_act_that_must_end_goes_on_and_a_leaders_war_in_a_state_attacks_it",
     "Secretary Antony Blinken said Russia's invasion of Ukraine must end. He said Putin's unprovoked war in Ukraine "
     "has killed thousands. Blinken vowed to help stop a war between Armenia and Azerbaijan.",
     {("Russia", "attacks", "Ukraine"), ("Vladimir Putin", "attacks", "Ukraine")},
     {("Armenia", "attacks", "Azerbaijan"), ("Azerbaijan", "attacks", "Armenia")}),
    ("a_backers_war_is_no_attack_by_it_nor_a_war_of_words_or_trade",
     "The U.S.-backed war in Yemen has caused famine. Iran must stop its war of words against Saudi Arabia. The "
     "United States must stop its trade war against China. The U.S.-led war in Iraq began in 2003.",
     {("United States", "attacks", "Iraq")},
     {("United States", "attacks", "Yemen"), ("Iran", "attacks", "Saudi Arabia"),
      ("United States", "attacks", "China")}),
    ("an_act_one_has_yet_to_do_or_hesitated_to_do_is_not_done",
     "Hungary has yet to reject Russia's sham referendums. Austria hesitated to reject Russia's sham referendums. "
     "Poland did not hesitate to condemn Russia's invasion.",
     {("Poland", "criticizes", "Russia")},
     {("Hungary", "criticizes", "Russia"), ("Austria", "criticizes", "Russia")}),
    ("who_stands_with_one_at_a_place_is_not_met",
     "President Joe Biden spoke today at the White House with Vice President Kamala Harris at his side. Secretary "
     "Antony Blinken spoke at the State Department with Ukraine's ambassador in the audience.",
     set(), {("Joe Biden", "met", "Kamala Harris"), ("Antony Blinken", "met", "Ukraine")}),
    ("a_decision_to_send_arms_that_helps_is_aid",
     "Chancellor Olaf Scholz's decision to send tanks will help Ukraine. Japan's commitment to release oil reserves "
     "will help Ukraine.",
     {("Olaf Scholz", "offers_aid", "Ukraine")},
     {("Japan", "offers_aid", "Ukraine"), ("Japan", "supports", "Ukraine")}),
    ("the_four_leaders_are_the_four_people_named_before",
     "President Joe Biden met with Prime Minister Boris Johnson, Chancellor Olaf Scholz and President Emmanuel Macron "
     "in Elmau. The four leaders condemned Russia's missile strike on a shopping mall.",
     {("Boris Johnson", "criticizes", "Russia"), ("Emmanuel Macron", "criticizes", "Russia")}, set()),
    ("thanks_for_a_states_support_is_the_states_and_for_aid_another_gave_the_givers",
     "Prime Minister Fumio Kishida thanked President Joe Biden for U.S. support. President Volodymyr Zelenskyy "
     "thanked Chancellor Olaf Scholz for the security assistance that Germany has provided.",
     {("United States", "supports", "Japan"), ("Germany", "supports", "Ukraine")},
     {("Joe Biden", "supports", "Fumio Kishida"), ("Olaf Scholz", "supports", "Ukraine")}),
    ("aid_authorized_is_given_and_strikes_across_a_state_attack_it",
     "Statement by President Joe Biden\n\nToday, I authorized an additional $800 million in security assistance for "
     "Ukraine. I condemn Russia's missile strikes today across Ukraine.",
     {("Joe Biden", "backs_militarily", "Ukraine"), ("Russia", "attacks", "Ukraine")}, set()),
    ("an_explicit_condemnation_stands_beside_the_charge_its_saying_clause_makes",
     "China criticized the United States, saying Washington was undermining peace.",
     {("China", "criticizes", "United States")}, set()),
    ("an_inverted_should_read_as_a_second_thing_said_is_a_condition",
     "President Joe Biden said the United States would impose severe consequences on Russia should it invade Ukraine.",
     {("Joe Biden", "threatens", "Russia")},
     {("Joe Biden", "threatens", "Ukraine"), ("Russia", "attacks", "Ukraine"), ("Russia", "threatens", "Ukraine")}),
    ("the_three_leaders_are_the_last_three_named_however_far_back",
     "President Joe Biden met with Prime Minister Fumio Kishida and President Yoon Suk Yeol. The meeting lasted two "
     "hours. The three leaders condemned North Korea. The three leaders also criticized China.",
     {("Fumio Kishida", "criticizes", "North Korea"), ("Yoon Suk Yeol", "criticizes", "China")}, set()),
    ("thanks_for_aid_given_to_another_or_not_given_are_no_givers_support_of_the_thanker",
     "President Volodymyr Zelenskyy thanked Chancellor Olaf Scholz for the security assistance that Germany has "
     "provided to Moldova. Zelenskyy thanked President Emmanuel Macron for the support that Russia has failed to "
     "break. U.S. forces conducted strikes across Iraq and Syria against Iran-backed militias.",
     set(), {("Germany", "supports", "Ukraine"), ("Russia", "supports", "Ukraine"),
             ("United States", "attacks", "Iraq"), ("United States", "attacks", "Syria")}),
    # the seventy-third session
    ("its_on_an_act_joined_to_a_possessed_act_is_the_possessors",
     "President Emmanuel Macron condemned Russia's invasion of Ukraine and its brutal attacks on the people of "
     "Ukraine. Chancellor Olaf Scholz condemned Russia's war against Ukraine and its attacks on civilians.",
     {("Emmanuel Macron", "criticizes", "Russia"), ("Olaf Scholz", "criticizes", "Russia")},
     {("Emmanuel Macron", "criticizes", "Ukraine"), ("Olaf Scholz", "criticizes", "Ukraine")}),
    ("a_title_joined_to_a_definite_title_shares_its_the",
     "President Joe Biden spoke today with Prime Minister Rishi Sunak of the United Kingdom. The President and Prime "
     "Minister reiterated their support for Ukraine.",
     {("Rishi Sunak", "supports", "Ukraine"), ("Joe Biden", "supports", "Ukraine")}, set()),
    ("they_on_the_place_of_a_meeting_are_those_who_met",
     "Secretary of State Antony Blinken met with German Foreign Minister Annalena Baerbock and UK Foreign Secretary "
     "Elizabeth Truss in Brussels, where they reiterated their commitment to supporting Ukraine. Blinken met with "
     "Turkish Foreign Minister Mevlut Cavusoglu and his aides in Ankara, where they condemned Iran. Blinken met "
     "Prime Minister Benjamin Netanyahu in Jerusalem, when they attacked Syria.",
     {("Annalena Baerbock", "supports", "Ukraine"), ("Liz Truss", "supports", "Ukraine"),
      ("Antony Blinken", "supports", "Ukraine")},
     {("Mevlüt Çavuşoğlu", "criticizes", "Iran"), ("Antony Blinken", "attacks", "Syria")}),
    ("two_hyphen_joined_names_before_an_attack_are_both_its_doers",
     "The US-Israeli strikes on Iran began on Friday. Israeli-Palestinian peace talks have stalled.",
     {("United States", "attacks", "Iran"), ("Israel", "attacks", "Iran")},
     {("Israel", "discussed_with", "Palestine")}),
    ("a_meeting_of_the_holders_a_list_of_demonyms_names_before_a_plural_title",
     "The consensus emerged from a meeting of the French and German foreign ministers in Berlin.",
     {("Stéphane Séjourné", "met", "Annalena Baerbock")}, set()),
    ("its_on_an_outcome_joined_to_a_possessed_noun_is_that_things_not_the_state_named_last",
     "President Joe Biden raised concerns over the PRC's support for Russia's defense industrial base and its impact "
     "on European security.",
     {("Joe Biden", "criticizes", "China")}, {("Joe Biden", "criticizes", "Russia")}),
    ("one_urged_to_hold_y_accountable_has_not_yet_the_one_who_urges_blames_y",
     "The United States urged Germany to hold Russia accountable. Emmanuel Macron and Olaf Scholz flew to Kyiv on "
     "Monday. They met Volodymyr Zelensky.",
     {("United States", "criticizes", "Russia"), ("Olaf Scholz", "met", "Volodymyr Zelenskyy")},
     {("Germany", "threatens", "Russia"), ("Germany", "criticizes", "Russia"),
      ("Emmanuel Macron", "met", "Olaf Scholz")}),
    ("concerns_raised_with_y_are_told_to_y",
     "President Joe Biden raised concerns with President Emmanuel Macron about Iran's nuclear program.",
     {("Joe Biden", "criticizes", "Iran")}, {("Joe Biden", "criticizes", "Emmanuel Macron")}),
    ("a_quoted_commitment_to_assist_y_whose_adjective_the_parser_made_the_head",
     '"The United States is committed to assisting Indonesia in its time of need."',
     {("United States", "offers_aid", "Indonesia")}, set()),
    ("any_and_all_assistance_is_assistance_and_a_readiness_hung_on_the_verb_is_its_owners",
     "President Joe Biden conveyed the readiness of the United States to provide any and all needed assistance to "
     "Turkey. Japan will provide any and all assistance to Syria.",
     {("United States", "offers_aid", "Turkey"), ("Japan", "offers_aid", "Syria")},
     {("Joe Biden", "offers_aid", "Turkey")}),
    ("for_hung_on_the_last_backer_of_a_backing_goes_with_the_backing",
     "The leaders discussed the support of the United States and other G7 nations for Ukraine's reconstruction.",
     {("United States", "supports", "Ukraine")}, set()),
    ("aid_to_meet_y_s_needs_or_the_challenges_y_faces_goes_to_y",
     "Japan provided $5 million in aid to meet Turkey's humanitarian needs. Japan offered assistance in meeting the "
     "challenges Bangladesh faces. Germany will deliver aid to meet the needs of the people.",
     {("Japan", "backs_financially", "Turkey"), ("Japan", "offers_aid", "Bangladesh")}, set()),
    # the seventy-second session
    ("the_two_leaders_are_no_ministers_pair_but_the_leaders_named_before",
     "Prime Minister Narendra Modi spoke today with President Cyril Ramaphosa of South Africa. Prime Minister Modi "
     "said he has asked External Affairs Minister Subrahmanyam Jaishankar to visit the region. The two leaders also "
     "discussed their support for Sudan. They also condemned Chad.",
     {("Cyril Ramaphosa", "supports", "Sudan"), ("Cyril Ramaphosa", "criticizes", "Chad")},
     {("Subrahmanyam Jaishankar", "supports", "Sudan"), ("Subrahmanyam Jaishankar", "criticizes", "Chad")}),
    ("they_or_the_leaders_after_a_list_of_three_called_are_all_of_them_and_discussed_with_the_caller",
     "Prime Minister Narendra Modi spoke with President Emmanuel Macron of France, Chancellor Olaf Scholz of Germany, "
     "and President Cyril Ramaphosa of South Africa. The leaders condemned Sudan. They also discussed Chad.",
     {("Olaf Scholz", "criticizes", "Sudan"), ("Cyril Ramaphosa", "criticizes", "Sudan"),
      ("Narendra Modi", "discussed_with", "Cyril Ramaphosa")},
     {("Emmanuel Macron", "discussed_with", "Olaf Scholz"), ("Olaf Scholz", "discussed_with", "Emmanuel Macron"),
      ("Olaf Scholz", "discussed_with", "Cyril Ramaphosa"), ("Cyril Ramaphosa", "discussed_with", "Olaf Scholz")}),
    ("the_two_leaders_after_two_ministers_met_are_those_two",
     "Joe Biden spoke with Isaac Herzog on Monday. On Tuesday, Benjamin Netanyahu met Antony Blinken in Tel Aviv. The "
     "two leaders condemned Hamas.", {("Benjamin Netanyahu", "criticizes", "Hamas"), ("Antony Blinken", "criticizes",
                                                                                     "Hamas")},
     {("Joe Biden", "criticizes", "Hamas"), ("Isaac Herzog", "criticizes", "Hamas")}),
    ("helping_two_sides_agree_is_mediation_and_scant_efforts_or_help_to_an_enemy_are_no_aid",
     "Egypt helped Israel and Hamas agree to a ceasefire. Japan made little effort to help Vietnam. China made efforts "
     "to help Ukraine's enemies.", set(),
     {("Egypt", "supports", "Israel"), ("Egypt", "supports", "Hamas"), ("Japan", "offers_aid", "Vietnam"),
      ("China", "offers_aid", "Ukraine")}),
    ("one_held_accountable_for_war_crimes_or_an_attempted_murder_is_charged_with_it",
     "Joe Biden vowed to hold Russia accountable for its war crimes. Japan is committed to holding China accountable "
     "for its attempt to murder a journalist. Canada will hold Iran to account. Germany vowed to hold Turkey "
     "accountable for any war crimes.",
     {("Joe Biden", "accuses", "Russia"), ("Japan", "accuses", "China"), ("Canada", "threatens", "Iran"),
      ("Germany", "threatens", "Turkey")},
     {("Joe Biden", "threatens", "Russia"), ("Japan", "criticizes", "China"), ("Germany", "accuses", "Turkey")}),
    ("support_for_y_in_the_face_of_or_against_an_attack_makes_y_its_target",
     "Japan reaffirmed support for Taiwan in the face of China's aggression. Kenya thanked Uganda for its support for "
     "Somalia in the face of Eritrea's war. Chad reaffirmed support for Niger's sovereignty against Libya's war. Ghana "
     "stands with Togo in the face of Benin's aggression. Brazil stands with Chile and Peru in the face of Bolivia's "
     "invasion. Spain expressed support for Italy in the face of France's attacks.",
     {("China", "attacks", "Taiwan"), ("Eritrea", "attacks", "Somalia"), ("Libya", "attacks", "Niger"),
      ("Benin", "attacks", "Togo")}, {("China", "attacks", "Japan"), ("Eritrea", "attacks", "Uganda"),
                                      ("Bolivia", "attacks", "Peru"), ("France", "attacks", "Italy")}),
    ("sympathies_after_one_spoke_with_another_go_to_that_other",
     "Lloyd Austin spoke today with Robert Kalinak about the attack. Secretary Austin extended his sympathies for the "
     "victims.", {("Lloyd Austin", "condolences", "Robert Kalinak")}, set()),
    ("an_administration_named_after_two_joined_names_is_its_leaders_state",
     "The Obama-Biden administration imposed sanctions on Syria. The Putin-Lukashenko regime attacked Ukraine.",
     {("United States", "criticizes", "Syria")}, {("Joe Biden", "criticizes", "Syria")}),
    ("one_making_efforts_or_taking_steps_to_help_y_helps_y",
     "Japan made efforts to help Vietnam. Kenya launched a mission to protect Somalia. The United States will take all "
     "possible steps to assist Japanese authorities. Chad welcomed efforts to help Niger.",
     {("Japan", "offers_aid", "Vietnam"), ("Kenya", "supports", "Somalia"), ("United States", "offers_aid", "Japan")},
     {("Chad", "offers_aid", "Niger"), ("Chad", "supports", "Niger")}),
    # the seventy-first session
    ("a_subject_with_a_dash_aside_after_an_opening_phrase_is_the_verbs_subject",
     "Earlier today, Russia—and the militias it funds in Syria, Mali and Libya—launched a massive drone attack "
     "against military facilities in Ukraine. Late last night, Egypt—and the militias it funds in Sudan, Chad and "
     "Niger—launched a drone attack on Libya.",
     {("Russia", "attacks", "Ukraine"), ("Egypt", "attacks", "Libya")}, set()),
    ("a_call_held_with_someone_or_counted_has_its_infinitive_for_a_purpose",
     "Olaf Scholz had two separate calls to discuss the response to Serbia's attack on Kosovo. Emmanuel Macron held "
     "calls with African leaders to discuss Ethiopia's invasion of Eritrea. Sweden rejected calls to invade Norway.",
     {("Serbia", "attacks", "Kosovo"), ("Ethiopia", "attacks", "Eritrea")}, {("Sweden", "attacks", "Norway")}),
    ("one_who_fights_an_invasion_is_its_target_not_the_invaders_attacker",
     "Georgia's struggle against the Russian occupation continues. The EU gave arms to Moldova to sustain its fight "
     "against the Romanian invasion. Moldova is fighting against Romanian aggression.",
     {("Russia", "attacks", "Georgia"), ("Romania", "attacks", "Moldova")},
     {("Georgia", "attacks", "Russia"), ("Moldova", "attacks", "Romania")}),
    ("they_or_the_two_after_two_people_only_the_recogniser_found_are_those_two",
     "Abdoulaye Diop met Kalla Ankourao in Bamako on Monday. They condemned Uganda. The two ministers also criticized "
     "Togo. Uganda said the leaders would visit Kampala.",
     {("Abdoulaye Diop", "criticizes", "Uganda"), ("Kalla Ankourao", "criticizes", "Uganda"),
      ("Abdoulaye Diop", "criticizes", "Togo"), ("Kalla Ankourao", "criticizes", "Togo")},
     {("Uganda", "met", "Abdoulaye Diop"), ("Uganda", "met", "Kalla Ankourao")}),
    ("two_names_of_two_words_joined_by_and_are_two_people",
     "Abdoulaye Diop and Kalla Ankourao met in Bamako on Monday. Antony Blinken met Moussa Faki and Hassan Sheikh "
     "in Nairobi.", {("Abdoulaye Diop", "met", "Kalla Ankourao"), ("Antony Blinken", "met", "Moussa Faki")}, set()),
    ("both_parties_of_the_account_expressing_condolences_give_them_to_neither",
     "Lloyd Austin spoke by phone with Ben Wallace. Both leaders condemned the attack and expressed condolences for "
     "the victims.", {("Lloyd Austin", "called", "Ben Wallace")},
     {("Lloyd Austin", "condolences", "Ben Wallace"), ("Ben Wallace", "condolences", "Lloyd Austin")}),
    ("a_state_owning_a_name_is_not_the_named_ones_party",
     "Niger's Kalla Ankourao met Mali's Abdoulaye Diop in Bamako. Kenya's William Ruto met Uganda's Yoweri Museveni "
     "in Nairobi.", {("Kalla Ankourao", "met", "Abdoulaye Diop"), ("William Ruto", "met", "Yoweri Museveni")},
     {("Niger", "met", "Mali"), ("William Ruto", "met", "Uganda")}),
    ("one_engaged_or_persisting_in_an_attack_is_its_doer",
     "Serbia is engaged in a brutal war on Kosovo. Sudan has persisted in its aggression against Chad. Iran is not "
     "engaged in a war on Iraq.", {("Serbia", "attacks", "Kosovo"), ("Sudan", "attacks", "Chad")},
     {("Iran", "attacks", "Iraq")}),
    ("arms_or_forces_moved_to_support_y_back_y_in_arms",
     "To support the defense of Greece, the French military moved warships and jets to the region. The Italian navy "
     "moved two destroyers to the Aegean to support Cyprus. Japan sent food and medicine to support Taiwan.",
     {("France", "backs_militarily", "Greece"), ("Italy", "backs_militarily", "Cyprus"),
      ("Japan", "supports", "Taiwan")},
     {("Japan", "backs_militarily", "Taiwan")}),
    ("talks_held_on_a_journey_are_a_meeting_whoever_the_other_serves",
     "Angela Merkel arrived in Cairo on Monday. She later held talks with Israeli Prime Minister Benjamin Netanyahu. "
     "Emmanuel Macron returned to Paris. He then held talks with Olaf Scholz.",
     {("Angela Merkel", "met", "Benjamin Netanyahu"), ("Emmanuel Macron", "discussed_with", "Olaf Scholz")},
     {("Emmanuel Macron", "met", "Olaf Scholz")}),
    ("the_rules_reading_against_the_parse_are_overruled",  # (the review's "fails to fire" items)
     "Ukraine's war against the Russian invasion continues. Antony Blinken met China's top diplomat Wang Yi in Rome. "
     "Armenia and Azerbaijan attacked each other.",
     {("Russia", "attacks", "Ukraine"), ("Antony Blinken", "met", "Wang Yi"), ("Armenia", "attacks", "Azerbaijan")},
     {("Ukraine", "attacks", "Russia"), ("Antony Blinken", "met", "China"), ("Armenia", "threatens", "Azerbaijan")}),
    ("the_review_of_the_seventy_first_session",  # (its made-up texts, where the session's first rules went too far)
     "Ukraine thanked Britain for supporting its fight against the Russian invasion. Abdoulaye Diop met Kalla "
     "Ankourao in Bamako to discuss the jihadist groups. They have attacked army posts in Burkina Faso. Joe Biden had "
     "two calls with Rishi Sunak to discuss imposing sanctions on Iran. North Korea fired a missile—its third "
     "this month—toward Japan. On Monday, Russia—and Belarus—attacked Kyiv.",
     {("North Korea", "attacks", "Japan"), ("Russia", "attacks", "Ukraine"), ("Belarus", "attacks", "Ukraine")},
     {("Russia", "attacks", "United Kingdom"), ("United Kingdom", "attacks", "Russia"),
      ("Abdoulaye Diop", "attacks", "Burkina Faso"), ("Joe Biden", "criticizes", "Iran")}),
    # the seventieth session
    ("a_list_after_the_following_leaders_and_a_colon_is_read_as_a_list",
     "Joe Biden met with the following leaders: Prime Minister Mark Rutte of the Netherlands; President Gitanas "
     "Nauseda of Lithuania; and President Sauli Niinisto of Finland.",
     {("Joe Biden", "met", "Mark Rutte"), ("Joe Biden", "met", "Sauli Niinistö")}, set()),
    ("the_review_of_the_seventieth_session",  # (its made-up texts, where the session's first rules went too far)
     "In addition to Russia, Antony Blinken and Wang Yi discussed North Korea. The leaders discussed the consequences "
     "of Hamas's attack on Israel. China's call for the lifting of sanctions on Russia drew criticism. India "
     "abstained from voting for the resolution condemning Russia.",
     {("Hamas", "attacks", "Israel")},
     {("Antony Blinken", "discussed_with", "Russia"), ("China", "criticizes", "Russia"),
      ("India", "criticizes", "Russia")}),
    ("those_on_a_three_way_call_were_on_it_with_each_other",
     "Antony Blinken held a three-way call with Foreign Minister Yoshimasa Hayashi and Foreign Minister Park Jin.",
     {("Yoshimasa Hayashi", "called", "Park Jin")}, set()),
    ("under_of_a_title_is_no_preposition",
     "Sergey Lavrov also met with Under Secretary for Political Affairs Victoria Nuland in Moscow.",
     {("Sergey Lavrov", "met", "Victoria Nuland")}, set()),
    ("the_one_an_attacks_outcome_fell_on_is_not_its_target",
     "Antony Blinken acknowledged the economic impact of Russia's invasion on Ghana. William Ruto discussed the "
     "consequences of the Russian blockade on Kenya.", set(),
     {("Russia", "attacks", "Ghana"), ("Russia", "attacks", "Kenya")}),
    ("the_owner_of_a_call_for_a_withdrawal_or_sanctions_criticizes_the_one_they_are_against",
     "Antony Blinken commended Ghana's calls for the withdrawal of Russian forces. Joe Biden welcomed Canada's call "
     "for sanctions against Iran.", {("Ghana", "criticizes", "Russia"), ("Canada", "criticizes", "Iran")}, set()),
    ("one_who_voted_for_a_resolution_condemning_y_criticizes_y_one_who_voted_against_does_not",
     "Antony Blinken thanked Ghana for voting in favor of the General Assembly resolution condemning Russia's "
     "annexation of Crimea. Belarus voted against the resolution condemning Russia.",
     {("Ghana", "criticizes", "Russia")}, {("Belarus", "criticizes", "Russia")}),
    ("the_two_secretaries_or_senators_after_a_sentence_naming_two_are_those_two",
     "Antony Blinken and Lloyd Austin visited Beirut on Tuesday. The two secretaries met with President Michel Aoun.",
     {("Antony Blinken", "met", "Michel Aoun"), ("Lloyd Austin", "met", "Michel Aoun")}, set()),
    ("aid_meant_for_a_crisis_in_a_state_is_aid_to_that_state",
     "Japan announced $20 million in emergency assistance to respond to the floods in Pakistan. Germany pledged "
     "humanitarian aid to address the drought in Ethiopia.",
     {("Japan", "offers_aid", "Pakistan"), ("Germany", "offers_aid", "Ethiopia")}, set()),
    ("support_for_a_states_own_condition_its_demonym_names_supports_that_state",
     "Antony Blinken reaffirmed U.S. support for Georgian sovereignty. Josep Borrell voiced the EU's support for "
     "Armenian energy security.", {("United States", "supports", "Georgia"),
                                   ("European Union", "supports", "Armenia")}, set()),
    ("a_body_read_into_a_name_after_a_title_of_it_leaves_the_person",
     "Lloyd Austin met in Baghdad with Speaker of the Council of Representatives Mohammed al-Halbusi on Tuesday.",
     {("Lloyd Austin", "met", "Mohammed al-Halbusi")},
     {("Lloyd Austin", "met", "Council of Representatives Mohammed al-Halbusi")}),
    ("those_on_a_trilateral_call_with_the_subject_were_on_it_with_each_other",
     "Antony Blinken held a trilateral call today with Foreign Minister Yoshimasa Hayashi and Foreign Minister Park "
     "Jin. Antony Blinken held separate calls with Foreign Minister Sergei Lavrov and Foreign Minister Wang Yi.",
     {("Antony Blinken", "called", "Park Jin"), ("Yoshimasa Hayashi", "called", "Park Jin")},
     {("Sergei Lavrov", "called", "Wang Yi")}),
    ("a_short_form_in_brackets_before_a_title_does_not_end_the_phrase",
     "Antony Blinken held a call today with Republic of Korea (ROK) Second Vice Foreign Minister Lee Tae-ho.",
     {("Antony Blinken", "called", "Lee Tae-ho")}, {("Antony Blinken", "called", "South Korea")}),
    ("a_region_and_an_honour_are_no_actors",
     "Joe Biden convened today Indo-Pacific leaders on the margins of the G20 Leaders Summit in Bali, Indonesia. Joe "
     "Biden met President Sandu and congratulated her on receiving the Eleanor R. Roosevelt Freedom Award.",
     {("Joe Biden", "met", "Maia Sandu")},
     {("Joe Biden", "met", "Indo-Pacific"), ("Joe Biden", "met", "Roosevelt Freedom Award")}),
    ("a_list_set_off_by_a_colon_with_semicolons_between_its_items_is_read_as_a_list",
     "Chancellor Olaf Scholz called European leaders on Monday. The Chancellor spoke individually with: President "
     "Gitanas Nauseda of Lithuania; Prime Minister Mark Rutte of the Netherlands; and President Sauli Niinisto of "
     "Finland.",
     {("Olaf Scholz", "discussed_with", "Gitanas Nausėda"), ("Olaf Scholz", "discussed_with", "Mark Rutte"),
      ("Olaf Scholz", "discussed_with", "Sauli Niinistö")}, set()),
    ("those_a_meeting_included_met_one_another_and_the_one_in_addition_to_them",
     "In addition to Emmanuel Macron, the meeting included Chancellor Olaf Scholz of Germany, Prime Minister Mark "
     "Rutte of the Netherlands, Prime Minister Pedro Sanchez of Spain and Prime Minister Mette Frederiksen of Denmark.",
     {("Olaf Scholz", "met", "Emmanuel Macron"), ("Olaf Scholz", "met", "Mette Frederiksen"),
      ("Mark Rutte", "met", "Pedro Sánchez"), ("Mette Frederiksen", "met", "Emmanuel Macron")}, set()),
    ("a_states_name_in_a_joined_pair_later_on_does_not_make_its_name_in_a_title_a_party",
     "Lloyd Austin held an introductory phone call with U.K. Permanent Secretary for Defense Sir David Williams to "
     "reaffirm the continuing importance of U.S.-U.K. defense cooperation.",
     {("Lloyd Austin", "called", "David Williams")}, {("Lloyd Austin", "called", "United Kingdom")}),
    # the sixty-ninth session
    ("a_warning_drawn_is_from_the_one_its_own_from_phrase_names",
     "North Korea carried out a nuclear test, drawing condemnation from China and a warning from Japan.",
     {("Japan", "threatens", "North Korea"), ("China", "criticizes", "North Korea")},
     {("China", "threatens", "North Korea")}),
    ("backing_thanked_for_of_the_thankers_people_is_the_thankers_and_a_thing_backed_is_no_actor",
     "Volodymyr Zelenskyy thanked Germany for its support for the Ukrainian people. Kassym-Jomart Tokayev thanked "
     "Vladimir Putin for the support of the CSTO peacekeepers. William Ruto thanked China for its support for the "
     "Standard Gauge Railway.", {("Germany", "supports", "Ukraine")},
     {("Vladimir Putin", "supports", "Collective Security Treaty Organization"),
      ("China", "supports", "Standard Gauge Railway")}),
    ("this_act_after_an_attack_told_is_that_attack",
     "The Taliban claimed responsibility for the bombing in Kabul. The United States condemned this senseless act.",
     {("United States", "criticizes", "Taliban")}, set()),
    ("backing_for_a_cause_joined_to_what_is_appreciated_is_no_support_of_the_one_who_appreciates_it",
     "Joe Biden met Kenyan President William Ruto. Biden expressed appreciation for Kenya’s regional leadership and "
     "strong support for the principles of the UN Charter.", {("Joe Biden", "met", "William Ruto")},
     {("Kenya", "supports", "Joe Biden"), ("Kenya", "supports", "United States")}),
    ("an_offices_last_word_reconciliation_or_engagement_is_no_part_of_the_name_after_it",
     "Hamid Karzai met U.S. Special Representative for Afghanistan Reconciliation Zalmay Khalilzad. Hakan Fidan met "
     "Special Envoy for Syria Engagement Mark Tennant.",
     {("Hamid Karzai", "met", "Zalmay Khalilzad"), ("Hakan Fidan", "met", "Mark Tennant")},
     {("Hamid Karzai", "met", "Reconciliation Zalmay Khalilzad"), ("Hakan Fidan", "met", "Engagement Mark Tennant")}),
    # the sixty-eighth session
    ("a_capitalised_title_set_off_by_commas_introduces_the_one_a_later_he_names",
     "The Deputy Special Envoy for Syria Engagement, Mark Tennant, ended his visit to Turkey on Friday. Today, Mr. "
     "Tennant met with Foreign Minister Hakan Fidan. On Thursday, he had met with President Recep Tayyip Erdogan.",
     {("Mark Tennant", "met", "Recep Tayyip Erdogan")}, {("Hakan Fidan", "met", "Recep Tayyip Erdogan")}),
    ("joined_names_before_a_noun_modify_it_and_are_not_the_one_given_to",
     "Hillary Clinton had a call on Friday with Sergey Lavrov to discuss U.S.-Russia cooperation on Syria.",
     {("Hillary Clinton", "called", "Sergey Lavrov")}, {("Sergey Lavrov", "called", "United States")}),
    ("the_noun_a_relative_clause_s_verb_gives_leaves_its_one_object_the_one_given_to",
     "The weapons Russia sends Syria worry Israel.", {("Russia", "backs_militarily", "Syria")}, set()),
    ("one_supported_against_an_aggression_is_the_one_attacked",
     "Britain is helping Kuwait against Iraqi aggression. NATO will support Poland against any future Russian "
     "aggression.", {("Iraq", "attacks", "Kuwait")}, {("Russia", "attacks", "Poland")}),
    ("condolences_from_one_to_another_give_the_account_a_later_offer_goes_on_with",
     "Vladimir Putin sent condolences to Recep Tayyip Erdogan over the earthquake. Russia is ready to provide any "
     "possible assistance.", {("Russia", "offers_aid", "Turkey")}, set()),
    ("a_titled_name_whose_title_opens_with_a_body_s_of_phrase_is_the_next_of_the_list",
     "Jake Sullivan met with Speaker Nabih Berri, Bank of Lebanon Governor Wassim Mansouri, and Minister of Finance "
     "Yassine Jaber.", {("Jake Sullivan", "met", "Wassim Mansouri"), ("Jake Sullivan", "met", "Yassine Jaber")},
     set()),
    ("a_call_after_condolences_takes_the_account_over",
     "Vladimir Putin sent condolences to Recep Tayyip Erdogan. Later, Vladimir Putin had a phone call with Nikol "
     "Pashinyan. Russia is ready to provide assistance, Putin said.", {("Russia", "offers_aid", "Armenia")},
     {("Russia", "offers_aid", "Turkey")}),
    ("an_attack_that_may_come_is_none_yet",
     "NATO will assist Finland against a Russian attack. The United States would help Taiwan against Chinese "
     "aggression if Beijing invades.", set(), {("Russia", "attacks", "Finland"), ("China", "attacks", "Taiwan")}),
    ("a_pronoun_giver_in_a_relative_clause_leaves_the_parse_as_it_is",
     "Israel condemned Iran for the weapons it sends Hezbollah.", set(), {("Israel", "backs_militarily", "Hezbollah")}),
    ("a_name_after_a_counterpart_s_state_is_the_counterpart",
     "Lloyd Austin spoke today by telephone with his counterpart from the United Kingdom, Secretary of State for "
     "Defence Ben Wallace.", {("Lloyd Austin", "called", "Ben Wallace")}, set()),
    ("the_i_of_a_statement_that_reads_as_follows_is_its_author",
     "Defense Secretary Lloyd Austin issued a statement on Monday.\n\nAustin’s statement reads as follows:\n\nToday I "
     "called Israeli Minister of Defense Yoav Gallant to discuss the situation in Gaza.",
     {("Lloyd Austin", "called", "Yoav Gallant")}, set()),
    ("a_medium_opening_the_sentence_is_each_joined_verb_s",
     "In a phone call, Joe Biden expressed concern about the violence and urged Benjamin Netanyahu to protect "
     "civilians.", {("Joe Biden", "called", "Benjamin Netanyahu")}, set()),
    # the sixty-seventh session
    ("the_owner_of_what_is_told_in_a_call_is_not_the_one_called",
     "Vladimir Putin spoke by phone with Recep Tayyip Erdogan. In the phone call, Putin welcomed China's support for "
     "Syria. During the telephone conversation, Putin wished Erdogan success.",
     {("Vladimir Putin", "called", "Recep Tayyip Erdogan")}, {("Vladimir Putin", "called", "China")}),
    ("a_body_s_letters_in_brackets_before_its_title_leave_the_person_the_one_named",
     "The International Security Assistance Force (ISAF) Commander General John R. Allen III visited Pakistan today "
     "and met with Prime Minister Yousaf Raza Gilani.",
     {("John R. Allen III", "met", "Yousaf Raza Gilani")}, {("ISAF", "met", "Yousaf Raza Gilani")}),
    ("a_body_s_letters_in_brackets_after_its_of_phrase_leave_the_person_the_one_named",
     "The International Committee of the Red Cross (ICRC) President Peter Maurer met with Bashar al-Assad on Monday.",
     {("Peter Maurer", "met", "Bashar al-Assad")},
     {("International Committee of the Red Cross", "met", "Bashar al-Assad")}),
    ("a_generational_suffix_after_a_known_name_is_that_person",
     "U.S. Central Command Commander General Lloyd J. Austin III met with King Abdullah II in Amman on Monday.",
     {("Lloyd Austin", "met", "Abdullah II")}, {("U.S. Central Command", "met", "Abdullah II")}),
    ("names_after_an_opening_participle_clause_are_the_subject_not_more_of_its_last_noun",
     "Keeping a promise they made in May on the margins of talks between their governments' senior trade officials, "
     "Prime Minister Rishi Sunak and President Joe Biden held a video conference on Monday.",
     {("Rishi Sunak", "called", "Joe Biden")}, {("Rishi Sunak", "discussed_with", "Joe Biden")}),
    ("a_name_right_after_the_counterpart_called_is_the_counterpart_s",
     "Angela Merkel called her French counterpart Emmanuel Macron today. Iran called the group Daesh on Monday.",
     {("Angela Merkel", "called", "Emmanuel Macron")}, set()),
    ("the_one_whose_government_is_thanked_in_a_call_is_the_one_called",
     "During the phone call, Joe Biden thanked Olaf Scholz's government for its help.",
     {("Joe Biden", "called", "Olaf Scholz")}, set()),
    ("a_topic_discussed_or_judged_in_a_call_is_not_the_one_called",
     "During the phone call, Vladimir Putin discussed Syria. In the phone call, Putin condemned Ukraine.", set(),
     {("Vladimir Putin", "called", "Syria"), ("Vladimir Putin", "called", "Ukraine")}),
    ("a_name_in_a_phrase_before_the_subject_did_not_meet_it",
     "Ahead of talks with Iran, Emmanuel Macron and Olaf Scholz met in Berlin. The leaders of Russia, China and India "
     "met in Kazan on Tuesday.",
     {("Emmanuel Macron", "met", "Olaf Scholz"), ("Russia", "met", "China"), ("Russia", "met", "India")},
     {("Iran", "met", "Emmanuel Macron")}),
    ("a_gerund_subject_s_listed_objects_are_not_the_verb_s_subject",
     "Attacking Israel, Saudi Arabia and the United States serves Iran's interests. Supporting Ukraine, Poland and "
     "Romania helps NATO.", set(),
     {("Saudi Arabia", "attacks", "Israel"), ("United States", "attacks", "Israel"), ("Poland", "supports", "NATO"),
      ("Poland", "supports", "Ukraine")}),
    ("an_act_one_is_encouraged_to_do_is_asked_for_not_offered",
     "Antony Blinken called Wang Yi on Monday. Blinken encouraged China to stay engaged and continue providing "
     "assistance.", {("Antony Blinken", "called", "Wang Yi")}, {("China", "offers_aid", "United States")}),
    # the sixty-sixth session
    ("a_name_apposed_to_a_title_in_a_phrase_is_its_holder",
     "Jens Stoltenberg met with the President of the Chamber of Deputies, Nabih Berri.",
     {("Jens Stoltenberg", "met", "Nabih Berri")}, {("Jens Stoltenberg", "met", "Chamber of Deputies")}),
    ("a_phrase_of_the_verb_joined_after_another_is_both_verbs",
     "Secretary Pompeo has met and corresponded with President Tokayev. Macron arrived and met with Scholz.",
     {("Mike Pompeo", "met", "Kassym-Jomart Tokayev"), ("Emmanuel Macron", "met", "Olaf Scholz")}, set()),
    ("aid_committed_to_a_state_is_given",
     "Since March, Japan has committed $40 million in humanitarian assistance to Moldova. Britain committed troops to "
     "Estonia. The army committed atrocities against Kurds.",
     {("Japan", "backs_financially", "Moldova")}, {("Britain", "backs_financially", "Estonia")}),
    ("support_voiced_in_a_call_goes_to_the_one_called_or_to_the_state_of_a_state_s",
     "Antony Blinken spoke today with Foreign Minister Annalena Baerbock to offer support. Joe Biden spoke with "
     "President Ivan Duque of Colombia to express U.S. support.",
     {("Antony Blinken", "supports", "Annalena Baerbock"), ("United States", "supports", "Colombia")},
     {("United States", "supports", "Iván Duque")}),
    ("support_voiced_in_a_call_for_a_thing_is_not_for_the_one_called",
     "Joe Biden spoke with Benjamin Netanyahu to express U.S. support for a ceasefire. Antony Blinken spoke with Olaf "
     "Scholz to express U.S. support for the people of Ukraine.",
     set(), {("United States", "supports", "Israel"), ("United States", "supports", "Germany")}),
    ("two_possessors_joined_before_one_noun_both_own_it",
     "Austin reaffirmed the United States' and NATO's steadfast commitment to Estonia's security.",
     {("United States", "supports", "Estonia"), ("NATO", "supports", "Estonia")}, set()),
    ("a_description_of_the_day_after_an_opening_date_is_not_the_subject",
     "On August 9, the anniversary of Venezuela’s fraudulent election, Canada, in coordination with its partners, "
     "acted to hold Nicolas Maduro and his regime to account for the repression of Venezuelans.",
     {("Canada", "criticizes", "Nicolás Maduro")}, set()),
    ("a_clause_on_the_name_after_the_day_stays_the_names",
     "On June 5, the anniversary of the war, Israel, backed by the United States, struck Syria.",
     {("Israel", "attacks", "Syria"), ("United States", "supports", "Israel")}, set()),
    ("an_against_phrase_hung_on_the_doer_named_by_by_is_the_attacks_target",
     "The attack by Russian forces against Georgia continued. The renewed offensive by forces loyal to former "
     "President Ali Abdullah Saleh against the Houthi rebels killed dozens.",
     {("Russia", "attacks", "Georgia"), ("Ali Abdullah Saleh", "attacks", "Houthis")},
     {("Yemen", "attacks", "Houthis")}),
    ("a_phrase_on_the_doer_of_a_judgement_is_not_its_target",
     "The condemnation by Egypt of the attacks on Israel was welcomed. The criticism by Ukraine of the sanctions on "
     "Russia surprised Germany.",
     set(), {("Egypt", "criticizes", "Israel"), ("Ukraine", "criticizes", "Russia")}),
    ("a_border_crossing_is_its_states",
     "Egypt closed the border after a Hamas attack on an Israeli border crossing.",
     {("Hamas", "attacks", "Israel")}, set()),
    ("a_lake_or_gulf_named_after_a_state_is_no_actor",
     "Boko Haram fighters attacked an island in Lake Chad. Iran struck a tanker in the Gulf of Oman.",
     set(), {("Boko Haram", "attacks", "Chad"), ("Iran", "attacks", "Oman")}),
    ("those_joined_after_the_of_phrase_of_an_act_done_to_someone_underwent_it",
     "France condemns in the strongest terms the Syria military regime’s killings of peaceful protesters and local "
     "officials Ghiath Matar, Hamza Ali, and Ibrahim Qashoush during the demonstrations.",
     {("France", "criticizes", "Syria")},
     {("France", "criticizes", "Ghiath Matar"), ("France", "criticizes", "Ibrahim Qashoush")}),
    ("an_act_of_its_own_joined_after_an_act_done_to_someone_keeps_its_doer",
     "France condemned the killing of civilians and the attacks by Russia on Ukraine. The United States condemned the "
     "arrest of opposition figures and the crackdown by Lukashenko.",
     {("France", "criticizes", "Russia"), ("United States", "criticizes", "Alexander Lukashenko")}, set()),
    ("an_onslaught_one_needs_to_defend_against_is_under_way",
     "Poland wants to ensure that Georgia has what it needs to defend itself against Russia's onslaught.",
     {("Russia", "attacks", "Georgia")}, set()),
    ("a_bare_verb_joined_to_a_noun_before_an_object_is_a_second_verb",
     "Antony Blinken spoke today with Foreign Minister Annalena Baerbock to offer support and condemn reports of "
     "Russia’s strikes on Ukrainian towns and rising civilian casualties.",
     {("Antony Blinken", "supports", "Annalena Baerbock"), ("Antony Blinken", "criticizes", "Russia")}, set()),
    ("a_tensed_verb_is_not_joined_to_a_participle_describing_a_noun",
     "The United Kingdom grieves with the people and governments of Kenya, Uganda, Nigeria, Mali, and other nations "
     "affected by these vicious attacks and stands with them in solidarity.",
     {("United Kingdom", "supports", "Kenya"), ("United Kingdom", "supports", "Mali")}, set()),
    # the sixty-fifth session
    ("the_highest_ranking_official_to_visit_a_state_is_there_and_his_talks_are_a_meeting",
     "Richard Armitage is the highest-ranking American official to visit Turkey since June. Richard Armitage also held "
     "talks with Turkish Foreign Minister Abdullah Gul.",
     {("Richard Armitage", "met", "Abdullah Gül")}, {("Richard Armitage", "discussed_with", "Abdullah Gül")}),
    ("those_who_help_reach_an_agreement_are_its_brokers_not_its_parties",
     "Egypt and Qatar helped reach the agreement. Antony Blinken praised the roles played by Egypt and Qatar in "
     "reaching the deal. Jordan and Oman played a key role in concluding the accord. Turkey and Libya succeeded in "
     "reaching an agreement.",
     {("Turkey", "discussed_with", "Libya")},
     {("Egypt", "discussed_with", "Qatar"), ("Qatar", "discussed_with", "Egypt"), ("Jordan", "discussed_with", "Oman"),
      ("Oman", "discussed_with", "Jordan")}),
    ("a_charge_in_capitals_ending_in_affairs_is_the_posts_and_the_name_after_it_the_holders",
     "Sung Kim met with the Chinese Special Representative for Korean Peninsula Affairs Liu Xiaoming in Washington.",
     {("Sung Kim", "met", "Liu Xiaoming")}, {("Sung Kim", "met", "China")}),
    ("words_from_a_speaker_are_the_speakers",
     "Isaias Afewerki called the accusations from the United Nations ridiculous. Iran condemned the threats from "
     "Israel. Eritrea praised the visit from Kenya's president.",
     {("Isaias Afwerki", "criticizes", "United Nations"), ("Iran", "criticizes", "Israel")},
     {("Eritrea", "criticizes", "Kenya")}),
    ("a_commitment_to_supporting_is_the_committed_ones",
     "Germany reiterated its commitment to supporting Ukraine's efforts in combating terrorism. Boris Pistorius "
     "expressed his commitment to assisting Poland in the defense of its borders. Japan welcomed the commitment to "
     "supporting Moldova's reforms. Lloyd Austin thanked Robert Kalinak for Slovakia's commitment to providing "
     "critical defensive capability to Ukraine. Antony Blinken reaffirmed the U.S. commitment to defending the "
     "Philippines.",
     {("Germany", "supports", "Ukraine"), ("Boris Pistorius", "offers_aid", "Poland"),
      ("Slovakia", "backs_militarily", "Ukraine"), ("United States", "supports", "Philippines")},
     {("Japan", "supports", "Moldova"), ("Antony Blinken", "supports", "Philippines")}),
    ("under_secretary_opens_a_title_not_a_phrase",
     "During her June 13 visit to Mogadishu, Somalia, Under Secretary for Political Affairs Victoria Nuland met with "
     "President Hassan Sheikh Mohamud. Under the agreement with Russia, Ukraine condemned Belarus.",
     {("Victoria Nuland", "met", "Hassan Sheikh Mohamud"), ("Ukraine", "criticizes", "Belarus")}, set()),
    ("the_leaders_acted_on_after_a_meeting_of_three_are_the_two_met",
     "Antony Blinken met with President Vjosa Osmani and Prime Minister Albin Kurti in Washington. Antony Blinken "
     "thanked the leaders for their strong support for Ukraine. Lloyd Austin met with President Gitanas Nauseda and "
     "Prime Minister Ingrida Simonyte in Vilnius. The leaders discussed trade.",
     {("Vjosa Osmani", "supports", "Ukraine"), ("Albin Kurti", "supports", "Ukraine")},
     {("Antony Blinken", "supports", "Ukraine"), ("Gitanas Nausėda", "discussed_with", "Ingrida Šimonytė"),
      ("Gitanas Nauseda", "discussed_with", "Ingrida Simonyte")}),
    ("an_offices_last_word_is_no_part_of_the_name_after_it",
     "Ilham Aliyev met Senior Advisor for Caucasus Negotiations Louis Bono. Richard Armitage met the Chief of General "
     "Staff Hilmi Ozkok. Sergey Lavrov met U.S. Special Envoy for Sudan Affairs Tom Perriello.",
     {("Ilham Aliyev", "met", "Louis Bono"), ("Richard Armitage", "met", "Hilmi Ozkok"),
      ("Sergey Lavrov", "met", "Tom Perriello")}, set()),
    ("an_acronym_before_a_gift_is_the_giver_and_a_to_phrase_the_one_given_to",
     "Lloyd Austin offered U.S. support to the Iraqi government. Lloyd Austin offered U.S. assistance. Nigeria offered "
     "Charles Taylor asylum. The European Union offered UNRWA aid.",
     {("United States", "supports", "Iraq"), ("Nigeria", "offers_aid", "Charles Taylor"),
      ("European Union", "offers_aid", "UNRWA")},
     {("Lloyd Austin", "supports", "United States"), ("Lloyd Austin", "offers_aid", "United States")}),
    # the sixty-fourth session
    ("the_one_who_acts_on_the_leaders_is_none_of_them",
     "Antony Blinken met with Prime Minister Albin Kurti. Antony Blinken thanked the leaders for their strong support "
     "for Ukraine. Barack Obama spoke with Ashraf Ghani by phone. Barack Obama commended the progress made since the "
     "leaders met in Washington in March. Joe Biden met Fumio Kishida in Tokyo. Joe Biden then said the leaders had "
     "condemned Russia.",
     {("Albin Kurti", "supports", "Ukraine"), ("Barack Obama", "met", "Ashraf Ghani"),
      ("Joe Biden", "criticizes", "Russia"), ("Fumio Kishida", "criticizes", "Russia")},
     {("Antony Blinken", "supports", "Ukraine")}),
    ("a_people_or_faction_a_state_owns_by_name_is_not_the_state",
     "Nepal's Maoists pressured Prime Minister Girija Prasad Koirala to step down. Iraq's Kurds accused Turkey of "
     "shelling their villages. Lebanon's Christians condemned Syria. Russia's Armed Forces attacked Ukraine. "
     "Pakistan's Rangers fired on India. Syria's Kurds, like Canada, criticized Iran.",
     {("Russia", "attacks", "Ukraine"), ("Pakistan", "attacks", "India"), ("Canada", "criticizes", "Iran")},
     {("Nepal", "criticizes", "Girija Prasad Koirala"), ("Iraq", "accuses", "Turkey"),
      ("Lebanon", "criticizes", "Syria")}),
    ("a_list_of_names_the_parser_hung_on_its_last_name_is_one_list",
     "Canada supports the interim governments of Chad, Sudan, and Burkina Faso as they prepare for elections.",
     {("Canada", "supports", "Chad"), ("Canada", "supports", "Sudan"), ("Canada", "supports", "Burkina Faso")}, set()),
    # the sixty-third session
    ("a_title_before_a_title_is_no_part_of_the_counterparts_name",
     "Lloyd Austin held talks on Friday with his Japanese counterpart, Permanent Secretary Akira Tanaka.",
     {("Lloyd Austin", "discussed_with", "Akira Tanaka")},
     {("Lloyd Austin", "discussed_with", "Permanent Secretary Akira Tanaka")}),
    ("a_demonyms_regime_is_the_state_and_its_acts_the_states",
     "The United States condemns the Syrian regime's crackdown on protesters. Britain condemned the Iranian regime's "
     "arrest of the journalists.",
     {("United States", "criticizes", "Syria"), ("United Kingdom", "criticizes", "Iran")}, set()),
    ("a_people_is_no_actor_whom_one_stands_with_or_works_for",
     "The United States will continue to work in support of the people of Belarus. Turkey stands with the people of "
     "Russia in this dark hour. Canada coordinated its actions in support of Ukraine's sovereignty. Poland stands with "
     "Moldova. Sweden works in support of the people of Georgia and of the government of Georgia.",
     {("Canada", "supports", "Ukraine"), ("Poland", "supports", "Moldova"), ("Sweden", "supports", "Georgia")},
     {("United States", "supports", "Belarus"), ("Turkey", "supports", "Russia")}),
    ("talks_of_a_person_with_the_state_of_one_met_are_that_meeting",
     "Chuck Hagel met Prime Minister Narendra Modi in New Delhi on Friday. Hagel also held talks with India on "
     "defense trade. Joe Biden spoke by phone with Olaf Scholz. The United States and Germany discussed trade. "
     "Separately, Lloyd Austin discussed Ukraine with Boris Pistorius.",
     {("Chuck Hagel", "met", "Narendra Modi"), ("United States", "discussed_with", "Germany"),
      ("Lloyd Austin", "discussed_with", "Boris Pistorius")},
     {("Chuck Hagel", "discussed_with", "India")}),
    ("the_first_title_of_a_list_keeps_its_own_name",
     "Lloyd Austin met with Minister of Interior Bambang Sutrisno and Secretary General of NATO Jens Stoltenberg. "
     "Iran's UN Ambassador Amir Saeid Iravani criticized Israel.",
     {("Lloyd Austin", "met", "Bambang Sutrisno"), ("Lloyd Austin", "met", "Jens Stoltenberg"),
      ("Amir Saeid Iravani", "criticizes", "Israel")},
     {("Saeid Iravani", "criticizes", "Israel")}),
    # the sixty-second session
    ("a_charge_after_a_title_makes_another_office_held_by_the_name_after_it",
     "Lloyd Austin spoke by phone with U.K. Secretary of State for Defence Ben Wallace about Afghanistan.",
     {("Lloyd Austin", "called", "Ben Wallace")},
     {("Lloyd Austin", "called", "Dominic Raab"), ("Lloyd Austin", "called", "David Cameron")}),
    ("a_pledge_by_a_state_to_provide_aid_is_its_offer",
     "The United States welcomes the pledge by Saudi Arabia and the United Arab Emirates to provide $2 billion in "
     "economic support for Yemen. Germany welcomed the pledge by Japan to provide aid to Nepal. Poland made the pledge "
     "by phone to send tanks to Ukraine.",
     {("Saudi Arabia", "offers_aid", "Yemen"), ("United Arab Emirates", "offers_aid", "Yemen"),
      ("Japan", "offers_aid", "Nepal"), ("Poland", "offers_aid", "Ukraine")},
     {("United States", "backs_financially", "Yemen"), ("United States", "offers_aid", "Yemen"),
      ("Saudi Arabia", "backs_financially", "Yemen"), ("Germany", "offers_aid", "Nepal")}),
    ("an_act_carried_out_by_a_party_is_its_and_its_victims_are_not_judged",
     "The United States strongly condemns the ambush of Popular Mobilization Forces members, carried out yesterday by "
     "ISIS near Hawijah. France condemned the attack on Ukrainian soldiers carried out by Russia. The attack on "
     "Ugandan troops deployed by the African Union killed 54 soldiers.",
     {("United States", "criticizes", "Islamic State"), ("Islamic State", "attacks", "Popular Mobilization Forces"),
      ("France", "criticizes", "Russia"), ("Russia", "attacks", "Ukraine")},
     {("United States", "criticizes", "Popular Mobilization Forces"), ("France", "criticizes", "Ukraine"),
      ("African Union", "attacks", "Uganda")}),
    ("a_site_named_before_its_name_is_a_place_not_an_actor",
     "The Embassy condemns the al-Shabaab attack on Forward Operating Base Leego on June 26.",
     set(), {("Al-Shabaab", "attacks", "Forward Operating Base Leego")}),
    ("the_commitment_of_a_state_voiced_by_its_envoy_is_the_states",
     "Antony Blinken renewed the commitment of the United States to a stable, sovereign and democratic Ukraine.",
     {("United States", "supports", "Ukraine")}, {("Antony Blinken", "supports", "Ukraine")}),
    ("a_chance_one_had_to_meet_was_taken",
     "Joe Biden had the opportunity to meet with Emmanuel Macron. Joe Biden never had the opportunity to meet with "
     "Olaf Scholz. Joe Biden had the opportunity to meet Xi Jinping but declined.",
     {("Joe Biden", "met", "Emmanuel Macron")},
     {("Joe Biden", "met", "Olaf Scholz"), ("Joe Biden", "met", "Xi Jinping")}),
    ("a_call_upon_a_party_to_stop_blames_it",
     "The United States calls upon the Taliban to stop the attacks in Afghanistan. Ukraine urged NATO to put an end to "
     "Russian aggression.",
     {("United States", "criticizes", "Taliban")}, {("Ukraine", "criticizes", "NATO")}),
    ("the_resolve_of_a_state_to_back_a_military_is_the_states",
     "Lloyd Austin underscored the continued resolve of the United States to support Ukraine's military. NATO "
     "reaffirmed its continued resolve to defeat ISIS.",
     {("United States", "backs_militarily", "Ukraine")},
     {("Lloyd Austin", "backs_militarily", "Ukraine"), ("NATO", "attacks", "Islamic State")}),
    ("a_second_object_the_parser_hung_on_the_verb_is_an_object_too",
     "Canada supports the actions announced by the European Union on May 31 and the actions taken by the African "
     "Union on May 28 in defense of democracy in Mali.",
     {("Canada", "supports", "European Union"), ("Canada", "supports", "African Union")}, set()),
    ("backing_one_is_told_to_halt_goes_on",
     "The United States urged Iran to stop arming the Houthis. Syria stopped arming Hamas in 2012. France called on "
     "Russia to stop smuggling weapons to the Taliban. The EU called on Monday to stop supplying weapons to Sudan.",
     {("Iran", "backs_militarily", "Houthis"), ("Russia", "backs_militarily", "Taliban")},
     {("Syria", "backs_militarily", "Hamas"), ("France", "backs_militarily", "Taliban"),
      ("United States", "backs_militarily", "Houthis"), ("European Union", "backs_militarily", "Sudan")}),
    ("helping_to_smuggle_arms_is_doing_it",
     "Iran was helping to smuggle weapons to the Houthis.",
     {("Iran", "backs_militarily", "Houthis")}, {("Iran", "offers_aid", "Houthis")}),
    ("a_person_a_title_of_rank_names_by_surname_is_an_actor",
     "Ambassador Whitlock discussed the border with Ariel Sharon.",
     {("Whitlock", "discussed_with", "Ariel Sharon")}, set()),
    # the sixty-first session
    ("all_of_a_state_is_the_state",
     "The United States sends its sincere condolences to the families of the victims and to all of Iraq.",
     {("United States", "condolences", "Iraq")}, set()),
    ("the_state_an_attacks_target_is_in_is_not_attacked",
     "Iraq has summoned Turkey's ambassador to demand an end to Turkish air strikes against Kurdish rebel positions "
     "in northern Iraq. Turkish jets struck Syria on Monday.",
     {("Turkey", "attacks", "Syria")}, {("Turkey", "attacks", "Iraq")}),
    ("the_one_told_of_a_commitment_to_act_is_not_its_object",
     "Joe Biden reaffirmed to Benjamin Netanyahu the strong commitment of the United States to build on what the two "
     "countries have achieved. Joe Biden expressed to Fumio Kishida his condolences.",
     {("Joe Biden", "condolences", "Fumio Kishida")},
     {("Joe Biden", "supports", "Benjamin Netanyahu"), ("United States", "supports", "Benjamin Netanyahu")}),
    ("support_that_will_not_change_holds_now",
     "Lloyd Austin stressed that support by the United States for Ukraine will not change. Germany's support for "
     "Moldova will not diminish.",
     {("United States", "supports", "Ukraine"), ("Germany", "supports", "Moldova")}, set()),
    ("aggression_defended_against_is_under_way_whatever_the_defending",
     "Germany supports Ukraine's efforts to defend itself against Russian aggression. Japan will help Taiwan defend "
     "itself against any future Chinese aggression.",
     {("Russia", "attacks", "Ukraine")}, {("China", "attacks", "Taiwan")}),
    ("a_state_right_before_a_titled_name_is_the_titles_not_a_party",
     "Secretary of State Antony J. Blinken spoke today with Venezuelan Interim President Juan Guaidó.",
     {("Antony Blinken", "discussed_with", "Juan Guaidó")}, {("Antony Blinken", "discussed_with", "Venezuela")}),
    ("a_hosted_visit_to_the_hosts_seat_meets_the_guest_not_the_body",
     "Secretary of Defense Lloyd Austin hosted Australian Prime Minister Scott Morrison for his first visit to the "
     "Pentagon.",
     {("Lloyd Austin", "met", "Scott Morrison")},
     {("Lloyd Austin", "met", "US Department of Defense"), ("Scott Morrison", "met", "US Department of Defense")}),
    ("the_regime_a_relative_clause_of_doing_names_did_it",
     "The United States condemned the crimes the Syrian regime committed. France condemned the atrocities Russia "
     "continues to inflict upon Ukrainians.",
     {("United States", "criticizes", "Syria"), ("France", "criticizes", "Russia")}, set()),
    ("a_description_after_a_comma_at_the_end_is_of_the_noun_before_it_whatever_the_clause_denies",
     "Vladimir Putin used an opinion piece to warn the United States against conducting military strikes against the "
     "Assad government, a longtime Russian ally.",
     {("Syria", "allied_with", "Russia")}, set()),
    ("an_event_noun_with_a_relative_clause_of_a_light_verb_and_no_pronoun_is_its_subjects",
     "Sergey Ryabkov praised the meetings Jon Huntsman had with Sergey Lavrov.",
     {("Jon Huntsman", "met", "Sergey Lavrov")}, set()),
    ("a_judgement_in_a_clause_whose_subject_another_names_is_not_the_reporters",
     "Dana W. White said Jim Mattis and Song Young-moo recognized the dangers of North Korea's reckless and unlawful "
     "behavior. \"We will counter Iran's destabilizing activities,\" Mike Pompeo said.",
     {("Mike Pompeo", "criticizes", "Iran")}, {("Dana W. White", "criticizes", "North Korea")}),
    ("a_governments_statement_judging_a_deed_in_its_own_words_is_its",
     "Statement from President Joe Biden on Syria\n\nThe strike was a proportional response to Assad's heinous act. "
     "This killing is yet another example of ISIL's contempt for life itself.",
     {("Joe Biden", "criticizes", "Bashar al-Assad"), ("Joe Biden", "criticizes", "Islamic State")}, set()),
    ("a_denied_meeting_in_a_contact_clause_is_none",
     "The meeting Joe Biden did not have with Vladimir Putin was a missed opportunity. The meeting Joe Biden never had "
     "with Kim Jong Un was discussed.",
     set(), {("Joe Biden", "met", "Vladimir Putin"), ("Joe Biden", "met", "Kim Jong Un")}),
    ("aggression_a_state_prepares_or_vows_to_defend_against_is_not_under_way",
     "Poland is preparing to defend itself against Russian aggression. South Korea vowed to defend itself against "
     "North Korean aggression. Ukraine continues to defend itself against Russian aggression.",
     {("Russia", "attacks", "Ukraine")}, {("Russia", "attacks", "Poland"), ("North Korea", "attacks", "South Korea")}),
    ("what_a_speaker_says_of_anothers_acts_stays_the_speakers_judgement",
     "Mike Pompeo said the United States will not tolerate Iran's provocations. Antony Blinken said Ukraine has "
     "suffered Russia's aggression for two years.",
     {("Mike Pompeo", "criticizes", "Iran"), ("Antony Blinken", "criticizes", "Russia")}, set()),
    ("a_judged_deed_in_a_reported_clause_judges_its_doer_not_the_clauses_subject",
     # (was a counter-example of criticize.say, for the European Union; the deed's doer is judged by
     # criticize.judged_deed since the sixty-first session, as the development gold has it)
     "David Lammy stated that the European Union should review its ties with Russia after its aggressive actions.",
     {("David Lammy", "criticizes", "Russia")}, {("David Lammy", "criticizes", "European Union")}),
    # the sixtieth session
    ("a_states_factions_are_not_the_state",
     "Lebanese factions allied with Syria are blocking roads. Iraqi factions condemned Turkey on Monday. A "
     "Palestinian faction condemned Israel.",
     set(), {("Lebanon", "allied_with", "Syria"), ("Iraq", "criticizes", "Turkey"),
             ("Palestine", "criticizes", "Israel")}),
    ("a_site_named_by_the_recogniser_is_no_actor_met_or_attacked",
     "Secretary Mattis noted his visit to Bien Hoa Air Base earlier in the day. Taliban fighters attacked Bagram "
     "Air Base on Monday.",
     set(), {("Jim Mattis", "met", "Bien Hoa Air Base"), ("Taliban", "attacks", "Bagram Air Base")}),
    ("a_body_or_a_person_whose_name_ends_in_a_site_word_stays_an_actor",
     "The Russian Orthodox Church condemned Ukraine's decision. Senator Frank Church criticized Henry Kissinger.",
     {("Russian Orthodox Church", "criticizes", "Ukraine"), ("Frank Church", "criticizes", "Henry Kissinger")},
     set()),
    ("a_present_verb_tagged_as_a_plural_noun_before_another_verb_shares_their_subject",
     "The United States respects and supports Turkmenistan's independence and neutrality.",
     {("United States", "supports", "Turkmenistan")}, set()),
    ("a_present_demand_after_a_verb_under_not_is_not_negated",
     "Britain and France do not recognize Russia's annexation of Crimea and call on President Putin to end the "
     "occupation. Germany and Italy did not condemn the attack and urge Syria to stop.",
     {("United Kingdom", "criticizes", "Vladimir Putin"), ("France", "criticizes", "Vladimir Putin")},
     {("Germany", "criticizes", "Syria"), ("Italy", "criticizes", "Syria")}),
    ("a_verb_of_its_own_tense_joined_to_one_under_will_is_not_to_come",
     "Britain does not, nor will it, recognize Russia's annexation of Crimea and calls on President Putin to end "
     "the occupation. If Russia invades Ukraine and attacks Poland, NATO will respond. Iran warned it would "
     "retaliate if Israel strikes Lebanon and bombs Beirut.",
     {("United Kingdom", "criticizes", "Vladimir Putin")},
     {("Russia", "attacks", "Poland"), ("Russia", "attacks", "Ukraine"), ("Israel", "attacks", "Lebanon")}),
    ("everyone_a_list_of_titled_people_names_is_met_however_the_parser_cuts_it",
     "Secretary Austin met with Iraqi Prime Minister Mustafa al-Kadhimi, Minister of Defense Juma Inad, Minister of "
     "Interior Othman al-Ghanimi and Foreign Minister Fuad Hussein in Baghdad.",
     {("Lloyd Austin", "met", "Mustafa al-Kadhimi"), ("Lloyd Austin", "met", "Juma Inad"),
      ("Lloyd Austin", "met", "Fuad Hussein")}, set()),
    ("a_list_of_those_met_ends_at_a_subject_or_an_owner_of_a_title",
     "Biden met with Xi, Vladimir Putin said on Monday. Secretary Austin met with General Yousef Huneiti, King "
     "Abdullah II's adviser, in Amman. Blinken met with Lavrov, the foreign minister of President Putin. Macron met "
     "with Xi, Blinken with Wang Yi, and Yellen with Liu He. Netanyahu met with Blinken, Hamas leader Ismail Haniyeh "
     "was in Doha.",
     {("Joe Biden", "met", "Xi Jinping"), ("Antony Blinken", "met", "Sergey Lavrov")},
     {("Joe Biden", "met", "Vladimir Putin"), ("Lloyd Austin", "met", "Abdullah II"),
      ("Antony Blinken", "met", "Vladimir Putin"), ("Emmanuel Macron", "met", "Antony Blinken"),
      ("Benjamin Netanyahu", "met", "Ismail Haniyeh")}),
    ("helping_a_states_forces_fight_is_military_backing",
     "Iran is helping Syrian government forces battle rebels. Russia helped Assad's forces fight the rebels. China "
     "is helping Pakistan fight the pandemic.",
     {("Iran", "backs_militarily", "Syria"), ("Russia", "backs_militarily", "Syria"),
      ("China", "supports", "Pakistan")},
     {("Iran", "supports", "Syria"), ("Russia", "supports", "Syria"), ("China", "backs_militarily", "Pakistan")}),
    ("a_standing_aim_of_support_is_support_now",
     "One of the main priorities of France is to support Moldova. The goal of Germany is not to support Serbia. "
     "The purpose of her going is to back Kofi Annan's mediation, Jendayi Frazer said. Japan's aim was to defeat "
     "China.",
     {("France", "supports", "Moldova")},
     {("Germany", "supports", "Serbia"), ("Jendayi Frazer", "supports", "Kofi Annan"), ("Japan", "attacks", "China")}),
    ("a_second_titled_name_after_and_is_joined_not_in_apposition",
     "Ambassador Philip Reeker and NSC Director for Russian Affairs Andrew Peek met with President Zelensky on "
     "Monday.",
     {("Philip Reeker", "met", "Volodymyr Zelenskyy"), ("Andrew Peek", "met", "Volodymyr Zelenskyy")}, set()),
    ("the_un_human_rights_council_is_a_body_of_its_own",
     "Today the UN Human Rights Council took urgent action to condemn the continued human rights abuses by the "
     "Syrian government.",
     {("UN Human Rights Council", "criticizes", "Syria")}, {("United Nations", "criticizes", "Syria")}),
    # the fifty-ninth session
    ("a_states_own_condition_in_a_prepositional_role_stands_for_the_state",
     "China expressed support for the independence of Kosovo and the isolation of Serbia.",
     {("China", "supports", "Kosovo")}, {("China", "supports", "Serbia")}),
    ("a_state_committed_to_an_act_against_another_supports_no_one",
     "Israel remains committed to dismantling Hamas. Iran is committed to Israel's destruction.",
     set(), {("Israel", "supports", "Hamas"), ("Iran", "supports", "Israel")}),
    ("a_protest_with_a_multilateral_mission_is_no_protest_to_its_host",
     "Rwanda lodged a protest with the U.N. Congo mission on Friday.",
     set(), {("Rwanda", "criticizes", "Democratic Republic of the Congo")}),
    ("a_person_hung_on_the_topic_of_speaking_is_the_one_spoken_with",
     "Egyptian President Abdel Fattah el-Sisi said he had spoken about the subject with Palestinian President Mahmoud "
     "Abbas and Israeli Prime Minister Benjamin Netanyahu.",
     {("Abdel Fattah al-Sisi", "discussed_with", "Mahmoud Abbas"),
      ("Abdel Fattah al-Sisi", "discussed_with", "Benjamin Netanyahu")}, set()),
    ("speaking_on_a_medium_or_on_the_eve_of_a_meeting_is_no_talk_with_its_party",
     "Speaking on CNN on the eve of a White House meeting Monday with President Bush, Afghan President Hamid Karzai "
     "condemned the deaths of two prisoners.",
     set(), {("Hamid Karzai", "discussed_with", "George W. Bush")}),
    ("a_protest_lodged_with_a_states_embassy_is_lodged_with_the_state",
     "Indonesia lodged a protest with the Brazilian Embassy in Jakarta on Friday.",
     {("Indonesia", "criticizes", "Brazil")}, set()),
    ("the_one_honored_to_host_another_hosts_them",
     "Secretary of State John Kerry said he was honored to host Kazakh Foreign Minister Erlan Idrissov in Washington "
     "last week.",
     {("John Kerry", "met", "Erlan Idrissov")}, set()),
    ("a_passive_of_saying_or_instructing_gives_its_subject_no_act",
     "Osama bin Laden is said to have declared war against the United States. The ministries were instructed to "
     "begin consultations with France.",
     set(), {("Osama bin Laden", "attacks", "United States")}),
    # the fifty-eighth session
    ("a_philippine_secretary_of_national_defense_is_a_title",
     "Secretary of Defense Lloyd J. Austin III and Philippines Secretary of National Defense Gilberto Teodoro held an "
     "introductory phone call today.",
     {("Lloyd Austin", "called", "Gilberto Teodoro")}, set()),
    ("the_host_of_talks_on_a_partys_side_is_their_venue_no_party",
     "The Kremlin hosted talks between Vladimir Putin and Kazakh President Kassym-Jomart Tokayev.",
     {("Vladimir Putin", "discussed_with", "Kassym-Jomart Tokayev")},
     {("Russia", "discussed_with", "Kassym-Jomart Tokayev")}),
    ("a_person_who_hosts_talks_between_their_state_and_another_meets_the_other",
     "Vladimir Putin hosted talks between Russia and Kazakhstan at the Kremlin.",
     {("Vladimir Putin", "met", "Kazakhstan")}, set()),
    ("a_visit_met_in_advance_of_is_still_to_come",
     "Secretary of Defense Lloyd Austin met with Japanese Prime Minister Fumio Kishida today in Tokyo in advance of "
     "the prime minister's visit to Washington.",
     {("Lloyd Austin", "met", "Fumio Kishida")}, {("Fumio Kishida", "met", "United States")}),
    ("a_summit_announced_is_not_yet_held",
     "Both sides welcomed the announcement of a summit between Joe Biden and Xi Jinping.",
     set(), {("Joe Biden", "met", "Xi Jinping")}),
    ("a_list_joined_to_the_last_word_of_a_name_is_joined_to_the_name",
     "Norway sent aid to its partners, including the International Organization for Migration and the World Food "
     "Program.",
     {("Norway", "offers_aid", "International Organization for Migration"),
      ("Norway", "offers_aid", "World Food Program")}, set()),
    ("a_visit_when_one_is_able_is_to_come_on_a_future_welcome",
     "Japan looks forward to welcoming President William Ruto when he is able to visit Tokyo.",
     set(), {("William Ruto", "met", "Japan")}),
    ("an_offensive_read_as_an_adjective_after_its_modifiers_is_the_noun",
     "Yemen began an air and ground offensive against the Houthis.", {("Yemen", "attacks", "Houthis")}, set()),
    ("an_infinitive_read_as_an_adverbial_clause_of_committed_is_its_complement",
     "Japan remains committed to help Ukraine.", {("Japan", "offers_aid", "Ukraine")}, set()),
    ("a_resolution_vetoed_says_nothing",
     "Vetoes by Russia and China of a Security Council resolution condemning Myanmar drew criticism.",
     set(), {("UN Security Council", "criticizes", "Myanmar")}),
    ("neighboring_read_as_a_verb_before_a_names_noun_is_its_adjective",
     "Ethiopia accused neighboring Eritrea's government of supporting the al-Shabaab militants.",
     {("Ethiopia", "accuses", "Eritrea")}, {("Ethiopia", "supports", "Al-Shabaab")}),
    ("neighboring_read_as_a_verb_before_a_name_is_its_adjective",
     "The Ethiopian government accused neighboring Eritrea of supporting the al-Shabaab militants.",
     {("Ethiopia", "accuses", "Eritrea")}, {("Ethiopia", "supports", "Al-Shabaab")}),
    # the fifty-seventh session
    ("a_state_in_the_possessive_title_of_the_one_met_is_no_party",
     "Secretary of Defense Mark T. Esper met today with Japan’s Minister for Defense Taro Kono.",
     {("Mark Esper", "met", "Tarō Kōno")}, {("Mark Esper", "met", "Japan")}),
    ("a_state_named_with_its_acronym_in_the_title_of_the_one_called_is_no_party",
     "On March 6, 2023, Secretary of Defense Lloyd J. Austin III held a telephone call with the People’s Republic of "
     "China (PRC) Minister of National Defense, General Li Shangfu. Secretary Austin called for greater PRC "
     "transparency on its military buildup.",
     {("Lloyd Austin", "called", "Li Shangfu")}, {("Lloyd Austin", "called", "China")}),
    ("the_annexation_of_a_states_peninsula_attacks_that_state",
     "Sanctions followed Armenia's annexation of Azerbaijan's southern peninsula.",
     {("Armenia", "attacks", "Azerbaijan")}, set()),
    ("an_act_not_condemned_or_not_recognised_still_took_place",
     "Belarus did not condemn Russia's invasion of Georgia, and Armenia will not recognize Azerbaijan's occupation of "
     "the region.",
     {("Russia", "attacks", "Georgia")}, {("Belarus", "criticizes", "Russia")}),
    ("an_act_to_come_that_one_would_condemn_or_justify_did_not_take_place",
     "Belarus would condemn a Russian attack on Georgia. Iran called the talks a pretext to justify a U.S. attack on "
     "Syria. Egypt refused to condemn Turkey's planned strike on Iraq.",
     set(), {("Russia", "attacks", "Georgia"), ("United States", "attacks", "Syria"), ("Turkey", "attacks", "Iraq")}),
    ("a_present_tense_verb_after_a_name_the_tagger_read_as_a_plural_noun_is_the_said_clause",
     "Nicaragua says the United States meddles in Central American affairs.",
     {("Nicaragua", "accuses", "United States")}, set()),
    ("a_state_in_a_lower_case_or_comma_title_of_the_one_met_is_no_party",
     "Antony Blinken met today with Kenya’s Cabinet Secretary for Defence, Monica Juma, in Nairobi. Later, Ismail "
     "Haniyeh met with Egyptian intelligence chief Abbas Kamel in Cairo.",
     {("Antony Blinken", "met", "Monica Juma"), ("Ismail Haniyeh", "met", "Abbas Kamel")},
     {("Antony Blinken", "met", "Kenya"), ("Ismail Haniyeh", "met", "Egypt")}),
    ("a_tensed_verb_joined_to_a_negated_one_is_not_negated",
     "Britain does not recognize the referendum and calls on Vladimir Putin to end his occupation. Japan did not "
     "attack China and did not threaten it.",
     {("United Kingdom", "criticizes", "Vladimir Putin")},
     {("Japan", "attacks", "China"), ("Japan", "threatens", "China")}),
    ("a_lower_case_title_before_and_is_another_persons",
     "Lloyd Austin met Japan's state minister and Yoshimasa Hayashi in Tokyo.",
     {("Lloyd Austin", "met", "Japan")}, set()),
    # the fifty-sixth session
    ("a_meeting_in_the_present_later_that_day_is_a_schedule",
     "Recep Tayyip Erdogan meets with Vladimir Putin later Tuesday.",
     set(), {("Recep Tayyip Erdogan", "met", "Vladimir Putin")}),
    ("one_named_to_meet_someone_is_no_meeting_of_the_namer",
     "Burma's government has named a liaison to meet regularly with Aung San Suu Kyi.",
     set(), {("Myanmar", "met", "Aung San Suu Kyi")}),
    ("two_who_discussed_in_a_sentence_about_the_call_called",
     "In a statement summarizing the call, a spokesman said Lloyd Austin and Richard Marles discussed regional "
     "security.",
     {("Lloyd Austin", "called", "Richard Marles")}, {("Lloyd Austin", "discussed_with", "Richard Marles")}),
    ("hosting_an_event_in_honor_of_someone_is_meeting_them",
     "Lloyd Austin hosted an Honor Cordon and Bilateral Meeting in Honor of Richard Marles at the Pentagon.",
     {("Lloyd Austin", "met", "Richard Marles")},
     {("Lloyd Austin", "met", "Honor Cordon"), ("Lloyd Austin", "met", "Bilateral Meeting")}),
    ("a_meeting_of_the_ministers_of_three_states_is_theirs",
     "The consensus emerged from a meeting of the foreign ministers of Britain, France and Germany in Berlin.",
     {("United Kingdom", "met", "France"), ("United Kingdom", "met", "Germany"), ("France", "met", "Germany")}, set()),
    ("speaking_at_a_meeting_of_a_body_is_no_meeting_with_it",
     "At an emergency meeting of the U.N. Security Council, Susan Rice condemned Russia.",
     {("Susan Rice", "criticizes", "Russia")},
     {("Susan Rice", "met", "UN Security Council")}),
    ("leaders_in_a_state_are_its_leaders_and_contact_from_afar_is_no_meeting",
     "The United States has been in contact with leaders in both Georgia and Russia.",
     {("United States", "discussed_with", "Georgia"), ("United States", "discussed_with", "Russia")},
     {("United States", "met", "Georgia"), ("United States", "met", "Russia")}),
    ("their_demonym_allies_after_a_list_are_no_alliance_with_that_state",
     "The White House warned Syria, Iran, Hezbollah, and their Lebanese allies not to destabilize the government of "
     "Lebanon.",
     {("United States", "threatens", "Syria")},
     {("Syria", "allied_with", "Lebanon"), ("Iran", "allied_with", "Lebanon"),
      ("Hezbollah", "allied_with", "Lebanon")}),
    ("one_named_to_meet_has_not_met_yet",
     "Barack Obama named George Mitchell to meet Benjamin Netanyahu.",
     set(), {("George Mitchell", "met", "Benjamin Netanyahu"), ("Barack Obama", "met", "Benjamin Netanyahu")}),
    ("business_leaders_in_a_state_are_not_its_government",
     "Joe Biden met with business leaders in India.",
     set(), {("Joe Biden", "met", "India")}),
    ("their_demonym_allies_with_no_other_mention_of_the_state_are_it",
     "Russia and their Syrian allies bombed Aleppo on Tuesday.",
     {("Russia", "allied_with", "Syria")}, set()),
    ("hosting_an_event_in_honor_of_the_late_someone_is_no_meeting",
     "Barack Obama hosted a reception in honor of the late Nelson Mandela.",
     set(), {("Barack Obama", "met", "Nelson Mandela")}),
    ("on_ones_way_for_talks_the_talks_are_ahead",
     "Benjamin Netanyahu is on his way to Washington for talks with Mahmoud Abbas.",
     set(), {("Benjamin Netanyahu", "discussed_with", "Mahmoud Abbas"),
             ("Benjamin Netanyahu", "met", "Mahmoud Abbas")}),
    ("envoys_recalled_for_consultations_hold_no_talks_together",
     "The foreign ministers of Bahrain and Kuwait said they were recalling their envoys in Damascus for consultations.",
     set(), {("Bahrain", "met", "Kuwait"), ("Bahrain", "discussed_with", "Kuwait")}),
    ("a_state_dinner_in_honor_of_someone_is_meeting_them",
     "Joe Biden hosted a state dinner in honor of Emmanuel Macron.",
     {("Joe Biden", "met", "Emmanuel Macron")}, set()),
    # the fifty-fifth session
    ("what_kills_in_a_clause_on_the_one_an_attack_struck_is_the_attack",
     "The United Nations condemned an attack on a U.N. convoy of Pakistani peacekeepers that killed two Bangladeshi "
     "soldiers.",
     set(), {("United Nations", "attacks", "Bangladesh")}),
    ("a_count_before_a_demonym_is_people_not_the_state",
     "North Korea has admitted it kidnapped some Japanese in the 1970s. Militants killed three Americans and fled.",
     set(), {("North Korea", "attacks", "Japan")}),
    ("a_name_the_recogniser_took_for_a_place_is_a_person_with_an_aide_in_apposition",
     "Isao Iijima, an aide to Prime Minister Shinzo Abe, met Kim Yong Nam on Tuesday.",
     {("Isao Iijima", "met", "Kim Yong Nam")}, {("Shinzo Abe", "met", "Kim Yong Nam")}),
    ("a_noun_in_apposition_to_a_surname_of_the_article_is_that_person",
     "Isao Iijima landed in Pyongyang on Monday. Iijima, the Japanese envoy visiting North Korea, met no one.",
     {("Isao Iijima", "met", "North Korea")}, set()),
    ("north_and_south_korea_are_both_halves",
     "North and South Korea are holding fresh talks on Wednesday. Japan criticized North and South Korea.",
     {("South Korea", "discussed_with", "North Korea"), ("Japan", "criticizes", "North Korea"),
      ("Japan", "criticizes", "South Korea")}, set()),
    ("a_signature_names_the_first_person_and_wanting_to_extend_condolences_extends_them",
     "I condemn the bombing. I want to extend my condolences to the victims and their families, and to the "
     "governments and peoples of Japan and Kenya. I would like to express my support for Ukraine.\n\nJOE BIDEN",
     {("Joe Biden", "condolences", "Japan"), ("Joe Biden", "condolences", "Kenya"),
      ("Joe Biden", "supports", "Ukraine")}, set()),
    ("a_wish_of_someone_else_stays_a_wish",
     "Olaf Scholz wanted to express his support for Ukraine. He would like to meet Joe Biden.",
     set(), {("Olaf Scholz", "supports", "Ukraine"), ("Olaf Scholz", "met", "Joe Biden")}),
    ("a_negotiating_team_is_its_owners",
     "Antony Blinken met with the Colombian government's negotiating team and then with the FARC negotiating team.",
     {("Antony Blinken", "met", "Colombia"), ("Antony Blinken", "met", "Revolutionary Armed Forces of Colombia")},
     set()),
    ("a_vow_in_the_past_after_a_reported_present_is_the_speakers",
     "Beijing has long claimed that self-ruled Taiwan is part of its own territory and vowed to bring the island "
     "under its rule, by force if necessary.",
     {("China", "threatens", "Taiwan")}, set()),
    ("last_years_attack_is_no_attack_told_before",
     "The United States killed Ahmed Abdi Godane in an airstrike. Al-Shabaab has claimed responsibility for last "
     "year's attack on the Westgate Mall in Nairobi.",
     set(), {("Al-Shabaab", "attacks", "Ahmed Abdi al-Muhammad"), ("Al-Shabaab", "attacks", "Ahmed Abdi Godane")}),
    ("an_infinitive_on_an_effort_is_the_efforts_owners",
     "The United States remains fully committed to supporting the efforts of ECOWAS to assist Mali in restoring order.",
     {("Economic Community of West African States", "offers_aid", "Mali")}, {("United States", "offers_aid", "Mali")}),
    ("an_act_after_a_dash_is_the_one_told",
     "The United Nations started to set up an international tribunal to try suspects in the killing -- a step "
     "strongly opposed by Syria.",
     {("Syria", "criticizes", "United Nations")}, set()),
    ("a_state_in_the_title_of_a_person_met_is_no_party_of_its_own",
     "Lloyd Austin met with Philippine Secretary of National Defense Gilberto Teodoro in Manila. Antony Blinken met "
     "with Ghanaian Minister of Foreign Affairs and Regional Integration Shirley Ayorkor Botchwey in Washington.",
     {("Lloyd Austin", "met", "Gilberto Teodoro"), ("Antony Blinken", "met", "Shirley Ayorkor Botchwey")},
     {("Lloyd Austin", "met", "Philippines"), ("Antony Blinken", "met", "Ghana")}),
    ("an_as_phrase_on_a_clause_marker_names_nothing",
     "Both ministers discussed Turkey's importance as both a NATO ally and a key member of the coalition to defeat "
     "Da'esh.",
     set(), {("Islamic State", "allied_with", "NATO")}),
    ("the_owner_of_a_government_whose_acts_are_judged_is_judged",
     "Alexander Lukashenko forced the plane down. Angela Merkel personally criticized his government's actions as "
     "unacceptable.",
     {("Angela Merkel", "criticizes", "Alexander Lukashenko")}, set()),
    ("a_letter_to_someone_does_what_its_participle_says_not_the_addressee",
     "Benjamin Mkapa later wrote a letter to SADC criticizing its silence on the crisis.",
     {("Benjamin Mkapa", "criticizes", "Southern African Development Community")}, set()),
    # (the review of the fifty-fifth session's change: where the new readings must not reach)
    ("who_killed_on_the_ones_a_raid_struck_is_theirs",
     "Israel carried out a raid on Hamas militants who killed two Israeli soldiers last week.",
     {("Hamas", "attacks", "Israel"), ("Israel", "attacks", "Hamas")}, set()),
    ("a_count_before_a_list_of_demonyms_is_a_count_of_kinds",
     "The United States sanctioned several Russian and Chinese companies on Friday.",
     {("United States", "criticizes", "Russia"), ("United States", "criticizes", "China")}, set()),
    ("wanting_to_send_arms_is_no_sending",
     "\u201cWe want to send more weapons to Ukraine,\u201d Joe Biden said.",
     set(), {("United States", "backs_militarily", "Ukraine"), ("Joe Biden", "backs_militarily", "Ukraine")}),
    ("a_state_named_before_and_a_titled_name_is_a_party",
     "Antony Blinken met with officials from Japan and Foreign Minister Park Jin of South Korea.",
     {("Antony Blinken", "met", "Japan")}, set()),
    ("replacing_someone_as_an_ally_names_no_alliance_of_theirs",
     "India has replaced Pakistan as America's key ally in South Asia.",
     set(), {("Pakistan", "allied_with", "United States")}),
    ("a_letter_to_those_who_attack_does_not_attack",
     "Antonio Guterres wrote a letter to the armed groups attacking U.N. peacekeepers in Mali.",
     set(), {("Antonio Guterres", "attacks", "United Nations")}),
    # the fifty-fourth session
    ("condolences_offered_to_a_titled_name_are_theirs",
     "Robert Gates offered Afghan President Hamid Karzai condolences and his personal regrets for the loss of lives.",
     {("Robert Gates", "condolences", "Hamid Karzai")}, set()),
    ("a_place_takes_no_with_the_talks_opened_there_do",
     "Muammar Gaddafi opened talks Saturday in the Kremlin with Russian President Dmitry Medvedev.",
     {("Muammar Gaddafi", "met", "Dmitry Medvedev")}, set()),
    ("a_states_sovereignty_and_territorial_integrity_are_joined_nouns_of_the_state",
     "Japan backs the Philippines' sovereignty and territorial integrity. Canada values Mali's sovereignty and "
     "economic growth.",
     {("Japan", "supports", "Philippines")}, {("Canada", "supports", "Mali")}),
    ("a_quotation_after_a_phrase_opens_what_the_object_is_called",
     "Jens Stoltenberg called the Russian incursion into Turkish airspace \u201cdangerous\u201d behavior.",
     {("Jens Stoltenberg", "criticizes", "Russia")}, set()),
    ("the_kind_of_support_may_qualify_its_qualifier",
     "Jim Mattis reaffirmed continued U.S. military advisory support to assist the Philippines.",
     {("United States", "backs_militarily", "Philippines")}, set()),
    ("guinean_is_guineas",
     "The African Union condemned the Guinean military's use of force.",
     {("African Union", "criticizes", "Guinea")}, set()),
    ("the_name_after_an_opening_gerund_and_its_object_is_the_verbs_subject",
     "After meeting Sergey Lavrov, Bernard Kouchner said the talks went well.",
     {("Bernard Kouchner", "met", "Sergey Lavrov")}, set()),
    ("a_title_of_another_state_after_a_name_is_the_next_names",
     "After a meeting with Sergey Lavrov, the French Foreign Minister, Bernard Kouchner, said the talks went well.",
     {("Bernard Kouchner", "met", "Sergey Lavrov")}, set()),
    ("his_country_is_the_state_an_unnamed_official_serves",
     "Ban Ki-moon spoke. Tunisia's prime minister said Sunday his country is cutting ties with Syria.",
     {("Tunisia", "criticizes", "Syria")}, {("United Nations", "criticizes", "Syria")}),
    ("commanders_of_two_states_meet_for_them_a_title_of_foreign_relations_is_a_foreign_ministers",
     "Israeli and Lebanese commanders met in Naqoura. Condoleezza Rice met Peruvian Minister of Foreign Relations "
     "Manuel Rodr\u00edguez.",
     {("Israel", "met", "Lebanon"), ("Condoleezza Rice", "met", "Manuel Rodr\u00edguez")},
     {("Condoleezza Rice", "met", "Peru")}),
    # the fifty-third session
    ("titled_people_listed_with_words_of_a_title_between_are_each_called",
     "Vladimir Putin spoke by telephone with President of the French Republic Emmanuel Macron and Federal "
     "Chancellor of Germany Olaf Scholz.",
     {("Vladimir Putin", "called", "Emmanuel Macron"), ("Vladimir Putin", "called", "Olaf Scholz")}, set()),
    ("a_run_of_titles_ends_in_a_name_with_its_particles",
     "Vladimir Putin had a telephone conversation with Crown Prince of Abu Dhabi and Deputy Supreme Commander of "
     "the United Arab Emirates Armed Forces Mohamed bin Zayed Al Nahyan.",
     {("Vladimir Putin", "called", "Mohammed bin Zayed")}, {("Vladimir Putin", "called", "United Arab Emirates")}),
    ("support_that_will_not_waver_holds_now_a_strike_that_will_not_hesitate_is_to_come",
     "The United States will not falter in its support for the Lebanese government. Russia will not hesitate to "
     "attack Ukraine.",
     {("United States", "supports", "Lebanon")}, {("Russia", "attacks", "Ukraine")}),
    ("a_document_signed_acts_for_its_signer_and_is_no_actor",
     "George W. Bush signed a new Executive Order that expands sanctions against Zimbabwe. The Security Council "
     "rejected a resolution that condemns North Korea.",
     {("George W. Bush", "criticizes", "Zimbabwe")},
     {("Executive Order", "criticizes", "Zimbabwe"), ("UN Security Council", "criticizes", "North Korea")}),
    ("the_place_of_a_where_clause_is_no_one_met",
     "The incident occurred inside Pakistani territory where Pakistani and Afghan officials met to discuss trade.",
     {("Afghanistan", "met", "Pakistan")}, set()),
    ("their_on_the_object_is_the_clause_subject_that_names_two",
     "The Pakistani and Indian delegations ended their two-day talks. Russia and Iran ended their talks with Turkey. "
     "Russia and China ended their support for Iran's nuclear program. Germany withdrew its support for Turkey.",
     {("Pakistan", "discussed_with", "India")},
     {("Russia", "discussed_with", "Iran"), ("Russia", "supports", "Iran"), ("China", "supports", "Iran"),
      ("Germany", "supports", "Turkey")}),
    ("a_right_to_self_defence_recognized_or_said_is_support",
     "The United States recognizes the right of South Sudan to self-defense. Mohammed bin Zayed stated that Russia "
     "has the right to ensure its national security. Rishi Sunak said Israel has the right to vote.",
     {("United States", "supports", "South Sudan"), ("Mohammed bin Zayed", "supports", "Russia")},
     {("Rishi Sunak", "supports", "Israel")}),
    ("a_hyphened_alliance_ending_a_list_names_only_the_one_before_the_hyphen",
     "Barack Obama and Yukio Hatoyama spoke by telephone to discuss North Korea, Iran, and the U.S.-Japan alliance.",
     {("United States", "allied_with", "Japan")}, {("Iran", "allied_with", "Japan"),
                                                  ("North Korea", "allied_with", "Japan")}),
    ("an_act_by_which_one_is_accused_of_another_is_charged_not_told",
     "Somalia, a country that Isaias Afewerki has been accused of destabilizing by financially supporting al-Shabab "
     "militants, protested.",
     set(), {("Somalia", "backs_financially", "Al-Shabaab"), ("Isaias Afewerki", "backs_financially", "Al-Shabaab")}),
    ("the_purpose_of_an_operation_is_its_owners_where_the_parser_hung_it_on_the_verb",
     "Vladimir Putin and Charles Michel spoke by phone. The leaders continued the discussion on Russia's special "
     "military operation to defend the Donbass republics.",
     {("Vladimir Putin", "called", "Charles Michel")}, {("Charles Michel", "supports", "Russia")}),
    ("one_of_the_countries_that_acted_is_the_subject_it_describes",
     "Pakistan was one of many countries that offered assistance to help the United States deal with the hurricane. "
     "Russia is one of the countries that have condemned Israel.",
     {("Pakistan", "offers_aid", "United States"), ("Russia", "criticizes", "Israel")}, set()),
    ("harm_that_must_be_halted_is_under_way",
     "Sudan must halt the bombardment of South Sudan. Russia refused to stop its attacks on Ukraine. Chad did not "
     "attack Libya. Israel must stop attacking Lebanon. Egypt must not attack Libya. French troops halted the rebel "
     "offensive on Mali. Kenya stopped the attack on Somalia in 2012.",
     {("Sudan", "attacks", "South Sudan"), ("Russia", "attacks", "Ukraine"), ("Israel", "attacks", "Lebanon")},
     {("Chad", "attacks", "Libya"), ("Egypt", "attacks", "Libya"), ("France", "attacks", "Mali"),
      ("Kenya", "attacks", "Somalia")}),
    ("a_leader_who_stopped_in_a_state_visited_it",
     "Hugo Chavez stopped in Cuba, an ally, on his way to China.", {("Hugo Chávez", "met", "Cuba")}, set()),
    ("a_meeting_involving_states_named_is_theirs_one_of_their_leaders_by_demonym_is_not",
     "An informal meeting in Beijing involving North Korea, China and the United States ended Friday. A summit of "
     "Israeli and Palestinian leaders was held in Egypt. The United States hosted a meeting between Armenia and "
     "Azerbaijan in Washington.",
     {("North Korea", "met", "China"), ("China", "met", "United States"), ("Armenia", "met", "Azerbaijan")},
     {("Israel", "met", "Egypt"), ("United States", "met", "Armenia"), ("United States", "met", "Azerbaijan")}),
    ("face_to_face_talks_are_a_meeting",
     "Face to face talks between South Korean officials and Taliban militants broke down last week. Talks between "
     "Russia and Ukraine ended Friday.",
     {("South Korea", "met", "Taliban"), ("Russia", "discussed_with", "Ukraine")}, {("Russia", "met", "Ukraine")}),
    # the fifty-second session
    ("the_demonym_and_minister_is_the_one_minister_of_that_state_named_before",
     "Lloyd Austin spoke with South Korea's Minister of National Defense Shin Won-sik on Friday. Later the South "
     "Korean minister criticized North Korea, and the Japanese minister criticized China.",
     {("Shin Won-sik", "criticizes", "North Korea"), ("Japan", "criticizes", "China")},
     {("South Korea", "criticizes", "North Korea")}),
    ("them_in_a_phrase_of_a_joined_verb_is_whom_the_first_verb_names",
     "Canada condemned Iran and Syria and stood with them. Norway met France and stood with them. Houthi rebels "
     "attacked Saudi troops on the border, and Iran has supplied missiles to them.",
     {("Canada", "supports", "Iran"), ("Canada", "supports", "Syria"), ("Norway", "supports", "France")},
     {("Iran", "backs_militarily", "Saudi Arabia")}),
    ("the_people_and_government_of_a_state_are_the_state_the_people_alone_are_not",
     "The United States grieves with the people and governments of Burundi, Somalia and Tunisia. Canada mourns "
     "with the government and people of France. Japan supports the people of Cuba in their call for freedom.",
     {("United States", "condolences", "Burundi"), ("United States", "condolences", "Somalia"),
      ("United States", "condolences", "Tunisia"), ("Canada", "condolences", "France")},
     {("Japan", "supports", "Cuba")}),
    ("an_event_between_two_named_parties_is_theirs_when_the_clause_subject_is_both_of_them",
     "During a phone conversation between Defense Secretary Lloyd Austin and South Korea's Minister of National "
     "Defense Shin Won-sik, the two leaders expressed their commitment to peace.",
     {("Lloyd Austin", "called", "Shin Won-sik")}, set()),
    ("an_event_between_two_named_parties_is_not_a_third_party_s_when_others_are_the_subject",
     "During a meeting between Benjamin Netanyahu and Mahmoud Abbas, Iranian officials threatened Israel.",
     {("Benjamin Netanyahu", "met", "Mahmoud Abbas")},
     {("Benjamin Netanyahu", "met", "Iran"), ("Mahmoud Abbas", "met", "Iran"), ("Iran", "met", "Benjamin Netanyahu")}),
    ("a_post_serving_a_title_is_the_holder_named_after_it_not_the_body_before",
     "Mike Pompeo reiterated the United States' committed support for UN Special Representative of the "
     "Secretary-General Ghassan Salamé and his plan.",
     {("United States", "supports", "Ghassan Salamé")}, {("United States", "supports", "United Nations")}),
    ("a_name_closing_the_sentence_after_a_comma_is_the_object_it_names",
     "Washington backs the head of the ruling coalition, Saad Hariri.",
     {("United States", "supports", "Saad Hariri")}, set()),
    ("a_demand_that_the_parser_read_as_a_relative_clause_is_made_of_its_subject",
     "The two countries remain locked in a standoff over South Korean demands that Japan compensate colonial-era "
     "Korean women.",
     {("South Korea", "criticizes", "Japan")}, set()),
    ("a_curly_apostrophe_after_a_plural_name_makes_it_the_owner",
     "Antony Blinken reiterated the United States’ committed support for Volodymyr Zelenskyy.",
     {("United States", "supports", "Volodymyr Zelenskyy")}, {("Antony Blinken", "supports", "Volodymyr Zelenskyy")}),
    ("a_people_in_the_plural_met_or_talked_with_is_its_state_people_counted_are_not",
     "Russia met the Iranians on Monday. John Kerry held talks with the Iranians in Geneva. Turkey met three "
     "Syrians on Monday.",
     {("Russia", "met", "Iran"), ("John Kerry", "met", "Iran")}, {("Turkey", "met", "Syria")}),
    ("a_people_in_the_plural_described_after_the_noun_are_private_people",
     "Angela Merkel met the Syrians who had arrived at the railway station. Narendra Modi met the Afghans studying "
     "in New Delhi. Recep Tayyip Erdogan met the Germans of Turkish origin in Cologne.",
     set(), {("Angela Merkel", "met", "Syria"), ("Narendra Modi", "met", "Afghanistan"),
             ("Recep Tayyip Erdogan", "met", "Germany")}),
    ("talks_named_by_the_building_they_are_held_in_are_held_there_in_person",
     "George W. Bush held Oval Office talks with Alvaro Uribe. Vladimir Putin held Kremlin talks with Recep "
     "Tayyip Erdogan.",
     {("George W. Bush", "met", "Álvaro Uribe"), ("Vladimir Putin", "met", "Recep Tayyip Erdogan")},
     {("George W. Bush", "discussed_with", "Álvaro Uribe")}),
    ("a_body_s_initials_the_tagger_read_as_a_verb_are_parsed_as_a_name_not_when_read_as_a_noun",
     "ECOWAS imposed an arms embargo on Guinea and accused the military government of killing protesters. Chief "
     "government negotiator Humberto de la Calle and FARC commander Ivan Marquez shook hands at a ceremony in "
     "Havana.",
     {("Economic Community of West African States", "accuses", "Guinea"),
      ("Humberto de la Calle", "met", "Ivan Marquez")}, set()),
    ("officials_met_or_talked_with_include_the_people_named_as_included",
     "Since his arrival in Islamabad on Tuesday, Burhanuddin Rabbani has held talks with senior Pakistani "
     "officials, including army chief General Ashfaq Kayani.",
     {("Burhanuddin Rabbani", "met", "Ashfaq Kayani")}, set()),
    ("the_government_as_an_object_is_the_state_named_before_it_not_the_acting_one",
     "ECOWAS imposed an arms embargo on Guinea and accused the military government of carrying out atrocities.",
     {("Economic Community of West African States", "accuses", "Guinea")}, set()),
    ("one_said_to_be_to_blame_for_what_is_no_harm_is_judged_not_charged",
     "Robert Mugabe claims that Britain is to blame for Zimbabwe's economic woes. Robert Mugabe says the United "
     "States is not to blame for the crisis.",
     {("Robert Mugabe", "criticizes", "United Kingdom")},
     {("Robert Mugabe", "accuses", "United Kingdom"), ("Robert Mugabe", "criticizes", "United States")}),
    ("people_of_a_state_counted_among_the_killed_name_the_group_they_include",
     "Israeli airstrikes against Gaza killed four Palestinians, including three members of the ruling Hamas "
     "movement.",
     {("Israel", "attacks", "Hamas")}, set()),
    ("concern_about_the_situation_in_a_part_of_a_state_judges_no_one",
     "The United States is very concerned about the situation in northwest Syria. Canada is concerned about the "
     "fighting in southern Lebanon.",
     set(), {("United States", "criticizes", "Syria"), ("Canada", "criticizes", "Lebanon")}),
    # the fifty-first session
    ("talks_at_a_place_the_recogniser_names_when_no_unknown_name_needed_it",
     "Turkish President Abdullah Gul is hosting talks between Afghan President Hamid Karzai and Pakistani President "
     "Asif Ali Zardari in Istanbul. The talks between Indian Prime Minister Manmohan Singh and Sri Lankan President "
     "Mahinda Rajapaksa in New Delhi focused on trade. Indirect talks between Israel and Hamas through Egypt "
     "resumed in Cairo.",
     {("Abdullah Gül", "met", "Hamid Karzai"), ("Hamid Karzai", "met", "Asif Ali Zardari"),
      ("Manmohan Singh", "met", "Mahinda Rajapaksa")},
     {("Hamid Karzai", "discussed_with", "Asif Ali Zardari"), ("Israel", "met", "Hamas")}),
    ("a_relative_pronoun_object_stands_for_its_noun_through_clauses_of_the_same_doer_only",
     "The Somali government, which al-Shabaab has vowed to overthrow, asked for help. Georgia, which NATO asked "
     "Russia to stop threatening, held elections.",
     {("Al-Shabaab", "threatens", "Somalia"), ("NATO", "criticizes", "Russia")},
     {("NATO", "criticizes", "Georgia"), ("NATO", "threatens", "Georgia")}),
    ("what_there_will_be_is_still_to_come",
     "There will be talks between Armenia and Azerbaijan next week. There were talks between Georgia and Russia last "
     "week. Barack Obama said there will be costs to any Russian military intervention in Ukraine.",
     {("Georgia", "discussed_with", "Russia"), ("Barack Obama", "threatens", "Russia")},
     {("Armenia", "discussed_with", "Azerbaijan"), ("Armenia", "met", "Azerbaijan")}),
    ("one_who_answers_a_charge_is_charged_one_who_answers_a_request_is_not_blamed",
     "The Houthis have yet to respond to Saudi accusations of arms smuggling. Germany responded to Ukraine's demand "
     "for more tanks. Iran offered weapons to Hezbollah. Since his arrival in office, Emmanuel Macron has held talks "
     "with Vladimir Putin.",
     {("Saudi Arabia", "accuses", "Houthis"), ("Iran", "offers_aid", "Hezbollah"),
      ("Emmanuel Macron", "discussed_with", "Vladimir Putin")},
     {("Ukraine", "criticizes", "Germany"), ("Iran", "backs_militarily", "Hezbollah"),
      ("Emmanuel Macron", "met", "Vladimir Putin")}),
    ("a_demand_by_one_that_another_act_blames_that_other",
     "The talks come amid demands by American officials that Pakistan do more against the militants. Serbia "
     "rejected calls from Germany for Kosovo to withdraw its police.",
     {("United States", "criticizes", "Pakistan"), ("Germany", "criticizes", "Kosovo")},
     {("Serbia", "criticizes", "Kosovo"), ("Serbia", "criticizes", "Germany")}),
    # the fiftieth session
    ("their_alliance_is_between_the_two_who_speak_of_it",
     "Joe Biden and South Korean President Yoon Suk Yeol reaffirmed the strength of their nations' alliance. Japan "
     "and the Philippines reaffirmed their alliance. Germany and France thanked their respective allies. Joe Biden "
     "and Xi Jinping discussed their alliances in Asia.",
     {("United States", "allied_with", "South Korea"), ("Japan", "allied_with", "Philippines")},
     {("Germany", "allied_with", "France"), ("France", "allied_with", "Germany"),
      ("Joe Biden", "allied_with", "Xi Jinping")}),
    ("a_phone_conversation_with_the_one_a_verb_of_addressing_addresses",
     "During a phone conversation on Monday, Olaf Scholz congratulated Fumio Kishida on his election. During a phone "
     "call, Joe Biden and Emmanuel Macron urged Iran to return to the talks. During a phone conversation with "
     "reporters, Antony Blinken thanked Japan.",
     {("Olaf Scholz", "called", "Fumio Kishida"), ("Joe Biden", "called", "Emmanuel Macron")},
     {("Joe Biden", "called", "Iran"), ("Emmanuel Macron", "called", "Iran"), ("Antony Blinken", "called", "Japan")}),
    ("a_rule_target_that_only_wrote_a_document_is_no_target_where_the_parse_read_another",
     "After North Korea fired two missiles into the sea, the Security Council condemned the launches the next day, "
     "saying they violated U.N. resolutions.",
     {("UN Security Council", "criticizes", "North Korea")},
     {("UN Security Council", "criticizes", "United Nations")}),
    ("a_dictatorship_said_is_a_judgement_and_no_dictator_none",
     "Antony Blinken said Belarus was Europe's last dictatorship. Emmanuel Macron said Alexander Lukashenko was no "
     "dictator.",
     {("Antony Blinken", "criticizes", "Belarus")},
     {("Emmanuel Macron", "criticizes", "Alexander Lukashenko")}),
    ("the_one_joined_in_an_act_does_it_too",
     "Saudi Arabia joined the United States and France in pressing Syria to withdraw its troops.",
     {("Saudi Arabia", "criticizes", "Syria"), ("United States", "criticizes", "Syria"),
      ("France", "criticizes", "Syria")},
     {("Saudi Arabia", "criticizes", "United States")}),
    ("the_doer_of_a_judged_act_told_by_a_participle",
     "Barack Obama and Angela Merkel expressed concern about the situation in Iraq and the threat posed by ISIL. "
     "Emmanuel Macron voiced concern about the proposal rejected by Iran.",
     {("Barack Obama", "criticizes", "Islamic State"), ("Angela Merkel", "criticizes", "Islamic State")},
     {("Barack Obama", "criticizes", "Iraq"), ("Emmanuel Macron", "criticizes", "Iran")}),
    ("the_jewish_state_is_israel",
     "Mahmoud Ahmadinejad has threatened to wipe the Jewish state off the map.",
     {("Mahmoud Ahmadinejad", "threatens", "Israel")},
     set()),
    ("a_partys_hostility_judged_judges_the_party",
     "Emmanuel Macron said Russia's hostility toward its neighbours is dangerous.",
     {("Emmanuel Macron", "criticizes", "Russia")},
     set()),
    ("fighters_fight_in_a_participle_the_parser_hung_on_an_earlier_verb",
     "Washington and Paris agreed this week to call an international conference to press for peace talks between the "
     "Syrian government and rebels fighting to oust President Bashar al-Assad.",
     set(),
     {("United States", "attacks", "Bashar al-Assad"), ("France", "attacks", "Bashar al-Assad"),
      ("United States", "attacks", "France")}),
    ("a_call_for_y_to_step_down_the_parser_hung_on_the_verb",
     "John Kerry renewed his call for Bashar al-Assad to step down. Germany repeated calls for Serbia to withdraw its "
     "troops. Greece renewed its call for Turkey to join the talks.",
     {("John Kerry", "criticizes", "Bashar al-Assad"), ("Germany", "criticizes", "Serbia")},
     {("Greece", "criticizes", "Turkey")}),
    # the forty-ninth session
    ("talks_a_free_relative_names_are_the_holders_not_the_namers",
     "Antony Blinken held what the State Department described as frank talks with Wang Yi. Germany held what "
     "officials called constructive talks with France.",
     {("Antony Blinken", "discussed_with", "Wang Yi"), ("Germany", "discussed_with", "France")},
     {("US Department of State", "discussed_with", "Wang Yi")}),
    ("talks_a_free_relative_names_after_another_verb_are_the_namers",
     "Pakistan welcomed what India described as talks with Afghanistan on water sharing.",
     {("India", "discussed_with", "Afghanistan")}, set()),
    ("a_tone_struck_is_no_blow",
     "Iran said Joe Biden has struck a conciliatory tone. Syria said Israel struck a base near Damascus.",
     {("Syria", "accuses", "Israel")}, {("Iran", "accuses", "Joe Biden"), ("Iran", "accuses", "United States")}),
    ("a_struck_post_is_still_struck",
     "Ukraine said Russian missiles struck a truce monitoring post in Donetsk.", {("Ukraine", "accuses", "Russia")},
     set()),
    ("a_storm_is_no_actor",
     "Days after Cyclone Remal hit Bangladesh's coast, the United Nations says most victims have received no help.",
     set(), {("Cyclone Remal", "attacks", "United Nations"), ("Cyclone Remal", "attacks", "Bangladesh")}),
    ("the_possessor_of_a_trial_undergoes_it",
     "Aung San Suu Kyi was detained in 2021. The United Nations called her trial a sham. The European Union has "
     "called Navalny's trial politically motivated. Russia condemned Ukraine's arrest of the journalist.",
     {("Russia", "criticizes", "Ukraine")},
     {("United Nations", "criticizes", "Aung San Suu Kyi"), ("European Union", "criticizes", "Alexei Navalny")}),
    ("the_most_steadfast_of_ys_allies",
     "Poland is among the most steadfast of Ukraine's allies.", {("Poland", "allied_with", "Ukraine")}, set()),
    ("criticism_of_some_of_ys_policies",
     "Luiz Inacio Lula da Silva repeated his criticism of some of Washington's policies.",
     {("Luiz Inácio Lula da Silva", "criticizes", "United States")}, set()),
    ("the_title_before_a_name_is_no_word_before_its_verb",
     "Defense Secretary Lloyd Austin met Japanese Defense Minister Minoru Kihara in Tokyo. The secretary thanked "
     "Minister Kihara for his hospitality. The secretary condemned North Korea's missile launches.",
     {("Lloyd Austin", "criticizes", "North Korea")}, set()),
    ("a_name_the_parser_hung_on_its_suffix",
     "Gen. Joseph F. Dunford, Jr., met Nov. 6 with Gen. Yasar Guler.", {("Joseph F. Dunford", "met", "Yasar Guler")},
     set()),
    ("talks_at_a_place_between_a_and_b",
     "Talks at the Kremlin between Vladimir Putin and Ilham Aliyev lasted three hours.",
     {("Vladimir Putin", "met", "Ilham Aliyev")}, set()),
    ("negotiations_involving_a_and_b",
     "Negotiations involving Iran and the United States resumed.", {("Iran", "discussed_with", "United States")},
     set()),
    ("he_after_someone_the_sentence_introduces",
     "Joe Biden spoke on Monday. France's army says a French soldier in Mali has died after he was accidentally "
     "shot by another French soldier.", set(), {("France", "attacks", "Joe Biden")}),
    ("he_after_someone_an_opening_phrase_names_is_still_the_subject",
     "Joe Biden landed in Kyiv. Standing beside a wounded soldier, he condemned Russia's invasion.",
     {("Joe Biden", "criticizes", "Russia")}, set()),
    ("the_one_held_to_account_for_a_war_waged_it",
     "The ministers pledged to hold the Russian Federation accountable for the unprovoked war against Georgia. Kenya "
     "will hold Somalia responsible for any attack on its troops. Russia held Ukraine responsible for the drone attack "
     "on the Kremlin.", {("Russia", "attacks", "Georgia"), ("Russia", "accuses", "Ukraine")},
     {("Somalia", "attacks", "Kenya"), ("Ukraine", "attacks", "Russia")}),
    ("both_of_whom_are_the_ones_the_relative_clause_is_on",
     "The fighting involved Turkish troops and Iranian forces, both of whom attacked Kurdish PKK positions.",
     {("Turkey", "attacks", "Kurdistan Workers' Party"), ("Iran", "attacks", "Kurdistan Workers' Party")}, set()),
    ("neither_of_which_denies_the_act",
     "Israel struck Syria and Lebanon, neither of which had attacked Israel.", {("Israel", "attacks", "Syria")},
     {("Syria", "attacks", "Israel"), ("Lebanon", "attacks", "Israel")}),
    ("engaged_in_trafficking_or_laundering_is_a_crime_charged",
     "The United States alleges that North Korea engaged in drug trafficking. Venezuela said Colombia took part in "
     "arms smuggling.", {("United States", "accuses", "North Korea"), ("Venezuela", "accuses", "Colombia")}, set()),
    ("the_demonym_of_partners_names_their_state",
     "The United States stands with our Iraqi partners.", {("United States", "supports", "Iraq")}, set()),
    ("a_patrons_partners_are_not_the_state", "Its Libyan partners attacked Tripoli, Egypt said.", set(),
     {("Egypt", "accuses", "Libya"), ("Libya", "attacks", "Libya")}),
    ("a_patron_or_sponsor_of_y_supports_it",
     "Russia is Syria's main patron. Iran is the main sponsor of Hezbollah. France was a sponsor of the resolution.",
     {("Russia", "supports", "Syria"), ("Iran", "supports", "Hezbollah")}, set()),
    ("the_leader_of_a_u_s_led_war_in_one_word",
     "Russia voiced its opposition to the U.S.-led war in Iraq.", {("Russia", "criticizes", "United States")}, set()),
    ("a_second_titled_person_the_parser_hung_on_the_first_title",
     "Sudan's leader Omar al-Bashir and southern leader Salva Kiir began talks Sunday in Ethiopia's capital, Addis "
     "Ababa.", {("Omar al-Bashir", "met", "Salva Kiir")}, set()),
    ("a_name_is_parsed_as_a_name",
     "Chinese President Hu Jintao made a brief visit to Burma where he met with head of state, Senior General Than "
     "Shwe.", {("Hu Jintao", "met", "Than Shwe")}, set()),
    # the forty-eighth session
    ("a_given_name_that_is_none_of_the_known_persons_makes_another_person",
     "Antony Blinken met Pakistani Foreign Minister Bilawal Bhutto Zardari in Washington. Xi Jinping met Asif Zardari "
     "in Beijing.", {("Antony Blinken", "met", "Bilawal Bhutto Zardari"), ("Xi Jinping", "met", "Asif Ali Zardari")},
     {("Antony Blinken", "met", "Asif Ali Zardari")}),
    ("a_deputy_introduced_with_a_title_is_not_its_bare_holder",
     "Deputy Secretary of State Kurt Campbell met Pakistani Foreign Minister Ishaq Dar in Washington. The Deputy "
     "Secretary and the Foreign Minister condemned the Taliban.",
     {("Ishaq Dar", "criticizes", "Taliban"), ("Kurt Campbell", "criticizes", "Taliban")}, set()),
    ("the_eus_high_representative_under_the_full_title",
     "Antony Blinken met EU High Representative for Foreign Affairs and Security Policy Josep Borrell in Brussels.",
     {("Antony Blinken", "met", "Josep Borrell")}, {("Antony Blinken", "met", "European Union")}),
    ("a_conversation_in_a_sentence_about_a_call_is_the_call",
     "A statement summarizing the call said Jim Mattis's conversation with Defense Secretary Salvador Cienfuegos "
     "focused on trade.", {("Jim Mattis", "called", "Salvador Cienfuegos")},
     {("Jim Mattis", "discussed_with", "Salvador Cienfuegos")}),
    ("a_future_restating_of_a_partys_support_tells_the_support_now",
     "Joseph Dunford will stress America's strong support for Japan. Joseph Dunford will announce Britain's support "
     "for Kenya.", {("United States", "supports", "Japan")}, {("United Kingdom", "supports", "Kenya")}),
    ("both_groups_are_the_two_groups_named_before",
     "Hamas and Islamic Jihad met in Cairo on Monday. Both groups condemned Israel. Hamas and Hezbollah pledged to "
     "respect the truce, but both groups say they are determined to avenge Israel's raids.",
     {("Hamas", "criticizes", "Israel"), ("Palestinian Islamic Jihad", "criticizes", "Israel"),
      ("Hamas", "threatens", "Israel"), ("Hezbollah", "threatens", "Israel")},
     {("Palestinian Islamic Jihad", "threatens", "Israel")}),
    ("a_topic_opening_names_no_target",
     "On Syria, France voiced its condemnation of the attacks. On Ukraine, Germany reiterated its support for the "
     "ceasefire.", set(), {("France", "criticizes", "Syria"), ("France", "attacks", "Syria"),
                           ("Germany", "supports", "Ukraine")}),
    ("an_accord_named_after_a_capital_is_no_act_of_its_state",
     "Moscow backed the Minsk process. Russia violated the Minsk agreements.", set(),
     {("Russia", "supports", "Belarus")}),
    ("one_given_name_of_another_spelling_is_the_same_person",
     "Vladimir Putin met Ukrainian Prime Minister Nikolai Azarov in Moscow.", set(),
     {("Vladimir Putin", "met", "Nikolai Azarov")}),
    ("a_deputy_between_the_state_and_the_title_holds_it_with_that_word",
     "Antony Blinken met Ukrainian Deputy Foreign Minister Andriy Sybiha and Foreign Minister Dmytro Kuleba in Kyiv. "
     "The deputy foreign minister criticized Russia.", {("Andrii Sybiha", "criticizes", "Russia")},
     {("Dmytro Kuleba", "criticizes", "Russia")}),
    ("a_conversation_is_no_call_for_a_call_for_calm_or_another_partys_call",
     "Angela Merkel called for calm after her conversation with Vladimir Putin. Joe Biden had a frank conversation "
     "with Xi Jinping, the White House said, and later took a call from Olaf Scholz.", set(),
     {("Angela Merkel", "called", "Vladimir Putin"), ("Joe Biden", "called", "Xi Jinping")}),
    ("a_war_waged_with_allies_is_no_war_between_them",
     "The United States waged a war with NATO allies in Afghanistan.", set(),
     {("United States", "attacks", "NATO"), ("NATO", "attacks", "United States")}),
    ("both_groups_are_only_the_two_of_the_sentence_before",
     "Hamas and Fatah met in Cairo. Kurds and Arabs fought in Kirkuk. Both groups criticized Iraq.", set(),
     {("Hamas", "criticizes", "Iraq"), ("Fatah", "criticizes", "Iraq")}),
    ("a_charge_of_taking_part_in_a_crime",
     "Egypt alleges that Israel engaged in espionage. Turkey said Syria was involved in the massacre. Egypt said "
     "Israel engaged in talks.", {("Egypt", "accuses", "Israel"), ("Turkey", "accuses", "Syria")}, set()),
    ("a_partys_complaints_called_baseless",
     "Armenia said Azerbaijan's complaints were baseless.", {("Armenia", "criticizes", "Azerbaijan")}, set()),
    ("talks_ended_with_no_progress_name_no_party",
     "India and Pakistan have wrapped up talks in Islamabad, with no apparent progress on the border issue.",
     {("India", "met", "Pakistan")}, set()),
    ("an_act_said_to_be_contrary_to_law",
     "Antonio Guterres said Israel's blockade is contrary to international law. On the contrary, Egypt said the talks "
     "with Israel were useful.", {("António Guterres", "criticizes", "Israel")}, {("Egypt", "criticizes", "Israel")}),
    ("a_topic_opening_is_the_target_when_the_act_names_none_of_its_own",
     "On Russia's aggression, Barack Obama expressed his strong condemnation. On North Korea's nuclear test, Japan "
     "lodged a strong protest.", {("Barack Obama", "criticizes", "Russia"), ("Japan", "criticizes", "North Korea")},
     set()),
    ("a_role_in_investigating_a_crime_is_no_charge",
     "Russia said Ukraine was involved in the investigation of the massacre. Israel said Hamas's statement proved the "
     "contrary.", set(), {("Russia", "accuses", "Ukraine"), ("Israel", "criticizes", "Hamas")}),
    ("a_plight_discussed_is_no_act_judged",
     "Angela Merkel and Francois Hollande discussed Greece's disastrous economic situation. The United States is "
     "Israel's main source of military aid. The United States criticized the Moscow line.",
     {("United States", "criticizes", "Russia")},
     {("Angela Merkel", "criticizes", "Greece"), ("United States", "backs_financially", "Israel")}),
    # the forty-seventh session
    ("a_visit_or_summit_is_no_meeting_of_two_states",
     "This marks the first visit to Cuba by a Russian leader since 2000. Israeli and Palestinian leaders have held a "
     "summit meeting in a bid to push the peace process forward. Emmanuel Macron made his first visit to Germany on "
     "Monday.", {("Emmanuel Macron", "met", "Germany")}, {("Russia", "met", "Cuba"), ("Israel", "met", "Palestine")}),
    ("a_sentence_opening_it_that_angered_someone_is_the_body_before",
     "Hezbollah said it would not disarm. It angered Israel by sending fighters to Syria.",
     {("Israel", "criticizes", "Hezbollah")}, set()),
    ("the_coup_leader_in_apposition_as_an_object",
     "Macky Sall met the coup leader, General Gilbert Diendere, in Ouagadougou. Ghana condemned the coup.",
     {("Ghana", "criticizes", "Gilbert Diendéré")}, set()),
    ("an_appeal_to_stop_a_third_party_blames_no_one_appealed_to",
     "Ban Ki-moon appealed to Pakistan to stop the Taliban. Barack Obama urged Israel to stop Hamas.", set(),
     {("Ban Ki-moon", "criticizes", "Pakistan"), ("Barack Obama", "criticizes", "Israel")}),
    ("a_sentence_opening_it_is_no_person_no_object_told_before_and_no_extraposed_clause",
     "Angela Merkel gave a long speech in Munich. It criticized Russia for the war. The United States rejected the "
     "United Nations report on Monday. It accuses Israel of war crimes. China hosted the meeting in Beijing. It "
     "angered Japan that Australia was not invited.", set(),
     {("Angela Merkel", "criticizes", "Russia"), ("United States", "accuses", "Israel"),
      ("Japan", "criticizes", "China")}),
    ("a_stopping_of_aid_undone_leaves_the_aid",
     "The end of the suspension of Japanese aid to Myanmar was announced on Monday.",
     {("Japan", "offers_aid", "Myanmar")}, set()),
    ("the_rebels_before_their_group_named_with_the_word_in_its_alias_or_as_militants",
     "The rebels attacked government positions in Aden on Monday. Saudi-backed forces fought the Houthi rebels.",
     {("Houthis", "attacks", "Yemen")}, set()),
    ("the_rebels_are_not_a_group_the_story_calls_militants",
     "The rebels accused President Bashar al-Assad of using chemical weapons. Hezbollah, the Lebanese militant group, "
     "has sent fighters to help the Syrian army.", set(), {("Hezbollah", "accuses", "Bashar al-Assad")}),
    ("the_coup_leader_in_apposition_only_to_a_subject_that_opens_the_sentence",
     "After meeting the coup leader, Senegalese President Macky Sall said talks would continue. France condemned the "
     "coup. The coup leader, former spy chief Gilbert Diendere, said the army backed him. Ghana condemned the coup.",
     {("Ghana", "criticizes", "Gilbert Diendéré")}, {("France", "criticizes", "Macky Sall")}),
    ("a_second_portfolio_of_an_office_is_no_part_of_the_name_after_it",
     "Antony Blinken met with Rwandan Minister of Foreign Affairs and International Cooperation Vincent Biruta on "
     "Monday in Washington.", {("Antony Blinken", "met", "Vincent Biruta")},
     {("Antony Blinken", "met", "International Cooperation Vincent Biruta")}),
    ("a_sentence_opening_it_is_the_body_or_state_the_sentence_before_opens_with",
     "Hezbollah said on Monday it would not disarm. It also accuses Egypt of arming the rebels. Iran rejected the "
     "plan on Sunday. It seems Turkey will not back down. Germany voted for the text. It comes after Russia "
     "accused Ukraine of shelling.",
     {("Hezbollah", "accuses", "Egypt"), ("Russia", "accuses", "Ukraine")},
     {("Iran", "accuses", "Ukraine"), ("Germany", "accuses", "Ukraine")}),
    ("a_suspension_of_aid_is_no_aid",
     "Britain announced an immediate suspension of bilateral military assistance to Fiji. France announced the end "
     "of military aid to Mali. Germany announced the resumption of military aid to Niger.",
     {("Germany", "backs_militarily", "Niger")},
     {("United Kingdom", "backs_militarily", "Fiji"), ("France", "backs_militarily", "Mali")}),
    ("condolences_for_the_loss_of_the_other_partys_people_go_to_that_party",
     "Joe Biden called Recep Tayyip Erdogan on Monday. Erdogan expressed his condolences for the tragic loss of "
     "American life in Kenya. Emmanuel Macron called Olaf Scholz. Macron expressed his condolences for the loss of "
     "Greek life in the fire.",
     {("Recep Tayyip Erdogan", "condolences", "Joe Biden"), ("Emmanuel Macron", "condolences", "Greece")},
     {("Recep Tayyip Erdogan", "condolences", "United States"), ("Emmanuel Macron", "condolences", "Olaf Scholz")}),
    ("condolences_for_ones_own_people_do_not_go_to_a_compatriot",
     "Joe Biden called Kamala Harris on Sunday. Biden expressed his condolences for the loss of American life in "
     "Kenya.", set(), {("Joe Biden", "condolences", "Kamala Harris")}),
    ("condolences_to_the_other_partys_people_stay_with_the_people",
     "Secretary of Defense Lloyd Austin called French Minister of the Armed Forces Sebastien Lecornu on Friday to "
     "offer his deepest condolences to the French people, the families of the victims, and the French government for "
     "the attack in Nice.", {("Lloyd Austin", "condolences", "France")},
     {("Lloyd Austin", "condolences", "Sebastien Lecornu")}),
    ("the_coup_after_its_leader_named_in_apposition_is_his",
     "The coup leader, army Commodore Frank Bainimarama, said the action was necessary. Australia condemned the coup.",
     {("Australia", "criticizes", "Frank Bainimarama")}, set()),
    ("the_coup_is_not_a_person_named_near_its_leader_outside_an_apposition",
     "The coup leader, not President Michel Kafando, now controls the army. The African Union condemned the coup. "
     "Under the coup leader, President Blaise Compaore was detained. France condemned the coup.", set(),
     {("African Union", "criticizes", "Michel Kafando"), ("France", "criticizes", "Blaise Compaoré")}),
    ("the_rebels_before_the_one_group_the_story_names_is_that_group",
     "The rebels accuse President Gbagbo of delaying the peace agreement. Their leader, Guillaume Soro, says the "
     "rebel New Forces control the north.", {("New Forces", "accuses", "Laurent Gbagbo")}, set()),
    ("the_rebels_are_not_a_group_the_story_does_not_call_rebels",
     "The rebels accused President Bashar al-Assad of using chemical weapons. Hezbollah fighters have helped the "
     "Syrian army retake Qusair.", set(), {("Hezbollah", "accuses", "Bashar al-Assad")}),
    ("the_rebels_with_a_qualifier_or_with_two_groups_named_stay_unresolved",
     "The Sudanese rebels accuse Chad of arming them. Hamas and Hezbollah stayed silent. The rebels accuse Egypt of "
     "closing the border. The JEM said nothing, and the SLA met on Monday.", set(),
     {("Hamas", "accuses", "Chad"), ("Hezbollah", "accuses", "Chad"), ("Justice and Equality Movement", "accuses",
                                                                       "Egypt")}),
    # the forty-sixth session
    ("a_group_in_apposition_backed_by_another_is_the_group_named",
     "The Houthis, a rebel movement backed by Iran, rejected the truce. Hamas, a militant group armed by Iran, "
     "rejected the plan.", {("Iran", "supports", "Houthis"), ("Iran", "backs_militarily", "Hamas")}, set()),
    ("a_group_in_apposition_to_a_leader_or_founded_is_not_read_as_backed",
     "Hassan Nasrallah, leader of Hezbollah, a group backed by Iran, criticized Israel. Hezbollah, a group accused by "
     "Israel of smuggling weapons, denied the charge.", set(),
     {("Iran", "supports", "Hassan Nasrallah"), ("Hezbollah", "accuses", "Israel")}),
    ("an_honorific_and_a_near_surname_introduced_anew_is_another_person",
     "British Prime Minister Gordon Brown visited Kabul on Monday. Mr. Browne, the defence secretary, criticized Iran. "
     "Palestinian President Mahmoud Abbas spoke on Sunday. Mrs. Abbasi, a Pakistani lawmaker, criticized India.",
     {("Mr. Browne", "criticizes", "Iran"), ("Mrs. Abbasi", "criticizes", "India")},
     {("Gordon Brown", "criticizes", "Iran"), ("Mahmoud Abbas", "criticizes", "India")}),
    ("a_threat_with_one_s_own_weapons_is_a_threat",
     "North Korea threatens South Korea's security with its nuclear weapons.",
     {("North Korea", "threatens", "South Korea")}, set()),
    ("a_stay_now_in_another_state_moves_the_journey_on",
     "U.S. Secretary of State John Kerry arrived in Egypt on Monday. Kerry is in Israel on Tuesday, where he discussed "
     "Gaza with Israeli Prime Minister Benjamin Netanyahu.", {("John Kerry", "met", "Benjamin Netanyahu")}, set()),
    ("a_probe_named_after_a_state_is_about_it",
     "The Russia probe has implicated Ukraine's former president Viktor Yanukovych.", set(),
     {("Russia", "accuses", "Viktor Yanukovych")}),
    ("an_honorific_and_a_surname_one_letter_off_is_the_person_named_before",
     "Ukrainian President Volodymyr Zelensky arrived in Warsaw on Monday. Mr. Zelensy then criticized Russia. Mr. "
     "Zelenko, a lawmaker, praised Poland.",
     {("Volodymyr Zelenskyy", "criticizes", "Russia")}, {("Volodymyr Zelenskyy", "supports", "Poland")}),
    ("a_stay_hoped_for_past_or_in_exile_is_no_journey",
     "If Russian President Vladimir Putin is in Kazakhstan next week, it will be a surprise. Putin discussed trade "
     "with Kazakh President Nursultan Nazarbayev on Monday. Former Ukrainian President Viktor Yanukovych is in exile "
     "in Russia. He discussed the crisis with Russian Foreign Minister Sergei Lavrov.",
     {("Vladimir Putin", "discussed_with", "Nursultan Nazarbayev")},
     {("Vladimir Putin", "met", "Nursultan Nazarbayev"), ("Viktor Yanukovych", "met", "Sergey Lavrov")}),
    ("a_past_stay_does_not_end_the_journey_told_before",
     "U.S. Secretary of State John Kerry arrived in Egypt on Monday. Kerry, who was in Israel last week, discussed "
     "Gaza with Egyptian President Abdel Fattah el-Sisi.", {("John Kerry", "met", "Abdel Fattah al-Sisi")}, set()),
    ("two_known_sides_at_a_meeting_meet_the_rebel_leader_listed_with_them",
     "Kenyan President Uhuru Kenyatta, Ugandan President Yoweri Museveni and South Sudanese rebel leader Riek Machar "
     "met in Addis Ababa.", {("Uhuru Kenyatta", "met", "Riek Machar"), ("Yoweri Museveni", "met", "Riek Machar")},
     set()),
    ("an_acting_minister_is_the_state_s_minister",
     "Ukrainian acting Defense Minister Ivan Petrenko met U.S. Defense Secretary Ashton Carter. Ukraine's defense "
     "minister criticized Russia.", {("Ivan Petrenko", "criticizes", "Russia")}, set()),
    ("a_danger_with_its_cause_is_no_threat",
     "Russia threatens Ukraine's sovereignty with its annexation of Crimea, German Chancellor Angela Merkel said.",
     set(), {("Russia", "threatens", "Ukraine")}),
    ("three_people_at_a_gathering_one_side_or_unknown_meet_no_one",
     "Kenyan President William Ruto, Deputy President Rigathi Gachagua and opposition leader Raila Odinga were all at "
     "the summit.", set(),
     {("William Ruto", "met", "Rigathi Gachagua"), ("William Ruto", "met", "Raila Odinga"),
      ("Rigathi Gachagua", "met", "Raila Odinga")}),
    ("a_threat_to_a_state_s_security_with_a_means_is_a_threat",
     "Iran threatened Iraq's security with an invasion. China threatened Australia's economy with trade sanctions.",
     {("Iran", "threatens", "Iraq"), ("China", "threatens", "Australia")}, set()),
    ("a_call_told_during_a_telephone_conversation_hung_on_the_topic_is_a_call",
     "Angela Merkel and Barack Obama discussed allegations of phone tapping during a telephone conversation on "
     "Wednesday.", {("Angela Merkel", "called", "Barack Obama")}, set()),
    ("a_phone_in_the_row_discussed_is_no_call",
     "Angela Merkel and Barack Obama discussed the row over the tapping of her phone.", set(),
     {("Angela Merkel", "called", "Barack Obama")}),
    ("a_full_name_without_a_middle_name_or_a_bin_part_is_the_same_person",
     "Mexican Interior Minister Miguel Angel Osorio Chong met John Kerry in Mexico City. Interior Minister Miguel "
     "Osorio later criticized the United States.",
     {("Miguel Angel Osorio Chong", "criticizes", "United States")},
     {("Miguel Osorio", "criticizes", "United States")}),
    ("a_deputy_is_not_the_state_s_minister",
     "Iranian Deputy Foreign Minister Abbas Araghchi met Catherine Ashton. Iran's foreign minister criticized the "
     "United States.", set(), {("Abbas Araghchi", "criticizes", "United States")}),
    ("fighting_that_claimed_lives_between_two_is_fighting_between_them",
     "Fighting has claimed hundreds of lives between Armenia and Azerbaijan.",
     {("Armenia", "attacks", "Azerbaijan"), ("Azerbaijan", "attacks", "Armenia")}, set()),
    ("a_leader_in_another_state_discussing_with_its_leader_meets_him",
     "Russian President Vladimir Putin is in Kazakhstan, where he met officials. He and Kazakh President Kassym-Jomart "
     "Tokayev are also discussing terrorism.",
     {("Vladimir Putin", "met", "Kassym-Jomart Tokayev")},
     {("Vladimir Putin", "discussed_with", "Kassym-Jomart Tokayev")}),
    ("a_leader_in_his_own_state_is_on_no_journey",
     "Kazakh President Kassym-Jomart Tokayev is in Kazakhstan this week. He and Vladimir Putin are also discussing "
     "terrorism by telephone.", set(), {("Kassym-Jomart Tokayev", "met", "Vladimir Putin")}),
    ("a_state_s_minister_by_possessive_is_the_one_the_article_named",
     "Kenyan Foreign Minister Musalia Mudavadi arrived in Addis Ababa on Monday. Kenya's foreign minister criticized "
     "Ethiopia.", {("Musalia Mudavadi", "criticizes", "Ethiopia")}, {("Kenya", "criticizes", "Ethiopia")}),
    ("assured_of_another_s_support_is_not_the_assurer_s",
     "Emmanuel Macron assured Volodymyr Zelensky of support from the European Union. Antony Blinken assured Benjamin "
     "Netanyahu of Arab support for the plan.", set(),
     {("Emmanuel Macron", "supports", "Volodymyr Zelenskyy"), ("Antony Blinken", "supports", "Benjamin Netanyahu")}),
    ("assured_of_support_for_a_thing_is_no_support_of_the_one_assured",
     "Benjamin Netanyahu assured Joe Biden of his support for a ceasefire.", set(),
     {("Benjamin Netanyahu", "supports", "Joe Biden")}),
    ("assured_of_a_meeting_or_an_attack_is_promised_not_held",
     "Antony Blinken assured Mahmoud Abbas of a meeting with Benjamin Netanyahu. Israel assured the United States of "
     "a limited attack on Iran.", set(),
     {("Antony Blinken", "met", "Benjamin Netanyahu"), ("Israel", "attacks", "Iran")}),
    ("a_row_a_fight_sparked_between_two_is_no_fighting_between_them",
     "Fighting in Gaza sparked a diplomatic row between Turkey and Israel.", set(),
     {("Turkey", "attacks", "Israel"), ("Israel", "attacks", "Turkey")}),
    ("a_war_or_a_move_in_the_present_after_a_cause_is_the_event",
     "Israel goes to war with Hezbollah after the capture of two soldiers. Turkish troops move into Syria after months "
     "of threats.", {("Israel", "attacks", "Hezbollah"), ("Turkey", "attacks", "Syria")},
     {("Israel", "threatens", "Hezbollah")}),
    ("a_visit_in_the_present_after_a_cause_is_the_visit",
     "In a surprise trip, Joe Biden visits Kyiv after a year of war.", {("Joe Biden", "met", "Ukraine")}, set()),
    ("a_full_name_leaving_out_two_words_of_one_named_before_is_another_person",
     "Antony Blinken met Aung San Suu Kyi on Saturday. On Sunday, Wang Yi met Labor Minister Aung Kyi.",
     {("Wang Yi", "met", "Aung Kyi")}, {("Wang Yi", "met", "Aung San Suu Kyi")}),
    ("a_danger_to_a_state_of_things_is_no_threat_in_the_rules_reading_either",
     "The Iraqi government says Turkey's military action threatens Iraq's sovereignty.",
     set(), {("Turkey", "threatens", "Iraq")}),
    ("a_journey_in_the_present_after_or_before_another_is_its_plan",
     "After Germany, Joe Biden visits France and Italy. Emmanuel Macron visits Poland before returning to Paris.",
     set(), {("Joe Biden", "met", "France"), ("Joe Biden", "met", "Italy"), ("Emmanuel Macron", "met", "Poland")}),
    ("a_meeting_in_the_present_after_an_arrival_is_the_day_s_news",
     "Joe Biden meets Olaf Scholz after arriving in Berlin.", {("Joe Biden", "met", "Olaf Scholz")}, set()),
    ("talks_a_journey_is_for_are_as_far_ahead_as_the_journey",
     "Emmanuel Macron travels to Kyiv later today for talks with Ukrainian leaders. Recep Tayyip Erdogan and Joe Biden "
     "are meeting at the White House on Monday for talks on Syria.",
     set(), {("Emmanuel Macron", "met", "Ukraine"), ("Recep Tayyip Erdogan", "met", "Joe Biden")}),
    ("talks_a_past_journey_was_for_were_held",
     "Emmanuel Macron traveled to Kyiv on Monday for talks with Ukrainian leaders.",
     {("Emmanuel Macron", "met", "Ukraine")}, set()),
    ("the_secretary_is_the_last_named_secretary_not_a_minister_named_after_him",
     "Defense Secretary Lloyd Austin met Ukrainian Defense Minister Rustem Umerov on Monday. The secretary also "
     "condemned Russia.",
     {("Lloyd Austin", "criticizes", "Russia")}, {("Rustem Umerov", "criticizes", "Russia")}),
    # the forty-fifth session
    ("attacks_by_one_announced_by_another_are_the_first_s",
     "Hamas announced attacks by Islamic Jihad targeting towns in Israel.",
     {("Palestinian Islamic Jihad", "attacks", "Israel")}, {("Hamas", "attacks", "Israel")}),
    ("a_meeting_another_named_is_not_the_subject_s",
     "Emmanuel Macron flew to Kyiv after what Joe Biden called a frank meeting with Xi Jinping.", set(),
     {("Emmanuel Macron", "met", "Xi Jinping")}),
    ("attacks_targeting_a_place_are_their_doer_s_on_its_state",
     "The Houthis launched attacks targeting civilian sites in Saudi Arabia. Attacks targeting oil sites in Iraq "
     "followed.",
     {("Houthis", "attacks", "Saudi Arabia")}, set()),
    ("talks_named_by_what_one_called_them_are_held",
     "Josep Borrell spoke in Kyiv after what he called constructive talks with Ukrainian President Volodymyr Zelensky.",
     {("Josep Borrell", "met", "Volodymyr Zelenskyy")}, set()),
    ("members_of_a_party_speak_for_it_members_of_a_council_do_not",
     "Members of Britain's Labour Party criticized Rishi Sunak's plan on Monday. Members of the U.N. Security Council "
     "criticized Israel's plan on Tuesday.", {("Labour Party", "criticizes", "Rishi Sunak")},
     {("UN Security Council", "criticizes", "Israel")}),
    ("one_member_or_some_members_of_a_party_do_not_speak_for_it",
     "A member of the Conservative Party criticized Rishi Sunak's plan on Monday. Some members of the Labour Party "
     "criticized Keir Starmer on Tuesday.", set(),
     {("Conservative Party", "criticizes", "Rishi Sunak"), ("Labour Party", "criticizes", "Keir Starmer")}),
    ("the_one_joined_in_a_condemnation_condemns_too",
     "China joined Japan in condemning North Korea's missile test on Monday.",
     {("China", "criticizes", "North Korea"), ("Japan", "criticizes", "North Korea")}, set()),
    ("talks_one_was_to_hold_with_a_topic_named_are_not_held",
     "Antony Blinken was to hold talks with Wang Yi in Beijing on Friday on the war in Ukraine.", set(),
     {("Antony Blinken", "met", "Wang Yi"), ("Antony Blinken", "discussed_with", "Wang Yi")}),
    ("handing_over_those_behind_an_attack_is_no_charge_of_it",
     "Joe Biden said Pakistan should hand over those behind the attack.", set(),
     {("Joe Biden", "accuses", "Pakistan")}),
    ("one_who_joins_others_in_calling_for_a_release_did_not_do_the_act",
     "The United States has joined other nations in calling for the release of President Bazoum after the coup in "
     "Niger. France also criticized the military action.", set(), {("France", "criticizes", "United States")}),
    ("a_meeting_told_in_a_relative_clause_does_not_take_over_a_briefing",
     "Israeli Defense Minister Yoav Gallant briefed Lloyd Austin on the situation in Gaza. Austin, who met King Salman "
     "last week, pledged continued U.S. support.", set(), {("United States", "supports", "Saudi Arabia")}),
    ("the_act_of_a_state_s_military_is_the_state_s",
     "Emmanuel Macron condemned the Burmese military's crackdown on protesters.",
     {("Emmanuel Macron", "criticizes", "Myanmar")}, set()),
    ("a_later_call_not_earlier_talks_is_the_account_condolences_go_to",
     "Joe Biden discussed the war with Rishi Sunak. Biden later spoke by phone with William Ruto and offered "
     "condolences.", {("Joe Biden", "condolences", "William Ruto")}, {("Joe Biden", "condolences", "Rishi Sunak")}),
    ("talks_between_states_are_no_account_a_pledge_goes_to",
     "The United States and Russia discussed the war in Syria on Monday. Washington pledged continued support.", set(),
     {("United States", "supports", "Russia")}),
    ("talks_to_come_do_not_undo_a_call_made",
     "Joe Biden called Olaf Scholz on Monday and will hold talks with Emmanuel Macron next week.",
     {("Joe Biden", "called", "Olaf Scholz")}, set()),
    ("one_who_joins_another_in_an_act_did_it",
     "Germany joined France in backing sanctions against Russia. Moscow condemned the move.",
     {("Russia", "criticizes", "Germany")}, set()),
    ("one_who_joins_others_in_a_reaction_did_not_do_the_act_reacted_to",
     "The United States has joined other nations in expressing concern about the military coup in Niger. France also "
     "criticized the military action.", set(), {("France", "criticizes", "United States")}),
    ("talks_one_was_to_hold_are_not_held_in_any_reading",
     "Antony Blinken was to hold talks with Wang Yi in Beijing on Friday.", set(),
     {("Antony Blinken", "met", "Wang Yi"), ("Antony Blinken", "discussed_with", "Wang Yi")}),
    ("one_due_somewhere_for_talks_has_not_held_them",
     "Antony Blinken is due in Beijing on Friday for talks with Wang Yi.", set(),
     {("Antony Blinken", "met", "Wang Yi"), ("Antony Blinken", "discussed_with", "Wang Yi")}),
    ("one_who_arrived_for_talks_holds_them",
     "Antony Blinken arrived in Beijing on Friday for talks with Wang Yi.", {("Antony Blinken", "met", "Wang Yi")},
     set()),
    ("spoke_with_a_leader_to_consult_speaks_with_that_leader",
     "Joe Biden spoke separately today with Olaf Scholz and Emmanuel Macron to consult about Ukraine.",
     {("Joe Biden", "discussed_with", "Olaf Scholz"), ("Joe Biden", "discussed_with", "Emmanuel Macron")},
     {("Olaf Scholz", "discussed_with", "Emmanuel Macron")}),
    ("a_counterpart_joined_after_a_titled_name_in_commas_is_a_second_subject",
     "Kenya's president, William Ruto, and his Tanzanian counterpart, Samia Suluhu Hassan, discussed trade on Monday.",
     {("William Ruto", "discussed_with", "Samia Suluhu Hassan")}, set()),
    ("a_counterpart_after_a_titled_name_in_commas_meets_in_talks_there",
     "Japan's prime minister, Fumio Kishida, and his South Korean counterpart, Yoon Suk Yeol, discussed North Korea in "
     "talks in Tokyo.", {("Fumio Kishida", "met", "Yoon Suk Yeol")}, set()),
    ("a_counterpart_after_a_list_of_names_is_the_last_one_s",
     "Germany's chancellor, Olaf Scholz, Italian Prime Minister Giorgia Meloni, and her Polish counterpart Donald Tusk "
     "met on Monday.", {("Giorgia Meloni", "met", "Donald Tusk"), ("Olaf Scholz", "met", "Donald Tusk")}, set()),
    ("talks_briefed_are_the_account_a_later_pledge_goes_to",
     "Israeli Defense Minister Yoav Gallant briefed Secretary of Defense Lloyd Austin on the situation in Gaza on "
     "Monday. Austin pledged continued U.S. support.", {("United States", "supports", "Israel")}, set()),
    # the forty-fourth session
    ("a_past_claim_in_a_that_clause_is_no_demand",
     "Ukraine insisted that Russian missiles hit Kyiv on Monday.", {("Russia", "attacks", "Ukraine")}, set()),
    ("an_event_that_strengthened_support_gives_none",
     "Russia's invasion of Ukraine strengthened support for NATO in Finland.", set(),
     {("Russia", "supports", "NATO")}),
    ("thanks_for_what_one_calls_support_for_others_is_no_support",
     "Recep Tayyip Erdogan sarcastically thanked the United States for what he called its support for terrorists.",
     set(), {("United States", "supports", "Turkey")}),
    ("he_after_a_clause_with_its_own_subject_is_that_subject",
     "Joe Biden arrived in Tokyo on Monday. After Xi Jinping returned from Moscow, he met Cyril Ramaphosa.",
     {("Xi Jinping", "met", "Cyril Ramaphosa")}, {("Joe Biden", "met", "Cyril Ramaphosa")}),
    ("he_after_a_fronted_clause_is_not_the_one_it_met",
     "Secretary of State Antony Blinken met Israeli officials on Tuesday. After meeting Benjamin Netanyahu, he flew to "
     "Ramallah and met with Mahmoud Abbas.",
     {("Antony Blinken", "met", "Mahmoud Abbas")}, {("Benjamin Netanyahu", "met", "Mahmoud Abbas")}),
    ("a_partner_after_a_time_or_a_place_of_the_event",
     "Ibrahim Gambari met for a second time with detained opposition leader Aung San Suu Kyi. Angela Merkel spoke "
     "after talks in Russia's Black Sea resort of Sochi with Russian President Dmitry Medvedev.",
     {("Ibrahim Gambari", "met", "Aung San Suu Kyi"), ("Angela Merkel", "met", "Dmitry Medvedev")},
     {("Angela Merkel", "discussed_with", "Dmitry Medvedev")}),
    ("a_relative_clause_verb_the_tagger_took_for_a_noun",
     "Tehran, which Ukraine accuses of arming Moscow, denies supplying the drones.",
     {("Ukraine", "accuses", "Iran")}, set()),
    ("thanks_for_what_one_calls_support",
     "Volodymyr Zelensky thanked Poland for what he called its \"unwavering support\".",
     {("Poland", "supports", "Ukraine")}, set()),
    ("a_counter_prefix_names_the_foe_not_the_actor",
     "The Counter-ISIL Coalition supports Iraq. Our counter-ISIL partners attacked Syria.",
     set(), {("Islamic State", "supports", "Iraq"), ("Islamic State", "attacks", "Syria")}),
    ("a_states_partners_are_not_the_state",
     "The partners of the United States in the region condemned Iran. Ukraine's partners criticized Hungary.",
     set(), {("United States", "criticizes", "Iran"), ("Ukraine", "criticizes", "Hungary")}),
    ("a_verb_after_a_title_of_a_body_is_no_body_the_name_modifies",
     "The leader of Hezbollah told the tribunal that Israel was responsible.",
     {("Hassan Nasrallah", "accuses", "Israel")}, {("Hezbollah", "accuses", "Israel")}),
    ("a_delegation_from_a_body_led_by_a_person_is_the_bodys",
     "Sergey Lavrov met a delegation from Hamas led by Khaled Mashal.",
     {("Sergey Lavrov", "met", "Hamas")}, {("Sergey Lavrov", "met", "Khaled Mashal")}),
    ("a_copulas_phrase_is_no_target_of_a_judging_adjective",
     "Britain was, with France, unhappy about the deal.", set(), {("United Kingdom", "criticizes", "France")}),
    ("an_incursion_aimed_at_a_party_is_not_against_the_state",
     "Turkey's incursion in Syria, aimed at the YPG, continued.", set(), {("Turkey", "attacks", "Syria")}),
    ("talks_proposed_in_a_that_clause_are_not_held",
     "South Korea has proposed to North Korea that they set up a military hotline and hold talks between the two "
     "countries.", set(), {("South Korea", "discussed_with", "North Korea")}),
    ("kosovo_albanian_representatives_are_kosovos",
     "Talks between Serbian and Kosovo Albanian representatives achieved no progress.",
     {("Serbia", "discussed_with", "Kosovo")}, {("Serbia", "discussed_with", "Albania")}),
    ("the_states_diplomat_is_the_one_the_story_named",
     "Secretary of State Antony Blinken arrived in Israel on Tuesday. The senior U.S. diplomat met twice with Israeli "
     "Prime Minister Benjamin Netanyahu.",
     {("Antony Blinken", "met", "Benjamin Netanyahu")}, {("United States", "met", "Benjamin Netanyahu")}),
    ("a_states_diplomat_is_no_one_when_two_were_named",
     "Secretary of State Antony Blinken and Defense Secretary Lloyd Austin arrived in Israel on Tuesday. The senior "
     "U.S. diplomat met with Israeli Prime Minister Benjamin Netanyahu.",
     set(), {("Antony Blinken", "met", "Benjamin Netanyahu"), ("Lloyd Austin", "met", "Benjamin Netanyahu")}),
    ("a_delegation_headed_by_a_person_is_that_person",
     "Vladimir Putin held talks with the delegation, headed by Khaled Mashal. Sergey Lavrov met a Hamas delegation "
     "led by Khaled Mashal.",
     {("Vladimir Putin", "discussed_with", "Khaled Mashal"), ("Sergey Lavrov", "met", "Hamas")},
     {("Sergey Lavrov", "met", "Khaled Mashal")}),
    ("a_government_with_a_curly_apostrophe_is_its_state",
     "Joe Biden voiced concern about the Syrian Government’s use of violence against civilians.",
     {("Joe Biden", "criticizes", "Syria")}, {("Joe Biden", "criticizes", "Syrian Government")}),
    ("the_head_of_a_body_a_name_modifies_is_not_the_names_head",
     "The head of the U.N. drug agency, Yury Fedotov, voiced concern about Iran.",
     {("Yury Fedotov", "criticizes", "Iran")}, {("António Guterres", "criticizes", "Iran")}),
    ("a_plural_common_noun_opening_a_sentence_is_no_actor",
     "Kidnappers threatened to kill the South Koreans unless Kabul freed Taleban prisoners.",
     set(), {("Kidnappers", "threatens", "Afghanistan")}),
    ("an_act_told_in_a_charge_a_tagger_took_for_a_verb_is_only_charged",
     "Venezuela rejects accusations that it helped the FARC rebels.",
     set(), {("Venezuela", "supports", "Revolutionary Armed Forces of Colombia")}),
    ("an_offensive_against_a_party_in_a_state_is_not_against_the_state",
     "Israel's offensive against Hezbollah in Lebanon went on. Turkey launched an offensive against the PKK in Iraq.",
     {("Israel", "attacks", "Hezbollah"), ("Turkey", "attacks", "Kurdistan Workers' Party")},
     {("Israel", "attacks", "Lebanon"), ("Turkey", "attacks", "Iraq")}),
    # the forty-third session
    ("the_interim_government_given_aid_is_the_storys_state",
     "Protests swept Kyrgyzstan this week. The European Union said it was ready to offer the interim government "
     "political and financial help.",
     {("European Union", "offers_aid", "Kyrgyzstan")}, set()),
    ("talks_during_a_clause_on_the_place_visited_are_in_person",
     "Antony Blinken arrived in Jordan from Egypt, where he emphasized U.S. friendship during talks with Egyptian "
     "President Abdel Fattah el-Sisi.",
     {("Antony Blinken", "met", "Abdel Fattah al-Sisi")},
     {("Antony Blinken", "discussed_with", "Abdel Fattah al-Sisi")}),
    ("the_place_of_attacks_condemned_is_not_condemned",
     "Britain condemned the recent attacks in northeastern Nigeria inflicted by Boko Haram.",
     {("United Kingdom", "criticizes", "Boko Haram")}, {("United Kingdom", "criticizes", "Nigeria")}),
    ("pressure_not_applied_and_sanctions_opposed_are_none",
     "Eritrea says the United Nations is not applying enough pressure on Ethiopia. China has opposed imposing new "
     "sanctions on Myanmar. Iran resisted pressure from the United States.",
     {("United States", "criticizes", "Iran")},
     {("United Nations", "criticizes", "Ethiopia"), ("China", "criticizes", "Myanmar")}),
    ("months_before_an_event_noun_are_no_name",
     "The July-August war between Israel and Hezbollah killed about 1,200 people.",
     {("Israel", "attacks", "Hezbollah")}, set()),
    ("a_claim_of_anothers_act_or_of_a_place_is_no_claim_of_the_attack",
     "Ukraine condemned the drone attack which Russia claimed Ukraine had launched against Moscow. Azerbaijan "
     "condemned the shelling in Nagorno-Karabakh, which Armenia claimed for itself.",
     set(), {("Ukraine", "criticizes", "Russia"), ("Azerbaijan", "criticizes", "Armenia")}),
    ("a_lawful_removal_is_no_charge",
     "Imran Khan said the National Assembly forced him out of office in a no-confidence vote.",
     set(), {("Imran Khan", "accuses", "National Assembly")}),
    ("leaders_who_spoke_before_an_event_or_of_a_need_talked",
     "Joe Biden and Xi Jinping spoke before the G20 summit. Vladimir Putin and Emmanuel Macron spoke of the need for "
     "a ceasefire.",
     {("Joe Biden", "discussed_with", "Xi Jinping"), ("Vladimir Putin", "discussed_with", "Emmanuel Macron")}, set()),
    ("an_alliance_a_person_forms_is_theirs",
     "Benny Gantz formed an alliance with Yair Lapid. Israel opened what it called a wide-scale offensive against "
     "Hamas.",
     {("Benny Gantz", "allied_with", "Yair Lapid"), ("Israel", "attacks", "Hamas")}, set()),
    ("a_state_named_in_full_before_its_bracketed_acronym_is_part_of_the_title",
     "Lloyd Austin met with Republic of Korea (ROK) Minister of National Defense Shin Won-sik in Seoul.",
     {("Lloyd Austin", "met", "Shin Won-sik")}, {("Lloyd Austin", "met", "South Korea")}),
    ("the_leader_of_the_group_named_by_its_kind",
     "The leader of the Shi'ite militant group Hezbollah blamed Israel for the strike.",
     {("Hassan Nasrallah", "criticizes", "Israel")}, {("Hezbollah", "criticizes", "Israel")}),
    ("a_meeting_between_two_people_is_theirs_not_the_side_telling_of_it",
     "The United States raised the issue during a meeting between Secretary of State Antony Blinken and Chinese "
     "Foreign Minister Wang Yi.",
     {("Antony Blinken", "met", "Wang Yi")}, {("United States", "met", "Wang Yi")}),
    ("people_who_reaffirm_their_states_alliance_are_not_allies",
     "Antony Blinken and Yoko Kamikawa reaffirmed the U.S.-Japan alliance.",
     {("United States", "allied_with", "Japan")},
     {("Antony Blinken", "allied_with", "Yōko Kamikawa"), ("Antony Blinken", "allied_with", "Japan"),
      ("Yōko Kamikawa", "allied_with", "United States")}),
    ("the_relative_a_reported_clause_opens_with_is_its_antecedent",
     "Hassan Nasrallah, who Israel says has been behind the rocket attacks, spoke on Friday. Iran and North Korea, two "
     "states that Washington says are seeking nuclear weapons, were named.",
     {("Israel", "accuses", "Hassan Nasrallah"), ("United States", "accuses", "Iran"),
      ("United States", "accuses", "North Korea")}, set()),
    ("a_free_relative_after_a_preposition_keeps_the_speakers_judgement",
     "Iran summoned the Swiss envoy over what it called US provocations. Ukraine closed its border in response to "
     "what it called Russian aggression.",
     {("Iran", "criticizes", "United States"), ("Ukraine", "criticizes", "Russia")}, set()),
    ("a_plan_or_an_offer_a_free_relative_names_is_not_carried",
     "North Korea announced what it called a decision to strike the United States. Ethiopia received what it "
     "described as a peace offer from Eritrea.",
     set(), {("North Korea", "attacks", "United States"), ("Eritrea", "offers_aid", "Ethiopia")}),
    ("the_doers_condemned_for_an_attack_are_its_doers",
     "Hamas gunmen attacked a bus in Jerusalem on Sunday. The United States condemned the terrorists for the attack.",
     {("United States", "criticizes", "Hamas")}, set()),
    ("the_one_who_claims_an_attack_did_it",
     "Joe Biden condemned the bombing in Kabul, Afghanistan, for which the Taliban claimed responsibility. Antony "
     "Blinken condemned the attack on Odesa that Russia claimed.",
     {("Joe Biden", "criticizes", "Taliban"), ("Antony Blinken", "criticizes", "Russia")}, set()),
    ("one_blamed_for_an_attack_is_not_its_doer_told_before",
     "Russian missiles struck Kharkiv on Monday. Britain condemned the attack. Belarus blamed saboteurs for the "
     "attack.",
     {("United Kingdom", "criticizes", "Russia")}, {("Belarus", "criticizes", "Russia")}),
    ("what_a_light_verb_carries_is_the_thing_named",
     "Greece lodged what it called a strong protest with Turkey. Kenya launched what it described as a pursuit "
     "operation against al-Shabaab. Ukraine rallied against what it called Russia's illegal occupation.",
     {("Greece", "criticizes", "Turkey"), ("Kenya", "attacks", "Al-Shabaab")}, set()),
    ("a_judging_verb_reads_the_free_relative_as_the_act_told",
     "Iraqi troops crossed the border into Kuwait. Britain condemned what it called naked aggression.",
     {("United Kingdom", "criticizes", "Iraq")}, {("United Kingdom", "criticizes", "Kuwait")}),
    # the forty-second session
    ("an_act_demanded_in_the_subjunctive_is_not_done",
     "Benjamin Netanyahu has insisted that Palestinian leaders recognize Israel as a Jewish state. Russia insisted "
     "that Ukraine attacked the bridge.",
     {("Russia", "accuses", "Ukraine")}, {("Palestine", "supports", "Israel")}),
    ("a_host_receives_one_named_by_title",
     "The U.S. secretary of state was received by Xi Jinping in Beijing.",
     {("Xi Jinping", "met", "Antony Blinken")}, set()),
    ("a_place_struck_inside_is_no_target_when_the_act_names_one",
     "Turkish airstrikes inside Iraq targeted PKK militants.",
     {("Turkey", "attacks", "Kurdistan Workers' Party")}, {("Turkey", "attacks", "Iraq")}),
    ("a_visit_stays_beside_a_call_with_the_head_of_the_state_visited",
     "Joe Biden visited Israel a week after speaking with Benjamin Netanyahu by phone.",
     {("Joe Biden", "met", "Israel"), ("Joe Biden", "called", "Benjamin Netanyahu")}, set()),
    ("both_leaders_are_the_two_named_as_a_main_clauses_subject",
     "Xi Jinping met Vladimir Putin in Moscow on Tuesday. Joe Biden and Rishi Sunak condemned the visit. Both leaders "
     "accused China of backing Russia.",
     {("Joe Biden", "accuses", "China"), ("Rishi Sunak", "accuses", "China")},
     {("Vladimir Putin", "accuses", "China")}),
    ("the_one_helped_to_fight_fights",
     "Jim Mattis reiterated the U.S. commitment to help Turkey fight the PKK.",
     {("Turkey", "attacks", "Kurdistan Workers' Party")},
     {("Jim Mattis", "attacks", "Kurdistan Workers' Party"), ("United States", "attacks", "Kurdistan Workers' Party")}),
    ("the_demonym_leader_is_the_head_the_story_just_named",
     "Mikhail Mishustin spoke in Moscow on Monday. The Russian leader accused Ukraine of shelling Belgorod.",
     {("Mikhail Mishustin", "accuses", "Ukraine")}, {("Vladimir Putin", "accuses", "Ukraine")}),
    ("the_two_leaders_are_the_accounts_pair_not_two_named_since_who_never_met",
     "Lloyd Austin and Japanese Defense Minister Nobuo Kishi met at the Pentagon on Tuesday. Austin noted that both he "
     "and Antony Blinken had visited Tokyo in March. The two leaders also discussed the threat posed by North Korea.",
     {("Lloyd Austin", "met", "Nobuo Kishi")}, {("Lloyd Austin", "discussed_with", "Antony Blinken")}),
    ("the_two_leaders_after_a_second_meeting_of_the_story_are_its_pair",
     "Lloyd Austin met Japanese Defense Minister Nobuo Kishi on Monday. On Tuesday, Austin met South Korean Defense "
     "Minister Suh Wook in Seoul. The two leaders condemned North Korea's missile launches.",
     {("Suh Wook", "criticizes", "North Korea")}, {("Nobuo Kishi", "criticizes", "North Korea")}),
    ("a_visit_to_a_state_where_its_leader_is_met_is_the_meeting_with_the_leader",
     "Narendra Modi made his first official visit to Japan, where he and Japanese Prime Minister Fumio Kishida "
     "discussed trade. Olaf Scholz made his first official visit to India on Monday.",
     {("Narendra Modi", "met", "Fumio Kishida"), ("Olaf Scholz", "met", "India")}, {("Narendra Modi", "met", "Japan")}),
    ("the_doer_a_relative_clause_of_doing_names_is_the_acts_owner",
     "Germany condemned the attacks Russia carried out on Kyiv. Japan criticized the measures that China has imposed. "
     "Turkish airstrikes inside Iraq killed ten people.",
     {("Germany", "criticizes", "Russia"), ("Japan", "criticizes", "China"), ("Turkey", "attacks", "Iraq")}, set()),
    ("a_relative_clause_of_saying_names_no_doer",
     "Germany condemned the attacks Russia says Ukraine carried out.",
     set(), {("Germany", "criticizes", "Russia")}),
    ("a_holding_to_account_beside_a_condemnation_leaves_the_criticism",
     "Israel held Hamas responsible for the attack and condemned it. Antony Blinken condemned Russia's war crimes in "
     "Ukraine and stressed his commitment to hold Russia accountable.",
     {("Israel", "accuses", "Hamas"), ("Israel", "criticizes", "Hamas"), ("Antony Blinken", "criticizes", "Russia")},
     set()),
    ("a_second_phrase_of_the_same_preposition_joined_to_the_first_names_a_second_party",
     "Emmanuel Macron spoke with Olaf Scholz and, separately, with Mario Draghi. Joe Biden met with Fumio Kishida "
     "and with Yoon Suk Yeol.",
     {("Emmanuel Macron", "discussed_with", "Olaf Scholz"), ("Emmanuel Macron", "discussed_with", "Mario Draghi"),
      ("Joe Biden", "met", "Fumio Kishida"), ("Joe Biden", "met", "Yoon Suk Yeol")}, set()),
    ("a_purpose_joined_to_the_first_purpose_of_a_call_is_the_calls_too",
     "Barack Obama spoke with Recep Tayyip Erdogan to discuss Syria and to express his condolences for the victims "
     "of the bombing in Ankara.",
     {("Barack Obama", "condolences", "Recep Tayyip Erdogan")}, set()),
    # the forty-first session
    ("talks_planned_or_set_for_a_day_that_has_passed_and_then_held_are_talks_held",
     "Armenia held talks with Azerbaijan that were scheduled for last month. The summit between Kim Jong Un and "
     "Donald Trump, which was set for June 12, took place in Singapore.",
     {("Armenia", "discussed_with", "Azerbaijan"), ("Kim Jong Un", "met", "Donald Trump")}, set()),
    ("a_present_verb_reacting_to_an_act_on_a_day_does_not_put_the_act_to_come",
     "Ukraine condemns Russia's attack on Monday on Kyiv. Hamas rocket fire struck southern Israel on Monday.",
     {("Russia", "attacks", "Ukraine"), ("Hamas", "attacks", "Israel")}, set()),
    ("help_to_build_up_a_partys_foes_or_a_result_of_an_act_is_no_help_to_the_party",
     "Russia helped strengthen Ukraine's separatists. Russia's invasion has helped strengthen NATO's eastern flank. "
     "Japan pledged to help rebuild Iraq's power grid.",
     {("Japan", "offers_aid", "Iraq")}, {("Russia", "supports", "Ukraine"), ("Russia", "supports", "NATO")}),
    ("a_joined_clause_that_names_back_the_act_told_before_judges_its_doer",
     "Japan said China's ships had entered its waters and the move was provocative. Barack Obama praised the Afghan "
     "government.",
     {("Japan", "criticizes", "China"), ("Barack Obama", "supports", "Afghanistan")}, set()),
    ("two_titles_each_with_its_name_in_apposition_are_two_people",
     "Joe Biden met Japan's prime minister, Fumio Kishida, and its foreign minister, Yoko Kamikawa. Olaf Scholz met "
     "the French president, Emmanuel Macron, and reporters.",
     {("Joe Biden", "met", "Fumio Kishida"), ("Joe Biden", "met", "Yōko Kamikawa"),
      ("Olaf Scholz", "met", "Emmanuel Macron")}, set()),
    # the thirty-ninth session
    ("a_purpose_on_a_verb_of_judging_or_on_a_charged_act_is_no_act_of_the_speaker",
     "Turkey condemned Russia's strikes on Idlib in an attempt to destroy Hayat Tahrir al-Sham. Somalia accused Kenya "
     "of shelling Afmadow in an effort to drive out al-Shabab. Israel struck Rafah in a bid to destroy Hamas. Kenyan "
     "troops shelled Afmadow in a fruitless effort to drive out al-Shabab. Ethiopia helped the Somali army battle "
     "Eritrea.",
     {("Israel", "attacks", "Hamas"), ("Ethiopia", "backs_militarily", "Somalia")},
     {("Turkey", "attacks", "Hayat Tahrir al-Sham"), ("Somalia", "attacks", "Al-Shabaab"),
      ("Kenya", "attacks", "Al-Shabaab"), ("Ethiopia", "supports", "Eritrea"),
      ("Ethiopia", "backs_militarily", "Eritrea")}),
    ("the_force_helped_to_fight_is_the_one_helped_not_its_enemy",
     "Burundian troops helped the Somali army battle al-Shabab. Kenyan soldiers are helping Somalia's army fight "
     "al-Shabab.",
     {("Burundi", "backs_militarily", "Somalia"), ("Kenya", "backs_militarily", "Somalia")},
     {("Burundi", "backs_militarily", "Al-Shabaab"), ("Kenya", "backs_militarily", "Al-Shabaab")}),
    ("the_purpose_an_effort_or_a_bid_gives_an_act_is_its_doers",
     "Ethiopian troops stormed Baidoa in an effort to drive out the Islamic Courts Union. Kenyan troops shelled "
     "Afmadow in a failed attempt to drive out al-Shabab. Uganda will send troops in a bid to drive out the LRA.",
     {("Ethiopia", "attacks", "Islamic Courts Union")},
     {("Kenya", "attacks", "Al-Shabaab"), ("Uganda", "attacks", "Lord's Resistance Army")}),
    ("their_event_is_that_of_the_pair_named_as_the_clause_subject",
     "Emmanuel Macron hosted Olaf Scholz in Paris on Monday. Macron said he had spoken with Joe Biden a day earlier. "
     "During their dinner, Macron and Scholz also discussed the war in Sudan.",
     {("Emmanuel Macron", "met", "Olaf Scholz")}, {("Emmanuel Macron", "met", "Joe Biden")}),
    ("their_event_is_not_that_of_others_acting_meanwhile",
     "Joe Biden and Xi Jinping met in Woodside on Wednesday. During their meeting, Russia and North Korea held drills.",
     {("Joe Biden", "met", "Xi Jinping")}, {("Russia", "met", "North Korea")}),
    ("a_call_placed_is_made",
     "Leon Panetta placed two phone calls to Mohamed Tantawi. The United States placed sanctions on Iran.",
     {("Leon Panetta", "called", "Mohamed Hussein Tantawi"), ("United States", "criticizes", "Iran")}, set()),
    ("what_one_tells_another_at_anothers_event_is_no_meeting_between_them",
     "During a meeting with Olaf Scholz, Giorgia Meloni told Emmanuel Macron that she backs the plan. During Pedro "
     "Sanchez's visit to Rome, Giorgia Meloni thanked Mark Rutte for his help. During a phone call with Olaf Scholz, "
     "Joe Biden told Benjamin Netanyahu to agree to a truce. In talks between Israel and Hamas, Antony Blinken urged "
     "Yahya Sinwar to accept a truce.",
     {("Giorgia Meloni", "met", "Olaf Scholz"), ("Israel", "discussed_with", "Hamas")},
     {("Giorgia Meloni", "met", "Emmanuel Macron"), ("Giorgia Meloni", "met", "Mark Rutte"),
      ("Joe Biden", "called", "Benjamin Netanyahu"), ("Antony Blinken", "discussed_with", "Israel")}),
    ("an_appeal_or_a_visit_is_no_meeting_with_the_one_addressed",
     "At a NATO summit in Washington, Joe Biden urged Vladimir Putin to withdraw his troops. During a visit to Kyiv "
     "on Monday, Joe Biden told Vladimir Putin to end the war. In a call for calm, Joe Biden told Benjamin Netanyahu "
     "to avoid escalation.",
     set(), {("Joe Biden", "met", "Vladimir Putin"), ("Joe Biden", "called", "Benjamin Netanyahu")}),
    # the thirty-eighth session
    ("verbs_that_conclude_an_event_carry_it",
     "India and Pakistan concluded two days of peace talks. Egypt and Israel wrapped up their talks on Gaza. Iran "
     "presented the assassination of Ismail Haniyeh as an act of terror.",
     {("India", "discussed_with", "Pakistan"), ("Egypt", "discussed_with", "Israel")},
     {("Iran", "attacks", "Ismail Haniyeh")}),
    ("a_weapon_model_named_after_a_party_is_no_party",
     "Israel targeted Fatah-110 guided missiles in Syria. Iran tested a Shahab-3 missile near Iraq.",
     set(), {("Israel", "attacks", "Fatah")}),
    ("a_participle_after_the_judged_act_names_its_doer",
     "Germany condemned the bombings in Kabul, carried out by the Taliban. Backed by France, Chad condemned the "
     "attacks in Mali.",
     {("Germany", "criticizes", "Taliban")},
     {("Chad", "criticizes", "France"), ("Germany", "criticizes", "Afghanistan")}),
    ("the_subject_of_a_passive_acts_in_its_active_conjunct",
     "Recep Tayyip Erdogan was told of the crash on Monday and spoke with Vladimir Putin to express condolences. Iran "
     "was criticized by France and responded by condemning Paris.",
     {("Recep Tayyip Erdogan", "condolences", "Vladimir Putin"), ("France", "criticizes", "Iran"),
      ("Iran", "criticizes", "France")}, set()),
    ("an_attack_in_words_is_criticism_and_no_fighting",
     "Russia launched a scathing attack on NATO on Monday. Saddam Hussein verbally attacked Kuwait. Recep Tayyip "
     "Erdogan launched a scathing attack on Bashar al-Assad after Syrian troops attacked a Turkish post.",
     {("Russia", "criticizes", "NATO"), ("Saddam Hussein", "criticizes", "Kuwait"),
      ("Recep Tayyip Erdogan", "criticizes", "Bashar al-Assad"), ("Syria", "attacks", "Turkey")},
     {("Russia", "attacks", "NATO"), ("Saddam Hussein", "attacks", "Kuwait"),
      ("Recep Tayyip Erdogan", "attacks", "Bashar al-Assad")}),
    ("an_assault_by_arms_stays_one_whatever_its_adjective",
     "Russian forces launched a blistering assault on Ukrainian positions near Bakhmut.",
     {("Russia", "attacks", "Ukraine")}, {("Russia", "criticizes", "Ukraine")}),
    ("a_passive_subject_that_names_no_one_leaves_the_conjunct_to_the_agent",
     "The attack was carried out by Hezbollah and killed three Israeli soldiers. No part of Georgia remains under "
     "Russian occupation, Tbilisi said.",
     {("Hezbollah", "attacks", "Israel")}, {("Russia", "attacks", "Georgia")}),
    ("a_claim_of_what_an_act_is_names_no_doer_and_a_titled_person_inside_a_phrase_is_no_party",
     "Iran condemned the strike on the hospital, claimed by the United States to be an Israeli strike. Hillary "
     "Clinton met with the son of Pakistani Prime Minister Yousuf Raza Gilani and Foreign Minister Shah Mehmood "
     "Qureshi.",
     set(), {("Iran", "criticizes", "United States"), ("Hillary Clinton", "met", "Yousaf Raza Gilani")}),
    ("a_share_of_a_land_under_occupation_is_the_land",
     "Azerbaijan said a large part of Azerbaijan remained under Armenian occupation. Much of Somalia came under "
     "Ethiopian attack.",
     {("Armenia", "attacks", "Azerbaijan"), ("Ethiopia", "attacks", "Somalia")}, set()),
    ("jet_fighters_are_aircraft_of_their_state",
     "Chad says Sudanese jet fighters bombed a village near the border on Tuesday.",
     {("Chad", "accuses", "Sudan")}, set()),
    ("a_harsh_word_makes_an_attack_one_in_words_unless_arms_are_named",
     "Donald Trump launched a blistering attack on Joe Biden. Hamas launched a stinging rocket attack on Israel.",
     {("Donald Trump", "criticizes", "Joe Biden"), ("Hamas", "attacks", "Israel")},
     {("Donald Trump", "attacks", "Joe Biden"), ("Hamas", "criticizes", "Israel")}),
    ("a_passive_subject_named_by_its_modifier_acts_and_nothing_is_given_with_no",
     "The American envoy was received by Mohammed bin Salman and later met Mahmoud Abbas. Hamas got no money from "
     "Iran. Israel taught Hezbollah a lesson in 2006.",
     {("United States", "met", "Mahmoud Abbas")},
     {("Mohammed bin Salman", "met", "Mahmoud Abbas"), ("Iran", "backs_financially", "Hamas"),
      ("Israel", "threatens", "Hezbollah")}),
    ("a_doer_named_by_a_participle_stays_beside_another_conjunct",
     "France condemned the attack, carried out by Hezbollah and claimed by its leader.",
     {("France", "criticizes", "Hezbollah")}, set()),
    ("the_g8_and_american_agencies_by_their_acronyms",
     "The G-8 criticized Iran. Evo Morales accused the DEA of funding the protests. USAID sent aid to Haiti.",
     {("G8", "criticizes", "Iran"), ("Evo Morales", "accuses", "Drug Enforcement Administration")}, set()),
    # the thirty-seventh session
    ("every_form_of_wage_is_read_as_wage_not_wag",
     "Georgia said Russia was waging an offensive in Abkhazia. Israel said Hezbollah had waged attacks on its towns.",
     {("Georgia", "accuses", "Russia"), ("Israel", "accuses", "Hezbollah")}, set()),
    ("talks_of_three_or_more_parties_are_a_conference_in_person",
     "The foreign ministers of Japan, South Korea and China began trilateral talks on Monday.",
     {("Japan", "met", "South Korea"), ("Japan", "met", "China"), ("South Korea", "met", "China")}, set()),
    ("talks_of_three_by_video_or_of_two_are_no_meeting",
     "The leaders of France, Germany and Italy held virtual talks. Talks between Israel and Hamas resumed. Vladimir "
     "Putin told reporters about his discussions with Recep Tayyip Erdogan, Ebrahim Raisi and Bashar al-Assad. Japan, "
     "South Korea and the United States held talks through their embassies. Britain, France and Germany are in talks "
     "on a joint fighter jet.",
     set(), {("France", "met", "Germany"), ("Israel", "met", "Hamas"), ("Japan", "met", "South Korea"),
             ("Vladimir Putin", "met", "Ebrahim Raisi"), ("United Kingdom", "met", "France")}),
    ("central_african_is_the_republics_demonym_but_not_of_a_region",
     "Chadian and Central African leaders have accused Sudan of backing the rebels. Central African states condemned "
     "Rwanda. Latin American leaders condemned Venezuela. Cameroon, Chad and other Central African members of the "
     "bloc criticized Gabon.",
     {("Central African Republic", "accuses", "Sudan")},
     {("Central African Republic", "criticizes", "Rwanda"), ("United States", "criticizes", "Venezuela"),
      ("Central African Republic", "criticizes", "Gabon")}),
    ("a_designation_as_terrorists_is_a_charge_and_a_censure",
     "The United States designated Hezbollah as a terrorist organization.",
     {("United States", "accuses", "Hezbollah"), ("United States", "criticizes", "Hezbollah")}, set()),
    ("the_saudi_led_coalition_is_a_party_of_its_own",
     "The Saudi-led coalition, which supports Yemen's government, has been bombing the Houthis since 2015.",
     {("Saudi-led coalition", "attacks", "Houthis")}, {("Saudi Arabia", "attacks", "Houthis")}),
    ("officials_in_a_capital_are_its_states",
     "Hillary Clinton met with officials in Beijing on Monday. Iran accused officials in Washington of lying.",
     {("Hillary Clinton", "met", "China"), ("Iran", "accuses", "United States")}, set()),
    ("officials_in_a_capital_from_a_time_or_another_verb_are_still_its",
     "Antony Blinken met officials in Beijing from Monday to Wednesday. Jake Sullivan flew from Tokyo and met "
     "officials in Riyadh.", {("Antony Blinken", "met", "China"), ("Jake Sullivan", "met", "Saudi Arabia")}, set()),
    ("officials_from_a_party_in_a_capital_are_the_partys",
     "Antony Blinken met officials from Japan in Beijing. William Burns met with officials from both sides in Cairo.",
     {("Antony Blinken", "met", "Japan")}, {("Antony Blinken", "met", "China"), ("William Burns", "met", "Egypt")}),
    ("officials_at_a_body_or_in_a_place_that_is_no_state_are_not_a_states",
     "Kofi Annan met with officials in Gaza. Hillary Clinton met with officials at the Foreign Ministry in Geneva.",
     set(), {("Kofi Annan", "met", "Israel"), ("Hillary Clinton", "met", "Switzerland")}),
    ("a_deed_judged_for_is_the_one_judged_not_an_event_of_the_judge",
     "Poland criticized the European Union for its sanctions.",
     {("Poland", "criticizes", "European Union")}, {("European Union", "criticizes", "Poland")}),
    # the thirty-sixth session
    ("a_meeting_scheduled_is_to_come",
     "A meeting between the Pakistani and Indian foreign ministers is scheduled for August.",
     set(), {("Pakistan", "met", "India"), ("India", "met", "Pakistan")}),
    ("a_meeting_set_up_by_a_mediator_took_place",
     "The meeting between Putin and Erdogan was set up by Qatar.",
     {("Vladimir Putin", "met", "Recep Tayyip Erdogan")}, set()),
    ("support_of_the_acts_a_verb_of_viewing_judges_is_not_the_judges",
     "The United States views Serb actions in Kosovo, with the support of Russia, as provocative.",
     set(), {("Russia", "supports", "United States")}),
    ("who_leads_a_delegation_for_talks_meets_in_person",
     "Lavrov led a delegation last week for talks with Erdogan.",
     {("Sergey Lavrov", "met", "Recep Tayyip Erdogan")}, set()),
    ("who_sends_a_delegation_for_talks_does_not_go",
     "Lavrov sent a delegation to Ankara for talks with Erdogan.",
     set(), {("Sergey Lavrov", "met", "Recep Tayyip Erdogan")}),
    ("both_parties_accusing_the_other_accuse_each_other",
     "Sudan and South Sudan signed a deal. Both countries accuse the other of supporting rebels.",
     {("Sudan", "accuses", "South Sudan"), ("South Sudan", "accuses", "Sudan")}, set()),
    ("firing_warned_of_is_a_threat_not_an_attack",
     "North Korea has warned of firing rockets at U.S. military bases in Guam.",
     {("North Korea", "threatens", "United States")}, {("North Korea", "attacks", "United States")}),
    ("a_resolve_to_defeat_is_no_attack",
     "Mattis and Canikli reaffirmed their shared resolve to defeat the Islamic State.",
     set(), {("Jim Mattis", "attacks", "Islamic State")}),
    ("talks_a_journey_is_for_are_held_in_person_when_for_hangs_on_the_place",
     "Antonio Guterres arrived in the capital, Port-au-Prince, earlier Wednesday for talks with Prime Minister "
     "Ariel Henry.",
     {("António Guterres", "met", "Ariel Henry")}, set()),
    ("the_south_is_the_half_of_the_divided_state",
     "North Korea threatened South Korea. The two Koreas remain at war, decades after North Korea invaded the South.",
     {("North Korea", "attacks", "South Korea")}, set()),
    ("the_north_and_the_south_of_sudan_once_south_sudan_is_named",
     "Sudan and South Sudan clashed. The North accused the South of backing rebels.",
     {("Sudan", "accuses", "South Sudan")}, set()),
    ("the_south_is_no_state_without_a_divided_one_named",
     "Russia attacked Ukraine. Troops moved into the South.",
     {("Russia", "attacks", "Ukraine")}, {("Russia", "attacks", "South Korea"), ("Russia", "attacks", "South Sudan")}),
    ("rebels_trying_to_overthrow_a_government_are_the_ones_who_try",
     "The United States said Eritrea supplies weapons to al-Shabab rebels trying to overthrow the Somali government.",
     {("Eritrea", "backs_militarily", "Al-Shabaab")}, {("Eritrea", "attacks", "Somalia")}),
    ("a_spokesman_reporting_his_own_states_strike_accuses_no_one",
     "Kremlin spokesman Dmitry Peskov said Russian forces struck Ukrainian positions.",
     {("Russia", "attacks", "Ukraine")}, {("Dmitry Peskov", "accuses", "Russia")}),
    ("a_press_secretary_titled_by_an_organ_speaks_for_its_state",
     "Pentagon Press Secretary Pat Ryder said the U.S. military conducted airstrikes against the Houthis. Pentagon "
     "Press Secretary Pat Ryder accused Iran of arming the Houthis.",
     {("United States", "attacks", "Houthis"), ("Pat Ryder", "accuses", "Iran")},
     {("Pat Ryder", "accuses", "United States")}),
    ("a_critic_by_standing_who_also_charges_gives_both",
     "Hugo Chavez, a fierce critic of the United States, says it supported the coup against him.",
     {("Hugo Chávez", "criticizes", "United States"), ("Hugo Chávez", "accuses", "United States")}, set()),
    # (from the review of the session's first two engine commits)
    ("a_participle_of_the_subjects_own_clause_makes_no_loop",  # (hung: the mend made the tree a cycle)
     "Ethiopia deployed troops against al-Shabaab militants crossing from Somalia.", set(), set()),
    ("the_south_of_another_country_is_no_korea",
     "South Korea held drills. Russia attacked the South of Ukraine. Historians note that North Vietnam overran the "
     "South in 1975.", set(), {("Russia", "attacks", "South Korea"), ("Vietnam", "attacks", "South Korea")}),
    ("support_with_the_judging_verb_is_the_judges",
     "With the support of France, the European Union declared Hamas a terrorist organization.",
     {("France", "supports", "European Union")}, set()),
    ("a_meeting_scheduled_that_took_place_was_held",
     "The summit between Kim Jong Un and Donald Trump was scheduled for June 12 and took place in Singapore.",
     {("Kim Jong Un", "met", "Donald Trump")}, set()),
    ("indirect_talks_are_not_in_person",
     "William Burns led the American team for indirect talks with Hamas through Qatar.",
     set(), {("William Burns", "met", "Hamas")}),
    # (from the review of the session's later engine commits)
    ("a_meeting_scheduled_then_cancelled_was_not_held",
     "A meeting between Joe Biden and Xi Jinping was scheduled for November and then cancelled.",
     set(), {("Joe Biden", "met", "Xi Jinping")}),
    ("a_province_named_north_leaves_the_north_korea",
     "North Korea fired missiles from North Pyongan province, and the South condemned the North.",
     {("South Korea", "criticizes", "North Korea")}, set()),
    ("a_coup_as_a_time_is_no_charge",
     "ECOWAS said France had provided aid to Niger before the coup.",
     set(), {("Economic Community of West African States", "accuses", "France")}),
    ("talks_via_interpreters_are_in_person",
     "Joe Biden held talks with Xi Jinping on the sidelines of the G20 summit via interpreters.",
     {("Joe Biden", "met", "Xi Jinping")}, set()),
    ("a_letter_told_of_is_not_the_means_of_informing",
     "Emmanuel Macron informed Olaf Scholz that a letter from Joe Biden had arrived.",
     {("Emmanuel Macron", "discussed_with", "Olaf Scholz")}, set()),
    # the thirty-fifth session
    ("a_vowed_strike_then_an_own_side_charge_in_one_article",  # (crashed: a local name shadowed the sides helper)
     "Hezbollah vowed that Israeli cities would be struck. Syria said Hezbollah fighters had violated the border.",
     {("Hezbollah", "threatens", "Israel"), ("Syria", "accuses", "Hezbollah")}, set()),
    ("the_island_is_the_island_state_named_before",
     "Taiwan held elections on Saturday. China has threatened to use force against the island.",
     {("China", "threatens", "Taiwan")}, set()),
    ("a_disputed_island_is_no_island_state",
     "China sent ships toward Taiwan. A Chinese frigate attacked a fishing boat near the disputed island.",
     set(), {("China", "attacks", "Taiwan")}),
    ("people_named_beside_a_plural_noun_are_the_ones_meant",
     "Rwanda accused the two men, Bosco Ntaganda and Sultani Makenga, of war crimes.",
     {("Rwanda", "accuses", "Bosco Ntaganda"), ("Rwanda", "accuses", "Sultani Makenga")}, set()),
    ("a_fronted_phrase_does_not_swallow_the_subject_list",
     "During talks in Beijing, Xi Jinping and Vladimir Putin signed a gas deal.",
     {("Xi Jinping", "met", "Vladimir Putin")}, set()),
    ("one_who_reports_the_story_is_no_actor_in_it",
     "Daniel Ndlela spoke with reporter Brenda Moyo of VOA.",
     set(), {("Daniel Ndlela", "discussed_with", "Brenda Moyo")}),
    ("a_journalist_the_story_tells_of_is_an_actor",
     "Russia accused journalist Evan Gershkovich of espionage.",
     {("Russia", "accuses", "Evan Gershkovich")}, set()),
    ("a_name_the_recogniser_found_is_no_body_named_before",
     "Amnesty International criticized the army. The Somali Democratic Alliance attacked Kenya.",
     {("Somali Democratic Alliance", "attacks", "Kenya")}, {("Amnesty International", "attacks", "Kenya")}),
    ("a_name_right_after_a_joined_noun_is_its_apposition",
     "The United States and its treaty ally the Philippines held joint drills.",
     {("Philippines", "allied_with", "United States")}, set()),
    ("government_forces_in_a_state_are_its_forces",
     "Chad sent troops to help government forces in Mali.",
     {("Chad", "backs_militarily", "Mali")}, set()),
    ("that_country_is_the_state_named_before",
     "Egypt hosted talks. The United States criticized that country.",
     {("United States", "criticizes", "Egypt")}, set()),
    # the thirty-fourth session
    ("blame_laid_on_another_spares_the_owner_of_the_thing_blamed",
     "Robert Mugabe blames Zimbabwe's economic crisis on Britain.",
     {("Robert Mugabe", "criticizes", "United Kingdom")}, {("Robert Mugabe", "criticizes", "Zimbabwe")}),
    ("a_pronoun_in_the_condition_is_the_one_the_penalty_falls_on",
     "Israel said a response against Hezbollah would be inevitable if it fired again.",
     {("Israel", "threatens", "Hezbollah")}, set()),
    ("support_for_defeating_a_group_is_no_support_of_it",
     "Germany reaffirmed its support for defeating the Taliban.",
     set(), {("Germany", "supports", "Taliban")}),
    ("a_restrictive_relative_clause_on_the_last_of_a_list_is_its_own",
     "The rebels include Hamas and militants who attack Israel. Russia and Iran, which arm the Houthis, met in Moscow.",
     {("Russia", "backs_militarily", "Houthis"), ("Iran", "backs_militarily", "Houthis")},
     {("Hamas", "attacks", "Israel")}),
    ("those_who_joined_the_subject_act_too",
     "Soviet troops, joined by forces from Poland and Hungary, invaded Czechoslovakia.",
     {("Soviet Union", "attacks", "Czechoslovakia"), ("Poland", "attacks", "Czechoslovakia"),
      ("Hungary", "attacks", "Czechoslovakia")}, set()),
    ("talks_held_in_person_are_a_meeting",
     "Fumio Kishida made a surprise visit to Kyiv on Tuesday and held talks with Volodymyr Zelensky.",
     {("Fumio Kishida", "met", "Volodymyr Zelenskyy")}, {("Fumio Kishida", "discussed_with", "Volodymyr Zelenskyy")}),
    # the review of the thirty-fourth session's change: its faults, mended
    ("talks_a_clause_apart_or_held_through_others_are_no_meeting",
     "Joe Biden met Benjamin Netanyahu, who has held indirect talks with Hamas through Egypt. Antony Blinken met "
     "Mohammed bin Salman in Riyadh after holding talks with Hamas negotiators through intermediaries.",
     {("Joe Biden", "met", "Benjamin Netanyahu")},
     {("Benjamin Netanyahu", "met", "Hamas"), ("Antony Blinken", "met", "Hamas")}),
    ("support_for_rebuilding_a_state_is_support_of_it",
     "Joe Biden announced support for rebuilding Ukraine.",
     {("Joe Biden", "supports", "Ukraine")}, set()),
    ("a_charge_borne_out_tells_the_act",
     "The charge that Iran armed the Houthis was confirmed by the United Nations.",
     {("Iran", "backs_militarily", "Houthis")}, set()),
    ("aid_diverted_from_a_state_is_not_its",
     "The United States diverted aid from Ukraine to Israel.",
     set(), {("Ukraine", "offers_aid", "Israel")}),
    ("a_senator_named_kennedy_is_no_president",
     "Senator John Kennedy criticized Joe Biden over the border.",
     set(), {("John F. Kennedy", "criticizes", "Joe Biden")}),
    ("a_penalty_to_be_lifted_is_no_threat",
     "Japan said sanctions on North Korea would be lifted if it agreed to talks.",
     set(), {("Japan", "threatens", "North Korea")}),
    # the review of the thirty-third session's change: its faults, mended
    ("a_denial_still_negates_an_act_in_a_phrase",
     "Iran denied any involvement in the attack on Saudi Arabia.",
     set(), {("Iran", "attacks", "Saudi Arabia")}),
    ("a_refusal_still_negates_talks_in_a_phrase",
     "Iran refused to participate in negotiations with the United States.",
     set(), {("Iran", "discussed_with", "United States"), ("Iran", "met", "United States")}),
    ("a_document_by_a_body_is_that_bodys",
     "The UN Security Council discussed a report by Amnesty International on Monday. The report accused Israel of "
     "war crimes.",
     {("Amnesty International", "accuses", "Israel")}, {("UN Security Council", "accuses", "Israel")}),
    ("a_document_blocked_is_not_the_blockers",
     "Russia blocked a statement on Monday. The statement condemned Syria.",
     set(), {("Russia", "criticizes", "Syria")}),
    ("those_who_died_in_a_raid_did_not_make_it",
     "Three Hamas militants died in a raid on Tuesday. Egypt condemned the raid.",
     set(), {("Egypt", "criticizes", "Hamas")}),
    ("a_dynastys_article_name_ends_the_full_name",
     "Antony Blinken telephoned Tamim bin Hamad al-Thani.",
     {("Antony Blinken", "called", "Tamim bin Hamad Al Thani")}, set()),
    ("a_summit_of_ones_own_keeps_one_of_the_two_leaders",
     "Joe Biden's summit with Xi Jinping opened in Woodside. The two leaders criticized Russia.",
     {("Joe Biden", "criticizes", "Russia"), ("Xi Jinping", "criticizes", "Russia")}, set()),
    ("a_victim_of_terrorism_is_not_judged",
     "Joe Biden called Pakistan a victim of terrorism.",
     set(), {("Joe Biden", "criticizes", "Pakistan")}),
    ("an_act_after_a_reported_present_is_not_the_speakers_unless_addressing",
     "Antony Blinken said Russia is arming the rebels and invaded Ukraine in 2014.",
     {("Russia", "attacks", "Ukraine")}, {("Antony Blinken", "attacks", "Ukraine")}),
    ("a_name_before_a_joined_passives_was_is_its_subject",
     "Mali was suspended from ECOWAS and Guinea was expelled from the African Union.",
     {("Economic Community of West African States", "criticizes", "Mali"), ("African Union", "criticizes", "Guinea")},
     {("African Union", "criticizes", "Mali")}),
    # the thirty-third session: a document's author told before or beside it
    ("a_document_is_its_issuers",
     "The Egyptian Foreign Ministry issued a statement on Monday. The statement condemned Israel's raid.",
     {("Egypt", "criticizes", "Israel")}, set()),
    ("a_document_drafted_by_two_states_is_theirs",
     "The resolution, drafted by Britain and France, condemns Syria for the crackdown.",
     {("United Kingdom", "criticizes", "Syria"), ("France", "criticizes", "Syria")}, set()),
    ("a_statement_said_in_before_is_the_speakers",
     "Russia's Foreign Ministry said in a statement that the sanctions were illegal. The statement also accused "
     "Washington of meddling.",
     {("Russia", "accuses", "United States")}, set()),
    ("a_complaint_filed_before_is_the_filers",
     "Sudan filed a complaint with the Security Council. The complaint accuses South Sudan of backing rebels.",
     {("Sudan", "accuses", "South Sudan")}, set()),
    ("a_resolution_adopted_before_is_the_bodys",
     "The UN Security Council adopted a resolution on Tuesday. The resolution condemns North Korea.",
     {("UN Security Council", "criticizes", "North Korea")}, set()),
    ("a_name_before_a_joined_verbs_would_is_its_subject",
     "Joe Biden said US troops had defeated the Islamic State and Turkey would be moving into Syria.",
     set(), {("United States", "attacks", "Turkey")}),
    ("a_past_verb_after_a_reported_progressive_is_the_speakers",
     "Antony Blinken said Russia was supplying weapons to the rebels and accused Iran of arming them.",
     {("Antony Blinken", "accuses", "Iran")}, {("Russia", "accuses", "Iran")}),
    ("a_verb_of_accusing_after_a_state_told_in_the_past_is_the_speakers",
     "Volodymyr Zelenskyy said his country was under attack and accused Belarus of helping the invaders.",
     {("Volodymyr Zelenskyy", "accuses", "Belarus")}, {("Ukraine", "accuses", "Belarus")}),
    ("troops_sent_to_support_a_government_back_it_in_arms",
     "Rwanda sent troops to support the government of Mozambique.",
     {("Rwanda", "backs_militarily", "Mozambique")}, {("Rwanda", "supports", "Mozambique")}),
    ("the_one_given_to_before_a_sum_with_more_than",
     "Russia promised Kyrgyzstan more than two billion dollars in loans and aid.",
     {("Russia", "offers_aid", "Kyrgyzstan")}, set()),
    ("a_two_letter_family_name_after_mr_is_the_person_named_before",
     "Chinese Premier Li Qiang met Olaf Scholz in Berlin. Mr. Li praised Germany.",
     {("Li Qiang", "supports", "Germany")}, {("Mr. Li", "supports", "Germany")}),
    ("his_in_what_a_person_says_is_the_speakers",
     "Brazilian President Luiz Inacio Lula da Silva and Colombia's Gustavo Petro sent messages of solidarity, and "
     "Mr. Petro said his government stands with Venezuela.",
     {("Colombia", "supports", "Venezuela")}, {("Brazil", "supports", "Venezuela")}),
    ("he_in_what_one_described_by_a_relative_clause_says_is_that_ones",
     "Olaf Scholz met Emmanuel Macron, who said he supports Ukraine.",
     {("Emmanuel Macron", "supports", "Ukraine")}, {("Olaf Scholz", "supports", "Ukraine")}),
    ("three_people_named_are_the_three_leaders_of_the_next_sentence",
     "Joe Biden, Rishi Sunak and Emmanuel Macron flew to Kyiv. The three leaders met Volodymyr Zelenskyy.",
     {("Joe Biden", "met", "Volodymyr Zelenskyy"), ("Rishi Sunak", "met", "Volodymyr Zelenskyy"),
      ("Emmanuel Macron", "met", "Volodymyr Zelenskyy")}, set()),
    ("an_ally_named_right_before_the_name_is_its_ally",
     "Iran's ally Syria condemned Israel.",
     {("Syria", "allied_with", "Iran"), ("Syria", "criticizes", "Israel")}, set()),
    ("an_ethnic_peoples_name_is_not_the_state",
     "Ethnic Uzbek leaders accused Kyrgyz troops of joining the mobs.",
     set(), {("Uzbekistan", "accuses", "Kyrgyzstan")}),
    ("a_report_rejected_still_accuses",
     "Rwanda rejected a UN report accusing Kigali of backing the M23 rebels.",
     {("United Nations", "accuses", "Rwanda")}, set()),
    ("the_new_state_is_the_state_just_named",
     "Kosovo declared independence on Sunday. Albania and Turkey recognized the new state within days.",
     {("Albania", "supports", "Kosovo"), ("Turkey", "supports", "Kosovo")}, set()),
    ("a_second_object_with_a_place_of_its_own_is_struck_too",
     "Israeli jets bombed targets in Syria and a power station in Lebanon.",
     {("Israel", "attacks", "Syria"), ("Israel", "attacks", "Lebanon")}, set()),
    ("one_named_only_as_an_owner_is_not_of_the_two_leaders",
     "Lloyd Austin met in Amman with King Abdullah II's adviser. The two leaders discussed Syria.",
     set(), {("Lloyd Austin", "discussed_with", "Abdullah II")}),
    ("an_arabic_surname_after_a_dictionary_surname_is_a_longer_name",
     "Antony Blinken telephoned Mashal al-Zaben.",
     {("Antony Blinken", "called", "Mashal al-Zaben")}, {("Antony Blinken", "called", "Khaled Mashal")}),
    # the review of the thirty-second session's change: its faults, mended
    ("telling_what_one_has_done_is_no_demand",
     "Russia told NATO that it has withdrawn its troops from the border.",
     set(), {("Russia", "criticizes", "NATO")}),
    ("talks_a_cancelled_visit_was_for_were_not_held",
     "Emmanuel Macron's visit to Kyiv for talks with Volodymyr Zelenskyy was cancelled.",
     set(), {("Emmanuel Macron", "met", "Volodymyr Zelenskyy")}),
    ("talks_by_phone_after_a_visit_are_a_call",
     "Xi Jinping visited Moscow on Monday. He held talks by telephone with Vladimir Putin.",
     {("Xi Jinping", "called", "Vladimir Putin")}, {("Xi Jinping", "met", "Vladimir Putin")}),
    ("a_return_ends_the_journey",
     "Xi Jinping visited Moscow on Monday. He returned to Beijing on Tuesday. On Friday he held talks with "
     "Vladimir Putin.",
     {("Xi Jinping", "discussed_with", "Vladimir Putin")}, {("Xi Jinping", "met", "Vladimir Putin")}),
    ("a_government_in_a_reported_clause_acts_itself",
     "Japan said the government in Seoul had protested and called North Korea a threat.",
     {("South Korea", "criticizes", "North Korea")}, {("Japan", "criticizes", "North Korea")}),
    ("a_meeting_that_was_not_productive_took_place",
     "The meeting between Joe Biden and Xi Jinping was not productive.",
     {("Joe Biden", "met", "Xi Jinping")}, set()),
    ("leaving_a_door_open_is_no_demand",
     "Joe Biden urged Volodymyr Zelenskyy to leave the door open to talks.",
     set(), {("Joe Biden", "criticizes", "Volodymyr Zelenskyy")}),
    ("groups_clashing_over_control_fight",
     "Hamas and Fatah clashed over control of Gaza, leaving dozens dead.",
     {("Hamas", "attacks", "Fatah"), ("Fatah", "attacks", "Hamas")}, set()),
    # the thirty-second session: a journey told in one sentence makes the next sentence's talks with the people of
    # the state gone to a meeting (not a journey to come, nor talks with someone of another state)
    # a rule's target inside the subject phrase whose act the parse read as judged is the rule's error
    ("the_act_judged_is_the_states_not_its_objects",
     "The Venezuelan decision to recognize Abkhazia was condemned by Georgia.",
     {("Georgia", "criticizes", "Venezuela")}, {("Georgia", "criticizes", "Abkhazia")}),
    # an "its" on the means of the clause's act, or on what a participle going on from it does, is the subject's
    ("its_on_the_means_of_the_act_is_the_subjects",
     "Turkey violated Iraq's airspace with its strikes on PKK positions.",
     {("Turkey", "attacks", "Kurdistan Workers' Party")}, {("Iraq", "attacks", "Kurdistan Workers' Party")}),
    ("its_on_the_object_of_a_participle_going_on_is_the_subjects",
     "Armenia joined the Collective Security Treaty Organization in 1992, cementing its military alliance with Russia.",
     {("Armenia", "allied_with", "Russia")}, {("Collective Security Treaty Organization", "allied_with", "Russia")}),
    ("its_of_what_one_is_judged_for_is_the_judgeds",
     "Japan criticized China for its military buildup.",
     {("Japan", "criticizes", "China")}, set()),
    # what a thing is called is no event: "an attack on China" said of remarks is no attack
    ("remarks_called_an_attack_are_no_attack",
     "Yang Jiechi called Hillary Clinton's remarks an attack on China.",
     set(), {("Hillary Clinton", "attacks", "China")}),
    # a verb of calling joined to a denied clause about a thing is the denier's
    ("calling_after_a_denial_about_a_thing_is_the_deniers",
     "Israeli jets struck a factory in Syria on Monday. Syria denied that the factory made weapons and called the "
     "strike an act of aggression.",
     {("Syria", "criticizes", "Israel")}, set()),
    ("a_second_act_after_a_reported_perfect_stays_reported",
     "Russia said Georgia had attacked South Ossetia and killed Russian peacekeepers.",
     {("Georgia", "attacks", "Russia")}, set()),
    # the recogniser's body made of a state's name and organ words is the state
    ("a_states_army_unit_is_the_state",
     "U.S. Army Special Forces soldiers have begun training Georgian troops.",
     {("United States", "backs_militarily", "Georgia")}, {("U.S. Army Special Forces", "backs_militarily", "Georgia")}),
    ("a_states_name_with_organ_words_is_the_state",
     "The U-S Congress approved 1.3 billion dollars for Colombia.",
     {("United States", "backs_financially", "Colombia")}, set()),
    # a warning that a thing is so holds out nothing; one of what will come does
    ("a_warning_that_a_thing_is_so_is_no_threat",
     "Abiy Ahmed warned the United Nations that the peace process is in crisis.",
     set(), {("Abiy Ahmed", "threatens", "United Nations")}),
    ("a_warning_of_what_the_army_is_ready_to_do_is_a_threat",
     "Russia warned Georgia that its army was ready to strike.",
     {("Russia", "threatens", "Georgia")}, set()),
    ("talks_after_a_visit_told_before_are_held_there",
     "Xi Jinping visited Berlin on Tuesday. He held talks with Olaf Scholz.",
     {("Xi Jinping", "met", "Olaf Scholz")}, set()),
    ("talks_after_an_arrival_told_before_are_held_there",
     "Xi Jinping arrived in Moscow on Monday. He discussed trade with Vladimir Putin.",
     {("Xi Jinping", "met", "Vladimir Putin")}, set()),
    ("talks_after_a_visit_to_come_are_not_held_there",
     "Xi Jinping will visit Berlin on Tuesday. He held talks with Olaf Scholz.",
     {("Xi Jinping", "discussed_with", "Olaf Scholz")}, {("Xi Jinping", "met", "Olaf Scholz")}),
    ("talks_with_someone_of_another_state_after_a_visit_are_not_held_there",
     "Xi Jinping visited Berlin on Tuesday. He said he had held talks with Vladimir Putin.",
     {("Xi Jinping", "discussed_with", "Vladimir Putin")}, {("Xi Jinping", "met", "Vladimir Putin")}),
    # the review of the twenty-ninth session's change: its faults, mended
    ("putting_an_event_on_hold_is_no_event_of_ones_own", "Kenya put aid to Somalia on hold.",
     set(), {("Kenya", "offers_aid", "Somalia")}),
    ("a_charge_against_the_rejecters_own_army_is_against_the_rejecter",
     "Rwanda rejected Congo's allegation that the Rwandan army had crossed the border.",
     {("Democratic Republic of the Congo", "accuses", "Rwanda")}, set()),
    ("a_charge_against_a_third_party_denied_is_not_against_the_one_who_denies_it",
     "Washington denied Iran's accusations against Israel.",
     {("Iran", "accuses", "Israel")}, {("Iran", "accuses", "United States")}),
    ("the_end_of_a_meeting_between_others_is_not_ones_own_meeting",
     "Joe Biden spoke at the end of the meeting between Xi Jinping and Vladimir Putin.",
     {("Xi Jinping", "met", "Vladimir Putin")}, {("Joe Biden", "met", "Vladimir Putin")}),
    ("a_visit_by_someone_named_is_theirs",
     "At the end of a visit to China by Vladimir Putin, Japan warned of risks.",
     {("Vladimir Putin", "met", "China")}, {("Japan", "met", "China")}),
    ("refusing_to_attend_a_summit_is_no_presence_there",
     "Emmanuel Macron, who refused to attend the summit, discussed Ukraine with Olaf Scholz.",
     {("Emmanuel Macron", "discussed_with", "Olaf Scholz")}, {("Emmanuel Macron", "met", "Olaf Scholz")}),
    ("a_meeting_on_relations_with_y_is_not_with_y",
     "Emmanuel Macron held a meeting on relations with Vladimir Putin.",
     set(), {("Emmanuel Macron", "met", "Vladimir Putin")}),
    ("an_attack_one_is_pressured_into_is_not_done",
     "Israel pressured the United States to attack Iran. Serbia was pressured by the EU to recognize Kosovo.",
     {("Israel", "criticizes", "United States"), ("European Union", "criticizes", "Serbia")},
     {("United States", "attacks", "Iran"), ("European Union", "supports", "Kosovo"),
      ("Serbia", "supports", "Kosovo")}),
    ("a_demonym_before_made_as_a_main_verb_is_still_its_subject",
     "Iranian made threats against Israel, officials said.",
     {("Iran", "threatens", "Israel")}, set()),
    ("the_government_is_not_the_outside_state_the_story_opens_with",
     "The United States imposed sanctions on Venezuela on Monday. The government responded by expelling Colombia's "
     "ambassador.",
     set(), {("United States", "criticizes", "Colombia")}),
    ("a_phone_call_of_the_clause_makes_no_other_talks_a_call",
     "Antony Blinken, who arrived after a phone call with Wang Yi, held talks with Yoon Suk Yeol.",
     {("Antony Blinken", "called", "Wang Yi"), ("Antony Blinken", "discussed_with", "Yoon Suk Yeol")},
     {("Antony Blinken", "called", "Yoon Suk Yeol")}),
    ("a_person_in_apposition_to_a_named_body_is_its_head_not_the_body",
     "The chairman of the Sudanese-backed Chadian Popular Front, Abel Mahamat, said the talks failed.",
     {("Sudan", "supports", "Chadian Popular Front")}, {("Sudan", "supports", "Abel Mahamat")}),
    ("a_demonym_right_before_made_tells_where_a_weapon_was_made",
     "The memo confirms the Saudis are supplying tanks and Ukrainian made weapons to the Houthis.",
     set(), {("Ukraine", "backs_militarily", "Houthis")}),
    ("the_government_is_the_state_the_story_opens_with_when_no_other_is_named_more",
     "Rebel groups in Chad say they will topple the government. Sudan hosted their leaders last week. France is "
     "backing the government.",
     {("France", "supports", "Chad")}, {("France", "supports", "Sudan")}),
    ("a_charge_whose_clause_names_another_doer_is_not_against_the_one_who_rejects_it",
     "Togo's foreign minister rejected the Ghanaian charge that Ghanaian rebels had attacked the border post.",
     set(), {("Ghana", "accuses", "Togo")}),
    ("a_body_the_recogniser_ran_into_a_name_after_a_comma_ends_at_the_comma",
     "Burundi criticized the Union for Progress, Moise Habarugira, on Monday.",
     {("Burundi", "criticizes", "Union for Progress")},
     {("Burundi", "criticizes", "Union for Progress, Moise Habarugira")}),
    ("a_plural_title_reads_only_its_own_closed_list_of_states",
     "After Joe Biden met the prime ministers of India and Japan, China and Russia criticized the meeting. The last "
     "two presidents of France have criticized Kenya. Joe Biden met the presidents of Ghana and Kenya's parliaments.",
     {("Joe Biden", "met", "Narendra Modi"), ("Joe Biden", "met", "Fumio Kishida")},
     {("Joe Biden", "met", "Li Qiang"), ("Joe Biden", "met", "Mikhail Mishustin"),
      ("Emmanuel Macron", "criticizes", "Kenya"), ("Joe Biden", "met", "William Ruto")}),
    ("a_side_is_a_target_unless_fought_for_or_owned",
     "Azerbaijan fired on the Armenian side. Cuban troops fought on the Angolan side. Iran came under fresh "
     "accusations that Russia is using its drones.",
     {("Azerbaijan", "attacks", "Armenia"), ("Cuba", "backs_militarily", "Angola")},
     {("Cuba", "attacks", "Angola"), ("Iran", "accuses", "Russia")}),
    ("talks_by_phone_or_after_leaving_a_place_out_are_no_meeting",
     "Antony Blinken landed in Riyadh and later held telephone talks with Wang Yi. Emmanuel Macron left Russia out of "
     "the summit after talks with Olaf Scholz.",
     set(), {("Antony Blinken", "met", "Wang Yi"), ("Emmanuel Macron", "met", "Olaf Scholz")}),
    ("talks_told_with_the_journey_or_the_place_are_a_meeting",
     "Antony Blinken arrived in Beijing on Monday and held talks with Wang Yi. Olaf Scholz held talks with Fumio "
     "Kishida on the sidelines of the summit. Cyril Ramaphosa and William Ruto embraced at the airport and held talks. "
     "Joe Biden left Kuwait on Wednesday after talks with Rishi Sunak.",
     {("Antony Blinken", "met", "Wang Yi"), ("Olaf Scholz", "met", "Fumio Kishida"),
      ("Cyril Ramaphosa", "met", "William Ruto"), ("Joe Biden", "met", "Rishi Sunak")},
     {("Antony Blinken", "discussed_with", "Wang Yi"), ("Olaf Scholz", "discussed_with", "Fumio Kishida")}),
    ("no_longer_is_not_now",
     "France no longer supports Ukraine. Russia no longer attacks Georgia. Chad no longer fights on the side of Sudan.",
     set(), {("France", "supports", "Ukraine"), ("Russia", "attacks", "Georgia"),
             ("Chad", "backs_militarily", "Sudan")}),
    ("presidents_of_two_states_are_their_presidents",
     "Joe Biden met the presidents of France and Kenya on Monday.",
     {("Joe Biden", "met", "Emmanuel Macron"), ("Joe Biden", "met", "William Ruto")},
     {("Joe Biden", "met", "France"), ("Joe Biden", "met", "Kenya")}),
    ("prime_ministers_of_two_states_met_each_other",
     "The prime ministers of India and Japan met in Tokyo.",
     {("Narendra Modi", "met", "Fumio Kishida")}, {("India", "met", "Japan")}),
    ("a_rebel_leader_of_a_people_is_not_its_state",
     "Rwanda backs a Congolese rebel leader in the east. Iran praised the Iraqi militia leader.",
     set(), {("Rwanda", "supports", "Democratic Republic of the Congo"), ("Iran", "supports", "Iraq")}),
    ("they_after_a_meeting_and_a_dinner_is_the_two_who_met",
     "Lloyd Austin met Israeli President Isaac Herzog on Sunday. The talks and the dinner were long, and they agreed "
     "that Iran is a threat to peace.",
     {("Lloyd Austin", "criticizes", "Iran"), ("Isaac Herzog", "criticizes", "Iran")}, set()),
    ("they_after_things_done_to_is_the_two_who_met",
     "Lloyd Austin met Israeli President Isaac Herzog on Sunday. Weapons and money were discussed, and they pledged "
     "more aid to Ukraine.", {("Lloyd Austin", "offers_aid", "Ukraine"), ("Isaac Herzog", "offers_aid", "Ukraine")},
     set()),
    ("a_tensed_verb_after_an_infinitive_clause_is_the_subjects_own_act",
     "Olaf Scholz wants Ukraine to win and criticizes Russia.", {("Olaf Scholz", "criticizes", "Russia")}, set()),
    ("a_title_alone_is_no_person", "The UK Undersecretary met Narendra Modi in Delhi.",
     set(), {("UK Undersecretary", "met", "Narendra Modi")}),
    ("a_tensed_verb_after_an_infinitive_is_the_subjects_own_act",
     "Olaf Scholz asked Poland to wait and telephoned Emmanuel Macron on Friday.",
     {("Olaf Scholz", "called", "Emmanuel Macron")}, set()),
    ("a_tensed_verb_after_an_infinitive_is_not_the_objects_act",
     "Olaf Scholz told Poland to wait and criticized Russia.",
     {("Olaf Scholz", "criticizes", "Russia")}, {("Poland", "criticizes", "Russia")}),
    ("two_states_sharing_their_last_words", "Sudan accused North and South Korea of arming rebels.",
     {("Sudan", "accuses", "North Korea"), ("Sudan", "accuses", "South Korea")}, set()),
    ("they_after_things_joined_by_and_are_those_things_not_the_two_who_met",
     "Lloyd Austin met Israeli President Isaac Herzog on Sunday. Austin said \"Terror and rockets do not merely kill "
     "civilians, they also kill the hopes of the Palestinian people.\"",
     {("Lloyd Austin", "met", "Isaac Herzog")}, {("Lloyd Austin", "accuses", "Isaac Herzog")}),
    ("they_after_talks_may_still_be_the_two_who_met",
     "Lloyd Austin met Israeli President Isaac Herzog on Sunday. The talks were long, and they agreed that Iran is a "
     "threat to peace.",
     {("Lloyd Austin", "criticizes", "Iran"), ("Isaac Herzog", "criticizes", "Iran")}, set()),
    ("a_states_chief_of_the_general_staff_is_not_its_leader",
     "Lloyd Austin met Russian chief of the general staff Gen. Valery Gerasimov.",
     {("Lloyd Austin", "met", "Valery Gerasimov")}, {("Lloyd Austin", "met", "Vladimir Putin")}),
    ("mrs_and_a_mans_surname_is_not_that_man",
     "Defense Secretary Chuck Hagel met Benny Gantz in Jerusalem. Later, Mrs. Hagel met Benjamin Netanyahu.",
     {("Chuck Hagel", "met", "Benny Gantz")}, {("Chuck Hagel", "met", "Benjamin Netanyahu")}),
    ("another_given_name_before_a_surname_is_another_person",
     "Defense Secretary Chuck Hagel met Benny Gantz in Jerusalem. Later, Laura Hagel met Benjamin Netanyahu.",
     {("Laura Hagel", "met", "Benjamin Netanyahu")}, {("Chuck Hagel", "met", "Benjamin Netanyahu")}),
    ("a_region_named_after_a_state_is_not_the_state",
     "Rishi Sunak made a visit to Northern Ireland. Xi Jinping made a trip to Latin America.",
     set(), {("Rishi Sunak", "met", "Ireland"), ("Xi Jinping", "met", "United States")}),
    ("mrs_and_the_surname_of_a_man_the_dictionary_lacks_is_not_that_man",
     "Senator David Pryce met Benjamin Netanyahu in Jerusalem. Later, Mrs. Pryce met Isaac Herzog.",
     {("David Pryce", "met", "Benjamin Netanyahu")}, {("David Pryce", "met", "Isaac Herzog")}),
    ("another_spelling_of_the_given_name_is_the_same_person",
     "Muhammad Morsi met Recep Tayyip Erdogan in Cairo.",
     {("Mohamed Morsi", "met", "Recep Tayyip Erdogan")}, set()),
    ("the_ones_told_to_recognize_a_danger_are_not_judged_by_the_teller",
     "Jake Sullivan said Joe Biden and Fumio Kishida recognized the dangers of North Korea's reckless behavior.",
     {("Joe Biden", "criticizes", "North Korea")},
     {("Jake Sullivan", "criticizes", "Joe Biden"), ("Jake Sullivan", "criticizes", "Fumio Kishida")}),
    ("one_who_condemned_an_act_did_not_do_it",
     "Bola Tinubu condemned the military coup in Niger. The United States condemned the coup.",
     set(), {("United States", "criticizes", "Bola Tinubu")}),
    ("backing_by_a_partys_troops_is_military_not_bare_support",
     "Somalia, backed by Ethiopian troops, retook the town.",
     {("Ethiopia", "backs_militarily", "Somalia")}, {("Ethiopia", "supports", "Somalia")}),
    ("talks_that_name_their_parties_are_not_the_disputants_talks",
     "U.S. and Chinese officials held talks on the dispute between Japan and South Korea.",
     set(), {("United States", "discussed_with", "Japan"), ("China", "discussed_with", "South Korea")}),
    ("a_first_visit_in_years_is_no_visit_to_come",
     "Xi Jinping made his first visit to France in five years.",
     {("Xi Jinping", "met", "France")}, set()),
    ("an_act_named_by_its_day_is_the_one_told_before",
     "Assimi Goita staged a coup in Mali on Tuesday. The African Union condemned Tuesday's coup.",
     {("African Union", "criticizes", "Assimi Goïta")}, set()),
    ("a_coup_leader_staged_the_coup_his_country_did_not",
     "Malian coup leader Assimi Goita spoke on Monday. The African Union condemned the coup.",
     {("African Union", "criticizes", "Assimi Goïta")}, {("African Union", "criticizes", "Mali")}),
    ("a_subject_the_parser_hung_on_the_verb_as_a_compound_is_its_subject",
     "He says Britain reserves the right to strike Libya if Muammar Gaddafi defies the resolution.",
     {("United Kingdom", "threatens", "Libya")}, set()),
    ("a_first_lady_is_no_actor",
     "President Joe Biden welcomed Fumio Kishida to the White House. The First Lady met Emmanuel Macron.",
     {("Joe Biden", "met", "Fumio Kishida")}, {("First Lady", "met", "Emmanuel Macron")}),
    ("the_one_sent_to_meet_meets",
     "President Barack Obama sent Secretary of State John Kerry to meet Benjamin Netanyahu in Jerusalem.",
     {("John Kerry", "met", "Benjamin Netanyahu")}, {("Barack Obama", "met", "Benjamin Netanyahu")}),
    ("the_two_sides_are_a_state_and_the_armed_group_named_before_not_the_capital_of_the_talks",
     "Sri Lanka and the Tamil Tigers held talks in Oslo. The two sides blamed each other for rising violence.",
     {("Sri Lanka", "criticizes", "Liberation Tigers of Tamil Eelam"),
      ("Liberation Tigers of Tamil Eelam", "criticizes", "Sri Lanka")},
     {("Sri Lanka", "criticizes", "Norway"), ("Norway", "criticizes", "Sri Lanka")}),
    ("a_body_named_back_by_its_head_word_acts",
     "The Muslim Brotherhood won many seats. The brotherhood condemned Israel.",
     {("Muslim Brotherhood", "criticizes", "Israel")}, set()),
    ("the_group_is_the_organisation_named_before_when_no_group_was",
     "Amnesty International issued a report. The rights group condemned Israel.",
     {("Amnesty International", "criticizes", "Israel")}, set()),
    ("talks_an_opening_following_names_are_the_subjects",
     "Following talks with Hosni Mubarak, Benjamin Netanyahu said peace was possible.",
     {("Benjamin Netanyahu", "discussed_with", "Hosni Mubarak")}, set()),
    ("nothing_kept_from_an_act_did_it",
     "Nothing prevented Iraq from invading Kuwait in 1990.",
     {("Iraq", "attacks", "Kuwait")}, set()),
    ("the_one_kept_from_covering_a_meeting_leaves_the_meeting",
     "Israel barred foreign journalists from covering Benjamin Netanyahu's meeting with Mahmoud Abbas.",
     {("Benjamin Netanyahu", "met", "Mahmoud Abbas")}, set()),
    ("an_event_between_named_parties_is_theirs_not_the_subjects_after_it",
     "Following a meeting between Vladimir Putin and Recep Tayyip Erdogan, Iran said it was ready to help.",
     {("Vladimir Putin", "met", "Recep Tayyip Erdogan")},
     {("Iran", "met", "Vladimir Putin"), ("Iran", "met", "Recep Tayyip Erdogan")}),
    ("an_envoy_of_a_titled_leader_is_not_the_leader",
     "The Special Envoy for Russian President Vladimir Putin, Mikhail Bogdanov, met Bashar al-Assad.",
     set(), {("Vladimir Putin", "met", "Bashar al-Assad")}),
    ("a_pronoun_its_in_an_opening_is_not_the_subject_after_it",
     "Following its invasion of Ukraine, the European Union imposed sanctions on Russia.",
     set(), {("European Union", "attacks", "Ukraine")}),
    ("him_in_an_opening_is_another_than_the_subject",
     "Narendra Modi arrived in Paris on Sunday. After meeting him at the Elysee, Emmanuel Macron praised India.",
     {("Emmanuel Macron", "met", "Narendra Modi")}, set()),
    ("a_pronoun_in_an_opening_clause_is_the_subject_after_it",
     "Olaf Scholz arrived. After he met Narendra Modi, Emmanuel Macron praised India.",
     {("Emmanuel Macron", "met", "Narendra Modi")}, {("Olaf Scholz", "met", "Narendra Modi")}),
    ("the_one_kept_from_meeting_met_no_one",
     "Israel prevented Turkish Foreign Minister Ahmet Davutoglu from meeting with Hamas leaders in Gaza.",
     set(), {("Israel", "met", "Hamas"), ("Ahmet Davutoğlu", "met", "Hamas")}),
    ("non_members_are_not_the_alliance",
     "Several non-NATO states criticized Russia.",
     set(), {("NATO", "criticizes", "Russia")}),
    ("a_posts_place_between_a_title_and_a_name_is_not_the_actor",
     "The EU Special Representative to Sudan and Chad Anna Lindqvist visited Kenya and Uganda.",
     {("Anna Lindqvist", "met", "Kenya"), ("Anna Lindqvist", "met", "Uganda")},
     {("European Union", "met", "Kenya"), ("European Union", "met", "Uganda")}),
    ("talking_to_a_news_agency_is_no_talks",
     "The rebel commander Ali Dhere spoke with Agence France-Presse on Monday.",
     set(), {("Ali Dhere", "discussed_with", "Agence France-Presse")}),
    ("a_sentence_of_a_quotation_is_said_by_whom_its_last_sentence_names",
     '"Iraq is a menace. We will act," Vladimir Putin said.',
     {("Vladimir Putin", "criticizes", "Iraq")}, set()),
    ("a_sentence_of_a_quotation_is_said_by_whom_its_colon_follows",
     'Vladimir Putin spoke on Friday: "We have been patient. We condemn Iraq."',
     {("Russia", "criticizes", "Iraq")}, set()),
    ("a_quotation_after_another_in_its_paragraph_has_its_speaker",
     '"We hope for peace," Vladimir Putin said. "Iraq is a menace to everyone."',
     {("Vladimir Putin", "criticizes", "Iraq")}, set()),
    ("a_quotation_goes_on_in_the_next_paragraph",
     'Vladimir Putin said: "We have been patient.\n\n"We condemn Iraq."',
     {("Russia", "criticizes", "Iraq")}, set()),
    ("a_quotation_no_one_is_said_to_speak_has_no_speaker",
     '"We condemn Iraq." Emmanuel Macron said nothing of it.',
     set(), {("France", "criticizes", "Iraq"), ("Emmanuel Macron", "criticizes", "Iraq")}),
    ("the_speaker_before_a_colon_is_the_subject_not_a_name_a_preposition_governs",
     'After talks with Emmanuel Macron, Vladimir Putin said: "We have been patient. We condemn Iraq."',
     {("Russia", "criticizes", "Iraq")}, {("France", "criticizes", "Iraq"), ("Emmanuel Macron", "criticizes", "Iraq")}),
    ("a_quotation_after_another_speakers_sentence_takes_no_speaker_from_the_quotation_before",
     '"We hope for peace," Vladimir Putin said. Emmanuel Macron said Iraq was no threat. "We will not tolerate Iraq. '
     'It is a menace."',
     set(), {("Russia", "criticizes", "Iraq"), ("Vladimir Putin", "criticizes", "Iraq"),
             ("Russia", "threatens", "Iraq")}),
    ("a_quotation_mark_left_open_is_no_quotation",
     'Vladimir Putin said "no. Then he left the hall. Iraq is a menace to us all, the diplomats in our region believe.',
     set(), {("Vladimir Putin", "criticizes", "Iraq"), ("Russia", "criticizes", "Iraq")}),
    ("an_attack_those_killed_made_is_not_the_killers",
     "Afghan forces killed 20 Taliban fighters in an attack on a NATO base.",
     {("Afghanistan", "attacks", "Taliban")}, {("Afghanistan", "attacks", "NATO")}),
    ("a_quotation_opened_inside_a_sentence_takes_no_speaker_from_the_one_before",
     'Emmanuel Macron met Vladimir Putin. "We condemn Iraq," Macron said. Putin called Iraq\'s leaders "a menace. '
     'They lie."',
     set(), {("Emmanuel Macron", "accuses", "Vladimir Putin"), ("Emmanuel Macron", "criticizes", "Vladimir Putin")}),
    ("the_government_first_of_a_pair_is_the_storys_state",
     "Congo says it will not sign the accord. Peace talks between the government and the M23 resumed in Kampala.",
     {("Democratic Republic of the Congo", "met", "M23")}, set()),
    ("a_portuguese_particle_is_part_of_a_name",
     "Defense Secretary James Mattis met with Brazilian Defense Minister Joaquim Silva e Luna in Brasilia.",
     {("Jim Mattis", "met", "Joaquim Silva e Luna")}, set()),
    ("a_name_before_linked_or_aligned_is_not_the_actor",
     "Kenya sent troops into Somalia in 2011 to fight al-Qaida-linked al-Shabab militants.",
     {("Kenya", "attacks", "Al-Shabaab")}, {("Kenya", "attacks", "al-Qaeda")}),
    ("a_common_noun_after_a_title_is_no_part_of_the_name",
     "Gerry Adams held a meeting with Chief Constable Hugh Orde on Monday.",
     {("Gerry Adams", "met", "Hugh Orde")}, {("Gerry Adams", "met", "Constable Hugh Orde")}),
    ("the_means_of_a_charged_act_are_the_accused_ones_not_the_accusers",
     "The United Nations accused Russia of breaking the truce by shelling Ukrainian towns.",
     {("United Nations", "accuses", "Russia")}, {("United Nations", "attacks", "Ukraine")}),
    ("mr_and_a_surname_is_the_person_the_article_named_in_full",
     "Tuvalu's foreign minister, Apisai Ielemia, flew to Suva. Mr. Ielemia met Fiji's Prime Minister Frank "
     "Bainimarama there.",
     {("Apisai Ielemia", "met", "Frank Bainimarama")}, {("Mr. Ielemia", "met", "Frank Bainimarama")}),
    ("they_opening_a_sentence_are_the_two_states_the_one_before_opened_with",
     "Japan and South Korea held talks on Monday in Seoul. They condemned North Korea's missile launches.",
     {("Japan", "criticizes", "North Korea"), ("South Korea", "criticizes", "North Korea")}, set()),
    ("a_move_in_apposition_is_the_clauses_act_by_its_subject",
     "Iran seized a tanker near Oman, a move which the United States condemned.",
     {("United States", "criticizes", "Iran")}, {("United States", "criticizes", "Oman")}),
    ("the_two_alone_before_a_verb_are_the_pair_just_named",
     "Joe Biden spoke with Japanese Prime Minister Fumio Kishida on Monday. The two agreed to push for sanctions "
     "against North Korea.",
     {("Joe Biden", "criticizes", "North Korea"), ("Fumio Kishida", "criticizes", "North Korea")}, set()),
    ("no_relation_of_a_state_with_its_own_leader",
     "The Syrian government refers to rebels fighting against Syrian President Bashar al-Assad as terrorists.",
     set(), {("Syria", "attacks", "Bashar al-Assad")}),
    ("civilian_and_military_leaders_of_a_state_are_its_officials",
     "Lloyd Austin held meetings with Chinese civilian and military leaders. Antony Blinken met with Iraqi military "
     "and civilian officials. Lloyd Austin met Vietnamese civilians.",
     {("Lloyd Austin", "met", "China"), ("Antony Blinken", "met", "Iraq")}, {("Lloyd Austin", "met", "Vietnam")}),
    ("an_envoy_to_a_body_serves_the_state_that_sent_them",
     "The United States met with North Korea's United Nations ambassador to discuss the talks.",
     {("United States", "met", "North Korea")}, {("United States", "met", "United Nations")}),
    ("the_charge_after_a_title_is_no_office",
     "Ukraine accused the Russian president of ordering the strikes. Armenia accused the Azerbaijani president of "
     "war crimes.", {("Ukraine", "accuses", "Vladimir Putin"), ("Armenia", "accuses", "Ilham Aliyev")},
     {("Ukraine", "accuses", "Russia"), ("Armenia", "accuses", "Azerbaijan")}),
    ("the_two_leaders_of_a_call_stay_its_parties_when_a_later_sentence_names_more_people",
     "Lloyd Austin spoke by telephone today with Japanese Defense Minister Minoru Kihara, Pentagon Press Secretary "
     "Navy Rear Adm. John Kirby said. Austin extended his condolences to Prime Minister Fumio Kishida and Minister "
     "Kihara, Kirby said. Austin reiterated President Joe Biden's pledge of support, the admiral said, and the two "
     "leaders discussed the security situation in the region.", set(),
     {("Lloyd Austin", "discussed_with", "Fumio Kishida"), ("Lloyd Austin", "discussed_with", "Joe Biden")}),
    ("the_one_reporting_is_none_of_both_leaders",
     "Lloyd Austin met Minoru Kihara in Tokyo. \"Secretary Austin thanked his counterpart for his support,\" Kirby "
     "said, \"and both leaders agreed on the need for continued dialogue.\"", set(),
     {("Lloyd Austin", "discussed_with", "John Kirby"), ("John Kirby", "discussed_with", "Lloyd Austin")}),
    ("an_apposition_describes_only_the_conjunct_before_it",
     "The fighting could widen into a conflict involving Turkey, an ally of Azerbaijan, and Iran, which borders "
     "the region.", {("Turkey", "allied_with", "Azerbaijan")}, {("Iran", "allied_with", "Azerbaijan")}),
    ("a_possessive_is_no_part_of_a_name_after_an_honorific",
     "During Adm. John Aquilino's stop in Manila, he met with President Ferdinand Marcos Jr.",
     {("John Aquilino", "met", "Ferdinand Marcos Jr.")}, {("John Aquilino's", "met", "Ferdinand Marcos Jr.")}),
    ("people_listed_with_semicolons_are_all_met_and_none_meets",
     "Antony Blinken met with President William Ruto; Foreign Minister Musalia Mudavadi, a former vice president; "
     "and Defense Secretary Aden Duale.",
     {("Antony Blinken", "met", "William Ruto"), ("Antony Blinken", "met", "Musalia Mudavadi"),
      ("Antony Blinken", "met", "Aden Duale")},
     {("Musalia Mudavadi", "met", "William Ruto"), ("Aden Duale", "met", "William Ruto")}),
    ("a_light_verb_the_parser_made_a_modifier_keeps_its_subject",
     "Ban Ki-moon held talks with Omar al-Bashir.", {("Ban Ki-moon", "discussed_with", "Omar al-Bashir")}, set()),
    ("a_bodys_building_before_a_meeting_is_the_place",
     "Lloyd Austin discussed the alliance during a Pentagon meeting today with Japanese Defense Minister Minoru "
     "Kihara.", set(),
     {("US Department of Defense", "met", "Minoru Kihara"), ("US Department of Defense", "met", "Kihara Minoru")}),
    ("aid_of_a_stated_kind_is_neither_an_offer_nor_political_support",
     "The United States has given Ukraine 2 billion dollars in military aid.",
     {("United States", "backs_militarily", "Ukraine")},
     {("United States", "supports", "Ukraine"), ("United States", "offers_aid", "Ukraine")}),
    ("a_title_the_recogniser_took_for_a_person_is_no_actor",
     "Chief Executive of Hong Kong Carrie Lam met Xi Jinping.", set(),
     {("Chief Executive", "met", "Xi Jinping")}),
    ("a_non_state_partys_positions_in_a_state_are_not_that_states",
     "Turkish warplanes hit Kurdish rebel positions in northern Iraq. The United States bombed militant targets in "
     "Syria.", set(), {("Turkey", "attacks", "Iraq"), ("United States", "attacks", "Syria")}),
    ("a_vow_to_crush_is_a_threat_not_an_attack",
     "Turkey vowed to crush the PKK.", {("Turkey", "threatens", "Kurdistan Workers' Party")},
     {("Turkey", "attacks", "Kurdistan Workers' Party")}),
    ("an_act_inside_a_condition_is_offered_by_no_one",
     "China warned the United States of serious consequences if it sold weapons to Taiwan.",
     {("China", "threatens", "United States")},
     {("China", "offers_aid", "Taiwan"), ("China", "backs_militarily", "Taiwan")}),
    ("the_ones_counted_are_the_object",
     "Kenyan troops killed dozens of al-Shabab fighters near the border.", {("Kenya", "attacks", "Al-Shabaab")}, set()),
    ("an_interim_title_without_a_name_is_no_holder",
     "Juan Guaido declared himself Venezuela's interim president, and Donald Trump recognized him as the leader.",
     set(), {("Donald Trump", "supports", "Nicolás Maduro")}),
    ("a_time_zone_is_no_actor",
     "According to witnesses, police around 23:00 UTC raided Kabul University and arrested students.", set(),
     {("UTC", "attacks", "Kabul University")}),
    ("a_phrase_hung_on_the_first_of_two_coordinated_nouns_is_the_seconds_too",
     "Turkey is carrying out air and artillery strikes against PKK targets in northern Iraq.",
     {("Turkey", "attacks", "Kurdistan Workers' Party")}, set()),
    ("a_plural_word_of_a_bodys_name_names_it_back",
     "The Islamic Courts Union took Mogadishu on Monday. Kenya accused the courts of receiving support from abroad.",
     {("Kenya", "accuses", "Islamic Courts Union")}, set()),
    ("a_name_that_starts_one_dictionary_persons_name_is_that_person",
     "Former Somali President Abdullahi Yusuf accused the Islamic Courts Union of arming rebels.",
     {("Abdullahi Yusuf Ahmed", "accuses", "Islamic Courts Union")}, set()),
    ("a_name_of_an_event_or_a_text_is_no_actor",
     "Antony Blinken expressed support for the Strategic and Economic Dialogue and for the Minsk Agreement.", set(),
     {("Antony Blinken", "supports", "Economic Dialogue"), ("Antony Blinken", "supports", "Minsk Agreement")}),
    ("a_war_named_after_a_state_is_no_actor",
     "Critics attacked the U.S. War on Terror policy and its invasion of Iraq in 2003.", set(),
     {("U.S. War", "attacks", "Iraq")}),
    ("the_two_sides_are_parties_not_the_envoy_and_the_leader_he_met",
     "Antony Blinken met Isaac Herzog in Jerusalem on Monday. Later talks were canceled after the two sides blamed "
     "each other for the violence.", set(),
     {("Antony Blinken", "criticizes", "Isaac Herzog"), ("Isaac Herzog", "criticizes", "Antony Blinken")}),
    ("the_republic_named_back_is_not_the_subject_of_its_own_clause",
     "Germany sent aid to Kyiv after Russia invaded the former Soviet republic in February.",
     {("Russia", "attacks", "Ukraine")}, set()),
    ("the_one_arrested_is_not_the_doer_of_the_arrest",
     "Joe Biden said that Alexei Navalny's arrest was outrageous and that Mali's suspension was a mistake.", set(),
     {("Joe Biden", "criticizes", "Alexei Navalny"), ("Joe Biden", "criticizes", "Mali")}),
    ("one_person_speaking_is_not_the_they_of_the_quote",
     "\u201cThey all pledged to help Iraq in the fight,\u201d Chuck Hagel said.", set(),
     {("Chuck Hagel", "offers_aid", "Iraq"), ("Chuck Hagel", "supports", "Iraq")}),
    ("a_name_the_recogniser_cut_short_is_read_whole",
     "Choe Ryong Hae visited China on Monday. Senate Minority Whip Dick Durbin criticized Donald Trump.",
     {("Choe Ryong Hae", "met", "China"), ("Dick Durbin", "criticizes", "Donald Trump")},
     {("Ryong Hae", "met", "China"), ("Whip Dick Durbin", "criticizes", "Donald Trump")}),
    ("a_title_for_a_portfolio_names_the_official_in_apposition",
     "New Zealand's minister for the Pacific, Bako Oru, met Sitiveni Rabuka in Suva on Monday.",
     {("Bako Oru", "met", "Sitiveni Rabuka")}, {("New Zealand", "met", "Sitiveni Rabuka")}),
    ("they_after_two_people_joined_as_the_subject_is_both",
     "Emmanuel Macron and Olaf Scholz announced the deal on Friday, a day after they spoke by telephone.",
     {("Emmanuel Macron", "called", "Olaf Scholz")}, set()),
    ("they_with_a_third_party_named_is_not_read",
     "Emmanuel Macron and Olaf Scholz said they would meet Joe Biden in Paris.", set(),
     {("Emmanuel Macron", "met", "Joe Biden"), ("Olaf Scholz", "met", "Joe Biden")}),
    ("a_bodys_head_word_alone_is_no_actor_of_its_own",
     "The Authority of Heads of State of ECOWAS met on Monday. The Authority decides to suspend Guinea from all "
     "ECOWAS governing bodies.", set(), {("Authority", "criticizes", "Guinea")}),
    ("a_list_of_people_parsed_as_an_apposition_is_a_list",
     "The delegation, which also included Senegal's Macky Sall, Zambia's Hakainde Hichilema and Comoros President "
     "Azali Assoumani, met Vladimir Putin in St Petersburg.",
     {("Macky Sall", "met", "Vladimir Putin"), ("Hakainde Hichilema", "met", "Vladimir Putin"),
      ("Azali Assoumani", "met", "Vladimir Putin")}, set()),
    ("a_title_the_recogniser_reads_as_a_person_is_no_actor",
     "Joe Biden, Benjamin Netanyahu and Sheikh Bako Oru, Crown Prince of Abu Dhabi and Deputy Supreme Commander of "
     "the armed forces, spoke today.",
     {("Joe Biden", "discussed_with", "Benjamin Netanyahu")},
     {("Joe Biden", "discussed_with", "Crown Prince"), ("Joe Biden", "discussed_with", "Deputy Supreme Commander")}),
    ("whom_stands_for_the_noun_its_clause_modifies", "Hamas, whom Israel blamed for the attack, denied it.",
     {("Israel", "criticizes", "Hamas")}, set()),
    ("a_relative_clause_on_an_apposition_is_about_the_name",
     "The United States killed Qasem Soleimani, the general whom Donald Trump blamed for attacks on Americans.",
     {("Donald Trump", "criticizes", "Qasem Soleimani")}, set()),
    ("a_subject_parsed_as_an_apposition_of_a_fronted_place",
     "Israeli jets struck targets in Gaza on Sunday. In Gaza, Hamas, which has ruled the strip since 2007, condemned "
     "the strikes.", {("Hamas", "criticizes", "Israel")}, set()),
    ("he_after_an_unknown_person_the_sentence_before_is_about",
     "Bako Tandor was sworn in as governor on Friday. He met with Emmanuel Macron on Monday.",
     {("Bako Tandor", "met", "Emmanuel Macron")}, set()),
    ("the_two_men_are_the_two_people_named_before",
     "Emmanuel Macron spoke with Olaf Scholz on Monday. The two men met again in Berlin on Friday.",
     {("Emmanuel Macron", "met", "Olaf Scholz")}, set()),
    ("the_two_men_in_the_sentence_that_names_them_and_a_participle_after_their_meeting",
     "Emmanuel Macron raised the war with Olaf Scholz when the two men met in Berlin, complaining of Russian "
     "aggression.",
     {("Emmanuel Macron", "met", "Olaf Scholz"), ("Emmanuel Macron", "criticizes", "Russia")},
     {("Olaf Scholz", "criticizes", "Russia")}),
    ("a_warning_with_a_condition_is_not_one_against_the_own_side",
     "Chinese Foreign Ministry spokesman Wang Wenbin warned that Beijing would take military counter-measures if Japan "
     "deployed missiles on Yonaguni.", set(), {("Wang Wenbin", "threatens", "China")}),
    ("officials_speak_for_their_state", "Georgian officials demanded Russia stop the air attacks.",
     {("Georgia", "criticizes", "Russia")}, set()),
    ("lone_surname_of_an_unknown_person", "Bako Tandor was sworn in on Friday. Later, Tandor met with Emmanuel Macron.",
     {("Bako Tandor", "met", "Emmanuel Macron")}, set()),
    ("a_former_title_is_not_the_holder", "Emmanuel Macron met with former Nigerian President and mediator Ola Femi.",
     set(), {("Emmanuel Macron", "met", "Bola Tinubu"), ("Emmanuel Macron", "met", "Nigeria")}),
    ("they_in_what_speakers_said_is_the_speakers",
     "Egypt defended its plan. Greece and Cyprus have said they would not rule out military action against Turkey.",
     {("Greece", "threatens", "Turkey"), ("Cyprus", "threatens", "Turkey")}, {("Egypt", "threatens", "Turkey")}),
    ("called_off_talks_held_none",
     "Greece has called off next week's long-awaited talks with Turkey, citing a meeting in Athens.",
     set(), {("Greece", "discussed_with", "Turkey")}),
    ("due_to_hold_talks_held_none",
     "The European Union says Greece and Cyprus are due to hold new talks with Turkey Wednesday on Ankara's drilling.",
     set(), {("Greece", "discussed_with", "Turkey"), ("Cyprus", "discussed_with", "Turkey")}),
    ("pushing_for_a_meeting_held_none", "France is pushing hard for a meeting between Olaf Scholz and Xi Jinping.",
     set(), {("Olaf Scholz", "met", "Xi Jinping"), ("France", "met", "Olaf Scholz")}),
    ("the_act_of_a_charge_is_not_told_as_fact", "The European Union has repeatedly accused Iran of arming Hezbollah.",
     {("European Union", "accuses", "Iran")},
     {("European Union", "backs_militarily", "Hezbollah"), ("Iran", "backs_militarily", "Hezbollah")}),
    ("an_attack_told_by_its_target_is_its_charge",
     "Ukrainian President Volodymyr Zelenskyy says Russia is fighting a war against his country.",
     {("Volodymyr Zelenskyy", "accuses", "Russia"), ("Russia", "attacks", "Ukraine")},
     {("Russia", "attacks", "Volodymyr Zelenskyy")}),
    ("officials_say_planes_bombed", "Ukrainian officials say Russian planes bombed two Ukrainian air bases.",
     {("Ukraine", "accuses", "Russia")}, set()),
    ("an_administration_is_its_leaders_state", "A spokesman said the Biden Administration's concerns about Iran's "
     "nuclear intentions are real.", {("United States", "criticizes", "Iran")},
     {("Biden Administration", "criticizes", "Iran"), ("Joe Biden", "criticizes", "Iran")}),
    ("the_targets_denial_does_not_undo_a_charge",
     "Greece has accused Turkey of violating its airspace, a charge Turkey denies. Egypt denied that it accused Libya.",
     {("Greece", "accuses", "Turkey")}, {("Egypt", "accuses", "Libya")}),
    ("a_verb_after_but_keeps_its_own_polarity",
     "Iran has not commented on the incident, but did threaten on Wednesday to attack Israeli ships.",
     {("Iran", "threatens", "Israel")}, set()),
    ("the_parse_overrules_a_rule_with_another_subject",
     "The resolution, introduced by Germany, Italy and Spain, tried but failed to prevent the parliament of Lebanon "
     "from extending by three years the term of Syrian-backed President Michel Aoun.",
     {("Syria", "supports", "Michel Aoun")}, {("Germany", "supports", "Michel Aoun")}),
    ("a_passive_agent_overrules_a_rule_that_reads_the_subject_as_doer",
     "Georgia was accused by Armenia of shelling the border villages.",
     {("Armenia", "accuses", "Georgia")}, {("Georgia", "accuses", "Armenia")}),
    ("a_clause_inside_the_subject_tells_another_act", "The Houthis, armed by Iran, fired missiles at Saudi Arabia.",
     {("Houthis", "attacks", "Saudi Arabia")}, {("Iran", "attacks", "Saudi Arabia")}),
    ("a_naming_clause_inside_the_subject_names_the_doer", "Fatah and a smaller faction called the Popular "
     "Resistance Committees claimed responsibility for the rocket attacks on Israel.",
     {("Popular Resistance Committees", "attacks", "Israel")}, set()),
    ("coordinated_objects_each_name_what_was_given", "Japan sent rescue teams and relief supplies to Turkey.",
     {("Japan", "supports", "Turkey")}, set()),
    ("an_act_not_allowed_did_not_happen", "\"We will not allow Armenia to threaten our borders,\" Azerbaijani "
     "President Ilham Aliyev said.", {("Azerbaijan", "threatens", "Armenia")},
     {("Armenia", "threatens", "Ilham Aliyev"), ("Armenia", "threatens", "Azerbaijan")}),
    ("those_who_followed_suit_did_the_same", "Britain imposed sanctions on Iran. France and Germany have since done "
     "the same.", {("France", "criticizes", "Iran"), ("Germany", "criticizes", "Iran")}, set()),
    ("not_followed_suit", "Britain imposed sanctions on Iran. France has not followed suit.", set(),
     {("France", "criticizes", "Iran")}),
    ("only_the_list_right_before_followed_suit", "Russia expelled two Dutch diplomats. After talks with Germany, "
     "France followed suit.", {("France", "criticizes", "Netherlands")}, {("Germany", "criticizes", "Netherlands")}),
    ("a_state_side_of_the_account_helps_the_other_sides_state", "Xi Jinping held a phone call with President of "
     "Uzbekistan Shavkat Mirziyoyev. The Chinese side expressed its readiness to provide the necessary help.",
     {("China", "offers_aid", "Uzbekistan")}, set()),
    ("someone_elses_decision_is_not_the_welcomers", "Russia welcomed the decision to send troops to Mali.", set(),
     {("Russia", "backs_militarily", "Mali"), ("Russia", "offers_aid", "Mali")}),
    ("a_host_of_talks_between_two_sides", "Norway hosted talks between Colombia and the ELN.",
     {("Colombia", "discussed_with", "National Liberation Army"), ("Norway", "discussed_with", "Colombia")}, set()),
    ("a_yes_or_no_question_tells_nothing", "Q: Did Chinese and Japanese negotiators hold a phone call this week?",
     set(), {("China", "called", "Japan")}),
    ("a_resolution_pressed_for_is_no_bodys_condemnation_yet", "Germany and Italy are pressing for a UN resolution "
     "condemning Belarus.", {("Germany", "criticizes", "Belarus")}, {("United Nations", "criticizes", "Belarus")}),
    ("a_rank_before_a_name_is_no_actor", "Hun Sen met with Senior General Than Shwe in Naypyidaw.",
     {("Hun Sen", "met", "Than Shwe")}, {("Hun Sen", "met", "Senior General")}),
    ("a_portfolio_alone_is_no_actor", "Uganda's Defense Minister arrived for talks.", set(),
     {("Uganda", "discussed_with", "Defense")}),
    ("a_reaction_an_act_prompted_is_to_its_doer", "Bahrain executed two activists, prompting Qatar to condemn the "
     "executions.", {("Qatar", "criticizes", "Bahrain")}, {("Bahrain", "criticizes", "Qatar")}),
    ("a_protest_an_act_prompted", "Russia seized three Ukrainian ships, prompting Kyiv to lodge a protest.",
     {("Ukraine", "criticizes", "Russia")}, set()),
    ("a_demand_the_parser_hung_on_the_reported_clause", "Emmanuel Macron said the fighting was unacceptable and "
     "urged Azerbaijan to halt its offensive.", {("Emmanuel Macron", "criticizes", "Azerbaijan")}, set()),
    ("a_possessor_the_recogniser_missed", "Chinese Foreign Ministry spokeswoman Hua Chunying protested the Dalai "
     "Lama's trip.", {("Hua Chunying", "criticizes", "Dalai Lama")}, set()),
    ("a_modifier_names_whose_act_is_judged", "Japan strongly opposes the Chinese stance on the islands.",
     {("Japan", "criticizes", "China")}, set()),
    ("threatened_action_against", "Turkey threatened to take military action against Syria.",
     {("Turkey", "threatens", "Syria")}, set()),
    ("coordinated_modifiers_of_a_mention", "Syria faulted French and U.S. officials for making threats.",
     {("Syria", "criticizes", "France"), ("Syria", "criticizes", "United States")}, set()),
    ("a_capital_before_an_event_is_its_place", "Antony Blinken spoke after a Moscow meeting with Chinese Foreign "
     "Minister Wang Yi.", {("Antony Blinken", "met", "Wang Yi")}, {("Russia", "met", "Wang Yi")}),
    ("by_v_ing_shares_the_subject_above_nouns", "Daniel Ortega has defied the United States since his return by "
     "allying himself with Iran.", {("Daniel Ortega", "allied_with", "Iran")}, set()),
    ("an_alliance_brought_to_a_border_is_no_alliance", "NATO's expansion included Poland, bringing the alliance "
     "to Russia's border.", set(), {("Poland", "allied_with", "Russia"), ("NATO", "allied_with", "Russia")}),
    ("anti_demonym_is_an_attitude", "Iran praised the anti-American rally in Caracas.", set(),
     {("Iran", "supports", "United States")}),
    ("a_meeting_before_which_something_happens_is_not_yet", "The warning comes before Olaf Scholz meets in Paris "
     "with his French counterpart, Emmanuel Macron.", set(), {("Olaf Scholz", "met", "Emmanuel Macron")}),
    ("a_present_tense_with_a_weekday_is_a_schedule", "The Indian prime minister meets with Joe Biden on Thursday.",
     set(), {("Narendra Modi", "met", "Joe Biden"), ("India", "met", "Joe Biden")}),
    ("the_account_counterpart_is_no_target_where_another_party_is_named",
     "Joe Biden met Recep Tayyip Erdogan on Monday. Biden offered military assistance with both Turkey and Iraq to "
     "fight the PKK.", {("Joe Biden", "met", "Recep Tayyip Erdogan")},
     {("Joe Biden", "offers_aid", "Recep Tayyip Erdogan"), ("Joe Biden", "backs_militarily", "Recep Tayyip Erdogan"),
      ("Joe Biden", "attacks", "Kurdistan Workers' Party")}),
    ("help_asked_of_another_is_no_offer", "Myanmar urged the United States to help Thailand. Myanmar asked Japan "
     "to provide aid to Thailand. China promised to help Thailand.", {("China", "offers_aid", "Thailand")},
     {("United States", "offers_aid", "Thailand"), ("Japan", "offers_aid", "Thailand")}),
    ("a_nickname_in_quotes_is_part_of_the_name_and_no_title_crosses_and",
     "Defense Secretary Chuck Hagel and Israeli Defense Minister Moshe “Bogie” Yaalon spoke by phone. “The secretary "
     "reaffirmed Israel’s right to defend itself,” a spokesman said.",
     {("Chuck Hagel", "called", "Moshe Yaalon"), ("Chuck Hagel", "supports", "Israel")}, set()),
    ("a_name_hung_on_the_state_of_a_title_is_its_holder",
     "The president of neighboring Afghanistan, Hamid Karzai, has been engaged in secret talks with the Taliban.",
     {("Hamid Karzai", "discussed_with", "Taliban")}, {("Afghanistan", "discussed_with", "Taliban")}),
    ("the_country_is_the_state_named_last", "Iran rejected the offer on Monday. George W. Bush says the country is "
     "secretly developing nuclear weapons.", {("George W. Bush", "accuses", "Iran")}, set()),
    ("in_order_to_tells_a_purpose", "He said Ghana must act in order to defeat Boko Haram.", set(),
     {("Ghana", "attacks", "Boko Haram")}),
    ("for_v_ing_is_done_by_the_one_blamed", "Daniel Ortega lashed out at Canada for criticizing Cuba and Iran.",
     {("Canada", "criticizes", "Cuba"), ("Daniel Ortega", "criticizes", "Canada")},
     {("Daniel Ortega", "criticizes", "Cuba")}),
    ("an_opposition_leader_does_not_speak_for_the_state", "Kenya's opposition leader has accused President William "
     "Ruto of corruption, and he argues it is time for a change.", set(), {("Kenya", "accuses", "William Ruto")}),
    ("an_invitation_is_no_visit", "Lula invited Olaf Scholz to visit Brazil.", set(),
     {("Olaf Scholz", "met", "Brazil")}),
    ("any_visit_is_no_visit", "China has objected to any visit to Arunachal Pradesh by the Dalai Lama.", set(),
     {("Dalai Lama", "met", "Arunachal Pradesh")}),
    ("a_visit_by_someone_else_overrules_the_rule", "Shinzo Abe spoke on Monday. She cites a visit to Japan by "
     "Chinese Premier Li Qiang.", {("Li Qiang", "met", "Japan")}, {("Shinzo Abe", "met", "Japan")}),
    ("a_condemned_object_naming_no_one_vetoes_the_rules", "Kenya condemned the attacks and said Ethiopia stands "
     "with the Somali people.", set(), {("Kenya", "criticizes", "Ethiopia")}),
    ("condemned_an_act_threatening_y_is_no_criticism_of_y", "Brazil condemned military threats against Venezuela.",
     set(), {("Brazil", "criticizes", "Venezuela")}),
    ("condemned_an_act_by_y", "Egypt condemned the taking of hostages by Boko Haram terrorists.",
     {("Egypt", "criticizes", "Boko Haram")}, set()),
    ("in_order_to_after_a_noun", "He said Ghana needs to reform its army in order to defeat Boko Haram.", set(),
     {("Ghana", "attacks", "Boko Haram")}),
    ("discussed_by_telephone_with_is_a_call", "South Korean President Yoon Suk Yeol discussed the situation by "
     "telephone with President Macron.", {("Yoon Suk Yeol", "called", "Emmanuel Macron")},
     {("Yoon Suk Yeol", "discussed_with", "Emmanuel Macron")}),
    ("a_noun_of_saying_with_its_that_clause", "Caracas rejected the allegations by Washington that Venezuela is "
     "meddling in Latin American affairs.", {("United States", "accuses", "Venezuela")}, set()),
    ("along_with_before_the_verb_acts_too", "Vietnam, along with China, protested Mr. Kishida's visit to a "
     "controversial war shrine.",
     {("Vietnam", "criticizes", "Fumio Kishida"), ("China", "criticizes", "Fumio Kishida")}, set()),
    ("the_object_it_of_a_charge_is_not_its_subject", "Peru recalled its envoy from Chile and accused it of spying.",
     {("Peru", "accuses", "Chile")}, set()),
    ("a_terror_group_in_a_told_attack_brands_no_one", "Estonia said the terror group attacked Russia.", set(),
     {("Estonia", "criticizes", "Russia")}),
    ("an_it_the_joined_verbs_thing_is_no_state", "Egypt received the proposal from Qatar and accused it of bias.",
     set(), {("Egypt", "accuses", "Qatar")}),
    ("strikes_warned_of_with_a_doer_of_their_own_are_no_threat", "Peru warned of Chilean strikes against Bolivia.",
     set(), {("Peru", "threatens", "Bolivia")}),
    ("a_seizure_named_back_is_its_doers", "Peru seized a Chilean fishing boat. Chile condemned the seizure.",
     {("Chile", "criticizes", "Peru")}, set()),
    ("a_strike_on_a_states_power_grid_is_on_the_state", "Russian forces hit Ukraine's power grid.",
     {("Russia", "attacks", "Ukraine")}, set()),
    ("a_man_held_by_y_is_no_act_of_y_condemned", "Peru condemned the killing of a journalist detained by Chile.",
     set(), {("Peru", "criticizes", "Chile")}),
    ("an_embargo_at_the_united_nations_is_on_no_one_there", "Peru denounced the Chilean embargo at the United "
     "Nations.", {("Peru", "criticizes", "Chile")}, {("Chile", "criticizes", "United Nations")}),
    ("an_exclamation_attributed_in_the_next_sentence", '"Serbia must stop shelling Kosovo!" Blair said on Monday.',
     {("Tony Blair", "accuses", "Serbia")}, set()),
    ("a_next_sentence_that_says_more_is_no_attribution", '"Serbia must stop shelling Kosovo!" Blair said Serbia '
     "was weak.", set(), {("Tony Blair", "accuses", "Serbia")}),
    ("the_i_of_world_war_i_is_no_speaker", '"After World War I attacked Serbia, France did nothing. Germany '
     'suffered," Merkel said.', set(), {("Angela Merkel", "attacks", "Serbia")}),
    ("together_with_before_the_verb_acts_too", "Peru, together with Chile, condemned Bolivia's decision to close "
     "the border.", {("Peru", "criticizes", "Bolivia"), ("Chile", "criticizes", "Bolivia")}, set()),
    ("troops_from_a_state_are_its", "Troops from Kenya, along with Somali forces, attacked al-Shabab.",
     {("Kenya", "attacks", "Al-Shabaab"), ("Somalia", "attacks", "Al-Shabaab")}, set()),
    ("it_in_what_a_conjoined_speaker_warned", "Boko Haram has denied responsibility for the kidnappings, and warned "
     "on Monday that it would attack targets in Niger unless the government withdraws its troops.",
     {("Boko Haram", "threatens", "Niger")}, set()),
    ("a_rebel_camp_is_no_attack_on_the_host", "Colombian troops raided a rebel camp in Ecuador.", set(),
     {("Colombia", "attacks", "Ecuador")}),
    ("fighting_against_the_plural_demonym", "Boko Haram vowed to fight back against the Nigerians.",
     {("Boko Haram", "threatens", "Nigeria")}, set()),
    ("he_after_a_person_the_dictionary_lacks", "Emmanuel Macron spoke on Monday. Army spokesman Tomas Kerrigan "
     "says the convoy was hit. He claims Hezbollah was responsible for the attack.",
     {("Tomas Kerrigan", "accuses", "Hezbollah")}, {("Emmanuel Macron", "accuses", "Hezbollah")}),
    ("the_spokesman_is_the_person_named_with_that_title", "Army spokesman Tomas Kerrigan spoke on Monday. "
     "The military spokesman accused Hezbollah of shelling the border.",
     {("Tomas Kerrigan", "accuses", "Hezbollah")}, set()),
    ("the_government_is_the_state_the_story_names_most", "Kenya held elections on Monday. Kenya's electoral board "
     "announced the results to Uganda. Al-Shabaab accused the government of rigging the vote.",
     {("Al-Shabaab", "accuses", "Kenya")}, {("Al-Shabaab", "accuses", "Uganda")}),
    ("the_move_is_the_act_told_in_the_sentence_before", "Lithuania says Belarusian helicopters crossed into its "
     "airspace. Lithuania called the move a provocation.", {("Lithuania", "criticizes", "Belarus")}, set()),
    ("the_decision_is_the_lead_act_not_a_reaction_to_it", "Turkey converted the museum into a mosque on Friday. "
     "Greece rejected the claims. The European Union also criticized the decision.",
     {("European Union", "criticizes", "Turkey")}, {("European Union", "criticizes", "Greece")}),
    ("the_plan_is_its_owners", "Poland says Germany's plan to build a pipeline is a private matter. Lithuania "
     "opposed the plan.", {("Lithuania", "criticizes", "Germany")}, {("Lithuania", "criticizes", "Poland")}),
    ("would_be_targeted_said_by_a_warring_side_is_its_threat", "Benjamin Netanyahu said the leaders of "
     "Hezbollah would be targeted.", {("Benjamin Netanyahu", "threatens", "Hezbollah")}, set()),
    ("would_be_targeted_said_of_ones_own_side_is_no_threat", "Benjamin Netanyahu said Israel would be targeted "
     "by rockets.", set(), {("Benjamin Netanyahu", "threatens", "Israel")}),
    ("forces_loyal_to_a_leader_are_his_states", "Forces loyal to Syrian President Bashar al-Assad shelled "
     "Turkish positions.", {("Syria", "attacks", "Turkey")}, {("Bashar al-Assad", "attacks", "Turkey")}),
    ("called_with_a_time_is_a_call", "Joe Biden called Emmanuel Macron on Monday to discuss Ukraine.",
     {("Joe Biden", "called", "Emmanuel Macron")}, set()),
    ("called_a_liar_is_no_call", "Joe Biden called Emmanuel Macron today a liar.", set(),
     {("Joe Biden", "called", "Emmanuel Macron")}),
    ("the_saudi_monarch_is_its_king", "Emmanuel Macron met with the Saudi monarch in Riyadh.",
     {("Emmanuel Macron", "met", "Salman of Saudi Arabia")}, set()),
    ("the_secretary_is_the_person_named_with_that_title", "Defense Secretary Tomas Kerrigan arrived in Manila on "
     "Monday. The secretary met with Emmanuel Macron.", {("Tomas Kerrigan", "met", "Emmanuel Macron")}, set()),
    ("accusing_the_russians_accuses_russia", "Georgia accused the Russians of fanning tensions.",
     {("Georgia", "accuses", "Russia")}, set()),
    ("the_ministry_is_the_body_named_with_that_word", "The Venezuelan Foreign Ministry issued a statement on "
     "Monday. The ministry accused Colombia of aggression.", {("Venezuela", "accuses", "Colombia")}, set()),
    ("the_country_is_the_state_named_before_not_the_actor", "Kenya sent troops into Somalia to help the country "
     "fight al-Shabab.", {("Somalia", "attacks", "Al-Shabaab")}, {("Kenya", "attacks", "Somalia")}),
    ("my_is_no_first_name", "Joe Biden spoke. My Administration's support for Jordan's security is rock solid and "
     "unwavering.", set(), {("My Administration", "supports", "Jordan")}),
    ("the_reporter_of_a_sentence_is_not_one_of_the_two_leaders", "Defense Secretary Tomas Kerrigan spoke with the new "
     "minister on Monday. Navy Rear Adm. John Smith said Kerrigan emphasized training. Smith added that the two "
     "leaders discussed the fight against militants.", set(),
     {("John Smith", "discussed_with", "Tomas Kerrigan"), ("Tomas Kerrigan", "discussed_with", "John Smith")}),
    ("the_object_of_the_clause_a_participle_follows", "Russia expelled two British diplomats, accusing them of "
     "spying.", {("Russia", "accuses", "United Kingdom")}, set()),
    ("the_of_phrase_of_an_act_names_its_owner", "Japan criticized the actions of China and condemned the "
     "occupation of Crimea.", {("Japan", "criticizes", "China")}, {("Japan", "criticizes", "Crimea")}),
    ("he_after_but_is_the_last_subject_not_a_name_after_it", "Emmanuel Macron spoke in Paris on Monday. But he "
     "criticized Brazil's President Lula.", {("Emmanuel Macron", "criticizes", "Luiz Inácio Lula da Silva")}, set()),
    ("it_in_a_clause_is_the_body_that_governs_it", "Kenya sent troops into Somalia in pursuit of al-Shabab, which "
     "it accuses of kidnapping tourists.", {("Kenya", "accuses", "Al-Shabaab")},
     {("Somalia", "accuses", "Al-Shabaab")}),
    ("the_group_alone_is_the_group_named_before", "Al-Shabaab claimed the bombing on Monday. Kenya has blamed the "
     "group for several kidnappings.", {("Kenya", "criticizes", "Al-Shabaab")}, set()),
    ("the_comments_are_those_the_story_named_with_their_owner", "The White House is criticizing Mahmoud "
     "Ahmadinejad's comments on Israel. Iran says its nuclear program is peaceful. France says it is summoning "
     "Iran's ambassador. Germany says the comments are completely unacceptable.",
     {("Germany", "criticizes", "Mahmoud Ahmadinejad")}, {("Germany", "criticizes", "United States")}),
    ("a_title_the_recogniser_reads_into_a_persons_name", "Chinese Foreign Ministry Spokeswoman Lin Qiaoyu says the "
     "remarks by Japan's Liberal Party leader, Ito Kenji, were provocative.",
     {("Lin Qiaoyu", "criticizes", "Ito Kenji")}, {("Spokeswoman Lin Qiaoyu", "criticizes", "Ito Kenji")}),
    ("a_list_in_apposition_is_every_member", "Emmanuel Macron met Olaf Scholz on Monday. The leaders of three "
     "countries -- Estonia, Latvia and Poland -- joined Volodymyr Zelenskyy at a rally in Kyiv to express their "
     "solidarity with Ukraine.", {("Estonia", "met", "Volodymyr Zelenskyy"), ("Latvia", "met", "Volodymyr Zelenskyy"),
                                  ("Poland", "met", "Volodymyr Zelenskyy")},
     {("Emmanuel Macron", "supports", "Ukraine"), ("Olaf Scholz", "supports", "Ukraine")}),
    ("no_relation_of_a_leader_with_their_own_state", "Joe Biden is in Beijing for talks between the United States "
     "and China.", {("United States", "discussed_with", "China")}, {("Joe Biden", "discussed_with", "United States")}),
    ("a_known_name_inside_a_longer_one_is_another_person", "Indian troops killed the militant leader Burhan "
     "Muzaffar Wani on Friday.", set(), {("India", "attacks", "Abdel Fattah al-Burhan")}),
    ("members_from_a_group_are_the_group", "An Israeli aircraft fired a missile at a car, killing five gunmen from "
     "the Islamic Jihad group.", {("Israel", "attacks", "Palestinian Islamic Jihad")}, set()),
    ("an_acronym_in_apposition_is_the_same_body", "The African Union says fighters from the Darfur Freedom Army, or "
     "DFA, are responsible for the killing of nomads.", {("African Union", "accuses", "Darfur Freedom Army")},
     {("African Union", "accuses", "DFA")}),
    ("the_recognisers_name_is_the_dictionarys_when_only_punctuation_differs", "Rebels from the outlawed Kurdistan "
     "Workers Party attacked Turkish troops.", {("Kurdistan Workers' Party", "attacks", "Turkey")},
     {("Kurdistan Workers Party", "attacks", "Turkey")}),
    ("the_place_of_an_attack_told_before", "The speech came a week after an attack on oil facilities in Saudi "
     "Arabia. The attack was claimed by the Houthi movement.", {("Houthis", "attacks", "Saudi Arabia")}, set()),
    ("his_counterpart_is_the_holder_of_his_office_there", "Secretary of State Antony Blinken called his Russian "
     "counterpart on Friday to discuss Ukraine.", {("Antony Blinken", "called", "Sergey Lavrov")}, set()),
    ("nations_like_y_are_y", "Antonio Guterres said that rich nations like Japan were being reckless.",
     {("António Guterres", "criticizes", "Japan")}, set()),
    ("a_bodys_countries_are_the_body", "Foreign ministers from NATO countries called on Russia to withdraw its troops.",
     {("NATO", "criticizes", "Russia")}, set()),
    ("the_two_nations_named_in_the_same_sentence", "Tension rose between Vietnam and China when the governments of "
     "the two nations accused each other of occupying the reef.",
     {("Vietnam", "accuses", "China"), ("China", "accuses", "Vietnam")}, set()),
    ("we_in_a_quote_he_said_after_a_spokesman_named_before", "Phay Siphan, spokesman for the Council of Ministers, "
     "said talks would continue. Cambodia sent troops. \"We condemn Thailand's shelling of the temple,\" he said.",
     {("Phay Siphan", "criticizes", "Thailand")}, set()),
    ("his_counterpart_named_after_a_comma", "Army Chief of Staff Gen. Ray Odierno traveled to New Delhi, where he "
     "visited with his Indian counterpart, Gen. Bikram Singh, on Monday.", {("Ray Odierno", "met", "Bikram Singh")},
     set()),
    ("a_state_after_its_city_is_a_place", "Antonio Guterres, who is in Doha, Qatar meeting with Mahmoud Abbas, "
     "spoke on Monday.", {("António Guterres", "met", "Mahmoud Abbas")}, {("Qatar", "met", "Mahmoud Abbas")}),
    ("a_list_of_states_is_no_city_and_state", "Chuck Hagel met in Brussels with the defense ministers of Latvia, "
     "Lithuania and Estonia.", {("Chuck Hagel", "met", "Lithuania")}, set()),
    ("he_is_the_sentences_own_subject_a_name_the_dictionary_lacks", "Joe Biden spoke on Monday. Tomasz Szatkowski, "
     "Polish Undersecretary of State for Defence, arrived in Warsaw. Szatkowski also mentioned Russia's drills, "
     "which he called reckless.", {("Tomasz Szatkowski", "criticizes", "Russia")},
     {("Joe Biden", "criticizes", "Russia")}),
    ("the_leaders_of_x_are_not_the_last_pair", "Emmanuel Macron met Olaf Scholz on Monday. The leaders of Poland "
     "and Lithuania joined Volodymyr Zelenskyy at a rally in Kyiv.", {("Poland", "met", "Volodymyr Zelenskyy")},
     {("Emmanuel Macron", "met", "Volodymyr Zelenskyy"), ("Olaf Scholz", "met", "Volodymyr Zelenskyy")}),
    # the parser gives "backed" two objects, "uprising" and the next clause's "son": the first is the object
    ("of_two_objects_the_first", "As France backed an uprising which ultimately toppled Gaddafi, the Libyan "
     "ruler's son Seif al-Islam last year made the same claim.", set(), {("France", "supports", "Seif al-Islam")}),
    ("a_named_person_before_a_title_acts_as_a_person", "Wang Lixin, China's Assistant Foreign Minister, criticized "
     "India on Monday.", {("Wang Lixin", "criticizes", "India")}, {("China", "criticizes", "India")}),
    ("a_given_name_before_another_name_is_another_person", "Obama spoke about former President George W. Bush's war "
     "on terror. Later, Obama met with George J. Mitchell, his special envoy to the Middle East.",
     {("Barack Obama", "met", "George J. Mitchell")}, {("Barack Obama", "met", "George W. Bush")}),
    ("the_troops_are_the_state_whose_troops_were_named", "Ethiopian troops entered Somalia on Monday. Al-Shabaab "
     "accused the troops of killing civilians.", {("Al-Shabaab", "accuses", "Ethiopia")}, set()),
    ("a_possessive_pronoun_on_a_conjunct_is_the_conjunct_before", "Rafael Correa spoke with Alvaro Uribe. As a "
     "result, Ecuador and their ally Venezuela had sent troops to their borders.",
     {("Venezuela", "allied_with", "Ecuador")}, {("Venezuela", "allied_with", "Alvaro Uribe")}),
    ("the_body_is_the_body_named_before_it_in_its_sentence", "The European Union sent observers on Monday. The "
     "African Union met in Addis Ababa, where the regional body condemned Andry Rajoelina.",
     {("African Union", "criticizes", "Andry Rajoelina")}, {("European Union", "criticizes", "Andry Rajoelina")}),
    ("an_expelled_ambassador_is_a_protest_against_the_state", "Serbia immediately expelled the Montenegrin "
     "ambassador Anka Vojvodic.", {("Serbia", "criticizes", "Montenegro")},
     {("Serbia", "criticizes", "Anka Vojvodic")}),
    ("the_country_of_x_is_x", "Israel launched an offensive in Gaza. The African country of Mauritania has cut "
     "diplomatic ties with Israel.", {("Mauritania", "criticizes", "Israel")}, set()),
    ("a_state_led_act_is_the_leading_states", "Jacques Chirac was an outspoken opponent of the United States-led "
     "Iraq War in 2003.", {("Jacques Chirac", "criticizes", "United States")},
     {("Jacques Chirac", "criticizes", "Iraq")}),
    ("the_president_is_the_one_introduced_without_a_state", "President Biden arrived in Israel on Monday. He met "
     "Palestinian President Mahmoud Abbas. Later, the president visited Kuwait.",
     {("Joe Biden", "met", "Kuwait")}, {("Mahmoud Abbas", "met", "Kuwait")}),
    ("a_spokesman_with_an_appositive_title_is_not_one_of_the_leaders", "In a statement summarizing the call, Navy "
     "Rear Adm. John Kirby, Pentagon press secretary, said Lloyd Austin offered his condolences to Sergei Shoigu. "
     "\"The leaders discussed the need to remain vigilant,\" Kirby said.",
     {("Lloyd Austin", "discussed_with", "Sergei Shoigu")}, {("John Kirby", "discussed_with", "Lloyd Austin")}),
    ("leaders_of_two_nations_are_people_not_states", "Egyptian President Hosni Mubarak held separate talks in Cairo "
     "on Sunday with Israeli and Palestinian leaders.", set(),
     {("Hosni Mubarak", "discussed_with", "Israel"), ("Hosni Mubarak", "discussed_with", "Palestine")}),
    ("countries_including_x_and_y_are_x_and_y", "Al-Shabaab has threatened other African countries, including "
     "Ethiopia and Kenya.", {("Al-Shabaab", "threatens", "Ethiopia"), ("Al-Shabaab", "threatens", "Kenya")}, set()),
    ("the_region_including_x_is_not_x", "The Saudis are concerned about the region, including Iran.", set(),
     {("Saudi Arabia", "criticizes", "Iran")}),
    ("a_partys_resolution_visit_or_buildup_is_its_act", "Turkish officials have expressed outrage over a United States "
     "congressional resolution. Israeli officials expressed disapproval of Jimmy Carter's visit.",
     {("Turkey", "criticizes", "United States"), ("Israel", "criticizes", "Jimmy Carter")}, set()),
    ("a_light_verb_the_lemmatiser_misreads", "Al-Shabaab waged an attack on Kenya in June.",  # "waged" -> "wag"
     {("Al-Shabaab", "attacks", "Kenya")}, set()),
    ("this_aggression_is_the_storys_attack", "Israel bombed Gaza on Saturday. Palestinian President Mahmoud Abbas "
     "says he condemns this aggression.", {("Mahmoud Abbas", "criticizes", "Israel")}, set()),
    ("a_relative_pronoun_is_not_the_object_when_another_is", "Talks ended in a truce between Ukraine and rebel "
     "forces, whom NATO has accused Russia of supporting in their bid for separation.", {("NATO", "accuses", "Russia")},
     set()),
    ("an_adjective_describes_the_actors_its_noun_names_not_the_clauses_subject", "Nicaragua has strengthened its ties "
     "with countries critical of the United States such as Iran.", set(),
     {("Nicaragua", "criticizes", "United States")}),
    ("an_adjective_describes_what_its_noun_in_apposition_describes", "Nicaragua signed a deal with Venezuela, a "
     "country critical of the United States.", {("Venezuela", "criticizes", "United States")},
     {("Nicaragua", "criticizes", "United States")}),
    ("a_sentence_of_a_quotation_attributed_after_it_is_read_for_its_judging_words", "\"Iran's actions are "
     "dangerous. We are worried,\" Robert Gates said.", {("Robert Gates", "criticizes", "Iran")}, set()),
    ("a_quoted_paragraph_without_attribution_is_the_words_of_the_one_said_to_speak_before_it", "Robert Gates said "
     "China was building up its military.\n\"We are watching closely. Beijing's actions are dangerous.\"",
     {("Robert Gates", "criticizes", "China")}, set()),
    ("an_adjective_describes_what_its_noun_of_a_part_describes", "Cuba remains one of the countries most critical of "
     "the United States.", {("Cuba", "criticizes", "United States")}, set()),
    ("who_has_the_backing_of_y_is_backed_not_the_backer", "Thabo Mbeki has the backing of the African Union. Jacob "
     "Zuma enjoys Russia's support.",
     {("African Union", "supports", "Thabo Mbeki"), ("Russia", "supports", "Jacob Zuma")},
     {("Thabo Mbeki", "supports", "African Union"), ("Jacob Zuma", "supports", "Russia")}),
    ("who_has_support_for_y_gives_it", "Donald Trump has strong support for NATO.",
     {("Donald Trump", "supports", "NATO")}, set()),
    ("a_rebuffed_charge_that_names_whom_it_charges_is_against_them", "Ali Khamenei rejected Washington's charge "
     "that Syria had armed the Houthis.", {("United States", "accuses", "Syria")},
     {("United States", "accuses", "Ali Khamenei")}),
    ("a_backer_named_in_one_word_with_its_participle_is_not_the_doer", "The U.N.-backed tribunal in Cambodia "
     "indicted Ieng Sary. The UN-backed court indicted Foday Sankoh.", set(),
     {("United Nations", "accuses", "Ieng Sary"), ("United Nations", "accuses", "Foday Sankoh")}),
    ("one_states_delegates_at_a_summit_do_not_meet_each_other", "Joe Biden and Antony Blinken were at the summit. "
     "Emmanuel Macron and Olaf Scholz were at the summit.", {("Emmanuel Macron", "met", "Olaf Scholz")},
     {("Joe Biden", "met", "Antony Blinken")}),
    ("an_adverb_before_committed_keeps_the_subject_of_what_it_is_committed_to", "The United States is firmly "
     "committed to supporting Israel.", {("United States", "supports", "Israel")}, set()),
    ("determined_to_attack_is_an_intention_not_an_attack", "Germany is determined to attack Russia. Turkey is poised "
     "to invade Syria. Japan is firmly committed to defeating North Korea.", set(),
     {("Germany", "attacks", "Russia"), ("Turkey", "attacks", "Syria"), ("Japan", "attacks", "North Korea")}),
    ("condolences_over_a_loss_go_to_the_accounts_counterpart_before_the_losss_state",
     "Narendra Modi spoke by phone with Sheikh Hasina. Narendra Modi expressed his condolences over the deaths of "
     "Bangladeshi soldiers.", {("Narendra Modi", "condolences", "Sheikh Hasina")},
     {("Narendra Modi", "condolences", "Bangladesh")}),
    ("a_quotation_of_several_sentences_is_voiced_by_a_person_the_dictionary_lacks", "Brian Hook said, \"This is a "
     "political stunt. Iran is a dangerous regime.\"", {("Brian Hook", "criticizes", "Iran")}, set()),
    ("a_quotation_after_one_attributed_to_a_person_the_dictionary_lacks_is_theirs", "\"We are not seeking a fight,\" "
     "said Senator Carl Levin. \"Russia is a dangerous regime.\"", {("Carl Levin", "criticizes", "Russia")}, set()),
    ("a_quoted_paragraph_after_a_person_the_dictionary_lacks_said_is_theirs", "Lambert Mende told VOA that peace "
     "cannot happen while bandits kill people.\n\n\"They are not credible. Rwanda is a dangerous regime.\"",
     {("Lambert Mende", "criticizes", "Rwanda")}, set()),
    ("three_of_one_states_people_at_a_meeting_do_not_meet_each_other", "Joe Biden, Antony Blinken and Lloyd Austin "
     "attended the meeting.", set(),
     {("Joe Biden", "met", "Antony Blinken"), ("Antony Blinken", "met", "Lloyd Austin")}),
    ("a_journey_to_a_venue_or_to_meet_someone_named_is_no_visit_to_the_state", "Vladimir Putin arrived in Turkey for "
     "a summit with Hassan Rouhani. Emmanuel Macron arrived in Gabon on Sunday to meet Ali Bongo.",
     {("Vladimir Putin", "met", "Hassan Rouhani"), ("Emmanuel Macron", "met", "Ali Bongo")},
     {("Vladimir Putin", "met", "Turkey"), ("Emmanuel Macron", "met", "Gabon")}),
    ("a_progressive_with_a_day_to_come_is_to_come", "Joe Biden is meeting Xi Jinping on Friday.", set(),
     {("Joe Biden", "met", "Xi Jinping")}),
    ("who_used_weapons_in_an_attack_made_the_attack", "The United States used white phosphorus bombs in an attack "
     "against Taliban militants. Russian forces swept into Georgia on Friday.",
     {("United States", "attacks", "Taliban"), ("Russia", "attacks", "Georgia")}, set()),
    ("a_run_of_titles_ending_in_a_name_is_that_person", "Antony Blinken spoke by phone with Politburo Member and "
     "Director of the Office of the Foreign Affairs Commission Yang Jiechi.",
     {("Antony Blinken", "called", "Yang Jiechi")}, {("Antony Blinken", "called", "Politburo")}),
    # faults a review of the twenty-fifth session's diff found, each mended
    ("an_adjective_before_of_or_to_ving_other_than_committed_keeps_no_subject", "North Korea is capable of striking "
     "the United States with its new missiles. Turkey is wary of attacking Syria. Vladimir Putin is open to meeting "
     "Volodymyr Zelensky.", set(), {("North Korea", "attacks", "United States"), ("Turkey", "attacks", "Syria"),
                                   ("Vladimir Putin", "met", "Volodymyr Zelenskyy")}),
    ("determined_to_support_is_support_held_now", "Germany is determined to support Ukraine for as long as it takes.",
     {("Germany", "supports", "Ukraine")}, set()),
    ("condolences_for_ones_own_peoples_deaths_abroad_go_to_no_place", "Vladimir Putin expressed condolences over the "
     "deaths of Russian soldiers in Ukraine. Narendra Modi expressed condolences over the deaths of Indian workers in "
     "Qatar.", set(), {("Vladimir Putin", "condolences", "Ukraine"), ("Narendra Modi", "condolences", "Qatar")}),
    ("what_is_called_an_act_of_y_against_its_object_is_not_ys", "Nicolás Maduro denounced what he called the criminal "
     "blockade of Cuba.", set(), {("Nicolás Maduro", "criticizes", "Cuba")}),
    ("a_journey_without_a_purpose_of_its_own_is_no_visit", "China came to Pakistan's defence during talks on Kashmir. "
     "Hun Sen flew to China after talks in Phnom Penh collapsed.", set(),
     {("China", "met", "Pakistan"), ("Hun Sen", "met", "China")}),
    ("a_name_governed_by_a_preposition_before_a_quotation_does_not_speak_it", "In an interview with Brian Williams, "
     "the official said: \"We will not negotiate. Russia is a dangerous regime.\"", set(),
     {("Brian Williams", "criticizes", "Russia")}),
    ("a_progressive_with_a_day_and_its_hour_or_later_this_week_is_to_come", "Joe Biden is meeting Xi Jinping on "
     "Friday morning. Joe Biden is visiting Poland later this week.", set(),
     {("Joe Biden", "met", "Xi Jinping"), ("Joe Biden", "met", "Poland")}),
    ("a_progressive_with_the_storys_own_weekday_is_that_days", "Joe Biden is meeting Xi Jinping on Saturday.",  # (DAY)
     {("Joe Biden", "met", "Xi Jinping")}, set()),
    ("a_journey_for_a_meeting_of_many_is_no_visit_to_its_host", "Emmanuel Macron flew to Kenya for a meeting of "
     "African presidents.", set(), {("Emmanuel Macron", "met", "Kenya")}),
    # faults a second review found, each mended
    ("blame_on_an_act_goes_to_its_doer_not_to_who_banned_it", "Pakistan blamed the bombing on a militant group banned "
     "by the United Nations.", set(), {("Pakistan", "criticizes", "United Nations")}),
    ("responsible_for_or_proud_of_ving_keeps_its_subject", "Iran is proud of supporting Hezbollah.",
     {("Iran", "supports", "Hezbollah")}, set()),
    ("what_is_called_the_crimes_of_y_is_ys", "North Korea denounced what it called the war crimes of the United "
     "States.", {("North Korea", "criticizes", "United States")}, set()),
    ("condolences_for_a_loss_of_people_of_no_state_go_to_its_place", "Imran Khan expressed condolences over the "
     "deaths of Muslim worshippers in New Zealand.", {("Imran Khan", "condolences", "New Zealand")}, set()),
    ("a_call_to_y_that_lasted_or_the_first_for_a_year_is_a_call", "In a call to Joe Biden that lasted two hours, Xi "
     "Jinping spoke of Taiwan. Olaf Scholz made his first call to Justin Trudeau on Thursday.",
     {("Xi Jinping", "called", "Joe Biden"), ("Olaf Scholz", "called", "Justin Trudeau")}, set()),
    ("warships_come_to_hold_exercises_visit_no_one", "Russian warships arrived in Cuba on Wednesday to hold naval "
     "exercises.", set(), {("Russia", "met", "Cuba")}),
    ("dropping_bombs_in_an_attack_is_the_attack", "The United States dropped bombs in an attack on Taliban positions.",
     {("United States", "attacks", "Taliban")}, set()),
    ("a_paper_that_quotes_x_as_saying_is_not_the_speaker", "The Herald quoted Hugo Chavez as complaining that George "
     "W. Bush was arrogant.", {("Hugo Chávez", "criticizes", "George W. Bush")},
     {("The Herald", "criticizes", "George W. Bush")}),
    # the thirtieth session: readings from the development news (each sentence made up)
    ("a_president_elect_is_not_the_holder_of_the_office", "Joe Biden met Kenya's President-elect Raila Odinga at the "
     "White House.", {("Joe Biden", "met", "Raila Odinga")}, {("Joe Biden", "met", "William Ruto")}),
    ("a_trip_next_week_is_to_come", "The two leaders discussed Fumio Kishida's trip to Mongolia next week.", set(),
     {("Fumio Kishida", "met", "Mongolia")}),
    ("a_trip_last_week_was_made", "Fumio Kishida's trip to Mongolia last week was a success.",
     {("Fumio Kishida", "met", "Mongolia")}, set()),
    ("money_in_military_aid_backs_militarily", "Iran gave $30 million in military aid to Syria.",
     {("Iran", "backs_militarily", "Syria")}, {("Iran", "backs_financially", "Syria")}),
    ("asked_not_to_abandon_y_is_no_fault_found", "Kenya urged Britain not to abandon Somalia. Chad urged France not "
     "to withdraw its troops.", set(), {("Kenya", "criticizes", "United Kingdom"), ("Chad", "criticizes", "France")}),
    ("an_anti_y_attitude_before_a_body_is_no_longer_name", "Iran supports the anti-Taliban Northern Alliance.",
     {("Iran", "supports", "Northern Alliance")}, set()),
    ("a_pronoun_subject_is_who_the_reader_takes_it_for_over_the_rules_guess", "William Ruto spoke in Nairobi on "
     "Monday. Later, John Kamau told delegates that the talks had failed. He accused Ethiopia of sabotage.",
     {("John Kamau", "accuses", "Ethiopia")}, {("William Ruto", "accuses", "Ethiopia")}),
    ("the_chief_of_a_states_army_is_not_its_head", "The chief of Kenya's army met Yoweri Museveni.", set(),
     {("William Ruto", "met", "Yoweri Museveni")}),
    ("an_act_whose_end_is_sought_goes_on_now", "Syria will seek an end to Israel's occupation of Lebanon. The UN "
     "called for a halt to Russian strikes on Georgia.", {("Israel", "attacks", "Lebanon"), ("Russia", "attacks",
                                                          "Georgia")}, set()),
    ("an_end_to_any_attack_is_no_attack", "Syria wants an end to any Israeli attack on Lebanon.", set(),
     {("Israel", "attacks", "Lebanon")}),
    ("talks in a one_word_place_the_recogniser_knows_are_a_meeting", "Hamid Karzai was in Kandahar for talks with "
     "NATO commanders.", {("Hamid Karzai", "met", "NATO")}, {("Hamid Karzai", "discussed_with", "NATO")}),
    ("with_a_supporting_x_and_b_backing_y_b_is_the_second_subject", "With Iran supporting Hezbollah and Russia "
     "backing Syria, the war dragged on. The war drew in several nations, with Rwanda and Uganda supporting the "
     "rebels and Zimbabwe, Namibia and Angola backing the government.", {("Russia", "supports", "Syria")},
     {("Iran", "supports", "Russia"), ("Hezbollah", "supports", "Syria"), ("Rwanda", "supports", "Zimbabwe"),
      ("Uganda", "supports", "Angola")}),
    ("a_states_leaders_are_the_state_a_rebel_bodys_are_not", "Antony Blinken met China's leaders. Antony Blinken met "
     "Sudan's rebel leaders.", {("Antony Blinken", "met", "China")}, {("Antony Blinken", "met", "Sudan")}),
    ("camps_linked_to_y_are_ys_as_a_target", "The United States struck camps linked to al-Shabaab.",
     {("United States", "attacks", "Al-Shabaab")}, set()),
    ("a_name_before_a_noun_read_as_two_objects_qualifies_the_noun", "Iran defied U.N. Security Council demands.",
     {("UN Security Council", "criticizes", "Iran")}, set()),
    ("a_states_army_described_is_the_state_the_named_force_is_itself", "Hezbollah attacked Israeli army positions "
     "along the border. The Israel Defense Forces struck Hamas.", {("Hezbollah", "attacks", "Israel"),
                                                                  ("Israel Defense Forces", "attacks", "Hamas")},
     {("Hezbollah", "attacks", "Israel Defense Forces")}),
    ("a_group_led_government_of_a_state_is_the_groups", "Pakistan recognized Afghanistan's Taliban-led government.",
     {("Pakistan", "supports", "Taliban")}, {("Pakistan", "supports", "Afghanistan")}),
    # the review of the thirtieth session's change: its faults, mended
    ("a_complement_opposed_by_y_is_no_act_of_ys", "Sergey Lavrov called the plan a dangerous mistake opposed by "
     "Georgia.", set(), {("Sergey Lavrov", "criticizes", "Georgia")}),
    ("asked_not_to_give_or_cut_is_a_fault_found", "Germany urged Russia not to give weapons to Syria. France urged "
     "Israel not to cut off electricity to Gaza.", {("Germany", "criticizes", "Russia"),
                                                     ("France", "criticizes", "Israel")}, set()),
    ("a_states_community_leaders_are_not_the_state", "Antony Blinken met Iraq's Sunni leaders. Antony Blinken met "
     "Russia's business leaders.", set(), {("Antony Blinken", "met", "Iraq"), ("Antony Blinken", "met", "Russia")}),
    ("preparations_for_an_act_are_not_the_act", "France called for a halt to preparations for an American invasion "
     "of Iraq.", set(), {("United States", "attacks", "Iraq")}),
    ("a_rebuffed_concern_about_another_is_not_about_the_rebuffer", "Laos ignored Vietnam's concerns about Thailand's "
     "dam.", set(), {("Vietnam", "criticizes", "Laos")}),
    ("money_given_to_a_states_military_is_money", "Saudi Arabia gave $1 billion to Egypt's military.",
     {("Saudi Arabia", "backs_financially", "Egypt")}, set()),
    ("forgave_debts_as_the_model_lemmatises_it", "Russia forgave Syria's debts.",
     {("Russia", "backs_financially", "Syria")}, set()),
    ("leaders_of_a_party_after_demonyms_are_no_states_leaders", "Joe Biden met the German and French leaders of the "
     "Green parties.", set(), {("Joe Biden", "met", "Olaf Scholz"), ("Joe Biden", "met", "Emmanuel Macron")}),
    ("the_head_of_a_named_body_a_state_owns_is_not_its_head", "The head of Israel's Mossad intelligence service met "
     "Abdel Fattah el-Sisi.", set(), {("Benjamin Netanyahu", "met", "Abdel Fattah al-Sisi"),
                                      ("Isaac Herzog", "met", "Abdel Fattah al-Sisi")}),
    ("rcd_alone_is_no_congolese_group", "Tunisia's ruling RCD party criticized France.", set(),
     {("Rally for Congolese Democracy", "criticizes", "France")}),
    ("asked_not_to_send_troops_is_a_fault_found", "Kenya urged Britain not to send troops to Somalia.",
     {("Kenya", "criticizes", "United Kingdom")}, set()),
    # the thirty-first session
    ("what_one_is_to_be_praised_for_was_done", "Emmanuel Macron will praise Greece for its support of the European "
     "Union's sanctions on Belarus. Joe Biden is expected to thank Poland for its help to Ukraine.",
     {("Greece", "supports", "European Union"), ("Poland", "offers_aid", "Ukraine")}, set()),
    ("what_one_is_thanked_for_next_week_is_to_come", "Joe Biden will thank Japan for hosting the summit with Narendra "
     "Modi next week.", set(), {("Japan", "met", "Narendra Modi")}),
    ("aid_to_a_third_party_one_is_thanked_for_helps_that_party", "Joe Biden thanked Japan for its assistance to "
     "Ukraine.", {("Japan", "offers_aid", "Ukraine")}, {("Japan", "supports", "Joe Biden"),
                                                      ("Japan", "supports", "United States")}),
    ("joined_for_talks_with_a_third_is_one_side", "Antony Blinken was joined by Lloyd Austin for meetings with "
     "Fumio Kishida.", {("Lloyd Austin", "met", "Fumio Kishida")}, {("Lloyd Austin", "met", "Antony Blinken"),
                                                                   ("Antony Blinken", "met", "Lloyd Austin")}),
    ("remarks_called_outrageous_are_the_object_called_so", "Robert Gibbs called Netanyahu's remarks outrageous. "
     "The White House Correspondents Association called Helen Thomas's remarks indefensible.",
     {("Robert Gibbs", "criticizes", "Benjamin Netanyahu"),
      ("White House Correspondents Association", "criticizes", "Helen Thomas")}, set()),
    ("violence_committed_is_a_charge", "Robert Mugabe said that the MDC had committed violence.",
     {("Robert Mugabe", "accuses", "Movement for Democratic Change")}, set()),
    ("supporters_critics_advisers_are_not_their_possessor", "Pierre Gemayel was shot dead in Beirut on Tuesday. His "
     "supporters accused Damascus of ordering the killing. George W. Bush's national security adviser met Vladimir "
     "Putin.", set(), {("Pierre Gemayel", "accuses", "Syria"), ("George W. Bush", "met", "Vladimir Putin")}),
    ("arms_named_by_a_compound_or_new_weapons_back_militarily", "Washington approved an arms sale to Taiwan. The "
     "United States is rushing a delivery of precision-guided bombs to Israel. France sent helicopters to Chad.",
     {("United States", "backs_militarily", "Taiwan"), ("United States", "backs_militarily", "Israel"),
      ("France", "backs_militarily", "Chad")}, set()),
    ("money_in_military_aid_given_with_is_arms", "The United States provides Israel with three billion dollars in "
     "military aid each year.", {("United States", "backs_militarily", "Israel")},
     {("United States", "backs_financially", "Israel")}),
    ("a_day_after_a_place_is_no_part_of_its_name", "George W. Bush held talks in Amman Thursday with Nouri al-Maliki.",
     {("George W. Bush", "met", "Nouri al-Maliki")}, {("George W. Bush", "discussed_with", "Nouri al-Maliki")}),
    ("talks_over_dinner_or_after_arriving_are_in_person", "Junichiro Koizumi and Roh Moo-hyun discussed the nuclear "
     "issue over dinner. Vladimir Putin, who arrived in Tehran on Tuesday, held talks with Mahmoud Ahmadinejad. "
     "Hu Jintao visited Moscow, where he held talks with Vladimir Putin.",
     {("Junichiro Koizumi", "met", "Roh Moo-hyun"), ("Vladimir Putin", "met", "Mahmoud Ahmadinejad"),
      ("Hu Jintao", "met", "Vladimir Putin")}, {("Junichiro Koizumi", "discussed_with", "Roh Moo-hyun")}),
    ("a_bare_ministry_is_the_sentences_state", "Iranian officials met British diplomats, and the Foreign Ministry "
     "summoned the British ambassador.", {("Iran", "criticizes", "United Kingdom")},
     {("Foreign Ministry", "criticizes", "United Kingdom")}),
    ("what_could_have_been_done_was_not", "Hugo Chavez said he could have sent rifles to the FARC. Vladimir Putin said "
     "Russia would have attacked Georgia.", set(),
     {("Hugo Chávez", "offers_aid", "Revolutionary Armed Forces of Colombia"), ("Russia", "attacks", "Georgia"),
      ("Russia", "threatens", "Georgia")}),
    ("sanctions_in_anothers_condition_are_no_threat", "North Korea warned it would take countermeasures if the "
     "Security Council imposes new sanctions on Pyongyang.", {("North Korea", "threatens", "UN Security Council")},
     {("UN Security Council", "threatens", "North Korea")}),
    ("leave_to_strike_is_no_strike", "Turkey's parliament authorized the army to strike the PKK in northern Iraq. "
     "Recep Tayyip Erdogan said the government authorized the army to carry out an operation against the PKK.", set(),
     {("Turkey", "attacks", "Kurdistan Workers' Party"),
      ("Recep Tayyip Erdogan", "threatens", "Kurdistan Workers' Party"),
      ("Turkey", "threatens", "Kurdistan Workers' Party")}),
    ("threats_held_out", "Should Iran attack Israel, the United States will respond with force. Russia threatened to "
     "cut off gas to Ukraine.", {("United States", "threatens", "Iran"), ("Russia", "threatens", "Ukraine")}, set()),
    ("a_thing_in_a_place_judged_is_not_the_place", "Israel's offensive in Lebanon was criticized by France.",
     {("France", "criticizes", "Israel")}, {("France", "criticizes", "Lebanon")}),
    ("whose_is_the_noun_the_clause_is_on", "Russia, whose troops invaded Georgia, denied the charge. Nicolas Sarkozy "
     "met Mikheil Saakashvili, whose country was invaded by Russia. Hezbollah, whose fighters attacked Israel, spoke "
     "on Monday.", {("Russia", "attacks", "Georgia"), ("Hezbollah", "attacks", "Israel")}, set()),
    ("a_groups_own_fighters_are_the_group", "Hezbollah's guerrillas fought Israel for 34 days. Sudan's rebels attacked "
     "Chad.", {("Hezbollah", "attacks", "Israel")}, {("Sudan", "attacks", "Chad")}),
    ("a_target_deep_inside_a_state_is_in_it", "Israeli jets struck a target deep inside Syria on Thursday.",
     {("Israel", "attacks", "Syria")}, set()),
    ("troops_backing_a_government_back_it_in_arms", "Ethiopian troops backing Somalia's transitional government "
     "entered Baidoa. Ethiopia backs Somalia's government.", {("Ethiopia", "backs_militarily", "Somalia"),
                                                              ("Ethiopia", "supports", "Somalia")}, set()),
    ("a_states_torpedo_is_the_state", "Investigators concluded that a North Korean torpedo sank the South Korean "
     "warship.", {("North Korea", "attacks", "South Korea")}, set()),
    ("spelled_out_acronyms_are_the_bodies", "The I-A-E-A Board of Governors passed a resolution criticizing Iran. "
     "The O-A-S suspended Honduras over the coup.", {("International Atomic Energy Agency", "criticizes", "Iran"),
                                     ("Organization of American States", "criticizes", "Honduras")}, set()),
    ("told_to_begin_withdrawing_is_a_demand", "Joe Biden told Syria to begin withdrawing its troops from Lebanon.",
     {("Joe Biden", "criticizes", "Syria")}, set()),
    ("a_collapse_foreseen_if_y_withdraws_is_no_threat", "Analysts warn that Somalia's government could collapse if "
     "Ethiopia withdraws. Iran warned that it would close the Strait of Hormuz if the United States attacked.",
     {("Iran", "threatens", "United States")}, {("Somalia", "threatens", "Ethiopia")}),
    ("a_refusal_to_act_is_no_act", "China's refusal to impose sanctions on North Korea surprised observers.",
     set(), {("China", "criticizes", "North Korea"), ("China", "threatens", "North Korea")}),
    # the review of the thirty-first session's change: its faults, mended
    ("what_one_would_be_judged_for_is_not_done", "The United States would condemn Russia for invading Georgia. The "
     "United States will criticize Russia for attacking Georgia if it happens.", set(),
     {("Russia", "attacks", "Georgia")}),
    ("a_forecast_of_another_party_is_no_threat", "Experts warned that China could block trade if Taiwan declared "
     "independence. Israel warned that Hamas would take steps if Egypt opened the border.", set(),
     {("China", "threatens", "Taiwan"), ("Hamas", "threatens", "Egypt"), ("Israel", "threatens", "Egypt")}),
    ("a_phone_told_of_is_no_call", "Hugo Chavez told Iran that he would phone Fidel Castro.", set(),
     {("Hugo Chávez", "called", "Iran")}),
    ("pushed_or_driven_back_is_no_attack", "George W. Bush drove Vladimir Putin back to his ranch. Russia pushed "
     "Georgia to sign the deal, and Germany pushed for talks out of concern.", set(),
     {("George W. Bush", "attacks", "Vladimir Putin"), ("Russia", "attacks", "Georgia")}),
    ("soldiers_backed_by_police_are_not_backing", "American soldiers backed by Afghan police attacked the Taliban.",
     {("United States", "attacks", "Taliban")}, {("Afghanistan", "backs_militarily", "United States")}),
    ("time_given_by_an_infinitive_on_the_verb", "George W. Bush gave Iran 60 days to halt enrichment or face "
     "sanctions.", {("George W. Bush", "threatens", "Iran")}, set()),
    ("a_thing_toward_a_place_judged_is_not_the_place", "Israel's policy toward Lebanon was criticized by France. Aid "
     "to Sudan was criticized by France.", set(), {("France", "criticizes", "Lebanon"),
                                                   ("France", "criticizes", "Sudan")}),
    ("support_to_a_cause_or_ones_people_thanked_for", "Afghanistan thanked Japan for its support to the "
     "reconstruction effort. Hamid Karzai thanked Japan for its assistance to the Afghan people.",
     {("Japan", "supports", "Afghanistan")}, set()),
    ("a_successor_or_opponents_are_not_the_possessor", "Vladimir Putin's successor met Joe Biden. Hamid Karzai's "
     "opponents attacked NATO troops.", set(), {("Vladimir Putin", "met", "Joe Biden"),
                                                ("Hamid Karzai", "attacks", "NATO")}),
    ("a_spaced_hyphen_is_a_dash_to_the_parser", "Joe Biden arrived in Vilnius, Lithuania - becoming the first U-S "
     "President to visit the Baltic nation.", {("Joe Biden", "met", "Lithuania")}, set()),
    ("the_two_armies_are_the_two_states_named_before", "India and Pakistan have fought three wars. The two armies "
     "exchanged fire on Monday.", {("India", "attacks", "Pakistan"), ("Pakistan", "attacks", "India")}, set()),
]


@pytest.mark.parametrize(("day", "body", "want"), [
    ("2006-03-01", "Mr. Bush met Hamid Karzai in Kabul.", ("George W. Bush", "met", "Hamid Karzai")),
    ("2010-03-01", "Mrs. Clinton met Hamid Karzai in Kabul.", ("Hillary Clinton", "met", "Hamid Karzai")),
    ("1998-03-01", "Mr. Clinton met Nelson Mandela in Pretoria.", ("Bill Clinton", "met", "Nelson Mandela")),
    ("2008-08-15", "Secretary Rice met Mikheil Saakashvili in Tbilisi.",
     ("Condoleezza Rice", "met", "Mikheil Saakashvili")),
])
def test_an_honorific_surname_before_any_full_name_is_the_one_in_office(day, body, want):
    """"Mr. Bush" with no full name before is the one Bush in office on the article's date, and "Mrs." a woman:
    one node with the full name, not a node "Mr. Bush" of its own."""
    for engine in ("parse", "fast"):
        claims = {(c.source, c.relation, c.target) for c in extract_with(example(body, day), engine=engine).claims}
        assert want in claims, (engine, claims)


def test_an_honorific_surname_of_no_one_in_office_stays_as_written():
    """No Clinton woman held office in 1998, and no Bush in 1999; a patronymic or a Korean given name is no surname;
    a surname described as another's is not the office holder's; a prime minister is no secretary: no one made up."""
    for day, body, nobody in (("1998-03-01", "Mrs. Clinton met Nelson Mandela in Pretoria.", "Bill Clinton"),
                              ("1999-03-01", "Mr. Bush met Nelson Mandela in Pretoria.", "George W. Bush"),
                              ("2008-03-01", "Mr. Said criticized Israel.", "Qaboos bin Said"),
                              ("2006-03-01", "Mr. Moon met George W. Bush.", "Ban Ki-moon"),
                              ("2010-03-01", "Mr. Gates, the Microsoft founder, met Hu Jintao.", "Robert Gates"),
                              ("2008-03-01", "Secretary Brown met Hamid Karzai.", "Gordon Brown")):
        for engine in ("parse", "fast"):
            claims = extract_with(example(body, day), engine=engine).claims
            assert all(nobody not in (c.source, c.target) for c in claims), (engine, claims)


def test_a_quoted_sentences_speaker_is_named_by_its_own_words_in_the_article():
    """The speaker of a sentence of a quotation, parsed with an attribution it lacks, is named where the article names
    them: its source surface is article text at the speaker's mention, never the made-up attribution."""
    article = example('Vladimir Putin spoke on Friday: "We have been patient. Iraq bombed our bases. Iraq must pay."')
    claims = [c for c in extract_with(article, engine="parse").claims if c.source == "Vladimir Putin"]
    assert claims and all(c.source_surface == "Vladimir Putin" for c in claims), claims
    assert all(c.quote == article.text[c.start : c.end] for c in claims)


@pytest.mark.parametrize(("body", "want"), [
    ("Director of the National Intelligence Service Peter Mwangi spoke on Monday.",
     {("Peter Mwangi", "leads", "National Intelligence Service")}),
    ("Peter Mwangi, the director of the National Intelligence Service, spoke on Monday.",
     {("Peter Mwangi", "leads", "National Intelligence Service")}),
    ("Former Director of the National Intelligence Service Peter Mwangi spoke on Monday.", set()),
    ("Peter Mwangi, Executive Director of the National Intelligence Service, spoke on Monday.",
     {("Peter Mwangi", "leads", "National Intelligence Service")}),
    ("The chairperson of the National Intelligence Service, Sheikh Peter Mwangi, spoke on Monday.",
     {("Peter Mwangi", "leads", "National Intelligence Service")}),
    ("U.S. Africa Command (AFRICOM) Commander General Stephen J. Townsend visited Somalia today.",
     {("Stephen J. Townsend", "leads", "U.S. Africa Command")}),
    ("Oxfam Executive Director Winnie Byanyima met with Antony Blinken.", {("Winnie Byanyima", "leads", "Oxfam")}),
    ("Former U.S. Central Command (CENTCOM) Commander General David Petraeus criticized Iran.", set()),
    ("The former Islamic Revolutionary Guard Corps (IRGC) Commander Mohsen Rezaei criticized Israel.", set()),
    # (every name found by the mention finder: the recogniser still reads the title)
    ("Najib Mikati received the Commander of UNIFIL, Aroldo Lazaro, on Thursday.",
     {("Aroldo Lazaro", "leads", "UNIFIL")}),
])
def test_a_leading_title_ties_a_name_to_a_body_the_recogniser_names(body, want):
    """A body the dictionary lacks, named with a leading title and a name in one phrase, is led by that person; a
    former holder leads nothing."""
    got = {t for t in triples(body, leads=True) if t[1] == "leads"}
    assert got == want


@pytest.mark.parametrize(("body", "want"), [
    ("Prime Ministers Narendra Modi of India, Imran Khan of Pakistan and Sheikh Hasina of Bangladesh spoke.",
     {("Narendra Modi", "leads", "India"), ("Imran Khan", "leads", "Pakistan"),
      ("Sheikh Hasina", "leads", "Bangladesh")}),
    ("Former Prime Ministers Narendra Modi of India and Imran Khan of Pakistan spoke.", set()),
])
def test_a_plural_title_leads_each_name_of_a_state_listed_after_it(body, want):
    got = {t for t in triples(body, leads=True) if t[1] == "leads"}
    assert got == want


def test_the_title_of_a_body_a_state_owns_leads_the_body_not_the_state():
    got = triples("Turkey's Nationalist Movement Party leader, Devlet Bahceli, spoke.", leads=True)
    assert ("Devlet Bahceli", "leads", "Nationalist Movement Party") in got
    assert ("Devlet Bahceli", "leads", "Turkey") not in got


def test_a_body_the_recogniser_reads_into_a_known_persons_name_is_no_actor():
    article = example("Emmanuel Macron met Crown Prince of Saudi Arabia, Chairman of the Council of Ministers "
                      "Mohammed bin Salman, in Paris.")
    got = extract_with(article, engine="parse")
    assert ("Emmanuel Macron", "met", "Mohammed bin Salman") in {(c.source, c.relation, c.target) for c in got.claims}
    assert not [a.name for a in got.actors if "Salman" in a.name and a.name != "Mohammed bin Salman"]


@pytest.mark.parametrize(("body", "want", "never"), [c[1:] for c in ENGINE_CASES], ids=[c[0] for c in ENGINE_CASES])
def test_engine_case(body, want, never):
    article = example(body)
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims
           if c.relation != "leads"}  # the whole engine: its frames and the rules it keeps
    assert want <= got, f"{body!r} gave {sorted(got)}, missing {sorted(want - got)}"
    assert not got & never, f"{body!r} gave {sorted(got & never)}"


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_backing_thanked_for_that_goes_to_something_else_is_no_support_of_the_thanker(engine):
    """"thanked Y for Malawi's support for the principles of the UN Charter": Malawi backs the principles, not the one
    who thanks; "for Russia's support" with no such object still backs the thanker's state."""
    got = {(c.source, c.relation, c.target) for c in extract_with(example(
        "Antony Blinken thanked Lazarus Chakwera for Malawi's support for the principles of the UN Charter. "
        "Volodymyr Zelenskyy thanked Joe Biden for America's support."), engine=engine).claims}
    assert ("United States", "supports", "Ukraine") in got
    assert not {t for t in got if t[0] == "Malawi"}, sorted(got)
    # ... but backing of the thanker's people, or of its supporter's people, is the thanker's
    got = {(c.source, c.relation, c.target) for c in extract_with(example(
        "Volodymyr Zelenskyy thanked Germany for Germany's support of the Ukrainian people. Volodymyr Zelenskyy "
        "thanked Boris Johnson for the support of the British people."), engine=engine).claims}
    want = {("Germany", "supports", "Ukraine"), ("Boris Johnson", "supports", "Volodymyr Zelenskyy")}
    got |= {(c.source, c.relation, c.target) for c in extract_with(example(
        "Nikol Pashinyan thanked Vladimir Putin for the support of Russia."), engine=engine).claims}
    want.add(("Vladimir Putin", "supports", "Nikol Pashinyan"))
    assert want <= got, sorted(got)


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_one_stood_by_in_a_clause_joined_after_a_condemnation_is_not_condemned(engine):
    """"condemned the attack and expressed solidarity with Saudi Arabia": the attacker is condemned, not Saudi Arabia
    (a rule's window reached across the "and")."""
    got = {(c.source, c.relation, c.target) for c in extract_with(example(
        "The Houthis attacked a Saudi oil facility on Saturday. Bahrain condemned the attack and expressed solidarity "
        "with Saudi Arabia. Kuwait condemned this attack and stood with Saudi Arabia."), engine=engine).claims}
    assert not {t for t in got if t[1] == "criticizes" and t[2] == "Saudi Arabia"}, sorted(got)
    # ... but criticism of support for a party is still criticism of that party where the rule reads it
    if engine == "fast":
        got = {(c.source, c.relation, c.target) for c in extract_with(example(
            "Benjamin Netanyahu criticized support for Hamas."), engine=engine).claims}
        assert ("Benjamin Netanyahu", "criticizes", "Hamas") in got, sorted(got)


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_a_known_name_apposed_to_an_office_is_its_holder_not_the_speakers_president(engine):
    """"met with the President of the Republic, Michel Aoun" in a U.S. ambassador's statement: Aoun, not the U.S.
    President the bare title would name in that statement."""
    article = parse("title: Statement by U.S. Ambassador Elizabeth Richard after her meeting with President Aoun\n"
                    "date: 2017-03-02\nsource: https://lb.usembassy.gov/x/\nlicense: Public domain; statement by U.S. "
                    "Ambassador to Lebanon Elizabeth Richard\n\nGood afternoon.\n\nI had the pleasure today of "
                    "meeting with the President of the Republic, Michel Aoun. I also met with the Prime Minister, Saad "
                    "Hariri.\n",
                    "x.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
    assert ("Elizabeth Richard", "met", "Michel Aoun") in got
    assert not {t for t in got if t[2] == "Donald Trump"}, sorted(got)
    # ... but a name that opens the clause after such an office is that clause's subject
    opening = parse("title: Example\ndate: 2020-06-01\n\nIn a letter to the Speaker of the House, Nancy Pelosi "
                    "criticized China.\n", "y.txt")
    assert ("Nancy Pelosi", "criticizes", "China") in {
        (c.source, c.relation, c.target) for c in extract_with(opening, engine=engine).claims}


def test_my_administration_in_a_presidents_statement_is_his_state():
    """"My Administration's support for Israel's security" in a statement by the President: the state's support; "My
    Lai" opens no speaker's word."""
    article = parse("title: Statement from President Joe Biden on the Attacks in Israel\ndate: 2023-10-07\nsource: "
                    "https://www.whitehouse.gov/x/\nlicense: Public domain (White House)\n\nMy Administration’s "
                    "support for Israel’s security is rock solid.\n", "x.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("United States", "supports", "Israel") in got


def test_an_area_our_speaker_shares_is_not_the_speakers_state():
    """"Our Hemisphere stands with Ukraine", "Our continent condemns Russia": an area the speaking state shares with
    others acts, not the speaking state alone, in the frames and in the rules' reading; "Our country" is the state."""
    article = parse("title: Suspension of Russia's Observer Status\ndate: 2022-04-21\nsource: https://www.state.gov/x/\n"
                    "license: Public domain; press statement by Secretary of State Antony J. Blinken\n\nToday, the "
                    "United States welcomes the resolution. Our Hemisphere stands with Ukraine.\n\nOur continent "
                    "condemns Russia.\n\nOur country stands with Georgia.\n", "x.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("United States", "supports", "Georgia") in got, sorted(got)
    assert not {("United States", "supports", "Ukraine"), ("United States", "criticizes", "Russia")} & got, sorted(got)


def test_a_deputys_leading_title_after_a_ministers_joins_the_phrase_and_leads_nothing():
    """"Czech Minister of Defense and Deputy Prime Minister X": one phrase naming X, of the Czech Republic, who leads
    nothing; the call is with X, not with the state. A deputy's title with no name after it stays no holder's ("the
    Iraqi Vice President" is not Iraq's president)."""
    article = parse("title: Readout of Secretary Austin's Call with Czech Minister of Defense Jana Novakova\n"
                    "date: 2024-05-20\n\nSecretary Austin spoke today with Czech Minister of Defense and Deputy Prime "
                    "Minister Jana Novakova about the floods. The Iraqi Vice President criticized Iran. The Egyptian "
                    "Vice President Tuesday condemned Israel. Polish Deputy Prime Minister Kaczynski criticized "
                    "Germany.", "x.txt")
    claims = extract_with(article, engine="parse").claims
    got = {(c.source, c.relation, c.target) for c in claims}
    assert ("Lloyd Austin", "called", "Jana Novakova") in got, sorted(got)
    assert {("Iraq", "criticizes", "Iran"), ("Egypt", "criticizes", "Israel")} <= got, sorted(got)
    assert not {t for t in got if t[0] in ("Donald Tusk", "Mateusz Morawiecki")}, sorted(got)  # (Poland's PM)
    assert not {t for t in got if t[2] == "Czech Republic" or t[0] == "Jana Novakova"}, sorted(got)
    assert next(m.surface for m in extract_with(article, engine="parse").mentions if m.actor == "Jana Novakova") == (
        "Czech Minister of Defense and Deputy Prime Minister Jana Novakova")


def test_the_one_who_has_the_support_it_needs_is_given_it():
    """"to ensure that Y has the support it needs" in a call's readout: Y is given support, it gives none (but "X has
    strong support for Y" is X's)."""
    article = parse("title: Readout of President Biden's Call with President Zelenskyy\ndate: 2023-10-07\n\n"
                    "Joe Biden spoke today with Volodymyr Zelenskyy to convey his condolences for the victims of the "
                    "Russian strike on Kyiv. Joe Biden will stay in touch with Volodymyr Zelenskyy to ensure that "
                    "Ukraine has the support it needs. Germany has strong support for Moldova.", "x.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("Germany", "supports", "Moldova") in got
    assert not {t for t in got if t[0] == "Ukraine" and t[1] == "supports"}, sorted(got)


def test_a_surname_the_body_gives_alone_takes_its_given_name_from_the_title():
    """A readout's title names both people in full, its body by title and surname ("Ambassador Wu met with Minister
    Kalnins"): they are the people the title names, a surname of two letters among them; no capitalised word of a
    headline is taken for a given name."""
    article = parse("title: Readout of Ambassador Mary Wu's Meeting with Interior Minister Tomas Kalnins\n"
                    "date: 2021-03-02\n\nAmbassador Wu met with Minister Kalnins in Riga on Tuesday.", "x.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("Mary Wu", "met", "Tomas Kalnins") in got, sorted(got)
    article = parse("title: Readout Of Ambassador's Meeting With Kalnins\ndate: 2021-03-02\n\n"
                    "Ambassador Wu met with Minister Kalnins in Riga on Tuesday.", "x.txt")
    names = {a.name for a in extract_with(article, engine="parse").actors}
    assert not {n for n in names if n.startswith(("With ", "Meeting "))}, sorted(names)


def test_a_chambers_president_is_no_states_leader():
    """"the President of the Chamber of Deputies, Speaker X" in a U.S. embassy's statement is no U.S. president."""
    article = parse("title: Statement by the Ambassador\ndate: 2014-10-27\nsource: https://lb.usembassy.gov/x/\n\n"
                    "I had the opportunity to meet with the President of the Chamber of Deputies, Speaker Berri, and "
                    "we had a very good discussion.", "x.txt")
    result = extract_with(article, engine="parse")
    assert "Barack Obama" not in {m.actor for m in result.mentions}
    assert not {c for c in result.claims if "Barack Obama" in (c.source, c.target)}


def test_a_statement_whose_author_never_says_i_judges_in_its_governments_voice():
    """A press statement signed by a spokesperson ("press statement by Department Spokesperson Ned Price" on the
    license line) that speaks only as "we" judges in the State Department's voice; one in which the author speaks as
    "I" judges in the author's."""
    def got(body):
        article = parse("title: Support for Ukraine\ndate: 2022-01-01\n"
                        "source: https://www.state.gov/support-for-ukraine/\n"
                        "license: Public domain; press statement by Department Spokesperson Ned Price\n\n" + body,
                        "x.txt")
        return {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    for we in ("We stand with Ukraine. The world has seen the brutality of the Kremlin in Ukraine.",
               "We stand with Ukraine, as we have since World War I. The world has seen the brutality of the Kremlin.",
               "We stand with Ukraine. The world has seen the brutality of the Kremlin in Ukraine. \"I need "
               'ammunition," Volodymyr Zelenskyy said.'):
        got_we = got(we)
        assert ("United States", "criticizes", "Russia") in got_we and (
            "Ned Price", "criticizes", "Russia") not in got_we, we
    i = got("I stand with Ukraine. The world has seen the brutality of the Kremlin in Ukraine.")
    assert ("Ned Price", "criticizes", "Russia") in i and ("United States", "criticizes", "Russia") not in i


def test_a_judgement_in_a_government_statements_own_words_is_the_governments():
    """A statement a government publishes speaks for it where no "I" signs it: "Al-Shabaab's attacks ... are immoral
    and unacceptable" on a U.S. embassy's site criticizes Al-Shabaab; in a news story, in a clause another voices, or
    denied, it does not."""
    def got(source, body="Al-Shabaab's attacks on Somali civilians are immoral and unacceptable."):
        article = parse(f"title: Statement on the Attack\ndate: 2018-07-08\nsource: {source}\n\n{body}", "x.txt")
        return {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("United States", "criticizes", "Al-Shabaab") in got("https://so.usembassy.gov/statement-on-the-attack/")
    assert not got("https://www.voanews.com/a/statement-on-the-attack/1.html")
    for other in ("According to Moscow, Ukraine's attacks on Belgorod are barbaric.",
                  "In Moscow's view, NATO's drills near its borders are provocative.",
                  "Iran's position is that Israel's strikes are illegal.",
                  "QUESTION: Israel's strikes on Rafah are illegal, aren't they?",
                  "FOREIGN MINISTER LAVROV: Ukraine's provocations in Donbas are unacceptable."):
        assert not {c for c in got("https://www.state.gov/x/", other) if c[0] == "United States"}, other
    assert ("United States", "criticizes", "Russia") in got(
        "https://www.state.gov/x/", "Any new attack or aggressive action by Russia is unacceptable.")  # (the "by"
    # phrase on the last of joined acts is all of theirs)
    voiced = got("https://so.usembassy.gov/x/", "Al-Shabaab said that Kenya's raids are unacceptable.")
    assert ("Al-Shabaab", "criticizes", "Kenya") in voiced and ("United States", "criticizes", "Kenya") not in voiced
    assert not got("https://so.usembassy.gov/x/", "Al-Shabaab's attacks on Somali civilians are not unacceptable.")


def test_speaking_with_leaders_in_the_readout_of_calls_is_a_call_to_each():
    """The readout of a leader's calls (a plural title) tells a call in "spoke with X and Y to consult"; X and Y are
    each called, not parties to each other's talks; the title of one that renews calls for a ceasefire tells none."""
    body = ("President Biden spoke separately today with Chancellor Scholz of Germany and President Macron of France "
            "to consult about the war in Ukraine.")

    def got(title):
        article = parse(f"title: {title}\ndate: {DAY.isoformat()}\n\n{body}", "example.txt")
        return {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    readout = got("Readout of President Biden's Calls with Chancellor Scholz and President Macron")
    assert {("Joe Biden", "called", "Olaf Scholz"), ("Joe Biden", "called", "Emmanuel Macron")} <= readout, readout
    assert not {c for c in readout if {c[0], c[2]} == {"Olaf Scholz", "Emmanuel Macron"}}, sorted(readout)
    assert not {c for c in got("Biden renews calls for a ceasefire in Gaza") if c[1] == "called"}
    assert not {c for c in got("Biden rejects calls to resign") if c[1] == "called"}
    assert ("Joe Biden", "called", "Olaf Scholz") in got("Readout of President Biden's Calls to European Leaders")
    body = "President Biden spoke with Chancellor Scholz of Germany, whom he met in Berlin in October, about Ukraine."
    assert ("Joe Biden", "called", "Olaf Scholz") in got("Readout of President Biden's Calls with European Leaders")


def test_a_bare_title_before_anyone_is_named_is_the_one_the_document_title_names():
    """ "Readout of Secretary Kerry's Call with Foreign Minister Lavrov": "The Secretary and Foreign Minister Lavrov
    spoke today" is Kerry's call (a surname the dictionary gives one person in office on the day)."""
    body = "The Secretary and Foreign Minister Lavrov spoke today on Ukraine and Syria."

    def got(title):
        article = parse(f"title: {title}\ndate: 2015-01-25\n\n{body}", "example.txt")
        return {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("Sergey Lavrov", "called", "John Kerry") in got("Readout of Secretary Kerry’s Call with Foreign Minister "
                                                              "Lavrov"), got("Readout of Secretary Kerry’s Call")
    assert not {c for c in got("Readout of the Call with Foreign Minister Lavrov") if "John Kerry" in c}
    body = "The Foreign Secretary criticized Russia. The Defense Minister threatened Hezbollah."
    # the whole title, held by the one the document title names: not a longer title's last word
    assert not {c for c in got("Secretary Kerry Meets Prime Minister Netanyahu") if "John Kerry" in c or (
        "Benjamin Netanyahu" in c)}
    assert ("Philip Hammond", "criticizes", "Russia") in got("Secretary Kerry Meets UK Foreign Secretary Hammond")
    body = "The President spoke today with President Hollande about ISIL."
    assert not {c for c in got("Readout of the President's Call with President Hollande") if c[0] == c[2] or (
        "François Hollande" in c and c[1] == "called" and "Barack Obama" not in c)}


def test_a_call_in_the_readout_of_a_call_needs_no_telephone():
    """In a readout whose title names a call, "had a productive call" is that call; elsewhere a bare "call" tells no
    medium, and a call "to" or "on" someone to act is an appeal, in a readout too."""
    body = ("President Biden and Prime Minister Sunak had a productive call earlier today. The President renewed his "
            "call on Russia to withdraw and his call to Iran to stop.")

    def got(title):
        article = parse(f"title: {title}\ndate: {DAY.isoformat()}\n\n{body}", "example.txt")
        return {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    readout = got("Readout of President Biden's Call with Prime Minister Sunak")
    assert ("Joe Biden", "called", "Rishi Sunak") in readout, sorted(readout)
    assert not {c for c in readout if c[1] == "called" and c[2] in ("Russia", "Iran")}, sorted(readout)
    assert not {c for c in got("Statement") if c[1] == "called"}
    assert not {c for c in got("Biden renews call for ceasefire in Gaza") if c[1] == "called"}
    body = ("The leaders discussed the face-to-face conversation between President Erdogan and President Zelensky. "
            "They welcomed the ongoing conversation between Serbia and Kosovo.")
    assert not {c for c in got("Readout of President Biden's Call with Prime Minister Sunak") if c[1] == "called"}


def test_a_greek_cypriot_leader_leads_cyprus_not_greece():
    """"Greek Cypriot" is a demonym of Cyprus as a whole, not "Greek" before "Cypriot" (nor is "Turkish Cypriot")."""
    article = example("Greek Cypriot leader Nikos Christodoulides met Turkish Cypriot leader Ersin Tatar.")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("Nikos Christodoulides", "leads", "Cyprus") in got and ("Ersin Tatar", "leads", "Northern Cyprus") in got
    assert not {c for c in got if "Greece" in c or "Turkey" in c}, sorted(got)


def test_a_headline_names_no_person_of_the_body():
    """A surname is found in the body, not in the title line: a headline's "Kenya Deports Ethiopian Oromos" makes no
    person "Oromos" of a later "the Oromos"."""
    article = parse("title: Kenya Deports Ethiopian Oromos\ndate: 2024-06-01\n\nKenya has deported 30 Oromos who fled "
                    "Ethiopia. Earlier this week, Ethiopia denounced the Oromos as criminals.", "example.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert not {x for c in got for x in c[::2] if "Oromo" in x}, got


def test_the_bare_title_in_a_governments_own_readout_is_its_own_holders_and_speaking_there_is_the_call():
    """In a White House readout titled after the President's calls with "President X", "The President" is the
    publisher's own President, not the last one named "President"; and "spoke with X and, separately, with Y" there
    is a call with each (the same sentence in a story of no call is a discussion)."""
    body = ("The President spoke with French President Nicolas Sarkozy and, separately, with German Chancellor "
            "Angela Merkel about the crisis.")
    readout = parse("title: Readout of the President's Phone Calls with President Sarkozy and Chancellor Merkel\n"
                    "date: 2011-08-05\nsource: https://obamawhitehouse.archives.gov/the-press-office/x\n\n" + body,
                    "readout.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(readout, engine="parse").claims}
    assert {("Barack Obama", "called", "Nicolas Sarkozy"), ("Barack Obama", "called", "Angela Merkel")} <= got, got
    vp = parse("title: Readout of the Vice President's Call with President Poroshenko\ndate: 2014-08-01\nsource: "
               "https://obamawhitehouse.archives.gov/the-press-office/y\n\nVice President Biden spoke with Ukrainian "
               "President Petro Poroshenko today. The President briefed the Vice President and condemned Russia's "
               "support for the separatists.", "vp.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(vp, engine="parse").claims}
    assert ("Petro Poroshenko", "criticizes", "Russia") in got and not {c for c in got if "Barack Obama" in c}, got
    told = parse("title: Readout of the President's Call with Chancellor Merkel\ndate: 2014-03-05\nsource: "
                 "https://obamawhitehouse.archives.gov/the-press-office/z\n\nThe President told Chancellor Merkel "
                 "that Secretary Kerry had spoken with Foreign Minister Lavrov in Geneva on Monday.", "told.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(told, engine="parse").claims}
    assert ("John Kerry", "called", "Sergey Lavrov") not in got, got
    story = parse("title: Leaders Discuss Crisis\ndate: 2011-08-05\n\n" + body.replace("The President", "Barack Obama"),
                  "story.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(story, engine="parse").claims}
    assert ("Barack Obama", "discussed_with", "Angela Merkel") in got and not {c for c in got if c[1] == "called"}, got


def test_token_rules_match_spacys_attribute_ruler_on_every_bundled_text():
    """The parse engine's attribute ruler (`TokenRules`, memoised) gives exactly the matches, and so the
    part-of-speech tags, morphology and lemmas, of spaCy's own Matcher on every bundled text."""
    from graph.nlp import TokenRules, load_model
    from graph.paths import DATA_DIR

    nlp = load_model(stock=True)
    ruler = nlp.get_pipe("attribute_ruler")
    fast = TokenRules(ruler)
    texts = [p.read_text(encoding="utf-8").split("\n\n", 1)[-1] for p in sorted(DATA_DIR.glob("*/*.txt"))]
    texts.append("Y'all ain't gonna lie: I got ta go, c'mon, let's see. There are 2 of 'em.")
    assert len(texts) > 200
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(texts))
    tokens = 0
    for doc in docs:
        stock = ruler.match(doc)
        ruler.matcher, spacys = fast, ruler.matcher
        try:
            assert ruler.match(doc) == stock, doc.text[:80]
        finally:
            ruler.matcher = spacys
        tokens += len(doc)
    assert tokens > 80_000
    assert len(fast.memo) > 1_000  # it did remember combinations


def test_the_engines_pipeline_annotates_every_bundled_text_as_spacys_own():
    """The parse engine's pipeline (its attribute ruler writing through arrays, its lemmatizer remembering forms)
    gives exactly the tags, parts of speech, morphology, lemmas and dependencies of the model as shipped."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    from graph.nlp import load_model
    from graph.paths import DATA_DIR

    # (every third bundled text: a third of the time of them all, still tens of thousands of tokens)
    texts = [p.read_text(encoding="utf-8").split("\n\n", 1)[-1] for p in sorted(DATA_DIR.glob("*/*.txt"))][::3]
    texts.append("Y'all ain't gonna lie: I got ta go, c'mon, let's see. There are 2 of 'em.")
    columns = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    stock, ours = load_model(stock=True), load_model()
    assert type(ours.get_pipe("lemmatizer")) is not type(stock.get_pipe("lemmatizer"))  # the fast parts are in use
    index = ours.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(isinstance(forms, frozenset) for forms in index.values())  # (searched at once, not in turn)
    with stock.select_pipes(disable=["ner"]), ours.select_pipes(disable=["ner"]):
        pairs = zip(stock.pipe(texts), ours.pipe(texts), strict=True)
        tokens = 0
        for a, b in pairs:
            assert (a.to_array(columns) == b.to_array(columns)).all(), a.text[:80]
            assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
            tokens += len(a)
    assert tokens > 25_000


def test_token_rules_refuse_at_construction_a_pattern_they_cannot_read():
    """load_model keeps spaCy's matcher for a model whose ruler uses another attribute or operator: TokenRules
    says so when it is built, not on the first document."""
    from types import SimpleNamespace

    from graph.nlp import TokenRules, load_model

    vocab = load_model(stock=True).vocab
    for spec in ({"LOWER": {"FUZZY": "nato"}}, {"SHAPE": "Xxxx"}):
        ruler = SimpleNamespace(vocab=vocab, patterns=[{"patterns": [[spec]], "attrs": {}, "index": 0}])
        with pytest.raises(KeyError):
            TokenRules(ruler)


def test_parse_engine_tags_like_spacys_own_pipeline():
    from graph.nlp import load_model

    text = "Iranian President Hassan Rouhani said on Sunday that Tehran wouldn't negotiate with Washington."
    mine, stock = load_model()(text), load_model(stock=True)(text)
    assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in mine] == [
        (t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in stock]
    assert type(load_model().get_pipe("attribute_ruler").matcher).__name__ == "TokenRules"


def _doc(rows: str):
    """A parsed sentence given as "word/dep/head/tag/pos" tokens, for a parse the model does not always make."""
    from spacy.tokens import Doc

    from graph.nlp import load_model

    toks = [r.split("/") for r in rows.split()]
    return Doc(load_model().vocab, words=[t[0] for t in toks], deps=[t[1] for t in toks],
               heads=[int(t[2]) for t in toks], tags=[t[3] for t in toks], pos=[t[4] for t in toks])


def test_a_base_form_joined_by_a_comma_to_a_past_verb_has_no_subject():
    """The parser sometimes joins an infinitive of a list ("plans to interfere ..., topple his government") to
    the main verb as its conjunct; a base form with no auxiliary and no conjunction word cannot share a past
    verb's subject. Joined by "and"/"but" it does ("have not responded ..., but accuse Y")."""
    from graph.parse import Reader

    wrong = _doc("Chavez/nsubj/2/NNP/PROPN has/aux/2/VBZ/AUX leveled/ROOT/2/VBN/VERB charges/dobj/2/NNS/NOUN "
                 ",/punct/2/,/PUNCT topple/conj/2/VB/VERB his/poss/7/PRP$/PRON government/dobj/5/NN/NOUN")
    right = _doc("Chavez/nsubj/2/NNP/PROPN has/aux/2/VBZ/AUX leveled/ROOT/2/VBN/VERB charges/dobj/2/NNS/NOUN "
                 "but/cc/2/CC/CCONJ accuse/conj/2/VB/VERB Bogota/dobj/5/NNP/PROPN")
    for doc, want in ((wrong, []), (right, ["Chavez"])):
        reader = Reader(doc, [], 0, FRAMES.words, lambda *a: None)
        assert [t.text for t in reader.subj(doc[5])] == want


def test_a_participle_with_no_be_and_a_subject_after_it_is_active():
    """ "A report called Hezbollah a menace", read as "[a report] (was) called" with "Hezbollah" its subject: no
    passive without "be", so the report calls and Hezbollah is called; a real passive stays one."""
    from graph.parse import Reader, _mend

    wrong = _doc("A/det/1/DT/DET report/nsubjpass/2/NN/NOUN called/ROOT/2/VBN/VERB Hezbollah/nsubj/2/NNP/PROPN "
                 "a/det/5/DT/DET menace/oprd/2/NN/NOUN")
    passive = _doc("Hezbollah/nsubjpass/2/NNP/PROPN was/auxpass/2/VBD/AUX called/ROOT/2/VBN/VERB a/det/4/DT/DET "
                   "menace/oprd/2/NN/NOUN")
    _mend(wrong)
    _mend(passive)
    reader = Reader(wrong, [], 0, FRAMES.words, lambda *a: None)
    assert [t.text for t in reader.subj(wrong[2])] == ["report"]
    assert [t.text for t in reader.obj(wrong[2])] == ["Hezbollah"]
    reader = Reader(passive, [], 0, FRAMES.words, lambda *a: None)
    assert [t.text for t in reader.obj(passive[2])] == ["Hezbollah"] and not reader.subj(passive[2])


def test_the_second_list_of_an_absolute_with_is_the_second_participles_subject():
    """ "with Rwanda backing rebels and Angola supporting Kabila", read with Angola joined to the rebels and
    "supporting" an adverbial clause of "backing": Angola is the one supporting, not more of what Rwanda backs."""
    from graph.parse import Reader, _mend

    doc = _doc("Fighting/nsubj/1/NN/NOUN continued/ROOT/1/VBD/VERB ,/punct/1/,/PUNCT with/prep/1/IN/ADP "
               "Rwanda/nsubj/5/NNP/PROPN backing/pcomp/3/VBG/VERB rebels/dobj/5/NNS/NOUN and/cc/6/CC/CCONJ "
               "Angola/conj/6/NNP/PROPN supporting/advcl/5/VBG/VERB Kabila/dobj/9/NNP/PROPN")
    _mend(doc)
    reader = Reader(doc, [], 0, FRAMES.words, lambda *a: None)
    assert [t.text for t in reader.subj(doc[9])] == ["Angola"]
    assert doc[8].head.i == 9 and doc[9].dep_ == "conj"


def test_the_noun_after_in_the_strongest_terms_is_the_verbs_object():
    """ "condemns in the strongest terms the regime's executions of leaders Ko Jimmy", read with the executions a
    second object of "in" and the name the verb's object: the executions are what is condemned, the name is who the
    leaders are."""
    from graph.parse import Reader, _mend

    doc = _doc("The/det/2/DT/DET United/compound/2/NNP/PROPN States/nsubj/3/NNP/PROPN condemns/ROOT/3/VBZ/VERB "
               "in/prep/3/IN/ADP the/det/7/DT/DET strongest/amod/7/JJS/ADJ terms/pobj/4/NNS/NOUN the/det/9/DT/DET "
               "regime/poss/11/NN/NOUN 's/case/9/POS/PART executions/pobj/4/NNS/NOUN of/prep/11/IN/ADP "
               "leaders/pobj/12/NNS/NOUN Ko/compound/15/NNP/PROPN Jimmy/dobj/3/NNP/PROPN")
    _mend(doc)
    assert (doc[11].head.i, doc[11].dep_) == (3, "dobj") and (doc[15].head.i, doc[15].dep_) == (13, "appos")
    reader = Reader(doc, [], 0, FRAMES.words, lambda *a: None)
    assert [t.text for t in reader.obj(doc[3])] == ["executions"]


def test_a_curly_apostrophe_before_a_possessive_s_is_read_as_the_straight_one():
    """The model learnt "people's" with a straight apostrophe: with the curly one it reads "the Syrian people’s
    demands" as "the Syrian people is demands". A curly apostrophe inside a name stays ("Sa’id", "Sa’d")."""
    from graph.nlp import load_model
    from graph.parse import _parse

    text = "They stated their belief that the Syrian people’s legitimate demands should be met by Sa’id and Sa’d."
    doc = _parse(load_model(), [text])[0]
    people = next(t for t in doc if t.text == "people")
    assert (people.dep_, people.head.text) == ("poss", "demands")
    assert doc.text.replace("'", "’") == text and {"Sa’id", "Sa’d"} <= {t.text for t in doc}


def test_a_time_word_read_as_the_object_of_with_gives_it_back_to_the_name():
    """ "met with Turkish Minister of Defense X today at the Pentagon", read as "with [... X] today" (the title the
    modifier of "today"): the name is the object of "with", the day a time of the verb."""
    from graph.parse import Reader, _mend

    doc = _doc("Austin/nsubj/1/NNP/PROPN met/ROOT/1/VBD/VERB with/prep/1/IN/ADP Turkish/amod/4/NNP/PROPN "
               "Minister/nmod/9/NNP/PROPN of/prep/4/IN/ADP Defense/compound/8/NNP/PROPN Yasar/compound/8/NNP/PROPN "
               "Guler/pobj/5/NNP/PROPN today/pobj/2/NN/NOUN at/prep/1/IN/ADP the/det/12/DT/DET "
               "Pentagon/pobj/10/NNP/PROPN")
    _mend(doc)
    assert (doc[4].head.i, doc[4].dep_) == (2, "pobj") and (doc[9].head.i, doc[9].dep_) == (1, "npadvmod")
    reader = Reader(doc, [], 0, FRAMES.words, lambda *a: None)
    assert [t.text for t in reader.prep(doc[1], "with")] == ["Minister"]


def test_a_surname_is_the_holder_on_the_day_accents_aside():
    """ "Deputy Secretary Sullivan" in 2018 is John J. Sullivan, in 2022 "Sullivan" is Jake Sullivan (no alias gives
    the bare surname to either); "Japanese Foreign Minister Kono" in 2018 is Tarō Kōno, his surname without its
    accent."""
    got = {(c.source, c.relation, c.target) for c in extract_with(example(
        "Deputy Secretary Sullivan met with Japanese Foreign Minister Kono in Washington.", "2018-03-17"),
        engine="parse").claims}
    assert ("John J. Sullivan", "met", "Tarō Kōno") in got, got
    got = {(c.source, c.relation, c.target) for c in extract_with(example(
        "National Security Advisor Sullivan met with Japanese Foreign Minister Hayashi in Washington.", "2022-03-17"),
        engine="parse").claims}
    assert ("Jake Sullivan", "met", "Yoshimasa Hayashi") in got, got


def test_a_plural_title_gives_each_surname_its_holder_on_the_day():
    """ "Presidents Bush and Putin" in 2006: the recogniser's "Bush" with the plural title read into it was a person
    "Presidents Bush"; the title is each name's, and Bush the one president of that name then. A surname of no one
    the dictionary knows in office is no actor ("Senators Graham and ...")."""
    got = {(c.source, c.relation, c.target) for c in extract_with(example(
        "Presidents Bush and Putin met on Monday.", "2006-07-05"), engine="parse").claims}
    assert got == {("George W. Bush", "met", "Vladimir Putin")}, got
    got = extract_with(example("Senators Graham and Menendez met Volodymyr Zelenskyy on Monday.", "2024-06-01"),
                       engine="parse")
    assert not [a.name for a in got.actors if a.name.startswith("Senators")], got.actors


def test_a_title_and_a_surname_is_the_one_holder_of_that_name_on_the_day():
    """ "President Bush" in 2006 is George W. Bush (the dictionary gives no alias "Bush": two presidents bore it)."""
    article = example("Prime Minister Koizumi met President Bush in Washington. Mr. Bush praised Japan.", "2006-07-05")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert {("Junichiro Koizumi", "met", "George W. Bush"), ("George W. Bush", "leads", "United States")} <= got
    assert not any("Mr. Bush" in (c[0], c[2]) for c in got), got


def test_a_trigger_word_inside_a_name_triggers_nothing():
    """ "Ban Ki-moon" is a name, not a ban (criticize.noun): a proper noun a mention covers is no trigger."""
    import graph.parse as engine

    seen = []
    real = engine._match_frames

    def spy(reader, frames):
        for match in real(reader, frames):
            seen.append((match[0].id, match[1].text))
            yield match

    engine._match_frames = spy
    try:
        triples("Secretary-General Ban Ki-moon telephoned Ibrahim Gambari on Monday.")
    finally:
        engine._match_frames = real
    assert ("call.verb", "telephoned") in seen
    assert not [m for m in seen if m[1] == "Ban" and not m[0].startswith("lead.")], seen


def test_a_demand_on_two_parties_at_once_blames_neither():
    """ "urged Armenia and Azerbaijan to refrain from ...": a mediator's appeal (frame option one_target)."""
    body = ("Federica Mogherini met the presidents of Armenia and Azerbaijan on Thursday. Mogherini has urged Armenia "
            'and Azerbaijan to "refrain from words, actions and measures that are contrary to the spirit of peace."')
    article = example(body, "2019-06-01")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("Federica Mogherini", "met", "Ilham Aliyev") in got  # (the presidents of the two states on that day)
    assert not {c for c in got if c[1] == "criticizes"}, got


def test_a_title_the_recogniser_reads_into_a_bodys_name_is_not_part_of_it():
    """The recogniser reads "Federation Council Speaker" as one organisation: the body is the Federation Council."""
    article = example("Federation Council Speaker Valentina Matviyenko spoke.")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert got == {("Valentina Matviyenko", "leads", "Federation Council")}


def test_titled_people_the_parser_swallowed_into_the_last_ones_name_are_each_met():
    """The parser reads "Pakistani Prime Minister A and Foreign Minister B" as one name headed by B, with A inside
    its phrase: the frames meet both (before, only the rules' nearest name found A)."""
    got = triples("Robert Gates met with Pakistani Prime Minister Yousuf Raza Gilani and Foreign Minister Shah Mehmood "
                  "Qureshi in Islamabad.")
    assert {("Robert Gates", "met", "Yousaf Raza Gilani"), ("Robert Gates", "met", "Shah Mehmood Qureshi")} <= got


def test_a_name_the_recogniser_cut_in_two_is_one_actor_mentioned_where_it_was_found(tmp_path):
    """The recogniser reads "[the U.S. Agency for] [International Development]": one organisation, and, like the
    dictionary's actors, it is mentioned at its name (without "the"), so the article view and the scorer see it.
    (The bundled dictionary names the agency; a copy without it shows what becomes of a name it lacks.)"""
    from graph.actors import DICTIONARY_FILES, load_dictionary
    from graph.paths import DATA_DIR

    for file in DICTIONARY_FILES:
        lines = (DATA_DIR / file).read_text(encoding="utf-8").splitlines(keepends=True)
        (tmp_path / file).write_text("".join(x for x in lines if "International Development" not in x),
                                     encoding="utf-8")
    text = ("Russia expelled the U.S. Agency for International Development on Monday, accusing it of meddling in "
            "its elections.")
    result = extract_with(example(text, "2012-09-20"), load_dictionary(tmp_path), engine="parse")
    name = "U.S. Agency for International Development"
    assert ("Russia", "accuses", name) in {(c.source, c.relation, c.target) for c in result.claims}
    assert [(m.surface, m.how) for m in result.mentions if m.actor == name] == [(name, "entity")]


@pytest.mark.parametrize("body", ["The U.S. envoy returned for consultations with Japanese and Chinese officials.",
                                  "Jim Mattis met Michael Fallon to discuss the campaign to defeat the Islamic State."])
def test_the_parse_engine_keeps_no_claim_of_a_weak_rule_that_the_fast_engine_makes(body):
    """The regex rules of WEAK_RULES still run in the fast engine, but the parse engine does not keep their claims
    (each was wrong more often than right in the parse engine's output on the development sets: the first six at
    least three times for every time right; "attacks.destroy", "supports.support_for" and "attacks.fight", whose
    source is the nearest actor before, 0 / 2, 3 / 5 and 2 / 3)."""
    from graph.engines import WEAK_RULES

    article = example(body)
    fast = {c.rule for c in extract_with(article, engine="fast").claims}
    assert fast & WEAK_RULES, fast  # the sentence does trigger a weak rule
    assert not {c.rule for c in extract_with(article, engine="parse").claims} & WEAK_RULES


@pytest.mark.parametrize("option", ['cue = "@no_such_list"', 'requires = { for = "@no_such_list" }'])
def test_a_frame_naming_an_unknown_word_list_is_refused_by_name(tmp_path, option):
    """Cues and required words may name a word list of [words] ("@legitimacy"); a name that is none is an error that
    names the frame, not an empty list that silently never matches."""
    from graph.errors import DataFileError

    bad = tmp_path / "frames.toml"
    bad.write_text('[words]\nx = ["a"]\n\n[[frame]]\nid = "t.bad"\nlemmas = ["meet"]\npos = "verb"\n'
                   f'relation = "met"\n{option}\nexamples = [["A met B.", "A|met|B"]]\ncounter = ["A slept."]\n',
                   encoding="utf-8")
    with pytest.raises(DataFileError, match=r"t\.bad.*@no_such_list"):
        load_frames(bad)


def test_a_frame_with_an_unknown_cue_scope_is_refused_with_the_scopes_it_may_name(tmp_path):
    """A cue_scope the engine does not read is an error that names the frame and every scope it could have named (the
    list is the one `Reader.cue_lemmas` reads, not a second copy in the message)."""
    from graph.errors import DataFileError
    from graph.parse import CUE_SCOPES

    bad = tmp_path / "frames.toml"
    bad.write_text('[words]\nx = ["a"]\n\n[[frame]]\nid = "t.scope"\nlemmas = ["meet"]\npos = "verb"\n'
                   'relation = "met"\ncue = ["a"]\ncue_scope = "nowhere"\nexamples = [["A met B.", "A|met|B"]]\n'
                   'counter = ["A slept."]\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"t\.scope") as err:
        load_frames(bad)
    assert all(repr(scope) in str(err.value) for scope in CUE_SCOPES)


def test_two_frames_with_one_id_are_refused(tmp_path):
    """A frame's id names its claims' rule: two frames of one id would be told apart by no one."""
    from graph.errors import DataFileError

    frame = ('[[frame]]\nid = "t.same"\nlemmas = ["meet"]\npos = "verb"\nrelation = "met"\n'
             'examples = [["A met B.", "A|met|B"]]\ncounter = ["A slept."]\n\n')
    bad = tmp_path / "frames.toml"
    bad.write_text('[words]\nx = ["a"]\n\n' + frame + frame, encoding="utf-8")
    with pytest.raises(DataFileError, match=r"t\.same"):
        load_frames(bad)


def test_an_interim_title_with_its_holders_name_is_that_holder():
    """ "Somalia's interim president, Abdullahi Yusuf," is the president of that date, so "Mr. Yusuf" is too."""
    article = example("Somalia's interim president, Abdullahi Yusuf, arrived on Tuesday. Mr. Yusuf accused Ethiopia "
                      "of meddling.", day="2006-06-21")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("Abdullahi Yusuf Ahmed", "accuses", "Ethiopia") in got and ("Mr. Yusuf", "accuses", "Ethiopia") not in got


def test_two_titles_joined_before_one_name_both_lead():
    """ "South African President and SADC Chairman X": each title is attached to the name."""
    article = example("South African President and SADC Chairman Kgalema Motlanthe met Robert Mugabe.",
                      day="2008-10-01")
    leads = {c.target for c in extract_with(article, engine="parse").claims
             if c.relation == "leads" and c.source == "Kgalema Motlanthe"}
    assert leads == {"South Africa", "Southern African Development Community"}
