"""The extractor, rule by rule on sentence tables, on whole articles against gold, and on arbitrary text."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.actors import load_dictionary, loose_form
from graph.articles import parse, read_article
from graph.engines import extract_with
from graph.errors import ArticleError, DataFileError
from graph.evaluate import evaluate, gold_pairs, heldout_names
from graph.extract import extract
from graph.mentions import MentionFinder

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"


def triples(body: str, day: str = "2023-11-12", title: str = "News report") -> set[tuple[str, str, str]]:
    article = parse(f"title: {title}\ndate: {day}\n\n{body}", "t.txt")
    return {(c.source, c.relation, c.target) for c in extract(article).claims}


P, N, R, IL, US = "Vladimir Putin", "Benjamin Netanyahu", "Russia", "Israel", "United States"


# one row per rule or phenomenon: sentence, the triples it must give (leads edges are listed too)
CASES = [
    # people after an actor's possessive are not the actor ("Putin's successor met ...", "... opponents attacked")
    ("a_successor_or_opponents_are_not_the_possessor", "Putin's successor met Netanyahu. Netanyahu's opponents "
     "criticized Putin.", set()),
    # demonstrators, protesters and rioters of a nation are not its state
    ("demonstrators_are_no_state", "Chinese demonstrators attacked Japanese facilities in several cities.", set()),
    # called: verbs, nominal calls, the call-readout medium, passive-free coordination
    ("call_reached_out", "Putin reached out to Netanyahu in a phone call on Monday.", {(P, "called", N)}),
    ("call_spoke_by_phone", "Putin spoke by phone with Netanyahu.", {(P, "called", N)}),
    ("spoke_without_medium_is_discussion", "Putin spoke with Netanyahu about the war.", {(P, "discussed_with", N)}),
    ("spoke_to_by_phone", "Putin spoke to Netanyahu by telephone on Monday.", {(P, "called", N)}),
    ("spoke_to_without_medium_is_no_relation", "Putin spoke to Netanyahu about the war.", set()),
    ("call_nominal", "Putin held a telephone conversation with Netanyahu.", {(P, "called", N)}),
    (
        "call_coordination",
        "Putin spoke by phone with Netanyahu, Bashar al-Assad and Mahmoud Abbas.",
        {(P, "called", N), (P, "called", "Bashar al-Assad"), (P, "called", "Mahmoud Abbas")},
    ),
    # met
    ("met_verb", "Putin met with Netanyahu in Moscow.", {(P, "met", N)}),
    ("met_future_is_no_event", "Putin will meet Netanyahu next week.", set()),
    (
        "met_group_gathered",
        "Putin, Netanyahu and Mahmoud Abbas gathered in Cairo.",
        {(P, "met", N), (P, "met", "Mahmoud Abbas"), (N, "met", "Mahmoud Abbas")},
    ),
    # discussed_with, reported interactions
    (
        "reported_talks",
        "Putin informed Netanyahu about his discussions with Bashar al-Assad and Mahmoud Abbas.",
        {(P, "discussed_with", N), (P, "discussed_with", "Bashar al-Assad"), (P, "discussed_with", "Mahmoud Abbas")},
    ),
    (
        "possessive_negotiations",
        "Netanyahu updated Putin on the status of Ukraine’s negotiations with Russia.",
        {(N, "discussed_with", P), ("Ukraine", "discussed_with", R)},
    ),
    # supports
    ("supports_verb", "Russia supports Iran.", {(R, "supports", "Iran")}),
    ("support_for", "Iran has provided support to Russia’s war efforts.", {("Iran", "supports", R)}),
    (
        "with_support_from",
        "Israel, with support from the United States and Egypt, struck Hamas.",
        {(US, "supports", IL), ("Egypt", "supports", IL), (IL, "attacks", "Hamas")},
    ),
    ("solidarity", "The United States stands in solidarity with Israel.", {(US, "supports", IL)}),
    # allied_with
    (
        "alliance_commitments",
        "Iran reaffirmed the United States’ ironclad alliance commitments to both Israel and Egypt.",
        {(US, "allied_with", IL), (US, "allied_with", "Egypt")},
    ),
    ("partnership_is_not_alliance", "Russia and Iran have a strategic partnership.", set()),
    # offers_aid
    ("offer_assistance", "Putin offered humanitarian assistance to Israel.", {(P, "offers_aid", IL)}),
    (
        "intends_to_provide",
        "The United States intends to provide the Ukrainian government with $500 million in aid.",
        {(US, "offers_aid", "Ukraine")},
    ),
    (
        "ready_to_assist",
        "Russia will be ready, if necessary, to assist in the U.S. authorities’ investigation.",
        {(R, "offers_aid", US)},
    ),
    # condolences
    ("condolences_to", "Putin sent a message of condolences to Netanyahu.", {(P, "condolences", N)}),
    # backs_financially / backs_militarily
    (
        "backed_adverbs",
        "Iran has backed Hamas financially and militarily.",
        {("Iran", "backs_financially", "Hamas"), ("Iran", "backs_militarily", "Hamas")},
    ),
    (
        "assistance_kinds",
        "Russia continues to deliver military, economic, and humanitarian assistance to Syria.",
        {(R, "backs_militarily", "Syria"), (R, "backs_financially", "Syria")},
    ),
    ("humanitarian_only_is_no_backing", "Egypt delivered humanitarian assistance to Israel.", set()),
    (
        "provided_by",
        "The security assistance provided by the United States to Ukraine grew.",
        {(US, "backs_militarily", "Ukraine")},
    ),
    # criticizes
    ("critical_of", "Russia has been critical of U.S. policies.", {(R, "criticizes", US)}),
    ("condemned_act_of", "Putin condemned the holding of hostages by Hamas.", {(P, "criticizes", "Hamas")}),
    ("passive_criticized", "Iran was criticized by Egypt for the attack.", {("Egypt", "criticizes", "Iran")}),
    ("costs_now_is_criticism", "The United States imposed severe costs on Russia.", {(US, "criticizes", R)}),
    # accuses, gapping
    (
        "accused_gapping",
        "Russia has accused the United States of being the “Great Satan” and Israel the “Little Satan.”",
        {(R, "accuses", US), (R, "accuses", IL)},
    ),
    # threatens, conditional
    (
        "conditional_costs_threaten",
        "If Russia invades Ukraine, the United States will impose severe costs on Russia.",
        {(US, "threatens", R)},
    ),
    ("warned", "Iran warned Israel of a harsh response.", {("Iran", "threatens", IL)}),
    # a warning off an act, with no consequence held out, is criticism (the corpus guidelines: a threat warns of
    # consequences or force)
    ("warned_against", "Iran warned Israel against a ground offensive.", {("Iran", "criticizes", IL)}),
    ("warned_against_with_a_consequence", "Iran warned Israel against a ground offensive, saying it would face harsh "
     "punishment.", {("Iran", "threatens", IL)}),
    # attacks
    ("attacks_verb", "Russia attacked Ukraine on Monday.", {(R, "attacks", "Ukraine")}),
    (
        "aggression_possessive",
        "The United States condemned Russia’s aggression against Ukraine.",
        {(US, "criticizes", R), (R, "attacks", "Ukraine")},
    ),
    ("attacks_passive", "Ukraine was attacked by Russia.", {(R, "attacks", "Ukraine")}),
    ("hypothetical_invasion", "A further Russian invasion of Ukraine would produce suffering.", set()),
    # more constructions of news prose
    ("received_call_from", "Netanyahu received a phone call from Putin.", {(P, "called", N)}),
    ("pair_met_in", "Putin and Netanyahu met in Sochi on Friday.", {(P, "met", N)}),
    ("visit_to", "Putin paid a state visit to Iran.", {(P, "met", "Iran")}),
    ("pair_discussed", "Putin and Netanyahu discussed the hostages.", {(P, "discussed_with", N)}),
    ("expressed_support", "Egypt reaffirmed its support for Mahmoud Abbas.", {("Egypt", "supports", "Mahmoud Abbas")}),
    ("sanctioned", "The United States sanctioned Iran over its drone program.", {(US, "criticizes", "Iran")}),
    ("fired_at", "Hamas fired rockets at Israel.", {("Hamas", "attacks", IL)}),
    ("blamed_for_attack", "Iran blamed Israel for the attack on its consulate.", {("Iran", "criticizes", IL)}),
    (
        "sanctions_announced",
        "The European Union announced new sanctions against Russia on Friday.",
        {("European Union", "criticizes", R)},
    ),
    ("fired_into_region", "Hezbollah fired dozens of rockets into northern Israel.", {("Hezbollah", "attacks", IL)}),
    (
        "provided_with_assistance",
        "The United States has provided Ukraine with $40 billion in military assistance.",
        {(US, "backs_militarily", "Ukraine")},
    ),
    (
        "talks_in_a_city_are_a_meeting",
        "Lavrov held talks with his Chinese counterpart Wang Yi in Beijing.",
        {("Sergey Lavrov", "met", "Wang Yi")},
    ),
    ("ready_for_talks_is_no_event", "Russia said it was ready for talks with Ukraine.", set()),
    ("abstained_is_no_criticism", "India abstained from the UN vote condemning Russia.", set()),
    (
        "counterpart_appositive",
        "Putin met with his Israeli counterpart, Prime Minister Benjamin Netanyahu, in Moscow.",
        {(P, "met", N)},
    ),
    (
        "king_one_name_of_state",
        "Putin spoke by phone with King Abdullah of Jordan.",
        {(P, "called", "Abdullah II"), ("Abdullah II", "leads", "Jordan")},
    ),
    # an unnamed counterpart is the one who held the same office there on the day, when the dictionary knows it
    ("unnamed_counterpart_is_the_holder_of_that_office", "Lavrov met his Chinese counterpart in Beijing.",
     {("Sergey Lavrov", "met", "Wang Yi")}),
    ("unnamed_counterpart_of_an_office_the_dictionary_lacks_is_no_actor",
     "Lavrov met his Malian counterpart in Bamako.",
     set()),
    (
        "relative_clause_is_skipped",
        "Hamas, which is backed by Iran, launched a surprise attack on Israel.",
        {("Hamas", "attacks", IL), ("Iran", "supports", "Hamas")},
    ),
    (
        "coordinated_subjects",
        "Egypt and Jordan condemned Israel’s strikes.",
        {("Egypt", "criticizes", IL), ("Jordan", "criticizes", IL)},
    ),
    (
        "administration_acts_for_its_head",
        "Putin's government has repeatedly criticized Israel.",
        {(P, "criticizes", IL)},
    ),
    ("victim_is_not_criticized", "France condemned the attack on Ukraine.", set()),
    ("the_place_of_an_act_is_not_criticized", "France condemned the attacks inside Somalia.", set()),
    ("failed_to_adopt", "The UN Security Council failed to adopt a resolution condemning Russia.", set()),
    (
        "money_to",
        "The European Union has provided €50 billion to Ukraine.",
        {("European Union", "backs_financially", "Ukraine")},
    ),
    ("told_in_a_call", "Putin told Netanyahu in a phone call that Russia wants peace.", {(P, "called", N)}),
    (
        "lowercase_appositive_titles",
        "The Russian president, Vladimir Putin, spoke by phone with the Israeli prime minister, Benjamin Netanyahu.",
        {(P, "leads", R), (N, "leads", IL), (P, "called", N)},
    ),
    ("thanked_for_support", "Netanyahu thanked Egypt for its support.", {("Egypt", "supports", IL)}),
    (
        "appositive_head_of_org",
        "Qasem Soleimani, head of Iran's Quds Force, was killed by the United States.",
        {("Qasem Soleimani", "leads", "Quds Force"), (US, "attacks", "Qasem Soleimani")},
    ),
    ("possessive_ruler_appositive", "Libya's ruler, Muammar Gaddafi, spoke.", {("Muammar Gaddafi", "leads", "Libya")}),
    (
        "killing_of",
        "The move follows the United States' killing of Qasem Soleimani.",
        {(US, "attacks", "Qasem Soleimani")},
    ),
    (
        "designated_terrorist",
        "The United States designated the Houthis as a terrorist organization.",
        {(US, "criticizes", "Houthis")},
    ),
    ("expelled_ambassador", "Greece expelled the Libyan ambassador.", {("Greece", "criticizes", "Libya")}),
    (
        "backed_modifier",
        "Hezbollah, an Iranian-backed group, fired rockets at Israel.",
        {("Iran", "supports", "Hezbollah"), ("Hezbollah", "attacks", IL)},
    ),
    (
        "funded_and_trained_modifiers",
        "The U.S.-trained Free Syrian Army held the town. Israel attacked Hezbollah, an Iranian-funded group.",
        {(US, "backs_militarily", "Free Syrian Army"),
         (IL, "attacks", "Hezbollah"), ("Iran", "backs_financially", "Hezbollah")},
    ),
    ("attributed_to", "Egypt attributed the bombing to Hamas.", {("Egypt", "accuses", "Hamas")}),
    (
        "unknown_person_by_appositive_role",
        "Ahmed al-Assadi, a spokesman for the PMF, blamed Israel for the attack.",
        {("Ahmed al-Assadi", "criticizes", IL)},
    ),
    ("no_person_from_a_parenthetical", "New York, a city spokesman said, is safe.", set()),
    (
        "strike_that_killed",
        "The US airstrike that killed Iranian general, Qasem Soleimani, raised tensions.",
        {(US, "attacks", "Qasem Soleimani")},
    ),
    (
        "at_the_direction_of",
        "At the direction of President Donald Trump, the U.S. military killed Qasem Soleimani.",
        {(US, "attacks", "Qasem Soleimani"), ("Donald Trump", "attacks", "Qasem Soleimani")},
    ),
    (
        "honorific_marks_a_person",
        "Dr Ali bin Tamim attributed the bombing to Houthi rebels.",
        {("Ali bin Tamim", "accuses", "Houthis")},
    ),
    (
        "we_in_a_quote_is_the_speakers_state",
        "“We strongly condemn Iran,” Netanyahu said.",
        {(IL, "criticizes", "Iran")},
    ),
    (
        "i_in_a_quote_is_the_speaker",
        "“I spoke by phone with Netanyahu today,” Putin told reporters.",
        {(P, "called", N)},
    ),
    ("lambasted", "Egypt lambasted Israel over the strikes.", {("Egypt", "criticizes", IL)}),
    ("arrived_for_talks", "Putin arrived in Iran for talks.", {(P, "met", "Iran")}),
    ("pledged_money", "Egypt pledged $4.5 million to Jordan.", {("Egypt", "offers_aid", "Jordan")}),
    ("defense_treaty", "Egypt signed a mutual defense treaty with Jordan.", {("Egypt", "allied_with", "Jordan")}),
    ("vowed_revenge", "Iran vowed harsh revenge against Israel.", {("Iran", "threatens", IL)}),
    (
        "pledged_aid_is_an_offer",
        "Egypt pledged €2 billion in military aid to Jordan.",
        {("Egypt", "offers_aid", "Jordan")},
    ),
    ("support_as_a_topic", "Putin discussed support for Iran with Egypt.", set()),
    (
        "they_after_two_people",
        "Putin met Netanyahu in Moscow. They condemned Hamas.",
        {(P, "met", N), (P, "criticizes", "Hamas"), (N, "criticizes", "Hamas")},
    ),
    (
        "the_x_leader_is_the_head_of_state",
        "The Russian leader met the Israeli Prime Minister in Sochi.",
        {(P, "met", N)},
    ),
    ("meeting_between", "They recalled the meeting between Putin and Netanyahu in Sochi.", {(P, "met", N)}),
    ("disappointment_over", "Egypt conveyed its disappointment over Israel’s decision.", {("Egypt", "criticizes", IL)}),
    (
        "provocation",
        "Egypt and Jordan agreed that the Iranian provocation called for a response.",
        {("Egypt", "criticizes", "Iran"), ("Jordan", "criticizes", "Iran")},
    ),
    ("fight_a_group", "Iraq vowed to fight ISIS.", {("Iraq", "attacks", "Islamic State")}),
    ("combat_a_possession_is_defence", "Jordan needs air defense to combat Iran’s missile strikes.", set()),
    ("a_location_is_not_criticised", "Egypt condemns the violence at a UN compound in Malakal.", set()),
    (
        "name_particles",
        "Jim Mattis hosted Ursula von der Leyen at the Pentagon.",
        {("Jim Mattis", "met", "Ursula von der Leyen")},
    ),
    (
        "destabilizing_conduct",
        "Egypt and Jordan agreed that Iran must cease its destabilizing activities.",
        {("Egypt", "criticizes", "Iran"), ("Jordan", "criticizes", "Iran")},
    ),
    ("right_to_defend", "Egypt reaffirmed Israel’s right to defend itself.", {("Egypt", "supports", IL)}),
    (
        "to_destroy",
        "Egypt pledged to help the campaign to degrade and destroy ISIS.",
        {("Egypt", "attacks", "Islamic State")},
    ),
    ("backed_by_names_the_one_before", "A ceasefire, fully supported by Russia, was agreed.", set()),
    ("org_alias_inside_a_longer_name", "Putin convened his National Security Council to discuss Syria.", set()),
    (
        "longest_name_wins",
        "Last April, the United States Department of State designated the IRGC as a terrorist group.",
        {("US Department of State", "criticizes", "Islamic Revolutionary Guard Corps")},
    ),
    ("alliance_between", "They stressed the alliance between Egypt and Jordan.", {("Egypt", "allied_with", "Jordan")}),
    ("alliance_compound_with_a_kind", "Officials stressed the Egypt-Jordan security alliance.",
     {("Egypt", "allied_with", "Jordan")}),
    ("commitment_to_a_compound_names_no_target", "Iran reaffirmed Egypt's commitment to the U.S.-Jordan partnership.",
     set()),
    ("called_with_a_time", "Putin called Netanyahu on Monday to discuss the war.", {(P, "called", N)}),
    ("security_commitments_to", "Russia reaffirmed its ironclad security commitments to Israel.",
     {(R, "supports", IL)}),
    ("allied_commitments_are_no_support", "Russia and Israel discussed how allied commitments to NATO matter.",
     {(R, "discussed_with", IL)}),
    (
        "continue_to_support",
        "The European Union will continue to support Ukraine.",
        {("European Union", "supports", "Ukraine")},
    ),
    (
        "talks_between",
        "The talks between Egypt and Jordan ended without a deal.",
        {("Egypt", "discussed_with", "Jordan")},
    ),
    (
        "threatened_to_use_against",
        "Iran threatened to use missiles against Israel and Jordan.",
        {("Iran", "threatens", IL), ("Iran", "threatens", "Jordan")},
    ),
    (
        "recalled_ambassadors",
        "France recalled its ambassadors from Egypt and Jordan.",
        {("France", "criticizes", "Egypt"), ("France", "criticizes", "Jordan")},
    ),
    ("concerned_about", "Egypt said it was deeply concerned about Israel’s plans.", {("Egypt", "criticizes", IL)}),
    (
        "claimed_responsibility",
        "Hamas claimed responsibility for the attack on an Israeli bus.",
        {("Hamas", "attacks", IL)},
    ),
    (
        "will_send_tanks",
        "Egypt will send 18 tanks to Jordan, President Abdel Fattah al-Sisi announced.",
        {("Egypt", "offers_aid", "Jordan")},
    ),
    ("praised", "Iran praised Hamas for the attack.", {("Iran", "supports", "Hamas")}),
    ("expelled_diplomats", "Poland expelled 45 Russian diplomats accused of spying.", {("Poland", "criticizes", R)}),
    ("speculation_is_no_offer", "Iran could supply missiles to Russia, officials warned.", set()),
    ("unclear_whether", "It is unclear whether Iran will send weapons to Russia.", set()),
    ("shot_down", "Turkey shot down a Russian warplane near the border.", {("Turkey", "attacks", R)}),
    (
        "spokesman_for_a_ministry",
        "A spokesman for the Iranian Foreign Ministry criticized Israel.",
        {("Iran", "criticizes", IL)},
    ),
    ("banned_a_described_airline", "Germany banned Iranian airline Mahan Air from flying.",
     {("Germany", "criticizes", "Mahan Air")}),
    # negation and denial
    ("negated_did_not", "Putin did not call Netanyahu.", set()),
    ("denied", "Russia denied that it attacked Ukraine.", set()),
    ("prevented_from", "Israel prevented Turkish Foreign Minister Ahmet Davutoglu from meeting with Hamas leaders.",
     set()),
    ("barred_from", "Zimbabwe barred Kenyan envoy Peter Ochieng from meeting with Morgan Tsvangirai.", set()),
    ("non_members_are_not_the_alliance", "Several non-NATO states criticized Russia.", set()),
    ("us_in_capitals_after_the_is_the_state", "THE US AND BRITAIN HAVE CONDEMNED IRAQ FOR FIRING ON ALLIED PLANES.",
     {("United States", "criticizes", "Iraq"), ("United Kingdom", "criticizes", "Iraq")}),
    ("us_in_capitals_after_a_verb_is_the_pronoun", "THE IRAQI ENVOY TOLD US THAT BAGHDAD WOULD NOT CONDEMN ISRAEL.",
     set()),
    ("a_pronoun_in_an_opening_clause_is_the_subject_after_it", "Olaf Scholz arrived. After he met Narendra Modi, "
     "Emmanuel Macron praised India.",
     {("Emmanuel Macron", "met", "Narendra Modi"), ("Emmanuel Macron", "supports", "India")}),
    ("an_ousted_holder_leads_nothing", "Viktor Yanukovych, the Ukrainian president who was ousted in 2014, gave a "
     "news conference.", set()),
    ("a_holder_who_removes_someone_still_leads", "Russian President Vladimir Putin removed the governor of Kursk.",
     {("Vladimir Putin", "leads", "Russia")}),
    ("a_whole_name_closed_by_a_comma_after_a_states_title_is_its_holder", "The Prime Minister of Nepal, Ram Bahadur "
     "Thapa, arrived in Delhi.", {("Ram Bahadur Thapa", "leads", "Nepal")}),
    ("a_posts_place_between_a_title_and_a_name", "British Ambassador to Iran Geoffrey Adams met Foreign Minister "
     "Manouchehr Mottaki.", {("Geoffrey Adams", "met", "Manouchehr Mottaki")}),
    # leads from title phrases, resolved by date
    ("leads_demonym_title", "Russian President Vladimir Putin spoke.", {(P, "leads", R)}),
    ("leads_title_of_state", "President Vladimir Putin of Russia spoke.", {(P, "leads", R)}),
    ("former_does_not_lead", "Former Russian President Vladimir Putin spoke.", set()),
    ("a_title_subject_after_a_name_in_a_phrase_is_no_apposition", "In his letter to Benjamin Netanyahu, the "
     "President of Russia expressed regret.", set()),
    ("leads_the_longest_state_name_before_the_title", "Papua New Guinea Prime Minister James Marape spoke.",
     {("James Marape", "leads", "Papua New Guinea")}),
    ("a_demonym_after_of_describes_the_body_the_title_is_of", "Morgan Tsvangirai, leader of the Zimbabwean opposition, "
     "spoke.", set()),
    ("a_demonym_with_government_after_of_is_the_state", "Mohammed Shia al-Sudani, head of the Iraqi government, "
     "spoke.", {("Mohammed Shia al-Sudani", "leads", "Iraq")}),
    ("a_name_with_a_title_of_its_own_is_no_appositive_of_the_title_before", "At a dinner for the visiting French "
     "President, German Chancellor Olaf Scholz spoke.", {("Olaf Scholz", "leads", "Germany")}),
    ("a_title_between_two_names_is_the_apposition_of_the_first", "After talks with Benjamin Netanyahu, the Israeli "
     "Prime Minister, Joe Biden spoke to reporters.", {(N, "leads", IL)}),
    ("a_title_after_a_time_is_the_apposition_of_the_name_after", "On Monday, the Israeli Prime Minister, Benjamin "
     "Netanyahu, spoke to reporters.", {(N, "leads", IL)}),
    ("a_soviet_era_thing_is_no_act_of_the_soviet_union", "Poland condemned the Soviet-era crimes.", set()),
    ("in_a_list_a_title_between_names_is_the_name_afters", "The summit was attended by Joe Biden, the Israeli Prime "
     "Minister, Benjamin Netanyahu, and Emmanuel Macron.", {(N, "leads", IL)}),
    ("soviet_is_the_soviet_unions_demonym", "Soviet troops invaded Afghanistan in 1979.",
     {("Soviet Union", "attacks", "Afghanistan")}),
    # (without the guard, the Soviet Union would be the one attacked)
    ("a_former_soviet_republic_is_a_place", "Russia attacked the former Soviet republic on Monday.", set()),
    ("arrived_for_a_visit_of_days", "Vladimir Putin arrived in Israel for a two-day visit.", {(P, "met", IL)}),
    ("came_to_for_talks", "Vladimir Putin came to Israel for talks.", {(P, "met", IL)}),
    # "The President" after a person named without the title: that person, when they hold it on the article's date
    # and no other person named last does
    ("a_bare_title_names_the_one_named_last_who_holds_it", "Joe Biden arrived in Tel Aviv. The President condemned "
     "Hamas.", {("Joe Biden", "criticizes", "Hamas")}),
    ("a_bare_title_two_holders_could_bear_names_no_one", "Joe Biden met Emmanuel Macron. The President condemned "
     "Hamas.", {("Joe Biden", "met", "Emmanuel Macron")}),
    # talks offered are proposed, not held (an offer of aid stays an offer)
    ("talks_offered_are_not_held", "Cyril Ramaphosa offered talks with Zimbabwe. William Ruto offered to hold talks "
     "with Uganda. Cyril Ramaphosa offered aid to Zimbabwe.", {("Cyril Ramaphosa", "offers_aid", "Zimbabwe")}),
    # "North and South Korea": the first point of the compass names a state of the same words after it
    ("two_states_sharing_their_last_words", "China criticized North and South Korea for the border clashes.",
     {("China", "criticizes", "North Korea"), ("China", "criticizes", "South Korea")}),
    # the actors who followed suit did what the sentence before told
    ("followed_suit", "Britain imposed sanctions on Iran. France and Germany followed suit.",
     {("United Kingdom", "criticizes", "Iran"), ("France", "criticizes", "Iran"), ("Germany", "criticizes", "Iran")}),
    # "the outlawed Y" is an adjective, no ban by the actor before it
    ("an_outlawed_group_is_no_ban_by_the_actor_before", "Germany and the outlawed Hezbollah were named in the report.",
     set()),
    ("banning_a_group_criticises_it", "Germany outlawed Hezbollah in 2020.", {("Germany", "criticizes", "Hezbollah")}),
    # the chief of a body a state owns heads the body, not the state
    ("the_head_of_a_states_program_is_not_its_head", "The head of Kenya's nuclear program met Yoweri Museveni.",
     {("Kenya", "met", "Yoweri Museveni")}),
    # the leaders of states listed by their demonyms, in the plural with "the", are the states' leaders
    ("the_leaders_of_demonyms_are_the_holders", "Joe Biden met the German and French leaders.",
     {("Joe Biden", "met", "Olaf Scholz"), ("Joe Biden", "met", "Emmanuel Macron")}),
    # a state's Prince of one name is its Crown Prince of that name
    ("a_states_prince_of_one_name_is_its_crown_prince", "Putin met Saudi Prince Mohammed in Moscow.",
     {(P, "met", "Mohammed bin Salman")}),
    # a president-elect is the one named, not the office's holder, and leads nothing yet
    ("a_president_elect_is_the_one_named_not_the_holder", "Joe Biden met Kenya's President-elect Raila Odinga.",
     {("Joe Biden", "met", "Raila Odinga")}),
    ("a_president_elect_unnamed_is_not_the_holder", "Joe Biden met Kenya's President-elect in Nairobi.",
     {("Joe Biden", "met", "Kenya")}),
    ("the_government_a_modifier_backs_is_the_states", "The U.N.-backed government of Somalia fell. Iraq's U.S.-backed "
     "government fell.", {("United Nations", "supports", "Somalia"), (US, "supports", "Iraq")}),
    ("the_backed_government_of_two_parties_backs_neither", "The U.S.-backed government of Afghanistan and the Taliban "
     "met in Doha.", {("Afghanistan", "met", "Taliban")}),
    ("tanks_sent_to_a_states_border_guards_back_it", "Poland sent tanks to Ukraine border guards.",
     {("Poland", "backs_militarily", "Ukraine")}),
    ("tanks_sent_to_a_states_border_back_no_one", "Turkey sent more troops and tanks to the Iraqi border.", set()),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_extract_sentence_table(body, expected):
    assert triples(body) == expected


def test_hedged_and_reported_claims_are_flagged():
    article = parse(
        "date: 2023-11-12\n\nIran reportedly supplied drones to Russia. Egypt said that Israel attacked Hamas.", "t.txt"
    )
    claims = {(c.source, c.relation, c.target): c for c in extract(article).claims}
    assert claims[("Iran", "backs_militarily", R)].hedged is True
    assert claims[(IL, "attacks", "Hamas")].reported is True and claims[(IL, "attacks", "Hamas")].hedged is False


def test_title_resolves_by_the_articles_date():
    body = "The Iranian President spoke by phone with Netanyahu."
    assert ("Ebrahim Raisi", "called", N) in triples(body, "2023-11-12")
    assert not any(t[0] == "Ebrahim Raisi" for t in triples(body, "2025-06-01"))


def test_the_president_of_a_government_readout_is_its_own():
    article = parse(
        "title: Readout\ndate: 2014-07-07\nsource: https://obamawhitehouse.archives.gov/x\n\n"
        "The President spoke today by phone with President Hollande of France.",
        "r.txt",
    )
    got = {(c.source, c.relation, c.target) for c in extract(article).claims}
    assert ("Barack Obama", "called", "François Hollande") in got
    # (before a head of state named last without the title: "The President" is still the publisher's own)
    article = parse(
        "title: News\ndate: 2014-07-07\nsource: https://obamawhitehouse.archives.gov/x\n\n"
        "François Hollande arrived at the White House on Monday. The President condemned Russia.",
        "r.txt",
    )
    got = {(c.source, c.relation, c.target) for c in extract(article).claims}
    assert ("Barack Obama", "criticizes", "Russia") in got and ("François Hollande", "criticizes", "Russia") not in got


def test_the_secretary_after_secretary_of_state():
    body = "Secretary of State Antony J. Blinken met Netanyahu in Jerusalem. The Secretary condemned Hamas."
    assert ("Antony Blinken", "criticizes", "Hamas") in triples(body, "2023-10-12")


def test_pronoun_and_definite_title_coreference():
    body = (
        "Israeli Prime Minister Benjamin Netanyahu met Putin in Moscow. "
        "He later condemned Hamas. The Israeli Prime Minister also criticized Iran."
    )
    got = triples(body)
    assert (N, "criticizes", "Hamas") in got and (N, "criticizes", "Iran") in got


def test_titled_person_outside_the_dictionary_becomes_an_actor():
    article = parse("date: 2023-11-12\n\nPresident Faustin Zorglub of Egypt spoke by phone with Netanyahu.", "t.txt")
    result = extract(article)
    new = {a.name: a for a in result.actors}
    assert "Faustin Zorglub" in new and new["Faustin Zorglub"].in_dictionary is False
    got = {(c.source, c.relation, c.target) for c in result.claims}
    assert ("Faustin Zorglub", "leads", "Egypt") in got and ("Faustin Zorglub", "called", N) in got


def test_every_claim_quotes_a_whole_sentence_with_exact_offsets():
    for path in sorted(ARTICLES.glob("*.txt")):
        article = read_article(path)
        for c in extract(article).claims:
            assert article.text[c.start : c.end] == c.quote
            assert c.start >= article.body_start


CONTEXT_EDGES = {(P, "condolences", N), (P, "offers_aid", N)}  # the counterpart comes from the call before


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_seed_article_matches_its_gold_exactly(engine):
    gold = json.loads((ARTICLES / "00-putin-netanyahu-call-2023-11-12.gold.json").read_text(encoding="utf-8"))
    claims = extract_with(read_article(ARTICLES / "00-putin-netanyahu-call-2023-11-12.txt"), engine=engine).claims
    got = {(c.source, c.relation, c.target) for c in claims}
    want = {(e["source"], e["relation"], e["target"]) for e in gold["edges"]}
    allowed = {(e["source"], e["relation"], e["target"]) for e in gold["allowed"]}
    # the fast engine reads one sentence at a time and cannot know to whom Putin offered help
    missed = want - got - (CONTEXT_EDGES if engine == "fast" else set())
    assert missed == set(), "missed gold edges"
    assert got - want - allowed == set(), "false positives"
    if engine == "parse":
        sentence = "Putin expressed his condolences for the significant loss of life and offered assistance"
        assert all(any(c.quote.startswith(sentence) for c in claims if (c.source, c.relation, c.target) == e)
                   for e in CONTEXT_EDGES)


@pytest.mark.parametrize(
    "folder, engine, min_precision, min_f1",
    [
        ("articles", "fast", 0.95, 0.90),
        ("heldout2", "fast", 0.85, 0.75),
        ("heldout3", "fast", 0.90, 0.60),
        ("heldout4", "fast", 0.90, 0.80),
        ("heldout5", "fast", 0.90, 0.80),
        ("articles", "parse", 0.95, 0.92),
        ("heldout2", "parse", 0.90, 0.77),
        ("heldout3", "parse", 0.93, 0.63),
        ("heldout4", "parse", 0.95, 0.85),
        ("heldout5", "parse", 0.95, 0.85),
        ("news6", "parse", 0.70, 0.47),
        ("news7", "parse", 0.94, 0.69),
        ("news8", "parse", 0.70, 0.52),
        ("news9", "parse", 0.60, 0.36),
        ("news10", "parse", 0.50, 0.08),
        ("news11", "parse", 0.76, 0.50),
        ("news12", "parse", 0.65, 0.47),
        ("news13", "parse", 0.70, 0.47),
        ("news14", "parse", 0.80, 0.48),
        ("news15", "parse", 0.72, 0.55),
        ("news16", "parse", 0.60, 0.48),
        ("news17", "parse", 0.60, 0.40),
        ("news18", "parse", 0.65, 0.33),
        ("news19", "parse", 0.50, 0.30),
        ("news20", "parse", 0.55, 0.45),
        ("news21", "parse", 0.65, 0.40),
        ("news22", "parse", 0.40, 0.30),
        ("news23", "parse", 0.65, 0.42),
        ("news24", "parse", 0.70, 0.20),
        ("news25", "parse", 0.50, 0.28),
        ("news26", "parse", 0.65, 0.45),
        ("news28", "parse", 0.75, 0.50),
        ("news29", "parse", 0.80, 0.60),
        ("news31", "parse", 0.80, 0.63),
    ],
)
def test_scores_do_not_regress(folder, engine, min_precision, min_f1):
    """Regression floors a little under the measured scores (README lists them; held-out sets are noted there)."""
    p, r, f = evaluate(ROOT / "data" / folder, engine=engine).micro()
    assert p >= min_precision and f >= min_f1, (folder, engine, p, r, f)


def test_evaluate_refuses_a_folder_without_gold(tmp_path):
    with pytest.raises(DataFileError):
        evaluate(tmp_path)


def test_heldout_texts_are_listed_and_exist():
    held = heldout_names(ARTICLES)
    names = [t.name for t, _ in gold_pairs(ARTICLES)]
    assert len(held) >= 4 and all(any(n.startswith(h) for n in names) for h in held)


def test_an_imported_name_with_the_before_it_is_our_actor_not_a_second_one(tmp_path):
    """The imported (Phoenix) list spells some bodies "The Security Council": that is our "Security Council"."""
    base = ROOT / "data"
    for name in ("actors.csv", "roles.csv", "titles.csv", "publishers.csv"):
        shutil.copy(base / name, tmp_path / name)
    (tmp_path / "actors_phoenix.csv").write_text(
        "name,type,aliases,demonyms,metonyms,note\nThe Security Council,organization,,,,Phoenix IGO\n"
        "The Friendship Force,organization,,,,Phoenix NGO\n", encoding="utf-8")
    d = load_dictionary(tmp_path)
    assert "The Security Council" not in d.actors and "The Friendship Force" in d.actors
    article = parse("date: 2004-06-01\n\nThe Security Council condemned Sudan.", "x.txt")
    got = {(c.source, c.relation, c.target) for c in extract(article, d).claims}
    assert ("UN Security Council", "criticizes", "Sudan") in got


def test_a_lexicon_rule_naming_an_unknown_macro_is_refused(tmp_path):
    """A macro name with "_" is read as one ("{SHARED_CAUSE}" once stayed a literal, its lookahead never matching): an
    unknown one is an error naming the rule, and a known one expands."""
    from graph.extract import load_lexicon
    base = '[macros]\nCAUSE_WORD = "support"\n\n[[rule]]\nid = "r1"\nrelation = "supports"\npattern = '
    (tmp_path / "ok.toml").write_text(base + '"backs {CAUSE_WORD}"\n', encoding="utf-8")
    assert "support" in load_lexicon(tmp_path / "ok.toml").rules[0].regex.pattern
    (tmp_path / "bad.toml").write_text(base + '"backs {NO_SUCH}"\n', encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_lexicon(tmp_path / "bad.toml")
    assert "r1" in str(err.value) and "NO_SUCH" in str(err.value)


def test_gender_csv_names_the_dictionarys_women_and_given_names_and_refuses_a_stranger(tmp_path):
    """A "she" is no man of the dictionary: gender.csv lists its women and the given names of persons it lacks; a
    person row that names no person of actors.csv is refused, naming the file and the line."""
    d = load_dictionary()
    assert d.female("Angela Merkel") is True and d.female("Barack Obama") is False
    assert d.female("Jane Doe") is True and d.female("Michael Doe") is False and d.female("Xq Doe") is None
    assert d.agrees("she", "Jane Doe") and not d.agrees("he", "Jane Doe") and not d.agrees("her", "Barack Obama")
    assert d.agrees("his", "Xq Doe") and d.agrees("her", "Xq Doe") and d.agrees("it", "Barack Obama")
    assert d.female("Russia") is None
    base = ROOT / "data"
    for name in ("actors.csv", "actors_phoenix.csv", "roles.csv", "titles.csv", "publishers.csv"):
        shutil.copy(base / name, tmp_path / name)
    (tmp_path / "gender.csv").write_text("kind,name\nperson,Angela Merkel\nperson,Jane Nobody\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_dictionary(tmp_path)
    assert "gender.csv" in str(err.value) and "Jane Nobody" in str(err.value) and "3" in str(err.value)


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_a_his_after_a_woman_named_by_a_common_given_name_is_not_hers(engine):
    """ "Ambassador Wendy Carter" is a woman by her given name (gender.csv), so the "his" of the Prime Minister's visit
    is not hers, though she is the last person named before it."""
    article = parse("date: 2012-11-27\n\nU.S. Ambassador Wendy Carter met with Prime Minister Najib Mikati today. They "
                    "discussed the bilateral relationship, and the Prime Minister briefed Ambassador Carter on his "
                    "recent visit to France.\n", "x.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
    assert ("Wendy Carter", "met", "Najib Mikati") in got and ("Wendy Carter", "met", "France") not in got, sorted(got)


def test_the_leader_of_a_state_its_head_of_government_leads_is_that_head_and_a_bad_row_is_refused(tmp_path):
    """ "The German leader" is the Chancellor, "the British leader" the Prime Minister (government_led.csv), "the
    French leader" the President; a span ends on its day ("the Turkish leader" in 2016 is the President); a row
    naming no state of actors.csv is refused, naming the file and the line."""
    d = load_dictionary()
    day = date(2024, 6, 1)
    assert d.holder("Leader", "Germany", day) == "Olaf Scholz"
    assert d.holder("Leader", "United Kingdom", day) == "Rishi Sunak"
    assert d.holder("Leader", "France", day) == "Emmanuel Macron"
    assert d.holder("Leader", "Turkey", date(2016, 1, 1)) == "Recep Tayyip Erdogan"
    assert d.holder("President", "Germany", day) == "Frank-Walter Steinmeier"  # (an office named is that office)
    assert d.holder("Head", "Germany", day) == "Frank-Walter Steinmeier"  # ("the German head of state")
    base = ROOT / "data"
    for name in ("actors.csv", "actors_phoenix.csv", "roles.csv", "titles.csv", "publishers.csv", "gender.csv"):
        shutil.copy(base / name, tmp_path / name)
    (tmp_path / "government_led.csv").write_text("state,start,end,source\nGermany,,,x\nAtlantis,,,y\n",
                                                 encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_dictionary(tmp_path)
    assert "government_led.csv" in str(err.value) and "Atlantis" in str(err.value) and "3" in str(err.value)


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_a_pronoun_agrees_with_the_person_it_names(engine):
    """ "She" and "her" are no man, "he" no woman: not the last person named when that one cannot be meant."""
    def got(body):
        return _claimed(body, "2015-06-01", engine)

    assert ("Dick Cheney", "criticizes", "Ronald Reagan") not in got(
        "Reporter Jane Doe has covered every president since Ronald Reagan. Dick Cheney criticized her.")
    assert ("Dick Cheney", "supports", "Ronald Reagan") not in got(
        "Reporter Jane Doe has interviewed Ronald Reagan. Dick Cheney praised her on Monday.")
    assert ("Barack Obama", "supports", "Angela Merkel") in got(
        "Angela Merkel met Barack Obama on Monday. She said he was a friend. He praised her.")


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_a_state_inside_a_bodys_name_or_before_a_chamber_is_not_led(engine):
    """The head of "the Peru Solidarity Campaign" or "the White House Correspondents Association" leads no state,
    nor does "the U.S. Speaker of the House"; "the U.S. Central Intelligence Agency's Russia division" names no
    person."""
    def run(body):
        return _extracted(body, "2015-06-01", engine)

    for body, state in (("Maria Lopez, head of the Peru Solidarity Campaign, spoke on Monday.", "Peru"),
                        ("Mary Jones, president of the White House Correspondents Association, spoke.",
                         "United States"),
                        ("Nancy Pelosi, the U.S. Speaker of the House, spoke on Monday.", "United States"),
                        ("The U.S. Speaker of the House, Nancy Pelosi, spoke on Monday.", "United States")):
        leads = {(c.source, c.target) for c in run(body).claims if c.relation == "leads"}
        assert not any(target == state for _source, target in leads), (body, leads)
    result = run("\"It will not work,\" said John Smith, the former head of the U.S. Central Intelligence Agency's "
                 "Russia division.")
    assert not any("'s" in m.actor for m in result.mentions)
    assert any(m.actor == "Russia" for m in run("Mary Jones of the Russia Project met Russia's envoy.").mentions)


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_a_name_before_a_leading_title_in_apposition_is_a_person_and_a_time_or_place_is_none(engine):
    """ "X, the leader of Y," makes X (a name the dictionary lacks) the actor, not Y; "On Monday, the foreign
    minister" and "In New York, a UN envoy" name no person."""
    def run(body):
        return _extracted(body, "2015-06-01", engine)

    result = run("Pedro Alvarez, the leader of the armed wing of the FARC, warned Colombia of the consequences.")
    assert any(m.actor == "Pedro Alvarez" for m in result.mentions)
    assert not any(c.source == "Revolutionary Armed Forces of Colombia" for c in result.claims)
    for body in ("On Monday, the foreign minister of Iran criticized Turkey.",
                 "In New York, a UN envoy to Syria criticized Turkey."):
        assert not {m.actor for m in run(body).mentions} & {"On Monday", "In New York"}, body
    # a rank before the name is no part of it: one person, not "Colonel Greg Julian" beside "Greg Julian"
    assert {m.actor for m in run("Colonel Greg Julian, a NATO spokesman, criticized the Taliban.").mentions
            if "Julian" in m.actor} == {"Greg Julian"}


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_a_middle_initial_is_inside_a_name_and_a_source_before_a_comma_is_no_city(engine):
    """ "Gen. David H. Petraeus" is one person (not "David H"); "According to Reuters, Russia ..." names Russia (a
    source before the comma is no city the state is the country of, as in "in Doha, Qatar")."""
    def run(body):
        return _extracted(body, "2008-06-01", engine)

    actors = {m.actor for m in run("Army Gen. David H. Petraeus met Robert Gates in Baghdad.").mentions}
    assert "David H. Petraeus" in actors and "David H" not in actors
    got = {(c.source, c.relation, c.target) for c in run("According to Reuters, Russia attacked Georgia.").claims}
    assert ("Russia", "attacks", "Georgia") in got
    assert "Russia" in {m.actor for m in run("Speaking to AFP, Russia's envoy criticized Georgia.").mentions}


