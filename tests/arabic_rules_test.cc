// Copyright 2026 The khabar Authors. MIT License.
//
// Clause-analysis rules of the Arabic coder, one invented sentence each,
// coded with the built-in dictionaries. Each case names the rule it guards.

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
  const char* date;  // "" = do not check
};

const Case kCases[] = {
    {"ProtestByPeopleAgainstOwnGovernment",
     "quantity words before a VSO subject; plural gentilic = people; protest against own "
     "government",
     "تظاهر آلاف العراقيين أمس أمام مقر الحكومة.", "IRQCVL", "IRQGOV", "14", false, "2024-03-13"},
    {"VerbStartingWithAlAndCounterpart",
     "a verb that begins with ال is not a definite noun (التقى); counterpart takes the role",
     "التقى الرئيس الفرنسي نظيره الجزائري الثلاثاء الماضي.", "FRAGOV", "DZAGOV", "040", false,
     "2024-03-12"},
    {"TitleDemonymAndCapital",
     "title + demonym composes to the state's role; capital is its government",
     "زار وزير الخارجية المصري أنقرة أمس.", "EGYGOV", "TURGOV", "042", false, "2024-03-13"},
    {"FutureNegationUnderReportedSpeech", "لن + verb is negated, said_by the speaker",
     "قال وزير الخارجية المصري إن القاهرة لن تقطع علاقاتها مع أنقرة.", "EGYGOV", "TURGOV", "16",
     true, ""},
    {"DenialVerbNegatesItsObject", "a denial verb negates the act it governs",
     "نفى الجيش الإسرائيلي قصف المستشفى في غزة.", "ISRMIL", "PSE", "19", true, ""},
    {"FuturePrefixMakesAnIntent", "future prefix س makes an intent (03x)",
     "وأكد أن مصر ستقدم مساعدات إنسانية للسودان.", "EGY", "SDN", "03", false, ""},
    {"CommaTimeWordAndHamzaVerb",
     "a time word between commas dates the act; بدأت (hamza-final) is a verb; its subject acts",
     "بدأت السلطات الباكستانية، أمس، حملة واسعة لترحيل مئات الآلاف من المهاجرين الأفغان.", "PAKGOV",
     "AFGREF", "201", false, "2024-03-13"},
    {"GroupHeadNounAndReactionToTheLastAct",
     "حركة «حماس» is one subject; condemning 'the attack' targets the attacker",
     "شنّت حركة «حماس» هجوماً على بلدات إسرائيلية. ودان الأمين العام للأمم المتحدة الهجوم.", "IGOUNO",
     "PSEREB", "111", false, ""},
    {"CoercionFallsOnOwnPeople", "arrests with no one named fall on the state's own people",
     "وأعلنت الشرطة الأردنية توقيف عشرات الأشخاص.", "JORCOP", "JORCVL", "17", false, ""},
    {"ConjunctionBeforeTwoLetterLightVerb",
     "و + a doubled verb of two letters (وردّ) is split: the light verb's subject does the act",
     "وردّ الجيش التركي بقصف مواقع المسلحين في سوريا.", "TURMIL", "SYRREB", "19", false, ""},
    {"ConjunctionBeforeTwoLetterAppealVerb", "وحثّ is و + حثّ, an appeal by its subject",
     "وحثّ وزير الخارجية الأردني إسرائيل على ضبط النفس.", "JORGOV", "ISR", "02", false, ""},
    {"ThreatWithNoOneNamedAimsAtTheLastAttacker",
     "a threat with no target named is aimed at the actor of the story's last hostile act",
     "شنّت حركة «حماس» هجوماً على بلدات إسرائيلية. وتوعد رئيس الوزراء الإسرائيلي بالانتقام.",
     "ISRGOV", "PSEREB", "13", false, ""},
    {"DecisionNounRefersToTheStoryLeadActor",
     "a reaction to 'the decision' targets the story's lead actor, not the last one",
     "قرر مجلس الأمن الدولي تمديد مهمة البعثة الأممية في ليبيا. وزار وزير الخارجية التركي "
     "طرابلس. ورحّبت الحكومة الليبية بالقرار.",
     "LBYGOV", "IGOUNO", "051", false, ""},
    {"DirectObjectIsNotTheSubjectTitlesComplement",
     "a verb's direct object is not the body named in the subject's title (لدى الأمم المتحدة)",
     "ودعا المندوب البريطاني لدى الأمم المتحدة إسرائيل إلى فتح المعابر.", "GBRGOV", "ISR", "02",
     false, ""},
    {"WarplanesAreTheMilitary", "aircraft, helicopters, drones and tanks of a state are its MIL",
     "وقصفت الطائرات الإسرائيلية مواقع «حزب الله» في جنوب لبنان.", "ISRMIL", "LBNREB", "19", false,
     ""},
    {"TitleWithCoordinatedPortfolioTakesTheDemonym",
     "a title whose portfolio is a list (وزير المياه والري) composes with the demonym after it",
     "واستقبل وزير المياه والري المصري نظيره السوداني.", "EGYGOV", "SDNGOV", "04", false, ""},
    {"OccupationIsIsraelsArmy", "الاحتلال الإسرائيلي names Israel's army",
     "وقالت حركة «حماس» إن الاحتلال الإسرائيلي اغتال القيادي في الحركة صالح العاروري.", "ISRMIL",
     "PSEREB", "186", false, ""},
    {"VowInTheSameSentenceAimsAtItsAttacker",
     "a vow with no target (متوعدة بأن) aims at the attacker named earlier in the sentence",
     "وقالت حركة «حماس» إن الاحتلال الإسرائيلي اغتال القيادي في الحركة صالح العاروري، متوعدة بأن "
     "الجريمة لن تمر دون عقاب.",
     "PSEREB", "ISRMIL", "13", false, ""},
    {"DenialScopeGoesOnAfterAParenthesis",
     "a verbal noun with a leading alef after a comma (، استخدام) is still the denied object",
     "ونفت وزارة الخارجية السورية، في بيان رسمي، استخدام الجيش السوري أسلحة كيميائية.", "SYRMIL",
     "---", "20", true, ""},
    {"DualVerbWithNoSubjectIsTheLastPair",
     "a dual verb with no subject (ووقّعا) is done by the two sides of the last event",
     "التقى الرئيس المصري نظيره التركي في القاهرة أمس، ووقّعا اتفاقية للتعاون الاقتصادي.", "TURGOV",
     "EGYGOV", "057", false, ""},
    {"PairReferenceIsTheLastEventsTwoStates",
     "'the two ministers' are the two states of the last event, not the most mentioned country",
     "أعلنت الصين دعمها الحوار في المنطقة. والتقى وزير الخارجية السعودي وزير الخارجية الإيراني في "
     "بكين. ووقّع الوزيران اتفاقاً لاستئناف العلاقات.",
     "SAUGOV", "IRNGOV", "057", false, ""},
    {"WrittenPassiveVictimIsTheTarget",
     "a past verb with a damma on its first letter (قُتل) is passive: its noun is the victim",
     "قُتل ضابط في الشرطة الأردنية برصاص مجهولين أمس.", "---", "JORMIL", "19", false, ""},
    {"WrittenPassiveAgentIsTheSource", "the agent of a passive verb follows على يد",
     "وقُتل جنديان إسرائيليان على يد مقاتلين من حركة «حماس».", "PSEREB", "ISRMIL", "19", false, ""},
    {"CondemnedAttackIsTheLastMaterialAct",
     "condemning 'the attack' targets the last material hostile act, not a blame said since",
     "شنّت حركة «حماس» هجوماً على بلدات إسرائيلية. وحمّلت قطر إسرائيل مسؤولية التصعيد. ودان "
     "الأمين العام للأمم المتحدة الهجوم.",
     "IGOUNO", "PSEREB", "111", false, ""},
    {"ImprovingRelationsIsAnIntentToCooperate", "تتطلع إلى تحسين العلاقات مع X is intent (03)",
     "وقال وزير الخارجية الأردني إن بلاده تتطلع إلى تحسين العلاقات مع سوريا.", "JOR", "SYR", "03",
     false, ""},
    {"ShowOfForceAimsAtTheLastAttacker",
     "an alert or deployment with no one named is aimed at the story's last hostile actor",
     "أطلق «حزب الله» صواريخ على شمال إسرائيل. ورفع الجيش الإسرائيلي حالة التأهب.", "ISRMIL",
     "LBNREB", "15", false, ""},
    {"RejectedReportIsTheLeadActors",
     "'the report' is the story's lead actor's, like 'the decision'",
     "أصدرت منظمة العفو الدولية تقريراً عن أوضاع السجون في مصر. وزار وزير الخارجية الفرنسي "
     "القاهرة. ورفضت الحكومة المصرية التقرير.",
     "EGYGOV", "NGOAMN", "11", false, ""},
    {"SpeakerThreatensTheSubjectOfHisWords",
     "a 'source: speaker' pattern: the speaker threatens the subject of the reported clause",
     "وقال وزير الخارجية الإيراني إن واشنطن «ستدفع الثمن غالياً».", "IRNGOV", "USAGOV", "13", false,
     ""},
    {"OrganisationIsTheStorysLastOrganisation",
     "'the organisation' is the story's last IGO or NGO, here the subject of an appeal",
     "أصدرت منظمة العفو الدولية تقريراً عن السجون في تونس. ودعت المنظمة الحكومة التونسية إلى "
     "الإفراج عن المعتقلين.",
     "NGOAMN", "TUNGOV", "0", false, ""},
    {"TwoOrganisationsAreTheStorysLastTwo",
     "'the two organisations' are the story's last two distinct IGOs or NGOs, both acting",
     "انتقدت منظمة العفو الدولية ومنظمة هيومن رايتس ووتش أوضاع السجون في تونس. ودعت المنظمتان "
     "الحكومة التونسية إلى الإفراج عن المعتقلين.",
     "NGOHRW", "TUNGOV", "0", false, ""},
    {"KingdomIsTheStorysLastKingdom",
     "'the kingdom' is the story's last state one of whose names begins with مملكة (not France, "
     "named since)",
     "التقى وزير الخارجية الأردني نظيره الفرنسي في باريس أمس. وقال الوزير إن المملكة ستقدم "
     "مساعدات للاجئين السوريين.",
     "JOR", "SYRREF", "03", false, ""},
    {"LinkedTitleLendsItsRoleToTheListedStates",
     "a title joined to its state by في lends its role to the bare states listed after it",
     "وانتقدت الحكومات في تشاد والسودان وليبيا الاتحاد الأفريقي.", "LBYGOV", "IGOAFU", "111", false,
     ""},
    {"VerbalNounOfACompoundSubjectIsEveryMembers",
     "a verbal noun with no subject of its own is the act of every member of a compound subject",
     "أعلنت تشاد والنيجر انسحابهما من الاتحاد الأفريقي.", "NER", "IGOAFU", "16", false, ""},
    {"ThreeStatesAreTheStorysLastListOfThree",
     "'the three states' are the story's last list of three states, each a party",
     "قطعت تشاد والنيجر وليبيا علاقاتها مع فرنسا. وانتقدت فرنسا الدول الثلاث بشدة.", "FRA", "LBY",
     "111", false, ""},
    {"SummoningAnotherStatesAmbassadorIsAComplaint",
     "استدعاء سفير X لديها summons X's envoy (114); only 'its own ambassador' is a recall (161)",
     "وردّت تونس باستدعاء سفير ليبيا لديها.", "TUN", "LBYGOV", "114", false, ""},
    {"QuotedNameJoinsTheCompound", "quotation marks around a name do not break a compound",
     "هدد وزير الدفاع الإسرائيلي إيران و«حزب الله» برد قاس.", "ISRGOV", "LBNREB", "13", false, ""},
    {"CountAfterConjunctionJoinsTheCompound",
     "و written onto a number is the conjunction: both groups released are targets",
     "أفرجت السلطات الليبية عن 10 صيادين مصريين و4 تونسيين.", "LBYGOV", "TUNCVL", "084", false, ""},
    {"DualTitleBeforeNamedPairIsThatPair",
     "الرئيسين before two named presidents means them, not the story's two parties",
     "زار وزير الخارجية الفرنسي القاهرة أمس. وأجرى الملك الأردني اتصالين هاتفيين بالرئيسين "
     "المصري عبد الفتاح السيسي والتونسي قيس سعيد.",
     "JORGOV", "TUNGOV", "041", false, ""},
    {"MemberWithoutCountryTakesThePreviousMembers",
     "a compound member with no country (الميليشيات) is of the member before it",
     "زار وزير الخارجية الأميركي القاهرة. وشنت حركة «حماس» والميليشيات المتحالفة معها هجوماً "
     "على مواقع للجيش الإسرائيلي.",
     "PSEREB", "ISRMIL", "190", false, ""},
    {"ForceWithNoObjectAimsAtTheForeignPartyInItsClause",
     "a show of force with no object aims at the foreign state named later in its clause",
     "أطلق الجيش الكوري الشمالي صاروخاً باليستياً سقط في بحر اليابان.", "PRKMIL", "JPN", "15", false,
     ""},
    {"MourningWithNoOneNamedIsForTheStorysCountry",
     "mourning or sympathy with no one named is toward the country the story is about",
     "توفي أمير الكويت أمس عن عمر 86 عاماً. وأعلنت مصر الحداد العام ثلاثة أيام.", "EGY", "KWT",
     "017", false, ""},
    {"SubjectBetweenKanaAndQad",
     "كان is not the complementizer كأن: in 'وكانت قطر قد أعلنت' Qatar is the subject",
     "زار وزير الخارجية السعودي القاهرة أمس. وكانت قطر قد أعلنت عزمها ضخ استثمارات في مصر.", "QAT",
     "EGY", "031", false, ""},
    {"FeminineDemonymThatSpellsAStateName",
     "السورية is the adjective even though سورية (no article) is a name of Syria",
     "انتقدت وزارة الخارجية السورية الحكومة التركية.", "SYRGOV", "TURGOV", "111", false, ""},
    {"ScheduledActIsAnIntent", "من المقرر أن + act: announced for the future, an intent (03x)",
     "ومن المقرر أن يلتقي الرئيس المصري نظيره التونسي غداً.", "EGYGOV", "TUNGOV", "036", false, ""},
    {"DecisionWithItsStatesAdjectiveNamesItsAuthor",
     "القرار الأميركي is Washington's decision, whoever the story is about",
     "قصفت إسرائيل مواقع في غزة. ورفضت حركة «حماس» القرار الأميركي بشدة.", "PSEREB", "USAGOV", "1",
     false, ""},
    {"TheStepIsTheLeadSentencesDecision",
     "الخطوة is the act of the story's first sentence, not its announcer's",
     "أعلن الأمين العام لحلف الناتو أن الرئيس التركي وافق على انضمام السويد إلى الحلف. ورحب "
     "الرئيس الأميركي بالخطوة.",
     "USAGOV", "TURGOV", "051", false, ""},
    {"ThePlanIsItsNamedAuthors",
     "'الخطة' later in the story is the plan named with its author's adjective (الخطة المصرية)",
     "اعتمدت جامعة الدول العربية الخطة المصرية لإعادة إعمار غزة. ورفضت إسرائيل الخطة.", "ISR",
     "EGYGOV", "12", false, ""},
    {"ClaimedAttackHasTheTargetOfTheAttackTold",
     "a claim of responsibility with no object is for the story's attack by an unnamed hand",
     "قتل عشرة جنود في تفجير استهدف مقراً للشرطة الباكستانية في بيشاور أمس. وأعلنت حركة «طالبان "
     "باكستان» مسؤوليتها عن الهجوم.",
     "PAKREB", "PAKMIL", "18", false, ""},
    {"DeniedInvolvementIsTheStorysAttackNegated",
     "'نفى أي تورط له في الهجوم': the story's attack, by the denier, negated",
     "قتل عشرة جنود في تفجير استهدف مقراً للشرطة الباكستانية في بيشاور أمس. ونفت حركة «طالبان "
     "باكستان» أي تورط لها في الهجوم.",
     "PAKREB", "PAKMIL", "18", true, ""},
    {"VowAgainstTheStatesOwnRebels",
     "a vow to pursue the perpetrators aims at the attacker, even the state's own rebels",
     "هاجم مسلحون من «جيش تحرير بلوشستان» قاعدة للجيش الباكستاني. وتعهد رئيس الوزراء الباكستاني "
     "بملاحقة منفذي الهجوم.",
     "PAKGOV", "PAKSEP", "13", false, ""},
    {"CityStandsForItsCountry",
     "a city is its state (places.txt); aid arriving from its senders goes to that state",
     "وصلت إلى بنغازي أمس طائرات محمّلة بالمساعدات الإغاثية من مصر.", "EGY", "LBY", "073", false,
     ""},
    {"CrossingsReopenedByTwoStates",
     "two states reopening their crossings cooperate with each other; announced, an intent",
     "زار الرئيس الإريتري أديس أبابا أمس. وقال وزير الخارجية الإثيوبي إن البلدين سيعيدان فتح "
     "المعابر خلال أسابيع.",
     "ETHGOV", "ERIGOV", "031", false, ""},
    {"OpennessToAMediatorsEffortsAcceptsMediation",
     "'أبدى انفتاحاً فيما يخص مساعي X': accepting X's mediation (038)",
     "أبدى الرئيس الإيراني انفتاحاً فيما يخص مساعي الدوحة للتوصل إلى اتفاق.", "IRNGOV", "QATGOV",
     "038", false, ""},
    {"CircumstantialClauseIsItsOwnAct",
     "'، مطالباً X بوقف هجماتها' after a condemnation is a demand of its own: the condemnation "
     "does not reach past it",
     "ودان الأمين العام للأمم المتحدة القصف، مطالباً «الدعم السريع» بوقف هجماتها على الفور.",
     "IGOUNO", "SDNREB", "1056", false, ""},
    {"ForceNotHesitatedOverIsAThreatAtWhomTheSideStruck",
     "'لن يتردد في توجيه ضربات' is intended force, a threat (13x), aimed at whom the speaker's "
     "side struck",
     "شنت الولايات المتحدة غارات جوية على مواقع لجماعة الحوثي. وقال الرئيس الأميركي إنه «لن "
     "يتردد» في توجيه ضربات إضافية.",
     "USAGOV", "YEMREB", "13", false, ""},
    {"PlaceInTheGapIsNotTheParty",
     "'التقى في طهران، أمس، الرئيس الإيراني': Tehran is where they met; with the subject before "
     "the verb, the pair after it is the object",
     "وكان المدير العام للوكالة الدولية للطاقة الذرية قد التقى في طهران، أمس، الرئيس الإيراني "
     "ووزير الخارجية الإيراني.",
     "IGOIAE", "IRNGOV", "04", false, ""},
    {"CommaAdjunctTakesNoRoomInTheGap",
     "'وتعهدت طهران، في بيان مشترك صدر في ختام الزيارة، بتقديم معلومات': the adjunct between "
     "commas is passed over",
     "زار المدير العام للوكالة الدولية للطاقة الذرية إيران. وتعهدت طهران، في بيان مشترك صدر في "
     "ختام الزيارة، بتقديم معلومات إضافية للوكالة الدولية للطاقة الذرية.",
     "IRNGOV", "IGOIAE", "03", false, ""},
    {"ActInACommaAdjunctIsItsOwn",
     "'وأبدى X، خلال اتصال هاتفي مع Y، تفاؤلاً': the call in the adjunct is an event too",
     "وأبدى وزير الخارجية القطري، خلال اتصال هاتفي مع وزير الخارجية الأميركي، تفاؤلاً حذراً "
     "إزاء الجهود الأميركية.",
     "QATGOV", "USAGOV", "04", false, ""},
    {"ShowOfForceWithNoOneNamedAimsAtTheAdversary",
     "a show of force with no one named aims at the other side of its side's last hostile "
     "exchange, here the one that struck it",
     "أطلقت حركة «حماس» صواريخ على إسرائيل. وقصف الجيش الإسرائيلي مواقع في القطاع. ورفعت الشرطة "
     "الإسرائيلية حالة التأهب إلى الدرجة القصوى.",
     "ISRCOP", "PSEREB", "15", false, ""},
    {"DescriptionOfTheDecisionNamedBeforeIt",
     "'سيتعامل مع القرار …، واصفاً إياه بأنه خطيئة': the description is of that decision; a lead "
     "verb the lexicon lacks still names the lead actor after it",
     "كلّف مجلس الوزراء اللبناني الجيش بإعداد خطة. وقال «حزب الله» إنه سيتعامل مع القرار «كأنه "
     "غير موجود»، واصفاً إياه بأنه «خطيئة كبرى».",
     "LBNREB", "LBNGOV", "111", false, ""},
    {"NameDoesNotReachAcrossAComplementizer",
     "'«لجان مقاومة مدني» إن قوات «الدعم السريع»': two actors, the quoted words between them "
     "hold a complementizer",
     "قالت «لجان مقاومة مدني» إن قوات «الدعم السريع» قتلت، أمس، أكثر من مئة من سكان قرية في "
     "ولاية الجزيرة.",
     "SDNREB", "SDNCVL", "20", false, ""},
    {"FollowingSuitIsALightVerbOverAnEachOfList",
     "'وحذت كل من بريطانيا وألمانيا حذو واشنطن، معلنة تعليق تمويلها': حذا is a light verb, كل من "
     "a quantity before its compound subject, and the act after it is each member's",
     "علقت الولايات المتحدة تمويلها لوكالة أونروا. وحذت كل من بريطانيا وألمانيا حذو واشنطن، "
     "معلنة تعليق تمويلها للوكالة.",
     "DEU", "IGOUNO", "162", false, ""},
    {"AnnouncedRejectionOfTalksIsRejectingTheConvener",
     "'أعلنت رفضها المشاركة في محادثات … التي دعت إليها الولايات المتحدة': the noun tells the "
     "announced rejection more exactly (125), aimed at the talks' convener named next",
     "أعلنت الحكومة السودانية، أمس، رفضها المشاركة في محادثات جنيف التي دعت إليها الولايات "
     "المتحدة.",
     "SDNGOV", "USA", "125", false, ""},
    {"RejectedDiscussionBeforeABodyTargetsTheBody",
     "'رفض مناقشة الملف في مجلس الأمن': the body is the target",
     "رفض وزير الخارجية الإثيوبي مناقشة الملف في مجلس الأمن.", "ETHGOV", "IGOUNO", "1245", false,
     ""},
    {"PatternWordMatchesItsPossessiveKnownWhole",
     "'استعداده' is known whole (another entry lists it), so the intent pattern's 'استعداد' "
     "matches it too",
     "وأكد وزير الخارجية الإسباني استعداده لتعزيز التعاون مع المغرب.", "ESPGOV", "MAR", "030",
     false, ""},
    {"TighterBindingWinsAtOneAnchor",
     "'مؤكدة دعمها جهود «إيكواس» لاستعادة النظام': support for ECOWAS's efforts, not for the "
     "regime named further on",
     "ونفت فرنسا أي نية للتدخل عسكرياً في النيجر، مؤكدة دعمها جهود «إيكواس» لاستعادة النظام "
     "الدستوري.",
     "FRA", "IGOWAS", "051", false, ""},
    {"DualPronounOfAPairSubjectIsThatPair",
     "'واتفق البلدان على تفعيل اتفاقية … الموقعة بينهما': بينهما is the two countries, not the "
     "mediator named before; a title before البلدين is the pair's",
     "وقّعت السعودية وإيران، أمس، اتفاقاً يقضي باستئناف العلاقات الدبلوماسية بينهما. وأجرى وفدا "
     "البلدين، برئاسة مستشار الأمن الوطني السعودي وأمين المجلس الأعلى للأمن القومي الإيراني، "
     "مباحثات في العاصمة الصينية بوساطة صينية. واتفق البلدان على تفعيل اتفاقية التعاون الأمني "
     "الموقعة بينهما.",
     "SAU", "IRN", "031", false, ""},
    {"RefusingToCooperateWithTheMission",
     "'لن تتعاون مع البعثة': البعثة is the story's organisation, named in the act's own words; "
     "'البعثة السودانية' is Sudan's mission",
     "قرر مجلس حقوق الإنسان التابع للأمم المتحدة تشكيل بعثة لتقصي الحقائق في السودان. ورفضت "
     "البعثة السودانية الدائمة في جنيف القرار، مؤكدة أن الحكومة لن تتعاون مع البعثة.",
     "SDNGOV", "IGOUNO", "086", true, ""},
    {"MediatorsOfTalksMediateWithEachParty",
     "'المحادثات بين الجيش السوداني و«الدعم السريع» برعاية سعودية أميركية': each mediator "
     "mediates (045) with the parties to the talks; سعودية is the Saudi adjective",
     "تتواصل في جدة المحادثات غير المباشرة بين ممثلي الجيش السوداني و«الدعم السريع» برعاية "
     "سعودية أميركية.",
     "USA", "SDNMIL", "045", false, ""},
    {"DenialEndsBeforeAParticipleAfterCommaAnd",
     "'نافية استهداف المدنيين، ومتهمة الجيش ب…': the accusation after '، و' is outside the "
     "denial",
     "وأعلنت «الدعم السريع» في بيان سيطرتها على المخيم، نافية استهداف المدنيين، ومتهمة الجيش "
     "باستخدام النازحين «دروعاً بشرية».",
     "SDNREB", "SDNMIL", "112", false, ""},
    {"DenialAfterTheClaimInItsSentence",
     "'أعلن قيادي مسؤوليته عن التفجير، قبل أن ينفي المتحدث باسم الحركة أي صلة لها به': the "
     "spokesman of the movement is the movement's, and denies that attack",
     "قُتل عشرات من عناصر الشرطة الباكستانية في تفجير استهدف مسجداً في بيشاور أمس. وأعلن قيادي "
     "في حركة «طالبان باكستان» مسؤوليته عن التفجير، قبل أن ينفي المتحدث باسم الحركة أي صلة "
     "لها به.",
     "PAKREB", "PAKCOP", "18", true, ""},
    {"TopicHeldToIsAnIntentOfItsHolder",
     "'أما التعاون العسكري بين البلدين فإن طهران متمسكة به': Tehran is committed to military "
     "cooperation with the other state of the act told before in the sentence",
     "وقال المسؤول إن إيران لا تزود روسيا بأسلحة، أما التعاون العسكري بين البلدين فإن طهران "
     "متمسكة به.",
     "IRNGOV", "RUS", "0312", false, ""},
    {"CoordinatedVerbKeepsTheSubjectBeforeIt",
     "'ودانت الخارجية الصينية …، وحثت واشنطن على التوقف': a verb after '، و' with one mention "
     "after it keeps the subject before it; the mention is its object",
     "ودانت وزارة الخارجية الصينية تخصيص أموال لتايوان، وحثت واشنطن على التوقف عن تسليح "
     "الجزيرة.",
     "CHNGOV", "USAGOV", "02", false, ""},
    {"DenialDoesNotReachACoordinatedVerb",
     "'ونفت الخارجية السورية استخدام …، واتهمت المنظمة ب…': the accusation is not denied",
     "نشرت منظمة حظر الأسلحة الكيميائية تقريراً. ونفت وزارة الخارجية السورية استخدام الجيش "
     "السوري أي أسلحة كيميائية، واتهمت المنظمة بتزييف الحقائق.",
     "SYRGOV", "IGOOPW", "112", false, ""},
    {"KillingHundredsIsMassKillingByTheSubjectBeforeTheVerb",
     "'قوات «الدعم السريع» قتلت مئات المدنيين … في هجوم على مخيم للنازحين': the doer is the "
     "subject before the verb, not the displaced after في هجوم; hundreds killed is 202",
     "قالت الأمم المتحدة إن قوات «الدعم السريع» قتلت مئات المدنيين في هجوم واسع على مخيم "
     "للنازحين.",
     "SDNREB", "SDNCVL", "202", false, ""},
    {"ReplyAtTheRightTimeAndPlaceIsAThreat",
     "'إن الرد على إسرائيل «سيكون في الوقت والمكان المناسبين»': the stock threat, by the speaker "
     "(a threat opening reported words is new, not a judged act)",
     "اغتالت إسرائيل قائداً في الحرس الثوري. وقال «الحرس الثوري» الإيراني إن الرد على إسرائيل "
     "«سيكون في الوقت والمكان المناسبين».",
     "IRNMIL", "ISR", "138", false, ""},
    {"AttacksThatWillGoOnAreAThreatOfTheGroupsSpokesman",
     "'أكد المتحدث العسكري باسم الجماعة أن عملياتها ضد السفن المرتبطة بإسرائيل ستستمر': "
     "attacks that will go on are a threat; the spokesman 'باسم الجماعة' is the group's",
     "شنت جماعة الحوثي هجمات على سفن في البحر الأحمر. وأكد المتحدث العسكري باسم الجماعة أن "
     "عملياتها ضد السفن المرتبطة بإسرائيل ستستمر.",
     "YEMREB", "ISR", "138", false, ""},
    {"StateCondemnsItsOwnRebelsAct",
     "'ودان البرهان ما وصفه بالمجزرة': a reaction with no one named reacts to the last act even "
     "when its actor is the state's own rebels",
     "قتلت قوات «الدعم السريع» مئات المدنيين في قرية بولاية الجزيرة. ودان رئيس مجلس السيادة "
     "الانتقالي قائد الجيش عبد الفتاح البرهان ما وصفه بـ«المجزرة المروعة».",
     "SDNGOV", "SDNREB", "111", false, ""},
    {"ImportsAreStoppedFromTheirOrigin",
     "'قررت وقف دخول جميع الواردات اللبنانية إليها': an embargo on Lebanon, not on the importer",
     "قررت السعودية وقف دخول جميع الواردات اللبنانية إليها.", "SAU", "LBN", "163", false, ""},
    {"MoneyAllocatedForReliefIsAidPledged",
     "'أعلن تخصيص 100 مليون دولار لإغاثة المتضررين في سوريا': an allocation is a pledge (0333)",
     "وأعلن الرئيس الإماراتي تخصيص 100 مليون دولار لإغاثة المتضررين في سوريا.", "AREGOV", "SYR",
     "0333", false, ""},
    {"PairAgreeingInOneOfTheirCapitalsActsOnEachOther",
     "'التقى رئيس الوزراء السوداني نظيره الإثيوبي …، فيما اتفق الجانبان على استئناف الاجتماعات "
     "… في الخرطوم': the pair is the sentence's two states, and Khartoum is where, not whom",
     "والتقى رئيس الوزراء السوداني نظيره الإثيوبي في جيبوتي، فيما اتفق الجانبان على استئناف "
     "اجتماعات اللجنة المشتركة الثلاثاء المقبل في الخرطوم.",
     "SDNGOV", "ETHGOV", "036", false, ""},
    {"CoordinatedAppealKeepsItsSubjectAndObject",
     "'ورحّب المبعوث الأممي بالاتفاق، وحثّ الحكومة على …': the envoy urges; the mention right "
     "after a coordinated appeal verb is its object even with another actor later",
     "ورحّب المبعوث الأممي إلى اليمن بتنفيذ الصفقة، وحثّ الحكومة اليمنية على مواصلة التفاوض "
     "للإفراج عن جميع المحتجزين.",
     "IGOUNO", "YEMGOV", "02", false, ""},
    {"ThreatOfAReplyToANamedActAimsAtItsActor",
     "'هددت كوريا الشمالية بالرد على المناورات الأميركية': the drills are Washington's, so the "
     "threat is at it, not at the story's last attacker",
     "واتهمت الحكومة الصومالية حركة الشباب بتنفيذ الهجوم. وهددت كوريا الشمالية بالرد على "
     "المناورات الأميركية الكورية المشتركة.",
     "PRK", "USA", "13", false, ""},
    {"TwoStatesAnnouncingRelationsBetweenThem",
     "'أعلنت السعودية وإيران استئناف العلاقات الدبلوماسية بينهما': each restores relations with "
     "the other (054 is mutual)",
     "أعلنت السعودية وإيران استئناف العلاقات الدبلوماسية بينهما.", "SAU", "IRN", "054", false, ""},
    {"MembersOfAGroupAreTheGroup",
     "'هاجم مسلحون من حركة الشباب قاعدة للجيش الصومالي': من joins the militants to their group "
     "(a linker, like في)",
     "هاجم مسلحون من حركة الشباب قاعدة عسكرية للجيش الصومالي.", "SOMREB", "SOMMIL", "190", false,
     ""},
    {"AccordNamedWithItsParties",
     "'رحبت الجامعة العربية بالاتفاق بين الفصائل الفلسطينية': the accord's parties are named with "
     "it",
     "رحبت الجامعة العربية بالاتفاق بين الفصائل الفلسطينية.", "IGOARL", "PSEREB", "051", false, ""},
    {"VerbalNounAfterAnnouncingIsTheAnnouncersAct",
     "'أعلن المجلس العسكري في النيجر طرد السفير الفرنسي': طرد is a verbal noun here, the "
     "junta's act, not a verb whose subject is the ambassador",
     "أعلن المجلس العسكري في النيجر طرد السفير الفرنسي من نيامي.", "NERMIL", "FRAGOV", "16", false,
     ""},
    {"ADroneOfAStateIsItsMilitary",
     "'قال الجيش اللبناني إن طائرة مسيرة إسرائيلية استهدفت سيارة في جنوب لبنان': a drone is "
     "the air force",
     "قال الجيش اللبناني إن طائرة مسيرة إسرائيلية استهدفت سيارة في جنوب لبنان.", "ISRMIL", "LBN",
     "19", false, ""},
    {"FaInnaOpensAContentClause",
     "'وبحسب وسائل إعلام إيرانية، فإن الحرس الثوري احتجز ناقلة': فإن opens the clause whose "
     "subject comes first",
     "وبحسب وسائل إعلام إيرانية، فإن الحرس الثوري احتجز ناقلة نفط أجنبية في الخليج.", "IRNMIL",
     "IRNBUS", "17", false, ""},
    {"AnOutletQuotedIsNotTheStorysCountry",
     "'نقلت وكالة رويترز عن مصادر أمنية أن الجيش السوري قصف مواقع للمعارضة': the opposition is "
     "Syria's, not the British agency's country's",
     "نقلت وكالة رويترز عن مصادر أمنية أن الجيش السوري قصف مواقع للمعارضة في ريف إدلب.", "SYRMIL",
     "SYROPP", "19", false, ""},
    {"ClaimedRocketFireIsTheFire",
     "'أعلنت حركة الجهاد الإسلامي مسؤوليتها عن إطلاق صواريخ على مستوطنات إسرائيلية': the claimed "
     "act, by the claimant",
     "أعلنت حركة الجهاد الإسلامي مسؤوليتها عن إطلاق صواريخ على مستوطنات إسرائيلية.", "PSEREB",
     "ISR", "195", false, ""},
    {"AgentNounThatIsAPatternWordIsNoGenitiveSource",
     "'قرر مجلس حقوق الإنسان تشكيل بعثة لتقصي الحقائق في السودان': بعثة is the act's object, "
     "not its source",
     "قرر مجلس حقوق الإنسان التابع للأمم المتحدة، أمس، تشكيل بعثة دولية مستقلة لتقصي الحقائق "
     "في السودان.",
     "IGOUNO", "SDN", "092", false, ""},
    {"BombingPositionsWithNoOwnerNamedHitsTheAdversary",
     "'وردّت الطائرات الإسرائيلية بقصف مواقع في القطاع': positions with no owner named are the "
     "adversary's, the side that fired first",
     "وأطلقت فصائل فلسطينية في غزة رشقات صاروخية باتجاه جنوب إسرائيل، وردّت الطائرات "
     "الإسرائيلية بقصف مواقع في القطاع.",
     "ISRMIL", "PSEREB", "19", false, ""},
    {"StateAgencyAloneNamesTheStorysCountry",
     "'أفادت وكالة الأنباء السعودية بأن ولي العهد استقبل وزير الخارجية الأميركي': the crown "
     "prince is of the place named later in the first sentence (an outlet quoted does not weigh)",
     "أفادت وكالة الأنباء السعودية بأن ولي العهد استقبل وزير الخارجية الأميركي في الرياض.",
     "SAUGOV", "USAGOV", "04", false, ""},
    {"CeasefireSignedInAThirdCountryIsBetweenThePair",
     "'وقعت الحكومة السودانية وقوات الدعم السريع اتفاقاً لوقف إطلاق النار في جدة': Jeddah is "
     "where, the two act on each other",
     "وقعت الحكومة السودانية وقوات الدعم السريع اتفاقاً لوقف إطلاق النار في جدة.", "SDNGOV",
     "SDNREB", "087", false, ""},
    {"CourtSentenceInConstructIsCoercion",
     "'أصدرت محكمة مصرية حكماً بسجن ناشط حقوقي': a prison sentence on a named person (construct)",
     "أصدرت محكمة مصرية حكماً بسجن ناشط حقوقي خمس سنوات.", "EGYJUD", "EGYOPP", "17", false, ""},
};

