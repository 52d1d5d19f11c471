#!/usr/bin/env python3
# Copyright 2026 The khabar Authors. MIT License.
"""Builds khabar's English dictionaries from PETRARCH2's (MIT, Open Event Data
Alliance) with `khabar dict import`, then applies the curation below.

    tools/make_en_dicts.py [--khabar build/khabar] [--petrarch ../shared/data/petrarch2]

Writes dict/en/events.txt, agents.txt, actors.txt and discards.txt. The
hand-written English files (cues.txt, time.txt, titles.txt, core_events.txt)
are inputs: names they or dict/common/ already have are left out of the
converted files (`--known`), so that no name means two things.

Curation, each rule with its reason:
  events    patterns whose words before the verb are a subject constraint
            (`--parse-free`); the verbs in DROP_VERBS (a noun far more often
            than a verb, or a code that is wrong for news); patterns of
            DROP_PATTERNS (by source line, with the reason beside each); the
            bare verb classes (one `~` group of 3+ verbs, PETRARCH's synset
            defaults) of roots BARE_CLASS_ROOTS: statements, meetings,
            cooperation and aid (01, 04-06) are said with the commonest
            verbs ("go", "left for", "gather", "consider", "serve", "give"),
            which without PETRARCH's parse code travel and crowds as visits
            and help; the hand-written core_events.txt covers these roots.
  agents    one role per title (`--agent-roles 1`: ~GOVMED -> GOV); the names
            in DROP_AGENTS (adjectives and nouns that are not actors:
            "televised", "criminal", "deputy" as police).
  actors    PETRARCH's person entries (dated roles ending in 2014) are left
            out: dict/common/persons.txt holds officials with current roles;
            names in DROP_ACTORS; plus EXTRA_ACTORS written for khabar.
  discards  generic words in DROP_DISCARDS ("champion", "years ago") would
            drop political sentences; so would bare years ("1994"), which
            news gives as background ("has ruled Belarus since 1994", "the
            1994 genocide"): they are left out.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Verbs whose isolated pattern is left out: mostly nouns in news, or a
# PETRARCH code that does not fit (the patterns with more words stay).
DROP_VERBS = {
    "force", "forces", "mean", "means", "call", "calls", "claim", "claims", "report", "reports",
    "state", "states", "view", "views", "question", "list", "face", "faces", "show", "shows",
    "move", "moves", "press", "voice", "head", "heads", "lead", "leads", "set", "step", "steps",
    "plan", "plans", "aim", "ground", "grounds", "book", "table", "rule", "rules", "mark", "name",
    "target", "targets", "land", "post", "stage", "place", "base", "need", "want", "hope",
    "fear", "fears", "suspect", "suspected", "believe", "think", "add", "say", "said", "tell",
    "told", "declare", "declared", "note", "noted", "stress", "express", "announce", "comment",
    "address", "authorise", "authorize", "sweep", "sweeping", "mine", "comb", "scan", "dig",
}

# Single-word titles that are adjectives, places or events rather than actors.
DROP_AGENTS = {
    # "ambassador to": the preposition belongs to what follows ("ordered the
    # Swedish ambassador to leave"); "ambassador" alone is in titles.txt.
    "ambassador to",
    "actor", "advocate", "carrier", "chamber", "community", "deputy", "naval", "naturalized",
    "native", "retired", "semi-official", "state-owned", "industry", "producer", "settlement",
    "neighborhood", "neighbourhood", "mother", "girl", "woman", "child", "victim", "victims",
    "spokesmen", "spokeswomen", "rebellion", "revolt", "uprising", "hospital", "school",
    "preschool", "prison", "website", "telecom", "tv", "publication", "criminal", "televised",
    "diplomatic", "official", "national", "federal", "regional", "exile", "detainee", "kingdom",
    "polity", "regulator", "echelon", "phalanx", "operative", "aerospace", "airway", "bargainer",
    "boss", "monger", "oiler", "tanker", "supertanker", "freighter", "containership", "jumbojet",
    "jetliner", "conservatory", "college", "university", "engineer", "scientist", "hunter",
    "customer", "tenant", "trader", "producer", "waiter", "waitress", "writer", "blog",
}

DROP_ACTORS = set()

DROP_DISCARDS = {
    "champion", "champions", "months later", "years later", "weeks later", "weeks ago",
    "months ago", "years ago", "third round", "first seed", "second seed", "third seed",
    "fourth seed", "fifth seed", "sixth seed", "seventh seed", "eighth seed", "ninth seed",
    "tenth seed", "bronze medal", "silver medal",
}

EXTRA_ACTORS = """
# ---- written for khabar: English names missing from dict/common/ --------------------