@pytest.mark.parametrize("engine", ["parse", "fast"])
@pytest.mark.parametrize(("body", "want"), [
    # a body of the dictionary whose name opens with a state's stays whole
    ("The Palestinian Centre for Human Rights condemned Israel on Monday.",
     ("Palestinian Centre for Human Rights", "criticizes", "Israel")),
    # a body a title's "of" names keeps its leader, whatever the state before the title
    ("Annalena Baerbock, the German President of the United Nations General Assembly, spoke on Monday.",
     ("Annalena Baerbock", "leads", "UN General Assembly")),
    ("Cyril Ramaphosa, the South African President of the African National Congress, spoke on Monday.",
     ("Cyril Ramaphosa", "leads", "African National Congress")),
    # a word of a body's name in a person's name is still a person's name
    ("Chairman John Post of the Senate committee criticized China.", ("John Post", "criticizes", "China")),
    # an object pronoun of the right sex is not its own clause's subject
    ("David Cameron met Angela Merkel on Monday. Barack Obama later praised him.",
     ("Barack Obama", "supports", "David Cameron")),
    # thanks for her own support: hers, in both engines
    ("Barack Obama thanked Angela Merkel for her support on Monday.", ("Angela Merkel", "supports", "Barack Obama")),
])
def test_names_titles_and_pronouns_the_review_found_misread(engine, body, want):
    got = _claimed(body, "2025-06-01", engine)
    assert want in got, (body, sorted(got))