class ArabicRulesTest : public ::testing::TestWithParam<Case> {};

TEST_P(ArabicRulesTest, CodesTheExpectedEvent) {
  const Case& c = GetParam();
  const std::vector<Event> events = CodeText("ar", c.text);
  bool found = false;
  for (const Event& e : events) {
    if (e.source.code != c.source || e.target.code != c.target) continue;
    if (e.code.rfind(c.code, 0) != 0 || e.negated != c.negated) continue;
    if (*c.date != '\0' && e.date != c.date) continue;
    found = true;
  }
  EXPECT_TRUE(found) << c.rule << "\n  text: " << c.text << "\n  expected " << c.source << "->"
                     << c.target << " " << c.code << (c.negated ? " negated" : "") << " " << c.date
                     << "\n  got: " << Describe(events);
}

// The member with no country must not take one from the story instead (the
// case above finds the first member's event, which exists either way).
TEST(ArabicCompoundTest, MemberWithoutCountryIsNotGivenTheStorysCountry) {
  const std::vector<Event> events =
      CodeText("ar",
               "زار وزير الخارجية الأميركي القاهرة. وشنت حركة «حماس» والميليشيات المتحالفة "
               "معها هجوماً على مواقع للجيش الإسرائيلي.");
  for (const Event& e : events) {
    if (e.code.rfind("19", 0) == 0) {
      EXPECT_EQ(e.source.code, "PSEREB") << Describe(events);
    }
  }
}

