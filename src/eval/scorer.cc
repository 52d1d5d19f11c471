// Copyright 2026 The khabar Authors. MIT License.
//
// The scorer of ../shared/gold/score.py, rule for rule: a system event
// matches a gold event of the same document when the first three letters of
// source and target agree (root-04 events without direction), the first two
// digits of the code agree, and `negated` agrees; each gold event matches once.

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "khabar/eval.h"

namespace khabar {
namespace {

std::string Upper(std::string s) {
  // Actor codes are ASCII; trim and upper-case as score.py's code_of does.
  const auto b = s.find_first_not_of(" \t\r\n");
  const auto e = s.find_last_not_of(" \t\r\n");
  s = b == std::string::npos ? "" : s.substr(b, e - b + 1);
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

struct Scored {
  std::string doc, src, tgt, code, said_by, date;
  bool neg = false;
  bool has_said_by = false;
  std::string Root() const { return code.substr(0, 2); }
  std::tuple<std::string, std::string, std::string, bool> Key() const {
    std::string a = src.substr(0, 3), b = tgt.substr(0, 3);
    if (Root() == "04" && b < a) std::swap(a, b);
    return {a, b, Root(), neg};
  }
};

// Python's str(round(x, 4)).
std::string PyRound4(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", x);
  std::string s = buf;
  while (s.size() > 1 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
  return s;
}

std::string PyFixed3(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

// Python's round(x, 4): the exact binary value rounded half-even, as printf
// does ("%.4f"); x * 10000 rounded would take 0.60625 (really 0.606249...)
// up to 0.6063.
double Round4(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", x);
  return std::strtod(buf, nullptr);
}

}  // namespace

Result<std::vector<GoldDocument>> ReadGold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open gold file");
  std::vector<GoldDocument> docs;
  simdjson::dom::parser parser;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    simdjson::dom::element root;
    if (parser.parse(line).get(root) != simdjson::SUCCESS || !root.is_object()) {
      return Status::InvalidInput(path + ":" + std::to_string(number) + ": not a JSON object");
    }
    GoldDocument g;
    auto str = [&](simdjson::dom::element e, std::string_view key) {
      std::string_view v;
      if (e[key].get(v) == simdjson::SUCCESS) return std::string(v);
      return std::string();
    };
    g.document.id = str(root, "id");
    g.document.date = str(root, "date");
    g.document.lang = str(root, "lang");
    g.document.outlet = str(root, "outlet");
    g.document.text = str(root, "text");
    simdjson::dom::array events;
    if (root["events"].get(events) == simdjson::SUCCESS) {
      for (simdjson::dom::element e : events) {
        GoldEvent ge;
        ge.source = str(e, "source");
        ge.target = str(e, "target");
        ge.code = str(e, "code");
        ge.said_by = str(e, "said_by");
        ge.date = str(e, "date");
        bool neg = false;
        if (e["negated"].get(neg) == simdjson::SUCCESS) ge.negated = neg;
        g.events.push_back(std::move(ge));
      }
    }
    docs.push_back(std::move(g));
  }
  return docs;
}

Scores Score(const std::vector<GoldDocument>& gold, const std::vector<Event>& system) {
  Scores out;
  std::set<std::string> doc_ids;
  std::map<std::string, std::vector<Scored>> gold_events, system_events;
  for (const GoldDocument& d : gold) {
    doc_ids.insert(d.document.id);
    for (const GoldEvent& g : d.events) {
      Scored s;
      s.doc = d.document.id;
      s.src = Upper(g.source);
      if (s.src.empty()) s.src = "---";
      s.tgt = Upper(g.target);
      if (s.tgt.empty()) s.tgt = "---";
      s.code = g.code;
      s.neg = g.negated;
      s.said_by = Upper(g.said_by);
      s.has_said_by = !g.said_by.empty();
      s.date = g.date;
      gold_events[s.doc].push_back(std::move(s));
    }
  }
  for (const Event& e : system) {
    if (doc_ids.count(e.doc) == 0) continue;
    Scored s;
    s.doc = e.doc;
    s.src = Upper(e.source.code);
    if (s.src.empty()) s.src = "---";
    s.tgt = Upper(e.target.code);
    if (s.tgt.empty()) s.tgt = "---";
    s.code = e.code;
    s.neg = e.negated;
    if (e.said_by && !e.said_by->code.empty()) {
      s.said_by = Upper(e.said_by->code);
      s.has_said_by = true;
    }
    s.date = e.date;
    // Gold holds two-actor events only; one-sided system events are not judged.
    if (s.src.substr(0, 3) == "---" || s.tgt.substr(0, 3) == "---") continue;
    system_events[s.doc].push_back(std::move(s));
  }
  int same_actor6 = 0, same_code = 0, same_said = 0, said_total = 0, same_date = 0, date_total = 0;
  auto describe = [](const char* kind, const Scored& e) {
    return std::string(kind) + " " + e.doc + " " + e.src + "->" + e.tgt + " " + e.code +
           " neg=" + (e.neg ? "True" : "False") +
           " said_by=" + (e.has_said_by ? e.said_by : "None");
  };
  for (const std::string& doc : doc_ids) {
    std::set<std::tuple<std::string, std::string, std::string, bool>> seen04;
    std::vector<const Scored*> sys;
    for (const Scored& e : system_events[doc]) {
      if (e.Root() == "04" && !seen04.insert(e.Key()).second) continue;
      sys.push_back(&e);
    }
    std::vector<const Scored*> unmatched;
    for (const Scored& g : gold_events[doc]) unmatched.push_back(&g);
    for (const Scored* e : sys) {
      auto hit = std::find_if(unmatched.begin(), unmatched.end(),
                              [&](const Scored* g) { return g->Key() == e->Key(); });
      if (hit == unmatched.end()) {
        ++out.fp;
        out.per_root[e->Root()].fp += 1;
        out.errors.push_back(describe("FP", *e));
        continue;
      }
      const Scored& g = **hit;
      unmatched.erase(hit);
      ++out.tp;
      out.per_root[g.Root()].tp += 1;
      auto pair = [](const Scored& x) {
        std::vector<std::string> p = {x.src.substr(0, 6), x.tgt.substr(0, 6)};
        if (x.Root() == "04") std::sort(p.begin(), p.end());
        return p;
      };
      same_actor6 += pair(*e) == pair(g);
      same_code += e->code == g.code;
      ++said_total;
      same_said += e->said_by.substr(0, 3) == g.said_by.substr(0, 3);
      if (!g.date.empty()) {
        ++date_total;
        same_date += e->date == g.date;
      }
    }
    for (const Scored* g : unmatched) {
      ++out.fn;
      out.per_root[g->Root()].fn += 1;
      out.errors.push_back(describe("FN", *g));
    }
  }
  out.documents = static_cast<int>(doc_ids.size());
  out.precision = out.tp + out.fp ? static_cast<double>(out.tp) / (out.tp + out.fp) : 0.0;
  out.recall = out.tp + out.fn ? static_cast<double>(out.tp) / (out.tp + out.fn) : 0.0;
  out.f1 = out.precision + out.recall > 0
               ? 2 * out.precision * out.recall / (out.precision + out.recall)
               : 0.0;
  out.actor6_agree = out.tp ? static_cast<double>(same_actor6) / out.tp : 0.0;
  out.code_agree = out.tp ? static_cast<double>(same_code) / out.tp : 0.0;
  out.said_by_agree = said_total ? static_cast<double>(same_said) / said_total : 0.0;
  out.date_agree = date_total ? static_cast<double>(same_date) / date_total : 0.0;
  return out;
}

std::string FormatScores(const Scores& s, bool per_root, bool json, int show_errors) {
  if (json) {
    nlohmann::ordered_json j;
    j["documents"] = s.documents;
    j["gold_events"] = s.tp + s.fn;
    j["system_events"] = s.tp + s.fp;
    j["tp"] = s.tp;
    j["fp"] = s.fp;
    j["fn"] = s.fn;
    j["precision"] = Round4(s.precision);
    j["recall"] = Round4(s.recall);
    j["f1"] = Round4(s.f1);
    j["actor6_agree"] = Round4(s.actor6_agree);
    j["code_agree"] = Round4(s.code_agree);
    j["said_by_agree"] = Round4(s.said_by_agree);
    j["date_agree"] = Round4(s.date_agree);
    return j.dump() + "\n";
  }
  std::ostringstream out;
  auto line = [&](const std::string& key, const std::string& value) {
    std::string k = key;
    k.resize(std::max<std::size_t>(k.size(), 15), ' ');
    out << k << ' ' << value << '\n';
  };
  line("documents", std::to_string(s.documents));
  line("gold_events", std::to_string(s.tp + s.fn));
  line("system_events", std::to_string(s.tp + s.fp));
  line("tp", std::to_string(s.tp));
  line("fp", std::to_string(s.fp));
  line("fn", std::to_string(s.fn));
  line("precision", PyRound4(s.precision));
  line("recall", PyRound4(s.recall));
  line("f1", PyRound4(s.f1));
  line("actor6_agree", PyRound4(s.actor6_agree));
  line("code_agree", PyRound4(s.code_agree));
  line("said_by_agree", PyRound4(s.said_by_agree));
  line("date_agree", PyRound4(s.date_agree));
  if (per_root) {
    out << "root  tp  fp  fn\n";
    char buf[64];
    for (const auto& [root, r] : s.per_root) {
      std::snprintf(buf, sizeof buf, "%-4s %3d %3d %3d\n", root.c_str(), r.tp, r.fp, r.fn);
      out << buf;
    }
  }
  for (int i = 0; i < show_errors && i < static_cast<int>(s.errors.size()); ++i) {
    out << s.errors[static_cast<std::size_t>(i)] << '\n';
  }
  out << "f1 " << PyFixed3(s.f1) << " (precision " << PyFixed3(s.precision) << ", recall "
      << PyFixed3(s.recall) << ")\n";
  return out.str();
}

}  // namespace khabar