@pytest.mark.parametrize("engine", ["parse", "fast"])
@pytest.mark.parametrize(("body", "want", "never"), [
    # a possessive "her" may be its own clause's subject
    ("Hillary Clinton assured Benjamin Netanyahu of her support for Israel.",
     {("Hillary Clinton", "supports", "Israel")}, set()),
    # a place or an event before an apposition is no person
    ("Outside the Brandenburg Gate, the leader of the Green Party criticized China.", set(),
     {("Brandenburg Gate", "criticizes", "China")}),
    # a rank stays with a lone surname
    ("Colonel Julian, a NATO spokesman, criticized the Taliban.", {("Colonel Julian", "criticizes", "Taliban")}, set()),
    # a body named inside a civil body's name is no actor of the sentence
    ("Members of the American NATO Policy Forum criticized Russia.", set(), {("NATO", "criticizes", "Russia")}),
])
def test_names_and_pronouns_the_second_review_found_misread(engine, body, want, never):
    result = _extracted(body, "2015-06-01", engine)
    got = {(c.source, c.relation, c.target) for c in result.claims}
    assert want <= got and not got & never, (body, sorted(got))
    assert not any(a.type == "person" and ("Gate" in a.name or "Fund" in a.name) for a in result.actors)


def test_a_body_named_after_a_title_is_no_person():
    for engine in ("parse", "fast"):
        result = _extracted("The King Abdullah II Fund for Development criticized Israel.", "2015-06-01", engine)
        assert not any(a.type == "person" and "Fund" in a.name for a in result.actors), engine