// A third party's warning that names no one is no threat; a party's is.
TEST(ArabicWarningTest, ThirdPartysWarningIsNoThreat) {
  const std::vector<Event> events =
      CodeText("ar",
               "قصفت إسرائيل مواقع لحركة «حماس» في غزة. وحذّرت قطر من أن التصعيد يقوّض جهود "
               "الوساطة.");
  for (const Event& e : events) EXPECT_NE(e.source.code.substr(0, 3), "QAT") << Describe(events);
}

TEST(ArabicWarningTest, PartysWarningIsAThreatToItsFoe) {
  const std::vector<Event> events =
      CodeText("ar",
               "قصفت إسرائيل مواقع لحركة «حماس» في غزة. وحذّرت حركة «حماس» من أن الرد سيكون "
               "قاسياً.");
  bool found = false;
  for (const Event& e : events) {
    found |= e.source.code == "PSEREB" && e.target.code.substr(0, 3) == "ISR" &&
             e.code.rfind("13", 0) == 0;
  }
  EXPECT_TRUE(found) << Describe(events);
}

// Words that say what an act is, contains or is for belong to that act: no
// event of `absent` is coded from them, and the act itself is.
struct ContentCase {
  const char* id;  // test name
  const char* rule;
  const char* text;
  const char* absent;      // a root (two digits) or a full code
  const char* act_source;  // full actor code of the act ("" = any)
  const char* act;         // a root (two digits) or a full code
};

