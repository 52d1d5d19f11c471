// Copyright 2026 The khabar Authors. MIT License.

#include "dict/petrarch_import.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "dict/compiler.h"
#include "dict/embedded.h"

namespace khabar::dict {
namespace {

PetrarchImportOptions TestOptions() {
  PetrarchImportOptions options;
  options.event_codes = {{"010", "Make statement"}, {"042", "Make a visit"},
                         {"043", "Host a visit"},   {"064", "Share intelligence"},
                         {"111", "Criticize"},      {"173", "Arrest"},
                         {"190", "Use force"}};
  options.roles = {"GOV", "MIL", "COP", "NGO", "ELI", "REB", "OPP", "CIV"};
  return options;
}

PetrarchImport Import(const std::string& path, const std::string& text,
                      PetrarchImportOptions options = TestOptions()) {
  return ImportPetrarch({{path, text, PetrarchKind::kAuto}}, options);
}

const std::string& Output(const PetrarchImport& import) {
  static const std::string kEmpty;
  return import.files.empty() ? kEmpty : import.files.front().text;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// True when some skipped entry is at `place` with a reason containing `why`.
::testing::AssertionResult Skipped(const PetrarchImport& import, const std::string& place,
                                   const std::string& why) {
  for (const PetrarchSkip& s : import.skipped) {
    if (s.place == place && Contains(s.reason, why)) return ::testing::AssertionSuccess();
  }
  std::string all;
  for (const PetrarchSkip& s : import.skipped) all += "\n  " + s.place + ": " + s.reason + ": " + s.detail;
  return ::testing::AssertionFailure() << "no '" << why << "' at " << place << " in:" << all;
}

// The converted files compile with khabar's compiler, with no error.
::testing::AssertionResult Compiles(const PetrarchImport& import) {
  std::vector<DictFile> files;
  std::size_t count = 0;
  const EmbeddedFile* embedded = EmbeddedFiles(&count);
  for (std::size_t i = 0; i < count; ++i) {
    if (embedded[i].path == "common/cameo.tsv" || embedded[i].path == "common/roles.tsv") {
      files.push_back({std::string(embedded[i].path), std::string(embedded[i].text)});
    }
  }
  for (const DictFile& f : import.files) files.push_back(f);
  DictionaryReport report;
  Compile(files, /*lenient=*/false, &report);
  if (report.errors.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << report.errors.front();
}

TEST(PetrarchImportTest, ParsesDatesOfBothWidths) {
  EXPECT_EQ(petrarch::ParsePetrarchDate("950601"), 19950601);
  EXPECT_EQ(petrarch::ParsePetrarchDate("300101"), 20300101);  // 00-30 -> 20YY
  EXPECT_EQ(petrarch::ParsePetrarchDate("310101"), 19310101);
  EXPECT_EQ(petrarch::ParsePetrarchDate("20121109"), 20121109);
  EXPECT_EQ(petrarch::ParsePetrarchDate("2004017"), 0);   // seven digits
  EXPECT_EQ(petrarch::ParsePetrarchDate("20130230"), 0);  // no 30 February
  EXPECT_EQ(petrarch::ParsePetrarchDate("19xx0101"), 0);
  EXPECT_EQ(petrarch::ParsePetrarchDate(""), 0);
}

TEST(PetrarchImportTest, NamesTakeTheirUsualCase) {
  EXPECT_EQ(petrarch::NameCase("UNITED_STATES_"), "United States");
  EXPECT_EQ(petrarch::NameCase("U.S."), "U.S.");
  EXPECT_EQ(petrarch::NameCase("UN_"), "UN");
  EXPECT_EQ(petrarch::NameCase("AL-QAEDA"), "Al-Qaeda");
  EXPECT_EQ(petrarch::NameCase("PRINCE_OF_DOL_AMROTH"), "Prince of Dol Amroth");
  EXPECT_EQ(petrarch::NameCase("AUM_SHINRIKYO_/_ALEPH"), "Aum Shinrikyo Aleph");
}

TEST(PetrarchImportTest, ConvertsAVerbBlockWithSynsetsFormsAndPairedCodes) {
  const PetrarchImport import = Import("test.verbs.txt",
                                       "&ENVOY\n"
                                       "+AMBASSADOR\n"
                                       "+SPECIAL_ENVOY\n"
                                       "\n"
                                       "--- VISIT [042:043] ---\n"
                                       "VISIT\n"
                                       "MEET {MET MEETING MEETS}\n"
                                       "- * &ENVOY IN $ [042]  # a comment\n"
                                       "- * + FOR TALKS [042:043]\n"
                                       "- SAID * [---]\n"
                                       "- * BOGUS [999]\n");
  const std::string& out = Output(import);
  EXPECT_TRUE(Contains(out, "event 042:043 Make a visit / Host a visit")) << out;
  EXPECT_TRUE(Contains(out, "  en: visit~meet~met   # test.verbs.txt:6 (2 verbs)")) << out;
  EXPECT_TRUE(Contains(out, "  en: visit~meet~met ambassador~special_envoy in SRC")) << out;
  EXPECT_TRUE(Contains(out, "  en: visit~meet~met TGT for talks")) << out;
  EXPECT_TRUE(Skipped(import, "test.verbs.txt:10", "null code"));
  EXPECT_TRUE(Skipped(import, "test.verbs.txt:11", "unknown event code"));
  ASSERT_EQ(import.reports.size(), 1u);
  EXPECT_EQ(import.reports[0].kind, PetrarchKind::kVerbs);
  EXPECT_EQ(import.reports[0].entries, 6);  // 2 verbs, 4 patterns
  EXPECT_EQ(import.reports[0].converted, 4);
  EXPECT_TRUE(Compiles(import));
}

TEST(PetrarchImportTest, ParseFreeLeavesOutSubjectConstraints) {
  PetrarchImportOptions options = TestOptions();
  options.parse_free = true;
  const PetrarchImport import = Import("v.verbs.txt",
                                       "--- ATTACK [190] ---\n"
                                       "ATTACK\n"
                                       "- TANKS * [190]\n"
                                       "- DID NOT * [111]\n",
                                       options);
  EXPECT_TRUE(Skipped(import, "v.verbs.txt:3", "need a parse"));
  // Auxiliaries and negators before the verb are read without a parse.
  EXPECT_TRUE(Contains(Output(import), "pos: any\n  en: did not attack")) << Output(import);
  EXPECT_TRUE(Compiles(import));
}

TEST(PetrarchImportTest, ConvertsActorsWithDateRestrictions) {
  const PetrarchImport import = Import("test.actors.txt",
                                       "ARNOR_  [ARN]\n"
                                       "GOLLUM  # a comment\n"
                                       "+SMEAGOL\n"
                                       "\t[HOB < 950601]\n"
                                       "\t[HOBGOV 19950601 - 19990815]\n"
                                       "\t[HOBREB > 990816]\n"
                                       "SAM_GAMGEE [HOB]\n"
                                       "\t[HOBCIV <20080120]\n");
  const std::string& out = Output(import);
  EXPECT_TRUE(Contains(out, "actor ARN Arnor")) << out;
  EXPECT_TRUE(Contains(out, "person Gollum")) << out;
  EXPECT_TRUE(Contains(out, "  role: HOB ..1995-05-31\n")) << out;
  EXPECT_TRUE(Contains(out, "  role: HOBGOV 1995-06-01..1999-08-15\n")) << out;
  EXPECT_TRUE(Contains(out, "  role: HOBREB 1999-08-17..\n")) << out;
  EXPECT_TRUE(Contains(out, "  en: Gollum | Smeagol\n")) << out;
  // The undated code is the default: written after the dated ones.
  EXPECT_TRUE(Contains(out, "  role: HOBCIV ..2008-01-19\n  role: HOB\n")) << out;
  EXPECT_TRUE(import.skipped.empty());
  PetrarchImportOptions options = TestOptions();
  options.roles.insert("HOB");  // HOB is a country part here; CIV is unknown
  EXPECT_TRUE(Compiles(Import("test.actors.txt", "X_ [ARNGOV]\n+Y_\n\t[ARN >950101]\n", options)));
}

TEST(PetrarchImportTest, ConvertsAgentsWithMarkersPluralsAndPrefixes) {
  PetrarchImportOptions options = TestOptions();
  const PetrarchImport import = Import("test.agents.txt",
                                       "!PERSON! = MAN, MEN\n"
                                       "POLICE {} [~COP]\n"
                                       "CONGRESS!PERSON! [~GOV]\n"
                                       "GOLDEN_GOOSE {GOLDEN_GEESE} [~GOV]\n"
                                       "HUMAN_RIGHTS_BODY  [NGO~]\n"
                                       "FOREIGN_MINISTER [~GOVELI]\n",
                                       options);
  const std::string& out = Output(import);
  EXPECT_TRUE(Contains(out, "agent COP police")) << out;
  EXPECT_TRUE(Contains(out, "  en: congressman | congressmen")) << out;
  EXPECT_TRUE(Contains(out, "  en: golden goose | golden geese")) << out;
  EXPECT_TRUE(Contains(out, "agent NGO~ human rights body")) << out;
  EXPECT_TRUE(Contains(out, "agent GOVELI foreign minister")) << out;
  EXPECT_TRUE(Compiles(import));
  options.max_agent_roles = 1;
  EXPECT_TRUE(Contains(Output(Import("a.agents.txt", "FOREIGN_MINISTER [~GOVELI]\n", options)),
                       "agent GOV foreign minister"));
}

TEST(PetrarchImportTest, ConvertsDiscardsOfSentencesAndStories) {
  const PetrarchImport import =
      Import("test.discards.txt", "BASEBALL\n+TYPHOON   # ELH\nAFRICAN NATIONS CUP\n");
  const std::string& out = Output(import);
  EXPECT_TRUE(Contains(out, "cue discard sentence")) << out;
  EXPECT_TRUE(Contains(out, "  en: african nations cup")) << out;
  EXPECT_TRUE(Contains(out, "cue discard story")) << out;
  EXPECT_TRUE(Contains(out, "  en: typhoon   # test.discards.txt:2")) << out;
  EXPECT_TRUE(Compiles(import));
}

TEST(PetrarchImportTest, UnknownRolesAreShortenedOrKept) {
  PetrarchImportOptions options = TestOptions();
  const PetrarchImport shortened = Import("a.actors.txt", "UNHCR_ [IGOUNOREFHCR]\n", options);
  // IGO is the country part; UNO, REF and HCR are not in the test roles.
  EXPECT_TRUE(Contains(Output(shortened), "actor IGO Unhcr")) << Output(shortened);
  EXPECT_EQ(shortened.reports[0].notes.count("code shortened (unknown role)"), 1u);
  options.keep_unknown_codes = true;
  const PetrarchImport kept = Import("a.actors.txt", "UNHCR_ [IGOUNOREFHCR]\n", options);
  EXPECT_TRUE(Contains(Output(kept), "actor IGOUNOREFHCR Unhcr")) << Output(kept);
  EXPECT_EQ(kept.extra_roles.count("HCR"), 1u);
}

TEST(PetrarchImportTest, ABrokenFileIsReportedLineByLineAndNeverCrashes) {
  const std::string broken =
      "<!-- a comment that never closes is reported at the end\n"
      "-->\n"
      "ARNOR [ARN\n"                      // 3: unbalanced
      "GONDOR ]GON[\n"                    // 4: unbalanced
      "ROHAN [ROH 19951301-19960101]\n"   // 5: bad date
      "BREE [BRE 20000101-19990101]\n"    // 6: ends before it starts
      "ISILDUR [+++]\n"                   // 7: malformed code
      "LORIEN [ELR/GAL]\n"                // 8: several actors
      "PALESTINIAN [pse]\n"               // 9: lower case
      "[ORPHAN]\n"                        // 10: code line before...? (after an entry: added)
      "MORDOR\n"                          // 11: no code
      "OSGILIATH [OSG] [OSGGOV 2004017]\n"  // 12: one bad date, entry kept
      "\x01\xff\xfe binary junk [\n"      // 13: unbalanced
      "ITHILEN [ITH]\n";                  // 14: fine
  const PetrarchImport import = Import("broken.actors.txt", broken);
  EXPECT_TRUE(Skipped(import, "broken.actors.txt:3", "unbalanced"));
  EXPECT_TRUE(Skipped(import, "broken.actors.txt:4", "unbalanced"));
  EXPECT_TRUE(Skipped(import, "broken.actors.txt:5", "bad date"));
  EXPECT_TRUE(Skipped(import, "broken.actors.txt:6", "ends before it starts"));
  EXPECT_TRUE(Skipped(import, "broken.actors.txt:7", "malformed code"));
  EXPECT_TRUE(Skipped(import, "broken.actors.txt:8", "several actors"));
  EXPECT_TRUE(Skipped(import, "broken.actors.txt:9", "lower case"));
  EXPECT_TRUE(Skipped(import, "broken.actors.txt:12", "bad date"));
  EXPECT_TRUE(Skipped(import, "broken.actors.txt:13", "unbalanced"));
  const std::string& out = Output(import);
  EXPECT_TRUE(Contains(out, "actor ITH Ithilen")) << out;
  EXPECT_TRUE(Contains(out, "actor OSG Osgiliath")) << out;
  EXPECT_FALSE(Contains(out, "Rohan")) << out;
  EXPECT_TRUE(Compiles(import));

  const PetrarchImport verbs = Import("broken.verbs.txt",
                                      "- * BEFORE ANY BLOCK [010]\n"      // 1
                                      "--- ATTACK [190 ---\n"             // 2
                                      "ATTACK {ATTACKED\n"                // 3
                                      "STRIKE {STRUCK} [190]\n"           // 4
                                      "- * (AGAINST + [190]\n"            // 5: brackets
                                      "- * * TWICE [190]\n"               // 6: two verbs
                                      "- * &UNDEFINED [190]\n"            // 7: synset
                                      "- * NO CODE\n"                     // 8
                                      "- * [:190]\n"                      // 9: reverse only
                                      "- * TANKS [19x]\n"                 // 10: unknown code
                                      "~ a (a b ATTACK) SAY = a b 015\n"  // 11: transformation
                                      "- * + ON + [190]\n");              // 12: two targets
  EXPECT_TRUE(Skipped(verbs, "broken.verbs.txt:1", "outside a verb block"));
  EXPECT_TRUE(Skipped(verbs, "broken.verbs.txt:2", "unbalanced"));
  EXPECT_TRUE(Skipped(verbs, "broken.verbs.txt:3", "unbalanced { }"));
  EXPECT_TRUE(Skipped(verbs, "broken.verbs.txt:5", "unbalanced brackets"));
  EXPECT_TRUE(Skipped(verbs, "broken.verbs.txt:6", "exactly one '*'"));
  EXPECT_TRUE(Skipped(verbs, "broken.verbs.txt:7", "undefined synset"));
  EXPECT_TRUE(Skipped(verbs, "broken.verbs.txt:8", "without a code"));
  EXPECT_TRUE(Skipped(verbs, "broken.verbs.txt:9", "reverse-only"));
  EXPECT_TRUE(Skipped(verbs, "broken.verbs.txt:10", "unknown event code"));
  EXPECT_TRUE(Skipped(verbs, "broken.verbs.txt:11", "transformation"));
  EXPECT_TRUE(Skipped(verbs, "broken.verbs.txt:12", "slot used twice"));
  EXPECT_TRUE(Contains(Output(verbs), "  en: strike~struck")) << Output(verbs);
  EXPECT_TRUE(Compiles(verbs));

  const PetrarchImport agents = Import("broken.agents.txt",
                                       "!MINST! MINISTER\n"          // 1: no '='... an agent without code
                                       "POLICE [~COP\n"              // 2
                                       "ARMY {ARMIES [~MIL]\n"       // 3
                                       "SOLDIER [MIL]\n"             // 4: no '~'
                                       "!UNKNOWN!_OF_WAR [~GOV]\n"   // 5
                                       "SPY [~XX]\n"                 // 6
                                       "GENERAL [~MIL]\n");          // 7: fine
  EXPECT_TRUE(Skipped(agents, "broken.agents.txt:1", "without a code"));
  EXPECT_TRUE(Skipped(agents, "broken.agents.txt:2", "unbalanced"));
  EXPECT_TRUE(Skipped(agents, "broken.agents.txt:3", "unbalanced { }"));
  EXPECT_TRUE(Skipped(agents, "broken.agents.txt:4", "without '~'"));
  EXPECT_TRUE(Skipped(agents, "broken.agents.txt:5", "undefined substitution marker"));
  EXPECT_TRUE(Skipped(agents, "broken.agents.txt:6", "malformed code"));
  EXPECT_TRUE(Contains(Output(agents), "agent MIL general")) << Output(agents);
  EXPECT_TRUE(Compiles(agents));

  const PetrarchImport unclosed = Import("c.discards.txt", "GOLF\n<!-- never closed\nTENNIS\n");
  EXPECT_TRUE(Skipped(unclosed, "c.discards.txt:2", "unclosed comment"));
  EXPECT_TRUE(Contains(Output(unclosed), "en: golf"));
  EXPECT_FALSE(Contains(Output(unclosed), "tennis"));

  // Every entry is either converted or reported.
  for (const PetrarchImport* i : {&import, &verbs, &agents}) {
    int skipped = 0;
    for (const auto& [reason, n] : i->reports[0].skipped) skipped += n;
    EXPECT_EQ(i->reports[0].converted + skipped, i->reports[0].entries)
        << FormatImportReport(*i);
  }
}

TEST(PetrarchImportTest, NoNameMeansTwoActors) {
  const PetrarchImport import =
      Import("d.actors.txt", "GEORGIA [GEO]\nGEORGIA_ [USA]\nGEORGIA [GEO]\n");
  EXPECT_TRUE(Skipped(import, "d.actors.txt:2", "another actor"));
  EXPECT_TRUE(Compiles(import));
  EXPECT_EQ(std::count(Output(import).begin(), Output(import).end(), '\n') > 0, true);
}

TEST(PetrarchImportTest, KnownNamesAreLeftOut) {
  PetrarchImportOptions options = TestOptions();
  options.known_name = [](std::string_view name) { return name == "Iran"; };
  const PetrarchImport import = Import("e.actors.txt", "IRAN [IRN]\n+PERSIA\n", options);
  EXPECT_TRUE(Contains(Output(import), "actor IRN Persia")) << Output(import);
  EXPECT_TRUE(Skipped(import, "e.actors.txt:1", "already in the dictionaries"));
}

TEST(PetrarchImportTest, TabariVerbsStartABlockPerVerbAfterPatterns) {
  PetrarchImportOptions options = TestOptions();
  options.dialect = PetrarchDialect::kTabari;
  const PetrarchImport import = Import("t.verbs",
                                       "ARREST [173] ; tony 3/9/91\n"
                                       "- * + AGAIN [173]\n"
                                       "CONDEMN [111]\n"
                                       "- * + HARSHLY [111]\n",
                                       options);
  const std::string& out = Output(import);
  EXPECT_TRUE(Contains(out, "  en: arrest TGT again")) << out;
  EXPECT_TRUE(Contains(out, "  en: condemn TGT harshly")) << out;
  EXPECT_FALSE(Contains(out, "arrest~condemn")) << out;
  EXPECT_TRUE(Compiles(import));
}

}  // namespace
}  // namespace khabar::dict