actor IGOUNO World Health Organization (acronym)
  en: WHO
actor SAUBUS Saudi Aramco
  en: Saudi Aramco | Aramco
actor USABUS Alphabet
  en: Alphabet
actor CHNGOV Taiwan Affairs Office
  en: Taiwan Affairs Office | Hong Kong and Macau Affairs Office
actor IND Kashmir
  en: Kashmir | Indian Kashmir | Srinagar
actor UKR Crimea
  en: Crimea | Donbas | Donbass
"""


def run(cmd):
    return subprocess.run(cmd, check=False, capture_output=True, text=True)


def header(title, sources, notes):
    lines = [
        "# " + title,
        "# Generated by tools/make_en_dicts.py with `khabar dict import --from petrarch`",
        "# from ../shared/data/petrarch2/" + ", ".join(sources) + ", then curated (see the",
        "# script for every rule and its reason). Every entry keeps its source line.",
        "# Derived from PETRARCH2's dictionaries: The MIT License (MIT), Copyright (c) 2014-2015",
        "# Open Event Data Alliance; the full notice is in dict/SOURCES.md.",
    ]
    lines += ["# " + n for n in notes]
    return "\n".join(lines) + "\n\n"


def body(text):
    """The converted file without its generated header comment."""
    out = text.split("\n")
    while out and (out[0].startswith("#") or not out[0].strip()):
        out.pop(0)
    return "\n".join(out)


def entries(text):
    """Splits a khabar file into entries (header line + attribute lines)."""
    current = []
    for line in text.split("\n"):
        if line and not line[0].isspace() and not line.startswith("#"):
            if current:
                yield current
            current = [line]
        elif current:
            current.append(line)
        elif line.startswith("#"):
            yield [line]
    if current:
        yield current


BARE_CLASS_ROOTS = {"01", "04", "05", "06"}

# Patterns left out by their source line, each with its reason.
DROP_PATTERNS = {
    "CAMEO.2.0.txt:5372": "'left for <country>' (042) is travel or exile, not a visit to its "
                          "government ('left for Lithuania', 'before he left for Ukraine')",
    "CAMEO.2.0.txt:898": "'set off <weapon>' with the synonyms of 'set' (stage, station, post, "
                         "position...) reads 'staged a bombing drill off the coast, dropping "
                         "precision-guided munitions' and 'stationed warships off Taiwan' as "
                         "bombings (183); 'set off explosive' (897) keeps the sense",
}


def curate_events(text):
    out = []
    for entry in entries(text):
        if not entry[0].startswith("event "):
            out.extend(entry)
            continue
        kept = [entry[0]]
        root = entry[0].split()[1][:2]
        for line in entry[1:]:
            m = re.match(r"  en: (\S+)\s+#", line)
            if m and root in BARE_CLASS_ROOTS and len(m.group(1).split("~")) >= 3:
                continue
            src = re.search(r"#\s*(CAMEO\.2\.0\.txt:\d+)", line)
            if src and src.group(1) in DROP_PATTERNS:
                continue
            if m and " " not in line.split("#")[0].strip()[4:]:
                forms = [f for f in m.group(1).split("~") if f not in DROP_VERBS]
                if not forms:
                    continue
                line = "  en: " + "~".join(forms) + line[len("  en: ") + len(m.group(1)):]
            kept.append(line)
        if any(l.startswith("  en:") for l in kept):
            out.extend(kept)
    return "\n".join(out)


def curate_agents(text):
    out = []
    for entry in entries(text):
        if not entry[0].startswith("agent "):
            out.extend(entry)
            continue
        kept = [entry[0]]
        for line in entry[1:]:
            if line.startswith("  en: "):
                names = [n.strip() for n in line[6:].split("|")]
                names = [n for n in names if n.lower() not in DROP_AGENTS]
                if not names:
                    continue
                line = "  en: " + " | ".join(names)
            kept.append(line)
        if any(l.startswith("  en:") for l in kept):
            out.extend(kept)
    return "\n".join(out)


def curate_actors(text):
    out = []
    for entry in entries(text):
        if entry[0].startswith("person "):
            continue  # officials with dated roles: dict/common/persons.txt
        if entry[0].startswith("actor "):
            kept = [entry[0]]
            for line in entry[1:]:
                if line.startswith("  en: "):
                    names = [n.strip() for n in line[6:].split("|")]
                    names = [n for n in names if n not in DROP_ACTORS]
                    if not names:
                        continue
                    line = "  en: " + " | ".join(names)
                kept.append(line)
            if any(l.startswith("  en:") for l in kept):
                out.extend(kept)
            continue
        out.extend(entry)
    return "\n".join(out)


def curate_discards(text):
    out = []
    for line in text.split("\n"):
        m = re.match(r"  en: (.*?)\s+#", line)
        if m and (m.group(1) in DROP_DISCARDS or re.fullmatch(r"\d{4}", m.group(1))):
            continue
        out.append(line)
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--khabar", default=os.path.join(ROOT, "build", "khabar"))
    parser.add_argument("--petrarch", default=os.path.join(ROOT, "..", "shared", "data", "petrarch2"))
    args = parser.parse_args()
    dict_dir = os.path.join(ROOT, "dict")
    with tempfile.TemporaryDirectory() as tmp:
        known = os.path.join(tmp, "known")
        shutil.copytree(os.path.join(dict_dir, "common"), os.path.join(known, "common"))
        os.makedirs(os.path.join(known, "en"))
        for f in ("titles.txt", "cues.txt", "time.txt"):
            shutil.copy(os.path.join(dict_dir, "en", f), os.path.join(known, "en", f))
        out = os.path.join(tmp, "out")
        files = ["CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                 "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt"]
        result = run([args.khabar, "dict", "import", "--from", "petrarch", "--parse-free",
                      "--agent-roles", "1", "--known", known, "--out", out, "--quiet"] +
                     [os.path.join(args.petrarch, f) for f in files])
        if result.returncode not in (0, 1):
            sys.stderr.write(result.stderr)
            return 2
        sys.stdout.write(result.stdout)
        read = lambda name: open(os.path.join(out, "en", name), encoding="utf-8").read()
        en = os.path.join(dict_dir, "en")
        with open(os.path.join(en, "events.txt"), "w", encoding="utf-8") as f:
            f.write(header("English event patterns (CAMEO verb patterns of PETRARCH2)",
                           ["CAMEO.2.0.txt"],
                           ["Hand-written patterns for common news verbs are in core_events.txt."]))
            f.write(curate_events(body(read("cameo_2_0.txt"))))
        with open(os.path.join(en, "agents.txt"), "w", encoding="utf-8") as f:
            f.write(header("English agents: titles, offices and group nouns (PETRARCH2 Phoenix)",
                           ["Phoenix.agents.txt"],
                           ["The common titles are in titles.txt (written for khabar)."]))
            f.write(curate_agents(body(read("phoenix_agents.txt"))))
        with open(os.path.join(en, "actors.txt"), "w", encoding="utf-8") as f:
            f.write(header("English actor names missing from dict/common/ (PETRARCH2 Phoenix)",
                           ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                            "Phoenix.MilNonState.actors.txt"],
                           ["States, capitals, organisations, groups and officials are in",
                            "dict/common/; this file adds only names they lack."]))
            for name in ("phoenix_countries_actors.txt", "phoenix_international_actors.txt",
                         "phoenix_milnonstate_actors.txt"):
                f.write(curate_actors(body(read(name))) + "\n")
            f.write(EXTRA_ACTORS)
        with open(os.path.join(en, "discards.txt"), "w", encoding="utf-8") as f:
            f.write(header("English discards: sentences (or stories) out of scope",
                           ["Phoenix.discards.txt"], []))
            f.write(curate_discards(body(read("phoenix_discards.txt"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