const ContentCase kContentCases[] = {
    {"DescriptionAfterAWelcomeIsNoCriticism",
     "a description after its speaker's own welcome is that welcome",
     "قرر مجلس الوزراء اللبناني حصر السلاح بيد الدولة. ورحّب المبعوث الأميركي بالقرار، "
     "واصفاً إياه بأنه «خطوة تاريخية».",
     "11", "USAGOV", "051"},
    {"WhatAnAccordStipulatesIsNoSecondAct",
     "what an accord stipulates (يقضي ب…) is its content, not an act",
     "وقّعت السعودية وإيران اتفاقاً يقضي باستئناف العلاقات الدبلوماسية بينهما.", "054", "", "057"},
    {"DemandsOfAProtestAreItsContent", "a protest's demands are what it is for, not a second event",
     "تظاهر آلاف العراقيين في بغداد، احتجاجاً على البطالة، مطالبين بإقالة الحكومة.", "10", "", "14"},
};

// Whether `e` is of `code`: two digits name a root, more the code itself.
bool IsOf(const Event& e, const std::string& code) {
  return code.size() == 2 ? e.root == code : e.code == code;
}

class ArabicContentTest : public ::testing::TestWithParam<ContentCase> {};

TEST_P(ArabicContentTest, IsPartOfTheActNotASecondOne) {
  const ContentCase& c = GetParam();
  const std::vector<Event> events = CodeText("ar", c.text);
  bool act = false;
  for (const Event& e : events) {
    EXPECT_FALSE(IsOf(e, c.absent)) << c.rule << "\n  got: " << Describe(events);
    act |= (*c.act_source == '\0' || e.source.code == c.act_source) && IsOf(e, c.act);
  }
  EXPECT_TRUE(act) << c.rule << "\n  got: " << Describe(events);
}