def test_a_given_name_of_both_sexes_is_not_read_as_a_womans():
    body = ("Karen Karapetyan spoke to reporters in Yerevan on Monday. He criticized Azerbaijan for the shelling.")
    got = _claimed(body, "2017-06-01", "parse")
    assert ("Karen Karapetyan", "criticizes", "Azerbaijan") in got
    assert "Karen" not in load_dictionary().female_given


def test_extract_many_gives_each_article_what_it_gets_alone_and_reports_an_oversized_one():
    """The parse engine reads many articles with one batch of parses; each article's claims, mentions and actors
    are those `extract_with` gives it alone, and an article too big to be one is reported in its place."""
    from graph.engines import MAX_SENTENCES, extract_many

    articles = [read_article(p) for p in sorted((ROOT / "data" / "news31").glob("*.txt"))[:10]]
    big = parse("date: 2023-11-12\n\n" + "Russia called Israel. " * (MAX_SENTENCES + 1), "big.txt")
    articles.insert(3, big)

    def key(x):
        return ([(c.source, c.relation, c.target, c.start, c.end, c.rule, c.extractor) for c in x.claims],
                [(m.actor, m.start, m.end) for m in x.mentions], sorted(a.name for a in x.actors))

    for engine in ("parse", "fast"):
        many = extract_many(articles, engine=engine)
        assert len(many) == len(articles) and isinstance(many[3], ArticleError) and many[3].path == "big.txt"
        for article, got in zip(articles, many, strict=True):
            if article is not big:
                assert key(got) == key(extract_with(article, engine=engine)), (engine, article.id)
        assert sum(len(x.claims) for x in many if not isinstance(x, ArticleError)) >= 5  # (not all empty)


def test_parse_batches_hold_at_most_their_articles_and_sentences():
    from types import SimpleNamespace

    from graph.engines import BATCH, BATCH_SENTENCES, _batches

    ruled = [SimpleNamespace(sentences=[0] * n) for n in (10,) * (BATCH + 5) + (BATCH_SENTENCES, 3, 1)]
    batches = _batches(list(range(len(ruled))), ruled)
    assert [i for b in batches for i in b] == list(range(len(ruled)))  # every article once, in order
    assert all(len(b) <= BATCH for b in batches)
    assert all(sum(len(ruled[i].sentences) for i in b) <= BATCH_SENTENCES or len(b) == 1 for b in batches)
    assert [len(b) for b in batches] == [BATCH, 5, 1, 2]


def test_dictionary_resolves_roles_by_date():
    d = load_dictionary()
    assert d.holder("President", "Iran", date(2023, 11, 12)) == "Ebrahim Raisi"
    assert d.holder("President", "Russia", date(2023, 11, 12)) == P
    # Kosovo's prime minister of two terms (2004-2005, 2017-2020), not in office between them
    assert d.holder("Prime Minister", "Kosovo", date(2018, 5, 1)) == "Ramush Haradinaj"
    assert d.holder("Prime Minister", "Kosovo", date(2012, 5, 1)) == "Hashim Thaçi"
    assert ("Ramush Haradinaj", "met", "Hashim Thaçi") in _claimed(
        "Prime Minister Haradinaj met President Thaci on Tuesday.", "2018-05-01")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400),
    st.sampled_from(["Putin", "Russian President", "the Kremlin", "He", "Netanyahu’s", "U.S.", "Mr.", "\n\n- "]),
)
def test_extract_never_raises_and_offsets_hold_on_arbitrary_text(noise, word):
    text = f"date: 2023-11-12\n\n{word} {noise} spoke by phone with {noise[:40]} Netanyahu."
    article = parse(text, "h.txt")
    for c in extract(article).claims:
        assert article.text[c.start : c.end] == c.quote and c.quote.strip() == c.quote


def test_gold_names_are_read_through_dictionary_aliases():
    from graph.evaluate import canonical

    d = load_dictionary()
    assert canonical("Recep Tayyip Erdoğan", d) == "Recep Tayyip Erdogan"
    assert canonical("Vladimir Putin", d) == P
    assert canonical("Nobody In Particular", d) == "Nobody In Particular"
    assert canonical("Kim Dae-Jung", d) == "Kim Dae-jung"  # the same but for case and hyphens


@pytest.mark.parametrize(
    "body, wrong",
    [
        ("Thailand sent troops to the border after anti-government demonstrators attacked Prime Minister Samak "
         "Sundaravej's government.", ("Thailand", "attacks", "Samak Sundaravej")),
        ("Russia sent troops to the border after rebels attacked Ukraine.", ("Russia", "attacks", "Ukraine")),
    ],
)
def test_a_rule_claim_gives_way_to_the_subject_the_parse_read(body, wrong):
    """The regex rules take the nearest actor before the verb; the parse knows the verb's own subject."""
    article = parse(f"date: 2008-07-21\n\n{body}", "t.txt")
    assert wrong in {(c.source, c.relation, c.target) for c in extract(article).claims}  # the rules' reading
    assert wrong not in {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}


