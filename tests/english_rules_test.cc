// Copyright 2026 The khabar Authors. MIT License.
//
// Clause-analysis rules of the English coder (src/coder/english_rules.cc),
// one invented sentence each, coded with the built-in dictionaries. Each
// case names the rule it guards; `absent` cases check that an event is NOT
// written (background, the content of an appeal, a place name).

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "test_coding.h"

namespace khabar::testing {
namespace {

struct Case {
  const char* id;  // test name
  const char* rule;
  const char* text;
  const char* source;  // full actor code expected
  const char* target;
  const char* code;  // CAMEO code expected (prefix)
  bool negated;
  bool absent = false;  // the event must not be written
};

const Case kCases[] = {
    {"DatelineGivesTheCountryOfUnnamedActors",
     "the dateline's city names the country of 'police' and 'protesters'; a pattern word that "
     "names an actor is the object",
     "CAIRO, March 3 (Reuters) - Police arrested dozens of protesters on Sunday.", "EGYCOP",
     "EGYCVL", "17", false},
    {"EmergencyRuleFallsOnOwnPeople",
     "martial law / a state of emergency is imposed on the state's own people, whatever place "
     "follows",
     "Peru declared a state of emergency in three southern provinces near the border with "
     "Bolivia.",
     "PERGOV", "PERCVL", "1724", false},
    {"PronounAfterSaidIsTheSpeaker", "'X said it had ...': the pronoun is the speaker",
     "Kenya's army said it had shot down two Somali drones, a claim Mogadishu denied.", "KENMIL",
     "SOM", "19", false},
    {"ClaimDeniedIsTheActNegated",
     "'..., a claim Moscow denied': the reported act again, negated, on the denier's word",
     "Kenya's army said it had shot down two Somali drones, a claim Mogadishu denied.", "KENMIL",
     "SOM", "19", true},
    {"JudgementInReportedSpeech",
     "'the decision by X was \"unacceptable\"' in reported speech: the speaker criticises X",
     "Turkey's foreign ministry said the decision by Greece was \"unacceptable\".", "TURGOV", "GRC",
     "111", false},
    {"SecondVerbTakesTheFirstSubject",
     "'X, who ..., condemned ... and accused Y': a verb joined by 'and' has the first verb's "
     "subject, across a relative clause with a year in it",
     "The Iraqi prime minister, who took office in 2022, condemned the strike and accused Turkey "
     "of violating Iraqi sovereignty.",
     "IRQGOV", "TUR", "112", false},
    {"ParticipleTakesTheMainSubject",
     "'..., accusing Beijing of ...': a participle after a comma has the main clause's subject",
     "Japan's foreign ministry summoned China's ambassador, accusing Beijing of harassment.",
     "JPNGOV", "CHNGOV", "112", false},
    {"ContentOfAnAppealIsNotAnAct", "'urged Russia to release': no release is coded",
     "Germany urged Russia to release the journalist.", "RUS", "---", "084", false, true},
    {"AppealIsCoded", "'urged Russia to release' is an appeal for release",
     "Germany urged Russia to release the journalist.", "DEU", "RUS", "0253", false},
    {"ClashHasTwoSides",
     "'were killed in a clash with X': X is the agent, and a clash goes both ways",
     "Three Armenian soldiers were killed in a clash with Azerbaijani troops.", "ARMMIL", "AZEMIL",
     "19", false},
    {"SeaNamedAfterACountryIsAPlace", "'the South China Sea' is not China",
     "The Philippines and the United States held joint patrols in the South China Sea.", "PHL",
     "CHN", "", false, true},
    {"DenialEndsAtTheNextVerb",
     "'denied ... and accused Israel': the accusation is not inside the denial",
     "Oman denied reports that it had hosted talks between Iran and the United States, and "
     "accused Israel of spreading rumours.",
     "OMN", "ISR", "112", false},
    {"ParticipleSkipsTheDemandsContent",
     "'demanded that X release ... and compensate ..., accusing Y': the participle has the "
     "subject of the verb that demands, not of the demand's content",
     "Algeria's foreign ministry demanded that Madrid release the fishermen and compensate their "
     "families, accusing Spain of piracy.",
     "DZAGOV", "ESP", "112", false},
    {"WillExpelIsTheAct", "'X will expel diplomats': the decided expulsion, not a threat",
     "Norway will expel five Iranian diplomats, the prime minister said on Monday.", "NOR",
     "IRNGOV", "161", false},
    {"WouldExpelStaysAThreat", "'X would expel diplomats': a threat to reduce relations",
     "Norway would expel Iranian diplomats, the minister warned.", "NOR", "IRNGOV", "1313", false},
    {"TwoSidesAreTheStorysFirstActors",
     "'the two sides agreed' with one actor before it in the sentence: the story's first two "
     "countries, each toward the other",
     "Chad accused Sudan of shelling a border town on Monday. Libya's foreign ministry said on "
     "Tuesday the two sides had agreed to stop firing.",
     "SDN", "TCD", "0871", false},
    {"TwoSidesNotTheSpeaker",
     "'Libya said the two sides had agreed': the speaker is not one of the sides",
     "Chad accused Sudan of shelling a border town on Monday. Libya's foreign ministry said on "
     "Tuesday the two sides had agreed to stop firing.",
     "LBY", "---", "08", false, true},
    {"ThreeCountriesAreTheThreeNamed", "'the three countries' after three were named: each of them",
     "Brazil imposed tariffs on imports from Peru, Chile and Bolivia, demanding that the three "
     "countries cut subsidies.",
     "BRA", "PER", "100", false},
    {"AllSidesAreTheConflictsSides",
     "'urged all sides': the two sides of the story's first hostile act",
     "Ethiopian troops attacked Eritrea on Sunday. Kenya urged all sides to exercise restraint.",
     "KEN", "ETH", "0256", false},
    {"AllPartiesInOneCountry",
     "'urged all parties' in a story with no conflict between states: the country of the story",
     "CARACAS, May 3 (Reuters) - Police clashed with protesters in the capital on Sunday. Mexico "
     "urged all parties to refrain from violence.",
     "MEX", "VEN", "0256", false},
    {"EachOtherGoesBothWays", "'A and B accused each other': B accuses A too",
     "Chad and Sudan accused each other of shelling civilians.", "SDN", "TCD", "1123", false},
    {"PlaceIsNotOneOfTheTwoCountries",
     "'met in Vietnam ... the summit between the two countries': Vietnam is where, not a side",
     "The leaders of Japan and South Korea met in Vietnam on Monday in the first summit between "
     "the two countries in years.",
     "JPNGOV", "KORGOV", "04", false},
    {"AnnouncedRetaliationIsAThreat",
     "'Moscow would respond' after a hostile act: a threat toward its author",
     "Poland expelled 45 Russian diplomats on Monday. Russia's foreign ministry said Moscow would "
     "respond.",
     "RUSGOV", "POL", "130", false},
    {"RespondingToALetterIsNoThreat",
     "'would respond to the letter' with no hostile act: no threat",
     "Armenia's foreign ministry said it would respond to the letter next week.", "ARM", "---",
     "13", false, true},
    {"NotHesitateIsAThreatNotANegation",
     "'would not hesitate to impose sanctions': a threat of sanctions, not negated",
     "Mali expelled the French ambassador. Paris would not hesitate to impose sanctions, the "
     "foreign ministry said.",
     "FRAGOV", "MLI", "1312", false},
    {"AnnouncedActIsAThreatTowardTheArmedGroup",
     "'We will hunt you down' after an Islamic State attack: a threat toward the group",
     "Islamic State militants killed ten Nigerien soldiers on Friday. Niger's president said: \"We "
     "will hunt you down.\"",
     "NERGOV", "IMGISIREB", "13", false},
    {"ThreatTowardOwnRebels",
     "'vowing harsh punishment' after a rebel attack: the state threatens its own rebels",
     "Malian rebels seized an army base in the north. Mali's president called the attack "
     "treason, vowing harsh punishment.",
     "MLIGOV", "MLIREB", "137", false},
    {"WithSubjectParticiplesAccuseEachOther",
     "'with both sides reporting ... and accusing each other': both sides accuse, each the other",
     "Fighting between Sudanese and Chadian forces raged on Monday, with both sides reporting "
     "casualties and accusing each other of shelling villages.",
     "TCDMIL", "SDNMIL", "112", false},
    {"DrillAnswersTheMilitaryAct",
     "a drill with no party named answers the last military act, not the condemnation of it",
     "Iran fired a ballistic missile over Iraq on Monday. Iraq condemned the launch. Turkish and "
     "Iraqi fighter jets staged a bombing drill near the border hours later.",
     "TURMIL", "IRN", "150", false},
    {"DrillOffTheCoastIsNoBombing",
     "'staged a drill off the coast, dropping munitions' is not 'set off explosives' (183)",
     "Iran fired a ballistic missile over Iraq on Monday. Turkish and Iraqi fighter jets staged a "
     "bombing drill off the coast hours later, dropping precision-guided munitions on an island "
     "target.",
     "TUR", "---", "18", false, true},
    {"SigningWithAMemberIsMutual",
     "'A and B signed a statement in which B ...': each signs with the other",
     "Egypt and Jordan met in Cairo and signed a joint statement in which Jordan pledged to share "
     "water data.",
     "JOR", "EGY", "057", false},
    {"ClaimedActIsTheClaimantsAct",
     "'X claimed responsibility for a bombing that killed Y': X's bombing of Y (gold convention "
     "3)",
     "Al-Shabaab claimed responsibility for a suicide bombing in Mogadishu that killed five Kenyan "
     "soldiers.",
     "SOMREB", "KENMIL", "183", false},
    {"ClaimItselfIsNotCoded", "'claimed responsibility for a bombing': no 015",
     "Al-Shabaab claimed responsibility for a suicide bombing in Mogadishu that killed five Kenyan "
     "soldiers.",
     "SOM", "---", "015", false, true},
    {"CondemnedAttackIsTheClaimedAct",
     "'condemned the attack' after a claimed bombing: the claimant is condemned",
     "Al-Shabaab claimed responsibility for a suicide bombing in Mogadishu that killed five Kenyan "
     "soldiers. Somalia's president condemned the attack.",
     "SOMGOV", "SOMREB", "111", false},
    {"HisCountryIsTheSpeakers",
     "'X's minister said his country had given her refuge': X grants asylum to the subject of "
     "the sentence before, which coded no event",
     "Belarusian opposition leader Maria Kolesnikova left for neighbouring Poland. Polish Foreign "
     "Minister Jan Nowak said his country had given her refuge.",
     "POL", "BLROPP", "075", false},
    {"OneThreatSaidTwice",
     "'vowed to retaliate, telling them: \"We will hunt you down\"': one threat, not two",
     "Gunmen from the Islamic State killed 20 Nigerian soldiers on Monday. Nigeria's president "
     "vowed to retaliate, telling the militants: \"We will hunt you down.\"",
     "NGAGOV", "IMG", "137", false, true},
    {"CountedStatesWithAnAdjective",
     "'its two northern neighbours': the two countries of the story, though no fixed phrase "
     "names them",
     "Fighting between Armenian and Azerbaijani forces raged on Monday. Iran offered to mediate "
     "between its two northern neighbours.",
     "IRN", "ARMMIL", "039", false},
    {"FightingBetweenRebelsAndTheArmy",
     "'fighting between X rebels and X troops': two sides of one country",
     "Fighting between Houthi rebels and Yemeni troops has intensified around the port.", "YEMREB",
     "YEMMIL", "190", false},
    {"DemonymBeforeCounterpart", "'his Japanese counterpart' is Japan's, not an adjective to drop",
     "Chinese Foreign Minister Wang Yi cancelled a planned meeting with his Japanese counterpart "
     "on Thursday.",
     "CHNGOV", "JPN", "161", false},
    {"HitBackWithLevies", "'hit back at U.S. tariffs with levies': retaliatory tariffs (163)",
     "Canada hit back at new U.S. tariffs on Monday with levies on American steel.", "CAN", "USA",
     "163", false},
    {"HoursToLeaveIsAnExpulsion",
     "'gave French diplomats 72 hours to leave': an expulsion (161), not an ultimatum (139)",
     "Mali gave French diplomats 72 hours to leave the country.", "MLI", "FRAGOV", "161", false},
    {"CondemnedWhatHeCalledAnAttack",
     "'condemned what he called an \"unprovoked and unjustified attack\"': the attacker, across "
     "'what he called' and adjectives joined by 'and'",
     "Russian forces attacked Ukraine on Thursday. Kyiv cut diplomatic ties with Moscow. Biden "
     "condemned what he called an \"unprovoked and unjustified attack\".",
     "USAGOV", "RUSMIL", "111", false},
    {"AgreementContentIsNotAnAct",
     "'signed agreements to establish formal relations': the signing (057), not a recognition "
     "(054)",
     "Morocco signed agreements to establish formal relations with Israel at the White House on "
     "Tuesday.",
     "MAR", "ISR", "054", false, true},
    {"AgreementIsSigned", "'signed agreements to establish formal relations' is a signing",
     "Morocco signed agreements to establish formal relations with Israel at the White House on "
     "Tuesday.",
     "MAR", "ISR", "057", false},
    {"DeniedOwnActIsTheActNegated",
     "'the army denied carrying out any such strike' after an accusation: the army's strike on "
     "the accuser, negated (gold rule 7)",
     "Chadian rebel leader Ali Musa accused Chad's army of a deadly air strike on his fighters. "
     "The army denied carrying out any such strike.",
     "TCDMIL", "TCDREB", "19", true},
    {"WhatAnActPromptsIsNotItsAct",
     "'fired a missile over Japan, prompting Tokyo to warn residents': no warning by the launcher",
     "North Korea fired a ballistic missile over Japan on Tuesday, prompting Tokyo to warn "
     "residents to take cover.",
     "PRK", "---", "13", false, true},
    {"MeetingPlaceIsNoParty", "'A and B met in Oman': Oman is where they met, not a party",
     "Egyptian President Abdel Fattah al-Sisi and Jordan's King Abdullah met in Oman on Monday.",
     "EGY", "OMN", "04", false, true},
    {"MeetingPartiesMeetEachOther", "'A and B met in Oman': A met B",
     "Egyptian President Abdel Fattah al-Sisi and Jordan's King Abdullah met in Oman on Monday.",
     "EGYGOV", "JORGOV", "04", false},
    {"SecondChargeIsAccusationContent",
     "'accused the ships of entering ... and ignoring orders': neither charge is coded on its own",
     "Russia's coast guard accused the Georgian ships of illegally entering Russian waters and "
     "ignoring orders to stop.",
     "RUS", "GEO", "12", false, true},
    {"ReasonCitedIsBackground",
     "'..., citing Athens' support for a statement': the reason given is not an act (no 032)",
     "Turkey cancelled a planned visit by Greece's foreign minister on Monday, citing Athens' "
     "support for a Cypriot statement on the island.",
     "TUR", "---", "03", false, true},
    {"NotRulingOutOptionsWeighsAResponse",
     "'would not rule out any options' after a missile launch: weighing a response (014) toward "
     "the launcher, not negated",
     "North Korea fired a ballistic missile over Japan on Tuesday. Japan's defence minister said "
     "Japan would not rule out any options.",
     "JPN", "PRK", "014", false},
    {"NotLookingAtOptionsIsNegated",
     "'was not looking at military options' after a seizure: weighing a response, negated",
     "Iran's Revolutionary Guards seized a British tanker on Friday. A British minister said "
     "Britain was not looking at military options.",
     "GBR", "IRNMIL", "014", true},
};

class EnglishRulesTest : public ::testing::TestWithParam<Case> {};

TEST_P(EnglishRulesTest, CodesTheExpectedEvent) {
  const Case& c = GetParam();
  const std::vector<Event> events = CodeText("en", c.text);
  const std::string seen = Describe(events);
  bool found = false;
  for (const Event& e : events) {
    if (c.absent) {
      // Any event of the source country toward the target country (and code).
      if (e.source.code.rfind(c.source, 0) != 0) continue;
      if (std::string(c.target) != "---" && e.target.code.rfind(c.target, 0) != 0) continue;
      if (e.code.rfind(c.code, 0) != 0) continue;
      found = true;
      continue;
    }
    if (e.source.code != c.source || e.target.code != c.target) continue;
    if (e.code.rfind(c.code, 0) != 0 || e.negated != c.negated) continue;
    found = true;
  }
  if (c.absent) {
    EXPECT_FALSE(found) << c.rule << "\n  text: " << c.text << "\n  unexpected " << c.source << "->"
                        << c.target << " " << c.code << "\n  got: " << seen;
  } else {
    EXPECT_TRUE(found) << c.rule << "\n  text: " << c.text << "\n  expected " << c.source << "->"
                       << c.target << " " << c.code << (c.negated ? " negated" : "")
                       << "\n  got: " << seen;
  }
}

void PrintTo(const Case& c, std::ostream* os) { *os << c.id; }

// "Theresa May said": a name is not the month of May.
TEST(EnglishRulesDates, NameIsNoMonth) {
  const auto events = CodeText(
      "en",
      "Britain will expel 23 Russian diplomats, Prime Minister Theresa May said on Wednesday.",
      "2018-03-14");
  ASSERT_FALSE(events.empty()) << Describe(events);
  for (const Event& e : events) EXPECT_EQ(e.date, "2018-03-14") << Describe(events);
}

// "India, however, said ...": the speaker is India, across "however".
TEST(EnglishRulesSpeakers, SpeakerAcrossHowever) {
  const auto events = CodeText("en",
                               "Pakistan accused India of shelling on Monday. India, however, said "
                               "the two sides had agreed to stop firing.",
                               "2018-03-14");
  bool found = false;
  for (const Event& e : events) {
    if (e.code != "0871") continue;
    found = true;
    ASSERT_TRUE(e.said_by.has_value()) << Describe(events);
    EXPECT_EQ(e.said_by->code.substr(0, 3), "IND") << Describe(events);
  }
  EXPECT_TRUE(found) << Describe(events);
}

// A claimed act is on the claimant's word: said_by is set, and the
// attribution chain ends with the claimant (event.h; found by fuzz_coder).
TEST(EnglishRulesSpeakers, ClaimantEndsTheAttributionChain) {
  // "assumed" is no reporting verb: the claim alone makes the claimant the
  // speaker.
  const auto events = CodeText("en",
                               "Al-Shabaab assumed responsibility for a suicide bombing in "
                               "Mogadishu that killed five Kenyan soldiers.");
  bool found = false;
  for (const Event& e : events) {
    if (!e.said_by) continue;
    found = true;
    ASSERT_FALSE(e.attribution.empty()) << Describe(events);
    EXPECT_EQ(e.attribution.back().code, e.said_by->code) << Describe(events);
  }
  EXPECT_TRUE(found) << Describe(events);
}

INSTANTIATE_TEST_SUITE_P(Rules, EnglishRulesTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.id; });

}  // namespace
}  // namespace khabar::testing