// A state does not threaten or sanction its own government.
TEST(ArabicSelfTest, StateDoesNotActOnItsOwnGovernment) {
  const std::vector<Event> events =
      CodeText("ar", "هددت الولايات المتحدة بفرض عقوبات على المسؤولين عن العنف.");
  for (const Event& e : events) {
    EXPECT_FALSE(e.source.code.substr(0, 3) == "USA" && e.target.code.substr(0, 3) == "USA")
        << Describe(events);
  }
}

// Two leaders toward two peoples pair across, not each toward its own.
TEST(ArabicCompoundTest, TwoPartiesTowardTwoPeoplesPairAcross) {
  const std::vector<Event> events =
      CodeText("ar",
               "وصل الرئيس الفرنسي إلى الجزائر. وأعلن الرئيسان الاتفاق على تشكيل لجنة مشتركة من "
               "المؤرخين الجزائريين والفرنسيين.");
  for (const Event& e : events) {
    EXPECT_NE(e.source.code.substr(0, 3), e.target.code.substr(0, 3)) << Describe(events);
  }
}

// A told act, judged in reported words, is not a new act by the speaker.
TEST(ArabicTopicTest, JudgedActOpeningReportedWordsIsNotTheSpeakers) {
  const std::vector<Event> events =
      CodeText("ar",
               "أطلقت دبابة إسرائيلية النار على برج مراقبة لقوات «يونيفيل». وقال وزير الدفاع "
               "الإيطالي إن إطلاق النار على مواقع «يونيفيل» «قد يرقى إلى جريمة حرب».");
  for (const Event& e : events) {
    if (e.root == "19") {
      EXPECT_NE(e.source.code.substr(0, 3), "ITA") << Describe(events);
    }
  }
}