def test_a_rule_claim_stands_where_the_subject_names_its_actor():
    article = parse("date: 2019-09-16\n\nUN experts have accused Rwanda of supporting the rebels.", "t.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("United Nations", "accuses", "Rwanda") in got


def test_a_title_leads_only_the_name_it_is_given():
    article = parse("date: 2019-09-01\n\nStatements came from OIC head Yousef Al-Othaimeen, Pope Francis, and "
                    "President Rodrigo Duterte. Pierre Nkurunziza, the President of Burundi, spoke.", "t.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("Pierre Nkurunziza", "leads", "Burundi") in got
    assert not {("Pope Francis", "leads", "Organisation of Islamic Cooperation"),
                ("Rodrigo Duterte", "leads", "Organisation of Islamic Cooperation")} & got


def test_a_title_word_that_modifies_another_office_is_not_that_title():
    article = parse("date: 2013-12-12\n\nJohn Kerry spoke in Washington. On Monday, he met with Israeli chief "
                    "negotiator Tzipi Livni.", "t.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("John Kerry", "met", "Tzipi Livni") in got
    assert not any(t[0] == "Shimon Peres" or t[2] == "Shimon Peres" for t in got)


def test_the_two_countries_are_the_two_states_named_before():
    body = ("China and the Philippines are locked in a standoff over the shoal. "
            "The governments of the two nations accused each other of occupying the waters.")
    article = parse(f"date: 2012-05-01\n\n{body}", "t.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert {("China", "accuses", "Philippines"), ("Philippines", "accuses", "China")} <= got
    three = parse("date: 2012-05-01\n\nChina, Vietnam and the Philippines claim the shoal. "
                  "The two nations accused each other of lying.", "t.txt")
    assert not [c for c in extract_with(three, engine="parse").claims if c.relation == "accuses"]
    # "the South Asian neighbors", "the Gulf rivals": the two states named before
    rivals = parse("date: 2010-06-01\n\nIndia and Pakistan fought three wars. Talks between the South Asian "
                   "neighbors resumed in February.", "t.txt")
    assert ("India", "discussed_with", "Pakistan") in {
        (c.source, c.relation, c.target) for c in extract_with(rivals, engine="parse").claims}
    # two of three states joined as one phrase are the two: "The United States and the United Kingdom ... in Yemen"
    joined = parse("date: 2014-09-01\n\nThe United States and the United Kingdom closed their embassies in Yemen. "
                   "The two nations accused each other of lying.", "t.txt")
    assert {("United States", "accuses", "United Kingdom"), ("United Kingdom", "accuses", "United States")} <= {
        (c.source, c.relation, c.target) for c in extract_with(joined, engine="parse").claims}


def test_a_place_of_business_is_no_act_of_its_state():
    body = "The Japan-based newspaper praised the visit of John Kerry to North Korea."
    assert not any(t[0] == "Japan" for t in triples(body, "2013-12-12"))


def test_an_office_word_the_recogniser_takes_into_a_name_is_dropped():
    article = parse("date: 2007-06-22\n\nThe Japan-based newspaper stated \"On the occasion of Assistant Secretary "
                    "of State Hill's visit to the DPRK, the progress in DPRK-U.S. relations was made.\"", "t.txt")
    names = {c.source for c in extract_with(article, engine="parse").claims}
    assert "State Hill" not in names


def test_every_dictionary_file_is_part_of_the_rules_version(tmp_path):
    """A store re-extracts when any file the dictionary is built from changes (the imported one too)."""
    from graph.actors import DICTIONARY_FILES
    from graph.extract import rules_version

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("news*", "heldout*", "articles"))
    before = rules_version(str(data))
    for name in DICTIONARY_FILES:
        path = data / name
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        after = rules_version.__wrapped__(str(data))
        assert after != before, name
        before = after


def test_a_press_secretary_is_the_voice_of_a_principal_not_a_party():
    """A spokesperson or press secretary (titled before the name, or in apposition after it) is no target and no
    party of a meeting or a show of support; a charge or a warning they voice stays theirs."""
    from graph.engines import without_press_officers
    from graph.extract import Extraction
    from graph.records import Claim, Mention

    text = ("Pentagon Press Secretary John Kirby said the ministers met. Jane Roe, a State Department spokeswoman, "
            "accused Iran. Chuck Hagel met Moshe Yaalon, chief spokesperson Dana W. White said.")
    names = {"John Kirby": text.index("John Kirby"), "Jane Roe": text.index("Jane Roe"),
             "Chuck Hagel": text.index("Chuck Hagel"), "Moshe Yaalon": text.index("Moshe Yaalon"),
             "Iran": text.index("Iran")}
    mentions = [Mention(n, at, at + len(n), n, "name") for n, at in names.items()]

    def claim(source, relation, target):
        return Claim(source, relation, target, "a", None, text, 0, len(text))

    result = Extraction(mentions=mentions, claims=[
        claim("Chuck Hagel", "met", "John Kirby"), claim("John Kirby", "supports", "Moshe Yaalon"),
        claim("Iran", "criticizes", "Jane Roe"), claim("Jane Roe", "accuses", "Iran"),
        claim("Jane Roe", "threatens", "Iran"), claim("Chuck Hagel", "met", "Moshe Yaalon"),
        claim("Chuck Hagel", "met", "Dana W. White")])  # a person the parse met: no mention of the finder
    kept = {(c.source, c.relation, c.target) for c in without_press_officers(result, text).claims}
    assert kept == {("Jane Roe", "accuses", "Iran"), ("Jane Roe", "threatens", "Iran"),
                    ("Chuck Hagel", "met", "Moshe Yaalon")}


def test_he_after_a_quotation_is_not_a_person_the_quotation_names():
    """`"We hold Mr. Obama ... responsible," he added, referring to NATO`: "he" is the one who spoke before, and
    "We" is his side, not a person or a body the quotation or the words after it name."""
    body = ('Muammar Gaddafi spoke on Monday. "We hold Mr. Obama and Mr. Cameron morally responsible for every '
            'single death," he added, referring to the leaders of NATO members.')
    article = parse(f"title: Example\ndate: 2011-08-22\n\n{body}", "example.txt")
    pronouns = {m.surface: m.actor for m in extract(article).mentions if m.how == "pronoun"}
    assert pronouns == {"We": "Libya", "he": "Muammar Gaddafi"}


@pytest.mark.parametrize("engine", ["fast", "parse"])
@pytest.mark.parametrize(
    ("day", "body", "want", "never"),
    [
        ("2011-07-10", "Omar al-Bashir, the current president of Sudan, attended.",
         ("Omar al-Bashir", "leads", "Sudan"), None),
        ("2008-06-30", "Ban Ki-moon, secretary general of the United Nations, said so.",
         ("Ban Ki-moon", "leads", "United Nations"), None),
        ("2009-03-17", "Madagascan Prime Minister General Charles Rabemananjara resigned on Tuesday.",
         ("Charles Rabemananjara", "leads", "Madagascar"), None),
        ("2017-01-13", "Outgoing US President Barack Obama authorised the move.",
         ("Barack Obama", "leads", "United States"), None),
        ("2008-06-30", "The Zimbabwean opposition accuses Robert Mugabe of fraud.",
         None, ("Zimbabwe", "accuses", "Robert Mugabe")),
        ("2005-01-01", "Jan Egeland, the UN's chief of emergency relief, criticized the United States.",
         None, ("Kofi Annan", "criticizes", "United States")),
        ("2005-01-01", "Jan Egeland, the UN's chief of emergency relief, criticized the United States.",
         None, ("Jan Egeland", "leads", "United Nations")),
        ("2005-01-01", "John Smith, the president of the World Bank, criticized Iran.",
         None, ("James Wolfensohn", "criticizes", "Iran")),
        ("2005-01-01", "On Monday, the president of the World Bank criticized Iran.",
         ("James Wolfensohn", "criticizes", "Iran"), None),
        ("2006-06-01", "The Bush administration criticized Iran.", ("United States", "criticizes", "Iran"), None),
        ("2023-04-05", "Emmanuel Macron spoke with Jordan's King Abdullah on Monday.",
         ("Abdullah II", "leads", "Jordan"), None),
        ("2006-06-01", "The Assad regime attacked Turkey.", ("Syria", "attacks", "Turkey"),
         ("Bashar al-Assad", "attacks", "Turkey")),
        ("2005-01-01", "The Iranian head of state criticized Israel.",
         ("Mohammad Khatami", "criticizes", "Israel"), None),
    ],
)  # fmt: skip
def test_titles_ranks_and_demonyms_read_as_a_reader_would(engine, day, body, want, never):
    """An appositive title after "the current"; a lowercase "secretary general"; a rank between title and name
    is not part of the name; "the Zimbabwean opposition" is not Zimbabwe. "X, the president of the World Bank,"
    describes X, whom the dictionary may not know, not the office's holder on the day; "chief of emergency relief" is
    another office than the UN's chief; "the Bush administration" is its state; "Jordan's King Abdullah" the holder."""
    article = parse(f"title: Example\ndate: {day}\n\n{body}", "example.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
    if want:
        assert want in got, got
    if never:
        assert never not in got, got


@pytest.mark.parametrize("engine", ["fast", "parse"])
@pytest.mark.parametrize(
    ("body", "want", "never"),
    [
        ("The African Union condemned the Sudan Liberation Army on Monday.",
         None, ("African Union", "criticizes", "Sudan")),
        ("The Pakistan Muslim League criticized the United States.", None, ("Pakistan", "criticizes", "United States")),
        ("Beijing Daily criticized the United States.", None, ("China", "criticizes", "United States")),
        ("The Syrian Army attacked Turkey.", ("Syria", "attacks", "Turkey"), None),
        ("The Russian Foreign Ministry criticized Turkey.", ("Russia", "criticizes", "Turkey"), None),
        ("Russia Monday criticized Turkey.", ("Russia", "criticizes", "Turkey"), None),
        ("The Syrian Democratic Forces attacked Turkey.", None, ("Syria", "attacks", "Turkey")),
        ("The Egyptian Muslim Brotherhood condemned Israel.", None, ("Egypt", "criticizes", "Israel")),
        ("The Iraqi Kurdistan Regional Government criticized Turkey.", None, ("Iraq", "criticizes", "Turkey")),
        ("Lebanese Hezbollah attacked Israel.", ("Hezbollah", "attacks", "Israel"), ("Lebanon", "attacks", "Israel")),
        ("Iranian-backed militias have attacked U.S. forces in Iraq.", None, ("Iran", "attacks", "United States")),
        ("The foreign ministry in Beijing criticized Japan.", ("China", "criticizes", "Japan"), None),
        ("U.S. forces struck Iranian-backed militias in Syria.", None, ("United States", "attacks", "Iran")),
        ("The Pentagon said U.S. forces had struck a militia base in Syria.", None,
         ("US Department of Defense", "accuses", "United States")),
        ("Protesters in Tehran criticized Israel.", None, ("Iran", "criticizes", "Israel")),
        ("Iran-backed Houthi rebels attacked Saudi Arabia.", ("Iran", "supports", "Houthis"),
         ("Iran", "attacks", "Saudi Arabia")),
        ("A Pakistani Taliban spokesman threatened the United States.",
         ("Tehrik-i-Taliban Pakistan", "threatens", "United States"), ("Pakistan", "threatens", "United States")),
        ("The Movement for Democratic Renewal (MDR) won seats. Zimbabwe criticized the MDR on Monday.",
         ("Zimbabwe", "criticizes", "Movement for Democratic Renewal"), None),
        ("Leaders of the Southern African Development Community (SADC) met. Zimbabwe criticized SADC on Monday.",
         ("Zimbabwe", "criticizes", "Southern African Development Community"), None),
        ("Fighting began at 23:00 Coordinated Universal Time (UTC). UTC attacked Iran.",
         None, ("UTC", "attacks", "Iran")),
    ],
)  # fmt: skip
def test_a_body_named_after_a_state_or_by_an_acronym_is_read_as_that_body(engine, body, want, never):
    """A state's name that opens a party's, a liberation army's or a newspaper's name is not the state (its army is);
    an acronym defined in parentheses names that body from then on, a new actor when the dictionary lacks it, but
    only when its name has a body's head ("Coordinated Universal Time" is none)."""
    article = parse(f"title: Example\ndate: 2008-06-30\n\n{body}", "example.txt")
    result = extract_with(article, engine=engine)
    got = {(c.source, c.relation, c.target) for c in result.claims}
    if want:
        assert want in got, got
    if never:
        assert never not in got, got
    assert "UTC" not in {a.name for a in result.actors}


@pytest.mark.parametrize(
    "name, engine, min_precision, min_f1",
    [("p", "parse", 0.80, 0.68), ("q", "parse", 0.75, 0.57), ("p", "fast", 0.80, 0.42), ("q", "fast", 0.80, 0.40),
     ("r", "parse", 0.80, 0.57), ("t", "parse", 0.72, 0.57), ("u", "parse", 0.72, 0.53)],
)
def test_probe_scores_do_not_regress(name, engine, min_precision, min_f1):
    """The probe sets (data/probes/README.md): short texts written blind from the corpus guidelines; floors a little
    under the figures measured, without `leads`."""
    from graph.evaluate import micro, score_probes

    p, r, f = micro(score_probes(ROOT / "data" / "probes" / f"{name}.jsonl", engine=engine), leads=False)
    assert p >= min_precision and f >= min_f1, (name, engine, p, r, f)


def test_a_probe_actor_spelt_without_its_accents_is_the_gold_actor(tmp_path):
    """An actor the dictionary lacks, named in the text without the accents the gold writer gave it, scores as that
    gold actor; a different name does not."""
    from graph.evaluate import score_probes

    item = {"id": "x1", "date": "2015-04-11", "text": "Bako Oru met Barack Obama in Panama on Saturday.",
            "edges": [["Bakó Orú", "met", "Barack Obama"]]}
    probes = tmp_path / "x.jsonl"
    probes.write_text(json.dumps(item) + "\n", encoding="utf-8")
    [s] = score_probes(probes, engine="parse")
    assert (sum(s.tp.values()), sum(s.fp.values()), sum(s.fn.values())) == (1, 0, 0)
    item["edges"] = [["Bako Orun", "met", "Barack Obama"]]
    probes.write_text(json.dumps(item) + "\n", encoding="utf-8")
    [s] = score_probes(probes, engine="parse")
    assert s.tp["met"] == 0 and s.fp["met"] == 1 and s.fn["met"] == 1


def test_a_broken_probe_line_is_named(tmp_path):
    from graph.evaluate import score_probes

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x1", "date": "2020-01-01", "text": "Russia attacked Ukraine.", "edges": []}\n{"id": 2\n',
                   encoding="utf-8")
    with pytest.raises(DataFileError, match="line 2"):
        score_probes(bad)


def test_a_surname_opening_a_sentence_is_read_as_the_person_named_before():
    def parsed(body: str, day: str) -> set[tuple[str, str, str]]:
        article = parse(f"date: {day}\n\n{body}", "t.txt")
        return {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}

    # "Otunbayeva spoke with ..." after "Roza Otunbayeva said ...": the sentence is parsed and she is its subject
    body = ("Roza Otunbayeva said on Saturday that the violence must end. "
            "Otunbayeva spoke with Vladimir Putin about the situation.")
    assert ("Roza Otunbayeva", "discussed_with", "Vladimir Putin") in parsed(body, "2010-06-13")
    # "He" opening a sentence is the person the sentence before is about, not the last person named
    body = ("Fighting broke out between the army and rebels led by Bosco Ntaganda. Lambert Mende said the government "
            "is concerned. Ntaganda, who is in hiding, leads the rebels. He is wanted by the International Criminal "
            "Court for war crimes.")
    got = parsed(body, "2012-05-01")
    assert ("International Criminal Court", "accuses", "Bosco Ntaganda") in got
    assert not any(t[2] == "Lambert Mende" for t in got)


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_a_body_inside_a_state_is_not_the_state(engine):
    # "Sudan's largest rebel group", "Somalia's Islamist militia": the state's possessive names where the body is
    for body in ("The African Union blasted Sudan's largest rebel group for a series of attacks.",
                 "Ethiopian troops attacked Somalia's Islamist militia."):
        article = parse(f"date: 2004-05-01\n\n{body}", "t.txt")
        got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
        assert not {t for t in got if t[2] in ("Sudan", "Somalia")}, (engine, body, got)
    # ... nor militants named by the state's demonym: "Palestinian militants fired rockets at Israel"
    article = parse("date: 2012-05-01\n\nPalestinian militants have fired more than 230 rockets at Israel.", "t.txt")
    assert not [c for c in extract_with(article, engine=engine).claims if c.source == "Palestine"], engine
    # ... nor is a state's opposition the state: "Syria's opposition criticized Turkey"
    article = parse("date: 2014-05-01\n\nSyria's opposition criticized Turkey.", "t.txt")
    assert not [c for c in extract_with(article, engine=engine).claims if c.source == "Syria"], engine
    article = parse("date: 2004-05-01\n\nRussia condemned Ukraine's aggression.", "t.txt")
    assert ("Russia", "criticizes", "Ukraine") in {(c.source, c.relation, c.target)
                                                   for c in extract_with(article, engine=engine).claims}


def test_a_plural_title_is_no_one_person_named_with_it():
    def parsed(body: str) -> set[tuple[str, str, str]]:
        article = parse(f"date: 2021-02-01\n\n{body}", "t.txt")
        return {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}

    lead = "Myanmar's military chief, Senior General Min Aung Hlaing, seized power. "
    assert not [t for t in parsed(lead + "The United States threatened to impose new sanctions on the generals.")
                if t[2] == "Min Aung Hlaing"]
    assert ("Joe Biden", "criticizes", "Min Aung Hlaing") in parsed(lead + "Joe Biden criticized the general.")


def test_the_kingdom_is_the_last_monarchy_named():
    body = ("Saudi Arabia launched air strikes against Houthi rebels in Yemen. Iran condemned the strikes. "
            "Jordan said the kingdom would back Yemen's government.")
    article = parse(f"date: 2015-03-26\n\n{body}", "t.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert not [t for t in got if t[0] in ("Iran", "Yemen") and t[2] == "Yemen"]
    body = "Saudi Arabia launched air strikes in Yemen. Iran said the kingdom had attacked Yemen."
    article = parse(f"date: 2015-03-26\n\n{body}", "t.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("Iran", "accuses", "Saudi Arabia") in got


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_its_opening_a_new_clause_is_the_sentence_subject(engine):
    body = "Iran cut ties with Britain, France and Germany, and its army said it had shot down two Israeli drones."
    article = parse(f"date: 2019-07-20\n\n{body}", "t.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
    assert ("Iran", "attacks", "Israel") in got, got
    assert not [t for t in got if t[0] == "Germany"], got


def test_his_country_is_the_state_the_speaking_official_serves():
    body = ("Ethiopia's foreign minister Seyoum Mesfin spoke on Monday. Eritrea's ambassador to the U.S., Girma "
            "Asmerom, told VOA his country provides political support to Hamas.")
    article = parse(f"date: 2007-01-05\n\n{body}", "t.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("Eritrea", "supports", "Hamas") in got
    assert not [t for t in got if t[0] in ("Seyoum Mesfin", "Ethiopia")]


def test_thanks_for_his_support_go_to_the_one_thanked():
    article = parse("date: 2022-03-08\n\nMaia Sandu thanked Emmanuel Macron for his support.", "t.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert got == {("Emmanuel Macron", "supports", "Maia Sandu")}


def test_plural_titles_after_demonyms_are_the_people_not_their_states():
    body = ("President Joe Biden and Chinese President Xi Jinping agreed to reopen military channels. The two leaders "
            "spoke by telephone on Tuesday, the longest conversation between American and Chinese presidents in "
            "years.")
    article = parse(f"date: 2023-04-04\n\n{body}", "t.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("Joe Biden", "called", "Xi Jinping") in got
    assert ("United States", "called", "China") not in got


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_armed_groups_are_known_by_their_acronyms(engine):
    for body, group in (("Colombian troops attacked the FARC.", "Revolutionary Armed Forces of Colombia"),
                        ("Ugandan troops attacked the LRA in Garamba.", "Lord's Resistance Army"),
                        ("Ethiopian troops attacked the ONLF in the Ogaden.", "Ogaden National Liberation Front")):
        article = parse(f"date: 2008-03-01\n\n{body}", "t.txt")
        got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
        assert any(t[1] == "attacks" and t[2] == group for t in got), (engine, body, got)


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_missions_parties_and_breakaway_states_are_actors(engine):
    """Entries added to the dictionary by hand (actors.csv) and one the Phoenix import used to miss because its code
    stands on a line of its own (the Organization of American States)."""
    for body, edge in (
            ("Indian jets bombed Jaish-e-Mohammad positions on Tuesday.", ("India", "attacks", "Jaish-e-Mohammed")),
            ("Bosnian Serb leader Radovan Karadzic criticized NATO.", ("Radovan Karadžić", "leads", "Bosnian Serbs")),
            ("The OAS criticized Nicaragua on Monday.", ("Organization of American States", "criticizes", "Nicaragua")),
            ("Al-Shabaab fighters attacked AMISOM troops near Mogadishu.", ("Al-Shabaab", "attacks", "AMISOM")),
            ("ZANU-PF accused the Movement for Democratic Change of violence.",
             ("ZANU-PF", "accuses", "Movement for Democratic Change")),
            ("Georgian troops shelled South Ossetia on Thursday.", ("Georgia", "attacks", "South Ossetia"))):
        article = parse(f"date: 2008-03-01\n\n{body}", "t.txt")
        got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
        assert edge in got, (engine, body, got)


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_the_secretary_is_the_secretary_named_before_by_title_and_surname(engine):
    """ "Secretary Kerry met President Putin. The Secretary criticized Syria.": Kerry, as after "Secretary of State John
    Kerry"; in 2006 "Secretary Rice" is the one."""
    for day, person in (("2016-03-24", "John Kerry"), ("2006-03-24", "Condoleezza Rice"),
                        ("2023-05-01", "Lloyd Austin")):  # ("Secretary Austin": a dictionary alias)
        name = person.split()[-1]
        body = f"Secretary {name} met President Putin in Moscow. The Secretary criticized Syria on Thursday."
        got = _claimed(body, day, engine)
        assert (person, "criticizes", "Syria") in got, (engine, day, got)


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_a_style_of_address_between_a_title_and_a_name_is_no_part_of_the_name(engine):
    """ "Saudi Minister of Defense His Royal Highness Crown Prince Mohammed bin Salman": the style and the second title
    stand between the title and the name; no new person "His Royal Highness Crown Prince Mohammed"."""
    body = ("Lloyd Austin spoke by phone with Saudi Minister of Defense His Royal Highness Crown Prince Mohammed bin "
            "Salman on Thursday.")
    got = _claimed(body, "2021-02-18", engine)
    assert ("Lloyd Austin", "called", "Mohammed bin Salman") in got, (engine, got)
    assert not any("Highness" in s or "Highness" in t for s, _r, t in got), (engine, got)


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_heads_of_state_of_the_cold_war_are_named_by_title_and_surname(engine):
    """Leaders of 1945-1980 added by hand with their dated roles: "President Carter" in 1980 is Jimmy Carter (and
    "Chancellor Brandt" leads West Germany), by the office held on the article's date."""
    for body, day, edge in (
            ("President Carter condemned the Soviet Union.", "1980-01-04",
             ("Jimmy Carter", "criticizes", "Soviet Union")),
            ("Chancellor Brandt met Soviet leader Brezhnev in Moscow.", "1970-08-12",
             ("Willy Brandt", "leads", "West Germany")),
            ("Prime Minister Golda Meir criticized Egypt.", "1973-10-08", ("Golda Meir", "criticizes", "Egypt")),
            ("Prime Minister Attlee met President Truman in London.", "1948-05-01",
             ("Clement Attlee", "met", "Harry S. Truman"))):
        got = _claimed(body, day, engine)
        assert edge in got, (engine, body, got)


def _extracted(body: str, day: str, engine: str = "parse"):
    """One engine's extraction from a made-up article of `body` dated `day`."""
    return extract_with(parse(f"date: {day}\n\n{body}", "t.txt"), engine=engine)


def _claimed(body: str, day: str, engine: str = "parse") -> set[tuple[str, str, str]]:
    """(source, relation, target) of every claim of a made-up article of `body` dated `day`."""
    return {(c.source, c.relation, c.target) for c in _extracted(body, day, engine).claims}


def test_a_coordinated_verb_keeps_the_first_verbs_subject_over_a_rule_reading():
    """ "Putin met Erdogan and condemned Israel": the rules read the nearest name before "condemned"; the parse gives
    the verb its conjunct's subject, and that overrules them, also when the subject is a pronoun it resolved."""
    body = ("Putin met Erdogan and condemned Israel. Turkish Foreign Minister Ahmet Davutoglu arrived in Baghdad. "
            "He met Iraqi Prime Minister Nouri al-Maliki and criticized Iran.")
    got = _claimed(body, "2010-01-01")
    assert ("Vladimir Putin", "criticizes", "Israel") in got
    assert ("Ahmet Davutoğlu", "criticizes", "Iran") in got
    assert ("Recep Tayyip Erdogan", "criticizes", "Israel") not in got
    assert ("Nouri al-Maliki", "criticizes", "Iran") not in got


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_a_definite_title_of_a_state_is_the_person_the_article_named_so(engine):
    """ "the Zimbabwean president" after "Zimbabwean President Robert Mugabe" (no role of his in the dictionary),
    "the Iraqi leader" after "Iraqi Prime Minister Nouri al-Maliki" (not the dictionary's president then)."""
    body = ("Zimbabwean President Robert Mugabe spoke on Monday. The Zimbabwean president accused Britain of plotting "
            "against him. Iraqi Prime Minister Nouri al-Maliki arrived in Ankara. The Iraqi leader criticized Iran.")
    got = _claimed(body, "2010-01-01", engine)
    assert ("Robert Mugabe", "accuses", "United Kingdom") in got
    assert ("Nouri al-Maliki", "criticizes", "Iran") in got
    assert not any(s == "Jalal Talabani" for s, _r, _t in got)


def test_a_new_person_is_named_without_the_honorific_the_recogniser_read_into_the_name():
    body = ("The deal was signed by U.S. special envoy Zalmay Khalilzad and the Taliban's political chief, Mullah "
            "Abdul Ghani Baradar. Pompeo, who met Baradar before the ceremony, urged the militants to keep their word.")
    got = _claimed(body, "2020-02-29")
    assert ("Mike Pompeo", "met", "Abdul Ghani Baradar") in got, got


def test_a_title_of_a_body_before_a_name_the_recogniser_read_as_one_body_names_the_person():
    """spaCy reads "Speaker of the US House of Representatives Nancy Pelosi" as one organisation; the person it
    ends with acts, and a later "condemns this" reaches her as the doer the story leads with."""
    body = ("On 2 August, Speaker of the US House of Representatives Nancy Pelosi visited Taiwan. This is a serious "
            "violation of the one-China principle. China firmly opposes and sternly condemns this.")
    got = _claimed(body, "2022-08-02")
    assert ("Nancy Pelosi", "met", "Taiwan") in got
    assert ("China", "criticizes", "Nancy Pelosi") in got
    assert not any("House" in s or "House" in t for s, _r, t in got), got


def test_the_parse_reading_of_a_target_overrules_a_rule_target_that_acts_in_a_clause_of_its_own():
    """The fast rule reads "condemned ... and said Canberra" as a criticism of Australia; the parse reads the
    condemned act as that of the commander named in full before (a surname the dictionary lacks), and Canberra as
    the subject of its own clause, so the rule's reading goes."""
    body = ("Fiji's navy chief, Commodore Viliame Naupoto, took control of the capital on Tuesday. Australian Prime "
            "Minister Kevin Rudd condemned Naupoto's action and said Canberra was suspending defence cooperation "
            "with Fiji.")
    article = parse(f"date: 2009-04-12\n\n{body}", "t.txt")
    ruled = {(c.source, c.relation, c.target) for c in extract(article, load_dictionary()).claims}
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    assert ("Kevin Rudd", "criticizes", "Australia") in ruled  # the rule's error this test is about (the engines
    # also drop it now as a relation of a leader with his own state)
    assert ("Kevin Rudd", "criticizes", "Viliame Naupoto") in got
    assert ("Kevin Rudd", "criticizes", "Australia") not in got


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_a_statements_author_is_its_i_and_never_its_he(engine):
    body = ("I spoke with President Zelenskyy tonight. He asked me to rally the world. Jill and I send our "
            "condolences to his family.")
    result = extract_with(parse(f"title: Statement from President Joe Biden on Ukraine\ndate: 2022-02-24\n\n{body}",
                                "t.txt"), engine=engine)
    he = [m.actor for m in result.mentions if m.surface == "He"]
    assert he == ["Volodymyr Zelenskyy"], he
    assert not [c for c in result.claims if c.relation == "condolences"]  # his family is no actor


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_a_statements_author_the_dictionary_lacks_is_its_i(engine):
    """ "Statement by Special Envoy ... Dr. J. Peter Pham on ...": the person named after the titles is the "I", an
    actor of the article's own; the embassy's "we" is still the United States; a title alone names no author."""
    body = "During my visit I met with President Felix Tshisekedi. We support his efforts."
    head = "date: 2019-02-25\nsource: https://cd.usembassy.gov/statement/\n\n"
    result = extract_with(parse(f"title: Statement by Special Envoy to the Great Lakes Dr. J. Peter Pham on the "
                                f"Occasion of His Visit to Kinshasa\n{head}{body}", "t.txt"), engine=engine)
    assert [m.actor for m in result.mentions if m.surface == "I"] == ["J. Peter Pham"]
    assert {m.actor for m in result.mentions if m.surface == "We"} == {"United States"}
    assert any(a.name == "J. Peter Pham" and not a.in_dictionary and a.type == "person" for a in result.actors)
    if engine == "parse":
        assert ("J. Peter Pham", "met", "Félix Tshisekedi") in {(c.source, c.relation, c.target)
                                                                  for c in result.claims}
    result = extract_with(parse(f"title: Statement by the Press Secretary on Kinshasa\n{head}{body}", "t.txt"),
                          engine=engine)
    assert not [m for m in result.mentions if m.surface == "I"]


@pytest.mark.parametrize(("by", "author"), [
    ("Acting Assistant Secretary Michael Gonzales", "Michael Gonzales"),
    ("U.S. Ambassador to Kenya Meg Whitman", "Meg Whitman"),
    ("Chargé d'Affaires Lucy Tamlyn", "Lucy Tamlyn"),
    ("the Core Group", None), ("the Troika Envoys", None), ("Heads of Mission Concerning Elections", None),
    ("the Election Observation Mission", None), ("the Nordic Ministers", None),
])
def test_an_unknown_author_is_a_name_after_a_title_not_a_group(by, author):
    """The name closing a statement's attribution after an office ("Acting Assistant Secretary X", "Ambassador to
    Kenya X") is its author; a group or a body so named is none (no "Core Group" person)."""
    from graph.extract import find_author

    article = parse(f"title: Statement by {by} on the Elections\ndate: 2019-02-25\n\nI met the President.", "t.txt")
    assert find_author(article, load_dictionary()) == author


@pytest.mark.parametrize("engine", ["fast", "parse"])
@pytest.mark.parametrize(("title", "body"), [
    ("Joint Statement of the G7 Foreign Ministers on Kosovo", "We condemn Serbia's attack on Kosovo."),
    ("Foreign ministers meet", "We, the G7 Foreign Ministers of Canada, France and Japan, met today. "
     "We condemn Serbia's attack on Kosovo."),
])
def test_a_statement_that_names_the_body_it_speaks_for_makes_that_body_its_we(engine, title, body):
    """ "We, the G7 Foreign Ministers ...", "Joint Statement of the G7 ...": "we" is the G7, not the government whose
    site published it."""
    article = parse(f"title: {title}\ndate: 2019-10-10\nsource: https://www.state.gov/x\n\n{body}", "t.txt")
    we = {m.actor for m in extract_with(article, engine=engine).mentions if m.surface in ("We", "we")}
    assert we == {"G7"}, we


@pytest.mark.parametrize("engine", ["fast", "parse"])
@pytest.mark.parametrize("source", ["https://ke.usembassy.gov/press-statement/",
                                    "https://blog.example/x\nlicense: Public domain (work of the U.S. federal "
                                    "government, U.S. Embassy in Ghana)"])
def test_a_us_embassy_statement_speaks_for_the_united_states(engine, source):
    """An embassy's statement, on its site or credited to it in a copy, is its government's: its "we" is the United
    States ("We assist the government of Ghana ...")."""
    body = "The Embassy condemns the attack. We assist the government of Ghana with training."
    article = parse(f"title: Press Statement\ndate: 2014-05-17\nsource: {source}\n\n{body}", "t.txt")
    result = extract_with(article, engine=engine)
    assert {m.actor for m in result.mentions if m.surface == "We"} == {"United States"}
    if engine == "parse":
        assert ("United States", "Ghana") in {(c.source, c.target) for c in result.claims}


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_an_outgoing_or_ailing_holder_still_leads_a_former_one_does_not(engine):
    """ "NATO's outgoing Secretary-General X": still in office on the day, so X leads NATO ("former" is past)."""
    body = ("NATO's outgoing Secretary-General Jens Stoltenberg spoke on Monday. Kenya's former President Daniel arap "
            "Moi spoke too. Zimbabwe's ailing President Robert Mugabe did not. Ousted Egyptian President Mohamed Morsi "
            "was in jail, and so was Sudan's deposed president, Omar al-Bashir.")
    got = {(c.source, c.target) for c in _extracted(body, "2017-06-01", engine).claims if c.relation == "leads"}
    assert ("Jens Stoltenberg", "NATO") in got and ("Robert Mugabe", "Zimbabwe") in got, got
    assert ("Daniel arap Moi", "Kenya") not in got, got
    assert ("Mohamed Morsi", "Egypt") not in got and ("Omar al-Bashir", "Sudan") not in got, got  # (no longer
    # in office: "ousted", "deposed")


def test_a_rank_before_a_name_is_no_part_of_the_body_the_title_names():
    """ "Commander of the Pacific Fleet Adm. X": the recogniser may run the rank into the body's name; the body is the
    Pacific Fleet, its commander X."""
    result = _extracted("Commander of the Pacific Fleet Adm. John Aquilino visited Manila on Tuesday.", "2020-10-06",
                        "parse")
    assert ("John Aquilino", "leads", "Pacific Fleet") in {(c.source, c.relation, c.target) for c in result.claims}
    assert not [a for a in result.actors if a.name.endswith("Adm.")], result.actors


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_a_subject_pronoun_after_a_list_opens_a_clause_and_is_no_target(engine):
    """ "condemns X's attacks on civilians in Y and we demand ...": "we" (the United States, whose site published it)
    opens a clause of its own; X attacks Y, not the United States."""
    body = "The United States condemns Laurent Gbagbo's attacks on civilians in Ivory Coast and we demand an end to it."
    article = parse(f"title: Statement\ndate: 2011-03-18\nsource: https://www.state.gov/x\n\n{body}", "t.txt")
    result = extract_with(article, engine=engine)
    assert {m.actor for m in result.mentions if m.surface == "we"} == {"United States"}
    got = {(c.source, c.relation, c.target) for c in result.claims}
    assert ("Laurent Gbagbo", "attacks", "United States") not in got, got
    assert ("United States", "criticizes", "Laurent Gbagbo") in got, got


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_a_name_after_a_role_phrase_is_a_person_and_the_subject_the_next_he_means(engine):
    """ "A spokesman for X, Ivan Petrovsky, said ...": Petrovsky is a person (the dictionary lacks him) and the
    subject of the sentence, so the "he" of the next one is him, not the one he speaks for."""
    body = ('Moscow rejected the claims. A spokesman for Vladimir Putin, Ivan Petrovsky, said on Monday that Russia '
            'would respond. "We hold Germany responsible for the attack," he added.')
    result = _extracted(body, "2015-06-01", engine)
    assert "Ivan Petrovsky" in {a.name for a in result.actors}
    assert [m.actor for m in result.mentions if m.surface == "he"] == ["Ivan Petrovsky"]
    if engine == "parse":
        assert ("Ivan Petrovsky", "accuses", "Germany") in {(c.source, c.relation, c.target) for c in result.claims}


def test_common_womens_given_names_make_a_person_the_dictionary_lacks_a_woman():
    d = load_dictionary()
    assert [d.female(f"{given} Dufka") for given in ("Corinne", "Nicole", "Isabelle", "Monica")] == [True] * 4


def test_the_us_secretaries_of_defense_before_gates_hold_their_office_in_the_dictionary():
    """Rumsfeld, Cohen and Perry complete the series from Gates on: a state thanked for its support supports theirs."""
    got = _claimed("Defense Secretary Donald Rumsfeld thanked Azerbaijan for its support.", "2005-08-14")
    assert ("Azerbaijan", "supports", "United States") in got
    d = load_dictionary()
    assert [r.of for name in ("Donald Rumsfeld", "William Cohen", "William Perry")
            for r in d.actors[name].roles] == ["United States"] * 3


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_a_long_role_phrase_opening_a_sentence_still_makes_its_name_the_subject(engine):
    body = ("Vladimir Putin visited Crimea on Monday. A spokesman for the regional electricity company, "
            "Oleg Nikolenko, said the power was out. He accused Ukraine of sabotage.")
    assert [m.actor for m in _extracted(body, "2015-06-01", engine).mentions if m.surface == "He"] == ["Oleg Nikolenko"]


@pytest.mark.parametrize(("body", "person"), [
    ("A spokesman for the army, Colonel Ahmed Ali, said Mali had attacked Niger.", "Ahmed Ali"),  # (no rank)
    ("Egypt's ambassador to the African Union, Mohamed Edrees, criticized Ethiopia.", "Mohamed Edrees"),
    ("Ashton Bumhira, director of the Youth Forum, criticized Robert Mugabe.", "Ashton Bumhira"),
    ("Nicolás Perez, Director of the daily El Universo, criticized Rafael Correa.", "Nicolás Perez"),
    ("Kenya protested. A senior U.S. envoy to Iraq, Zalmay Khalilzad, criticized Rafael Correa.", "Zalmay Khalilzad"),
])
def test_a_person_the_dictionary_lacks_is_introduced_by_a_role_on_either_side(body, person):
    """A possessor's role before the name, a capitalised role without an article after it, a role of dotted words."""
    assert person in {a.name for a in _extracted(body, "2013-07-01", "fast").actors}


@pytest.mark.parametrize(("title", "body"), [
    # only an organisation is taken for "we"
    ("Statement of the United States on Kosovo", "We, the United States and Japan, condemn Serbia's attack."),
    # ... and one alone, not the first of several parties
    ("Joint Statement of the European Union and Canada on Kosovo", "We condemn Serbia's attack on Kosovo."),
    # ... where the statement itself names it, not in a quotation of another's words
    ("News report", 'The EU statement began: "We, the European Union, are alarmed by Iran\'s tests." In Tehran, '
     'officials were defiant.'),
])
def test_we_is_no_body_where_a_statement_does_not_name_itself_one(title, body):
    article = parse(f"title: {title}\ndate: 2019-10-10\n\n{body}", "t.txt")
    assert MentionFinder(article, load_dictionary()).we is None


def test_a_statements_own_words_are_its_authors_judgement_and_charge():
    """No verb of saying: the author of "Statement from President X on ..." speaks them; not so for what another
    asked the author to do."""
    body = ("Statement from President Joe Biden on the Death of Boris Nemtsov\n\nLet there be no doubt: the Kremlin is "
            "responsible for Nemtsov's death. His death is more evidence of the brutality of the Kremlin in Ukraine. "
            "President Zelenskyy called me. He asked me to speak out against Iran's aggression in Iraq.")
    got = _claimed(body, "2015-02-28")
    assert ("Joe Biden", "accuses", "Russia") in got
    assert ("Joe Biden", "criticizes", "Russia") in got
    assert ("Joe Biden", "criticizes", "Iran") not in got


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_a_peoples_adjective_or_any_word_before_an_acronym_makes_no_longer_name(engine):
    """ "the Kurdish YPG militia", "Shiite Hezbollah": the dictionary's body, not part of a name it does not know."""
    body = "Turkey attacked the Kurdish YPG militia on Monday. Israel struck Shiite Hezbollah fighters."
    got = _claimed(body, "2019-10-10", engine)
    assert ("Turkey", "attacks", "People's Protection Units") in got
    assert ("Israel", "attacks", "Hezbollah") in got


def test_a_gerund_joined_to_a_passive_participle_does_not_take_its_agent_as_subject():
    body = ("Antony Blinken and the Saudi foreign minister discussed the challenge posed by Iran's nuclear program and "
            "building strong support for Ukraine while holding President Putin accountable for his war.")
    got = _claimed(body, "2023-05-01")
    assert not any(s == "Iran" for s, _r, _t in got), got


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_a_line_ending_in_said_colon_gives_the_quoted_paragraphs_their_i(engine):
    body = ('Foreign Secretary Dominic Raab said:\n\n"The UK condemns the diversion of the flight.\n\n"This morning I '
            'spoke with Lithuanian Foreign Minister Gabrielius Landsbergis about the incident. We stand with our '
            'allies."')
    result = _extracted(body, "2021-05-24", engine)
    assert [m.actor for m in result.mentions if m.surface == "I"] == ["Dominic Raab"]
    assert [m.actor for m in result.mentions if m.surface == "We"] == ["United Kingdom"]  # his state, not he


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_him_after_the_clauses_own_subject_is_the_person_named_before(engine):
    body = "Joe Biden met Vladimir Putin in Geneva on Wednesday. Afterwards Biden criticized him sharply."
    got = _claimed(body, "2021-06-16", engine)
    assert ("Joe Biden", "criticizes", "Vladimir Putin") in got, got


@pytest.mark.parametrize("body, wrong", [
    ("PTI quoted Narendra Modi as condemning Pakistan.", ("Pakistan Tehreek-e-Insaf", "criticizes", "Pakistan")),
    ("Erdogan said Sweden was no longer an obstacle to peace.", ("Recep Tayyip Erdogan", "criticizes", "Sweden")),
    ("Turkey denied Armenia's claims of a massacre.", ("Turkey", "criticizes", "Armenia")),
    ("Hamas attacked Israel. Egypt said that, and Qatar condemned Hamas.", ("Egypt", "criticizes", "Hamas")),
    ("Joe Biden warned that Ukraine would fall if Russia won.", ("Ukraine", "threatens", "Russia")),
    ('Foreign Secretary Dominic Raab said:\n\n"We condemn the attack."\n\nThe Kremlin responded in a statement. '
     '"We condemn Britain and the United States."', ("United Kingdom", "criticizes", "United States")),
])
def test_readings_a_review_of_this_sessions_changes_found_wrong_stay_out(body, wrong):
    """Each sentence gave the wrong edge at 9dc7c0e (a review's examples): an acronym of another body, a judgement
    undone by "no longer", a denied "massacre", "that" after a verb of saying, a consequence foreseen, and the "we"
    of a quotation after the one "X said:" introduced."""
    assert wrong not in _claimed(body, "2023-03-01")


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_a_surname_in_capitals_is_read_as_the_name(engine):
    """Japanese, French and EU texts write the surname in capitals ("Mr. KISHIDA Fumio", "Emmanuel MACRON"); an
    acronym in capitals stays itself ("NATO Secretary-General"), and a capital word after a verb is no surname."""
    got = _claimed("Mr. ISHIBA Shigeru, Prime Minister of Japan, held a meeting with President Emmanuel MACRON. "
                   "NATO Secretary General Mark Rutte welcomed them.", "2025-03-01", engine)
    assert ("Shigeru Ishiba", "met", "Emmanuel Macron") in got
    assert ("Mark Rutte", "leads", "NATO") in got


def test_a_participle_after_an_infinitive_goes_with_the_participle_above_it():
    """ "visited Y, trying to win over Z and meeting with W": the parser joins "meeting" to "win"; it is coordinated
    with "trying", so it is done (no intention over it) and its subject is the visitor."""
    got = _claimed("German Chancellor Angela Merkel toured the Gulf, trying to win over Qatar and meeting with "
                   "Emir Tamim bin Hamad Al Thani of Qatar.", "2017-06-01")
    assert ("Angela Merkel", "met", "Tamim bin Hamad Al Thani") in got


def test_a_ministers_portfolio_between_demonym_and_title_keeps_the_state():
    """ "Kenyan Internal Security Minister X": X serves Kenya (no separate mention of Kenya, no leads), so X's word
    that Kenya will fight is Kenya's threat."""
    got = _claimed("Kenyan Internal Security Minister George Saitoti said Kenya would attack al-Shabab in Somalia.",
                   "2011-10-15")
    assert ("George Saitoti", "threatens", "Al-Shabaab") in got
    assert not any(r == "leads" for _s, r, _t in got)


def test_a_description_can_name_the_body_of_a_title_in_its_sentence():
    """ "NATO Secretary-General X said the alliance supported Y": "the alliance" is NATO, named inside the title
    phrase, not the last body named outside it."""
    got = _claimed("The UN Security Council met on Monday. NATO Secretary-General Jens Stoltenberg said the alliance "
                   "fully supported Ukraine's sovereignty.", "2018-11-26")
    assert ("NATO", "supports", "Ukraine") in got
    assert ("UN Security Council", "supports", "Ukraine") not in got


def test_a_communique_body_named_by_its_head_word_alone():
    """A communique writes its body as "Council" after naming it in full; "the Transitional Military Council", a
    name of its own, is not that council; "Council" before any council is named is no one."""
    body = ("The Peace and Security Council of the African Union held its 996th meeting on Tuesday.\n\n"
            "Council condemns the killings of demonstrators by soldiers of the Transitional Military Council in "
            "N'Djamena.")
    got = _claimed(body, "2021-05-11")
    assert ("African Union Peace and Security Council", "criticizes", "Transitional Military Council") in got
    assert not _claimed("Council strongly condemns Israel.", "2019-06-06")


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_what_two_actors_discuss_in_their_call_is_no_talks_of_its_own(engine):
    """Guidelines rule 6: topics discussed during a call or meeting give no `discussed_with` between its parties."""
    got = _claimed("Joe Biden spoke by phone with Olaf Scholz on Monday. Olaf Scholz briefed Joe Biden on the talks "
                   "in Kyiv.", "2023-02-01", engine)
    assert ("Joe Biden", "called", "Olaf Scholz") in got
    assert not {r for s, r, t in got if r == "discussed_with"}


def test_an_unnamed_ministry_is_the_organ_of_the_state_before_it():
    """ "Russia's Foreign Ministry" (which the recogniser names as a body) is Russia, not an actor "Foreign
    Ministry"."""
    got = _claimed("Poland expelled 45 Russian diplomats. Russia's Foreign Ministry called the step an unfriendly "
                   "provocation.", "2022-04-05")
    assert ("Russia", "criticizes", "Poland") in got
    assert not any("Ministry" in s or "Ministry" in t for s, _r, t in got)


def test_a_sentence_opening_pronoun_goes_on_with_the_subject_before():
    """ "X told parliament ... Y ... He also suspended contacts with Moscow": he is X, the subject going on, not the
    last person named."""
    got = _claimed("Boris Johnson told parliament the government had concluded that the Russian state was culpable for "
                   "the murder of Alexander Litvinenko, a former officer of the FSB. He also suspended "
                   "high-level contacts with Moscow.", "2020-09-14")
    assert ("Boris Johnson", "criticizes", "Russia") in got
    assert ("Alexander Litvinenko", "criticizes", "Russia") not in got


def test_the_noun_before_a_participle_is_its_subject():
    """ "responded to the United States imposing sanctions on Y": the parser hangs "imposing" on "responded"; the
    States impose them, not the one who responded."""
    got = _claimed("Nicolas Maduro has responded to the United States imposing sanctions on his foreign minister, "
                   "Jorge Arreaza.", "2019-03-01")
    assert ("United States", "criticizes", "Jorge Arreaza") in got
    assert ("Nicolás Maduro", "criticizes", "Jorge Arreaza") not in got


def test_coordinated_modifiers_of_officials_each_act():
    """ "U.S. and Israeli officials criticized X": the parser reads "U.S." as a noun modifier and the mention finder
    reads "Israeli officials" as one mention; both states act."""
    got = _claimed("U.S. and Israeli officials criticized Jimmy Carter.", "2008-04-20")
    assert {("United States", "criticizes", "Jimmy Carter"), ("Israel", "criticizes", "Jimmy Carter")} <= got


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_a_charge_a_press_officer_voices_is_also_their_principals(engine):
    """What a spokesperson voices, the state or body they speak for voices too: the title names it ("Chinese Foreign
    Ministry spokesman X") or an apposition does ("X, a Kremlin spokesman"); a state named elsewhere in the sentence
    is not taken for it."""
    body = ("Chinese Foreign Ministry spokesman Geng Shuang criticized Japan on Monday. Dmitry Peskov, a Kremlin "
            "spokesman, accused Ukraine of shelling the plant. After talks in Germany, Steffen Hebestreit, a "
            "spokesman, criticized Russia.")
    article = parse(f"title: News report\ndate: 2019-05-10\n\n{body}", "t.txt")
    claims = extract_with(article, engine=engine).claims
    got = {(c.source, c.relation, c.target) for c in claims}
    assert {("China", "criticizes", "Japan"), ("Russia", "accuses", "Ukraine")} <= got
    assert not [c for c in claims if c.rule.endswith("+principal") and c.target == "Russia"]


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_a_place_or_a_subject_before_a_spokesman_is_no_press_officer(engine):
    """ "In Moscow, a spokesman said ...": Moscow (Russia) is no press officer, so what is said of Russia elsewhere
    stands; nor is a person before "a spokesman said" ("After talks with Putin, a spokesman said")."""
    from graph.engines import _press_officer

    body = ("Turkey accused Russia of violating its airspace. In Moscow, a defense ministry spokesman denied the "
            "charge.")
    assert ("Turkey", "accuses", "Russia") in _claimed(body, "2016-01-30", engine)
    text = "After talks with Putin, a spokesman said the visit went well. Peskov, a Kremlin spokesman, said no."
    assert not _press_officer(text, text.index("Putin"), text.index("Putin") + 5)
    assert _press_officer(text, text.index("Peskov"), text.index("Peskov") + 6)


def test_her_before_a_noun_is_a_possessive_that_may_be_the_subjects():
    """ "Merkel says her country supports Y": "her" before a noun is the subject's own, as "his" is (the object
    pronoun "her" is not its clause's subject: "Putin met Merkel and thanked her")."""
    article = parse("date: 2008-08-17\n\nAngela Merkel says her country supports Georgia's territorial integrity. "
                    "Vladimir Putin met Angela Merkel and thanked her.", "t.txt")
    result = extract_with(article, engine="parse")
    pronouns = [(m.surface, m.actor) for m in result.mentions if m.how == "pronoun"]
    assert pronouns == [("her", "Angela Merkel"), ("her", "Angela Merkel")]
    assert ("Germany", "supports", "Georgia") in {(c.source, c.relation, c.target) for c in result.claims}


def test_his_excellency_is_an_honorific_not_a_pronoun():
    """ "His Excellency X" names X: "His" there refers to no one named before."""
    body = "Vladimir Putin spoke. The talks were hosted by His Excellency Recep Tayyip Erdogan."
    article = parse(f"title: News report\ndate: 2019-05-10\n\n{body}", "t.txt")
    mentions = extract(article).mentions
    at = article.text.index("His Excellency")
    assert not [m for m in mentions if m.how == "pronoun" and m.start <= at + 1 < m.end + 1]


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_a_name_two_people_share_is_the_one_in_office_on_the_articles_date(engine):
    """"George Bush" names both presidents in the dictionary; the article's date says which."""
    def who(day: str, body: str) -> set[str]:
        article = parse(f"date: {day}\n\n{body}", "t.txt")
        return {c.source for c in extract_with(article, engine=engine).claims if c.relation == "met"}

    assert who("1990-08-05", "George Bush met Margaret Thatcher in Aspen.") == {"George H. W. Bush"}
    assert who("1990-08-05", "President George Bush met Margaret Thatcher in Aspen.") == {"George H. W. Bush"}
    assert who("2005-03-03", "President George Bush met Tony Blair in London.") == {"George W. Bush"}


def test_a_name_start_finds_one_person_only():
    """The first two words of a longer name stand for the one person whose name starts so, never for two."""
    d = load_dictionary()
    assert d.name_starts.get(loose_form("Abdullahi Yusuf")) == "Abdullahi Yusuf Ahmed"
    assert d.name_starts.get(loose_form("Abdel Fattah")) is None  # el-Sisi and al-Burhan


def test_both_engines_give_no_relation_between_a_person_and_the_state_they_lead():
    """A rule that reads "rebels fighting against Syrian President Assad" as Syria fighting its own president gives
    nothing: no relation between a person and the state they lead on the article's date, in either engine."""
    from graph.engines import extract_with

    article = parse("date: 2024-06-01\n\nThe Syrian government refers to rebels fighting against Syrian President "
                    "Bashar al-Assad as terrorists. Joe Biden met Volodymyr Zelenskyy.", "x.txt")
    for engine in ("fast", "parse"):
        got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
        assert ("Bashar al-Assad", "leads", "Syria") in got
        assert ("Joe Biden", "met", "Volodymyr Zelenskyy") in got
        assert not {(a, r, b) for a, r, b in got if r != "leads" and {a, b} == {"Syria", "Bashar al-Assad"}}, got


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_an_article_in_capitals_is_read_and_quoted_as_written(engine):
    """Old wire copy is all in capitals: it is read in the usual capitals (the names and titles the dictionary
    knows), and each claim still quotes the sentence as the article writes it."""
    body = ("PRESIDENT PUTIN AND ISRAELI PRIME MINISTER BENJAMIN NETANYAHU SPOKE BY TELEPHONE ON FRIDAY. "
            "THE MAN WHO ANSWERED SAID THE TALKS WENT WELL.")
    article = parse(f"title: Wire copy\ndate: 2023-11-12\n\n{body}", "t.txt")
    result = extract_with(article, load_dictionary(), engine)
    got = {(c.source, c.relation, c.target) for c in result.claims}
    assert (P, "called", N) in got and (N, "leads", IL) in got
    assert all(c.quote == article.text[c.start : c.end] and c.quote.isupper() for c in result.claims)
    assert "World Health Organization" not in {m.actor for m in result.mentions}  # "WHO" is a word here
    assert all(m.surface == article.text[m.start : m.end] for m in result.mentions)


def test_a_passage_in_capitals_keeps_its_length_and_a_list_of_acronyms_stays():
    from graph.mentions import matcher_for, truecased

    casing = matcher_for(load_dictionary()).casing
    text = "Officials of the UN, EU, NATO, AU met. PRIME MINISTER TONY BLAIR SAID ON MONDAY THAT NATO WOULD ACT."
    read = truecased(text, casing)
    assert len(read) == len(text) and read.lower() == text.lower()
    assert read.startswith("Officials of the UN, EU, NATO, AU met.")
    assert "Prime Minister Tony Blair said on Monday that NATO would act." in read
    assert truecased("THE U.S. AND THE U.K. SAID THE TALKS FAILED.", casing).startswith("The U.S. and the U.K. said")


def test_a_titled_name_is_the_dictionarys_in_another_spelling_and_not_the_namesake_before():
    """ "Kim Jong-Il" and "Kim Dae-Jung" are the dictionary's "Kim Jong Il" and "Kim Dae-jung"; a name that only
    begins like one seen before ("Kim ...") is not that person."""
    body = ("North Korean leader Kim Jong-Il will visit Seoul. South Korean President Kim Dae-Jung hosted the envoy. "
            "Russian Interior Minister Vladimir Kolokoltsev attended.")
    got = triples(body, day="2000-09-15")
    assert ("Kim Jong Il", "leads", "North Korea") in got and ("Kim Dae-jung", "leads", "South Korea") in got
    assert ("Kim Jong Il", "leads", "South Korea") not in got
    article = parse(f"date: 2000-09-15\n\n{body}", "t.txt")
    assert "Vladimir Kolokoltsev" in {a.name for a in extract(article).actors}


def test_a_month_after_a_name_is_cut_off_whole():
    article = parse("date: 2010-01-01\n\nTaiwan's President Ma May 20 condemned China for the drills.", "t.txt")
    for engine in ("fast", "parse"):
        names = {a.name for a in extract_with(article, load_dictionary(), engine).actors}
        assert not names & {"Ma Ma", "Ma May", "May 20"}, (engine, names)


def test_a_building_named_after_a_ruler_is_no_person():
    article = parse("date: 2019-01-01\n\nSultan Qaboos bin Said visited the Sultan Qaboos Grand Mosque.", "t.txt")
    assert all("Mosque" not in a.name for a in extract(article).actors)


def test_a_describing_adjective_between_a_states_name_and_its_title_leaves_it_leading():
    assert ("Rafael Correa", "leads", "Ecuador") in triples("Ecuador's socialist President Rafael Correa spoke.",
                                                           day="2012-06-01")


@pytest.mark.parametrize(("body", "never", "want"), [
    # a relative's or a lawyer's possessor is someone else, no actor the noun stands for
    ("Amnesty International supported Joe Biden's son in the case.", ("Amnesty International", "supports", "Joe Biden"),
     None),
    ("The Kremlin criticized Joe Biden's lawyer.", ("Russia", "criticizes", "Joe Biden"), None),
    # ... but an official speaks for the one whose official he is, and a remark is its speaker's
    ("Iran condemned Joe Biden's remarks.", None, ("Iran", "criticizes", "Joe Biden")),
])
def test_a_relatives_possessor_is_not_the_one_meant(body, never, want):
    got = _claimed(body, "2023-06-01", "parse")
    assert never not in got and (want is None or want in got), (body, sorted(got))


def test_a_name_before_a_word_for_an_area_is_a_place_not_an_actor():
    for body, place in (("The Sheikh Maqsoud neighbourhood was shelled by the Syrian army.", "Maqsoud"),
                        ("The Syrian army shelled the Al Waer district.", "Waer")):
        result = _extracted(body, "2012-06-01", "parse")
        assert not any(place in a.name for a in result.actors), (body, result.actors)
        assert not any(place in c.target for c in result.claims), body


@pytest.mark.parametrize("engine", ["parse", "fast"])
@pytest.mark.parametrize("body", [
    "Javier Solana, head of EU foreign policy, said the bloc was concerned.",
    "The leader of the Iranian delegation, Deputy Foreign Minister Ali Bagheri, said the talks went well.",
    "General David Petraeus, the head of the NATO forces in Afghanistan, spoke on Monday.",
])
def test_a_title_of_a_unit_or_a_field_leads_neither_the_state_nor_the_body(engine, body):
    got = _claimed(body, "2010-06-01", engine)
    assert not any(r == "leads" for _s, r, _t in got), (body, sorted(got))


def test_a_named_document_is_no_actor():
    result = _extracted("Turkey and the United States endorsed a Road Map for Manbij.", "2018-06-01")
    assert not any("Map" in a.name for a in result.actors), result.actors
    assert not any("Map" in c.target for c in result.claims)


def test_a_name_with_a_middle_initial_is_read_and_its_surname_after_it():
    body = ("Barack Obama met with Paul J. Bremer, his adviser, on Monday. Bremer then visited Jordan and Egypt.")
    got = _claimed(body, "2009-06-01", "parse")
    assert {("Barack Obama", "met", "Paul J. Bremer"), ("Paul J. Bremer", "met", "Jordan"),
            ("Paul J. Bremer", "met", "Egypt")} <= got, sorted(got)


def test_a_religious_title_with_the_stands_for_the_one_named_with_it():
    body = ("Barack Obama criticized Cardinal Francis George on Monday. Later, Hillary Clinton criticized the "
            "Cardinal.")
    got = _claimed(body, "2012-06-01", "parse")
    assert ("Hillary Clinton", "criticizes", "Francis George") in got, sorted(got)


@pytest.mark.parametrize(("body", "want", "never"), [
    # a name after "the town of" is a place
    ("Turkey's shelling of the border town of Jarablus forced thousands to flee.", None, "Jarablus"),
    ("Turkish jets bombed the town of Tal Rifaat.", None, "Rifaat"),
])
def test_places_the_recogniser_finds(body, want, never):
    result = _extracted(body, "2019-09-01", "parse")
    got = {(c.source, c.relation, c.target) for c in result.claims}
    assert want is None or want in got, (body, sorted(got))
    assert never is None or not any(never in a.name for a in result.actors), (body, result.actors)


@pytest.mark.parametrize(("body", "want", "never"), [
    # a mediator in a conflict between two others is no side of it
    ("Egypt has mediated in the conflict between Israel and Hamas.", ("Israel", "attacks", "Hamas"),
     ("Egypt", "attacks", "Israel")),
    ("Norway was involved in the conflict between Sri Lanka and the Tamil Tigers as a mediator.", None,
     ("Norway", "attacks", "Sri Lanka")),
    # ... nor is one that fought beside the other
    ("Poland took part in the war in Iraq with the United States.", None, ("Poland", "attacks", "United States")),
])
def test_a_mediator_or_an_ally_in_a_war_is_no_side_of_it(body, want, never):
    got = _claimed(body, "2010-06-01", "parse")
    assert (want is None or want in got) and never not in got, (body, sorted(got))


@pytest.mark.parametrize(("body", "want"), [
    ("The Kurdistan Region criticized Iraq over the budget.", ("Kurdistan Region", "criticizes", "Iraq")),
    ("China condemned the activist Nathan Law on Monday.", ("China", "criticizes", "Nathan Law")),
])
def test_a_body_or_a_person_whose_name_ends_in_a_place_or_text_word_stays(body, want):
    got = _claimed(body, "2015-06-01", "parse")
    assert want in got, (body, sorted(got))


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_a_disaster_that_struck_a_state_is_no_attack_on_it(engine):
    """ "condolences after the earthquake that struck Y": the nearest actor before the verb did not strike Y; an
    actor that struck does."""
    body = ("Dmitry Medvedev sent condolences to Naoto Kan after the earthquake that struck Japan. Olaf Scholz spoke "
            "after the floods which have hit Pakistan. Russia struck Georgia on Friday.")
    article = parse(f"title: Example\ndate: 2011-03-14\n\n{body}", "example.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
    assert not {c for c in got if c[1] == "attacks" and c[2] in ("Japan", "Pakistan")}, got
    assert ("Russia", "attacks", "Georgia") in got


@pytest.mark.parametrize("engine", ["fast", "parse"])
def test_we_of_a_government_text_copied_elsewhere_is_the_government_its_credit_names(engine):
    """A State Department statement republished on a blog: "we" is the United States when the source or licence line
    names the department as the author; with a news agency's credit it is no one."""
    body = "We condemn the attacks by Boko Haram on the island. We offer our condolences to the people of Niger."

    def got(license_line):
        article = parse(f"title: Statement\ndate: 2015-04-28\nsource: https://blog.example/p/1\nlicense: {license_line}"
                        f"\n\n{body}", "t.txt")
        return {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
    assert ("United States", "criticizes", "Boko Haram") in got("Public domain (work of the U.S. Department of State)")
    assert not {c for c in got("Public domain (Voice of America)") if c[0] == "United States"}



def test_two_who_discussed_in_the_readout_of_their_call_called():
    """A call readout whose body never tells the call ("Mr Putin and Mr Bush discussed ..." under the title "... had a
    telephone conversation with ..."): the two called; in a story of a meeting they discussed."""
    body = "Mr Putin and Mr Bush discussed some of the issues on the bilateral agenda."

    def got(title):
        article = parse(f"title: {title}\ndate: 2006-10-02\n\n{body}", "t.txt")
        return {(c.source, c.relation, c.target) for c in extract_with(article, engine="parse").claims}
    call = got("President Vladimir Putin had a telephone conversation with President George W. Bush")
    assert ("Vladimir Putin", "called", "George W. Bush") in call, call
    met = got("Putin and Bush meet in Moscow")
    assert ("Vladimir Putin", "called", "George W. Bush") not in met, met
    assert ("Vladimir Putin", "discussed_with", "George W. Bush") in met, met


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_they_after_a_list_of_people_one_spoke_with_are_all_of_them_paired_with_the_caller(engine):
    """ "X spoke with A, B and C. The leaders condemned Y. They discussed Z": all four condemn Y, and talks among them
    are the caller's with each, not A's with B (both engines read the mention finder's plural)."""
    article = parse("title: Example\ndate: 2024-06-01\n\nPrime Minister Narendra Modi spoke with President Emmanuel "
                    "Macron of France, Chancellor Olaf Scholz of Germany, and President Cyril Ramaphosa of South "
                    "Africa. The leaders condemned Sudan. They also discussed Chad.", "x.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
    assert ("Olaf Scholz", "criticizes", "Sudan") in got and ("Cyril Ramaphosa", "criticizes", "Sudan") in got
    assert not {t for t in got if t[1] == "discussed_with" and "Narendra Modi" not in t}, sorted(got)


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_a_title_joined_to_a_definite_title_shares_its_the_and_a_hyphened_backer_is_the_modifiers(engine):
    """ "The President and Prime Minister discussed Iranian-backed Houthi attacks. They also reiterated ...": the bare
    "Prime Minister" is the one named so before (both engines read the mention finder), and "Iranian-backed" is Iran's
    backing, not the subject's."""
    article = parse("title: Example\ndate: 2024-01-12\n\nPresident Joe Biden spoke today with Prime Minister Rishi "
                    "Sunak of the United Kingdom. The President and Prime Minister discussed Iranian-backed Houthi "
                    "attacks. The President and Prime Minister also reiterated their support for Ukraine.", "x.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
    assert ("Rishi Sunak", "supports", "Ukraine") in got, sorted(got)
    assert ("Rishi Sunak", "supports", "Houthis") not in got and ("Joe Biden", "supports", "Houthis") not in got
    backs = parse("title: Example\ndate: 2024-01-12\n\nNorth Korea supports the Iranian-backed Houthis.", "y.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(backs, engine=engine).claims}
    assert ("North Korea", "supports", "Houthis") in got and ("Iran", "supports", "Houthis") in got, sorted(got)


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_concern_for_an_attack_on_y_neither_attacks_nor_criticizes_y(engine):
    """ "X underscored his concern for the attack on Y", "X expressed concern about the attack on Y's embassy": Y is
    the victim; X neither attacks nor criticizes it (but "concern about Russia's attacks on Y" criticizes Russia)."""
    article = parse("title: Example\ndate: 2009-10-10\n\nPresident Barack Obama underscored his concern for the "
                    "attack on India. Obama also expressed concern about the attack on the Indian Embassy in Kabul. "
                    "He expressed concern about Russia's attacks on Georgia.", "x.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
    assert not {t for t in got if t[2] == "India"}, sorted(got)
    assert ("Barack Obama", "criticizes", "Russia") in got and ("Russia", "attacks", "Georgia") in got, sorted(got)


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_a_name_in_a_clause_saying_what_the_condemned_act_is_is_not_condemned(engine):
    """ "condemned the test, which is a violation of UN Security Council resolutions" condemns no Council; "condemned
    the launch, which North Korea conducted" condemns North Korea (the clause names the doer)."""
    article = parse("title: Example\ndate: 2022-12-20\n\nJapan condemned the launch, which North Korea conducted "
                    "early Tuesday. Japan also condemned the test, which is a violation of UN Security Council "
                    "resolutions.", "x.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
    assert ("Japan", "criticizes", "North Korea") in got, got
    assert not {t for t in got if t[2] == "UN Security Council"}, got


@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_a_name_with_a_comma_before_jr_is_the_dictionarys_and_leads_the_state_after_it(engine):
    """ "President Ferdinand R. Marcos, Jr. of the Philippines" is the dictionary's Ferdinand Marcos Jr., who leads
    the Philippines (not a new actor "Ferdinand R. Marcos, Jr")."""
    article = parse("title: Example\ndate: 2023-05-01\n\nPresident Joe Biden met with President Ferdinand R. "
                    "Marcos, Jr. of the Philippines.", "x.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
    assert ("Joe Biden", "met", "Ferdinand Marcos Jr.") in got, sorted(got)
    assert ("Ferdinand Marcos Jr.", "leads", "Philippines") in got, sorted(got)



@pytest.mark.parametrize("engine", ["parse", "fast"])
def test_the_three_advisors_are_the_three_people_named_just_before(engine):
    """ "The three national security advisors condemned ..." after a sentence naming three people is those three (both
    engines read the mention finder); "the four leaders" after three people named is none of them."""
    article = parse("title: Example\ndate: 2022-11-18\n\nNational Security Advisor Jake Sullivan met in Tokyo with "
                    "Japanese National Security Advisor Takeo Akiba and ROK National Security Advisor Cho Tae-yong. "
                    "The three national security advisors condemned the DPRK's launch.", "x.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(article, engine=engine).claims}
    assert {("Jake Sullivan", "criticizes", "North Korea"), ("Cho Tae-yong", "criticizes", "North Korea")} <= got, got
    wrong = parse("title: Example\ndate: 2022-11-18\n\nPresident Joe Biden met with Prime Minister Boris Johnson and "
                  "Chancellor Olaf Scholz. The four leaders condemned Russia.", "y.txt")
    got = {(c.source, c.relation, c.target) for c in extract_with(wrong, engine=engine).claims}
    assert not {t for t in got if t[1] == "criticizes"}, got