// "أي هجوم" is any attack, none yet.
TEST(ArabicHypotheticalTest, AnyAttackIsNoAttack) {
  const std::vector<Event> events =
      CodeText("ar", "وقال الرئيس الإيراني إن أي اعتداء على إيران سيواجه برد مدمر.");
  for (const Event& e : events) EXPECT_NE(e.root, "18") << Describe(events);
}

// A description after its speaker's own rejection is that rejection.
TEST(ArabicDescriptionTest, DescriptionAfterARejectionIsTheSameAct) {
  const std::vector<Event> events =
      CodeText("ar",
               "أصدرت منظمة العفو الدولية تقريراً عن السجون الإيرانية. ورفضت السلطة القضائية "
               "الإيرانية التقرير، ووصفه المتحدث باسمها بأنه «مليء بالأكاذيب».");
  int count = 0;
  for (const Event& e : events) count += e.root == "11" || e.root == "12" ? 1 : 0;
  EXPECT_EQ(count, 1) << Describe(events);
}

// The same act in two sentences is two events; said twice in one, one.
TEST(ArabicDeduplicationTest, SameActInTwoSentencesIsTwoEvents) {
  const std::vector<Event> events =
      CodeText("ar",
               "أبدى الرئيس الإيراني انفتاحاً فيما يخص مساعي الدوحة. وفي لقاء آخر، أبدى الرئيس "
               "الإيراني انفتاحاً فيما يخص مساعي الدوحة مجدداً.");
  int count = 0;
  for (const Event& e : events) count += e.code == "038" ? 1 : 0;
  EXPECT_EQ(count, 2) << Describe(events);
}

void PrintTo(const Case& c, std::ostream* os) { *os << c.id; }

INSTANTIATE_TEST_SUITE_P(Rules, ArabicRulesTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.id; });

void PrintTo(const ContentCase& c, std::ostream* os) { *os << c.id; }

INSTANTIATE_TEST_SUITE_P(Rules, ArabicContentTest, ::testing::ValuesIn(kContentCases),
                         [](const ::testing::TestParamInfo<ContentCase>& info) {
                           return info.param.id;
                         });

}  // namespace
}  // namespace khabar::testing
