// Build-time generator: reads WordNet 3.0's database files (Debian
// wordnet-base, /usr/share/wordnet) and writes a C++ source with the word
// forms dateline's event finder needs, as a ready-made open-addressing hash
// table, so that the program carries them and looks words up without
// building anything at start-up.
//
// Usage: wordnet_lexicon_gen WORDNET_DIR OUTPUT.cpp
//
// What is extracted, per lower-case word form (see core/lexicon/lexicon.h):
//  - verb forms: every single-word lemma of index.verb with its regular
//    inflections (-s, -ed, -ing), plus the irregular forms of verb.exc;
//  - noun forms: every single-word lemma of index.noun, with regular plurals;
//  - event nouns: nouns whose most frequent sense (the first synset listed in
//    index.noun) belongs to the lexicographer file noun.act (04),
//    noun.event (11) or noun.process (22), read from data.noun, or to
//    noun.communication (10), noun.group (14), noun.phenomenon (19) or
//    noun.state (26) with a derivational link to a verb; the first three of
//    these are also "message nouns" (announcement, meeting, results: what
//    an act produced or gathered), the last states a verb names (collapse);
//  - amount nouns: nouns whose most frequent sense is in noun.possession (21):
//    "income", "loss", "sales", the results a period dates ("third-quarter loss");
//  - which part of speech dominates: the lemma's tagged-sense counts (from
//    the SemCor-based counts of index.*) for verb against noun.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/lexicon/word_class.h"
#include "core/text/fnv1a.h"

namespace {

using dateline::lexicon::WordClass;

[[noreturn]] void fail(const std::string& message) {
  std::cerr << "wordnet_lexicon_gen: " << message << '\n';
  std::exit(1);
}

std::ifstream open(const std::string& path) {
  std::ifstream in(path);
  if (!in) fail("cannot read " + path + " (WordNet is needed at build time: apt-get install wordnet-base)");
  return in;
}

bool is_plain_word(const std::string& w) {
  if (w.empty() || w.size() > 40) return false;
  for (char c : w) {
    if (c < 'a' || c > 'z') return false;  // skips multiword lemmas (a_b), digits, hyphens
  }
  return true;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string plural_or_third_person(const std::string& w) {
  auto ends = [&](const char* s) { return w.size() >= std::char_traits<char>::length(s) && w.ends_with(s); };
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) return w + "es";
  if (w.size() > 1 && w.back() == 'y' && !is_vowel(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

std::string past(const std::string& w) {
  if (w.back() == 'e') return w + "d";
  if (w.size() > 1 && w.back() == 'y' && !is_vowel(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "ied";
  return w + "ed";
}

std::string gerund(const std::string& w) {
  if (w.ends_with("ie")) return w.substr(0, w.size() - 2) + "ying";
  if (w.size() > 2 && w.back() == 'e' && !w.ends_with("ee") && !w.ends_with("ye") && !w.ends_with("oe"))
    return w.substr(0, w.size() - 1) + "ing";
  return w + "ing";
}

// Lines of an index.* file: lemma pos synset_cnt p_cnt [ptr...] sense_cnt
// tagsense_cnt synset_offset...
struct IndexEntry {
  std::string lemma;
  unsigned tagged = 0;
  std::vector<std::string> offsets;
};

std::vector<IndexEntry> read_index(const std::string& path) {
  auto in = open(path);
  std::vector<IndexEntry> entries;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    std::istringstream fields(line);
    IndexEntry e;
    std::string pos;
    unsigned synsets = 0, pointers = 0, senses = 0;
    fields >> e.lemma >> pos >> synsets >> pointers;
    for (unsigned i = 0; i < pointers; ++i) {
      std::string p;
      fields >> p;
    }
    fields >> senses >> e.tagged;
    for (unsigned i = 0; i < synsets; ++i) {
      std::string off;
      if (fields >> off) e.offsets.push_back(off);
    }
    if (!fields || e.offsets.size() != synsets) fail("malformed line in " + path + ": " + line.substr(0, 60));
    entries.push_back(std::move(e));
  }
  if (entries.empty()) fail(path + " has no entries");
  return entries;
}

// What index.noun's first-sense test needs of a noun synset (from data.noun).
struct NounSynset {
  int lexfile = 0;          // lexicographer file number: 04 noun.act, 10 noun.communication, ...
  bool from_verb = false;   // has a derivational link ("+") to a verb: announcement <- announce
  std::string first_word;   // "gathering"
  std::vector<std::string> hypernyms;  // offsets of its hypernym synsets ("@", "@i")
};

// synset offset -> its lexicographer file and whether a verb derives it.
std::unordered_map<std::string, NounSynset> read_noun_synsets(const std::string& path) {
  auto in = open(path);
  std::unordered_map<std::string, NounSynset> synsets;
  std::string line;
  while (std::getline(in, line)) {
    if (line.size() < 12 || line[0] == ' ') continue;
    // offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [ptr offset pos source/target]...
    std::istringstream fields(line);
    std::string offset, lexfile, type, word, lex_id;
    unsigned words = 0, pointers = 0;
    fields >> offset >> lexfile >> type >> std::hex >> words >> std::dec;
    NounSynset s;
    for (unsigned i = 0; i < words; ++i) {
      fields >> word >> lex_id;
      if (i == 0) s.first_word = word;
    }
    fields >> pointers;
    s.lexfile = std::stoi(lexfile);
    for (unsigned i = 0; i < pointers; ++i) {
      std::string symbol, target, pos, source_target;
      fields >> symbol >> target >> pos >> source_target;
      if (symbol == "+" && pos == "v") s.from_verb = true;
      if ((symbol == "@" || symbol == "@i") && pos == "n") s.hypernyms.push_back(target);
    }
    if (!fields) fail("malformed synset in " + path + ": " + line.substr(0, 60));
    synsets.emplace(offset, s);
  }
  if (synsets.empty()) fail(path + " has no synsets");
  return synsets;
}

// An event noun's most frequent sense: an act, an event or a process
// (election, explosion, decline), a message or gathering that a verb
// names (announcement <- announce, meeting <- meet: a "message sense"), or
// a state a verb names (collapse, need); "information" (communication) and
// "poverty" (state) have no such verb, and "government" (a group a verb
// names) is no gathering.
constexpr int kAct = 4, kCommunication = 10, kEvent = 11, kGroup = 14, kPhenomenon = 19, kProcess = 22, kState = 26;

using NounSynsets = std::unordered_map<std::string, NounSynset>;

// Whether the synset at `offset` is `target` or one of its hyponyms.
bool descends_from(const NounSynsets& synsets, const std::string& offset, const std::string& target, int depth = 0) {
  if (offset == target) return true;
  auto it = synsets.find(offset);
  if (it == synsets.end() || depth > 32) return false;
  for (const auto& h : it->second.hypernyms)
    if (descends_from(synsets, h, target, depth + 1)) return true;
  return false;
}

// A group a verb names is an event only when it is a gathering ("meeting",
// "conference"), not an institution or a people ("government" <- govern,
// "organization", "police", "people" <- people): those are under
// "organization" or "social group" in WordNet, not under "gathering". Some
// gatherings that are held have no verb in WordNet, and nothing there tells
// them from crowds and audiences (or "convention" from the treaty it mostly
// names in news): those few are listed.
constexpr std::string_view kHeldGatherings[] = {"rally",      "reunion",  "seminar",     "symposium",
                                                "colloquium", "conclave", "housewarming"};

bool is_message_sense(const NounSynsets& synsets, const std::string& offset, const std::string& gathering) {
  const NounSynset& s = synsets.at(offset);
  const bool held =
      std::find(std::begin(kHeldGatherings), std::end(kHeldGatherings), s.first_word) != std::end(kHeldGatherings);
  if (!s.from_verb && !held) return false;
  if (s.lexfile == kGroup) return descends_from(synsets, offset, gathering);
  return s.lexfile == kCommunication || s.lexfile == kPhenomenon;
}

bool is_event_sense(const NounSynsets& synsets, const std::string& offset, const std::string& gathering) {
  const NounSynset& s = synsets.at(offset);
  return s.lexfile == kAct || s.lexfile == kEvent || s.lexfile == kProcess ||
         is_message_sense(synsets, offset, gathering) ||
         (s.lexfile == kState && s.from_verb);  // a state a verb names: collapse, need
}

// The offset of the "gathering, assemblage" synset of noun.group.
std::string gathering_synset(const NounSynsets& synsets) {
  for (const auto& [offset, s] : synsets)
    if (s.lexfile == kGroup && s.first_word == "gathering") return offset;
  fail("data.noun has no 'gathering' synset in noun.group: is WordNet complete?");
}

using dateline::fnv1a;  // the lexicon probes its tables with it

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) fail("usage: wordnet_lexicon_gen WORDNET_DIR OUTPUT.cpp");
  const std::string dir = argv[1];
  std::map<std::string, std::uint16_t> classes;  // sorted: deterministic output
  auto add = [&](const std::string& form, std::uint16_t c) {
    if (is_plain_word(form)) classes[form] |= c;
  };

  const auto verbs = read_index(dir + "/index.verb");
  const auto nouns = read_index(dir + "/index.noun");
  const auto noun_synsets = read_noun_synsets(dir + "/data.noun");
  const std::string gathering = gathering_synset(noun_synsets);
  std::unordered_map<std::string, unsigned> noun_tagged, verb_tagged;
  for (const auto& n : nouns) noun_tagged[n.lemma] = n.tagged;
  for (const auto& v : verbs) verb_tagged[v.lemma] = v.tagged;

  auto verb_lean = [&](const std::string& lemma) -> std::uint16_t {
    auto n = noun_tagged.find(lemma);
    unsigned noun_count = n == noun_tagged.end() ? 0 : n->second;
    return verb_tagged[lemma] >= noun_count ? WordClass::VerbLean : 0;
  };
  for (const auto& v : verbs) {
    if (!is_plain_word(v.lemma)) continue;
    std::uint16_t lean = verb_lean(v.lemma);
    add(v.lemma, WordClass::VerbBase | lean);
    add(plural_or_third_person(v.lemma), WordClass::VerbThird | lean);
    add(past(v.lemma), WordClass::VerbPast | lean);
    add(gerund(v.lemma), WordClass::VerbIng | lean);
  }
  {
    auto in = open(dir + "/verb.exc");
    std::string form, lemma;
    while (in >> form >> lemma) {
      in.ignore(1 << 20, '\n');
      add(form, (form.ends_with("ing") ? WordClass::VerbIng : WordClass::VerbPast) | verb_lean(lemma));
    }
  }
  constexpr int kNounPossession = 21;
  std::size_t event_nouns = 0;
  for (const auto& n : nouns) {
    if (!is_plain_word(n.lemma)) continue;
    std::uint16_t c = WordClass::Noun;
    auto first = noun_synsets.find(n.offsets.front());
    if (first == noun_synsets.end()) fail("index.noun names synset " + n.offsets.front() + " missing from data.noun");
    if (is_event_sense(noun_synsets, first->first, gathering)) {
      c |= WordClass::EventNoun;
      if (is_message_sense(noun_synsets, first->first, gathering)) c |= WordClass::MessageNoun;
      ++event_nouns;
    }
    if (first->second.lexfile == kNounPossession) c |= WordClass::AmountNoun;
    add(n.lemma, c);
    add(plural_or_third_person(n.lemma), c | WordClass::Plural);
  }
  if (event_nouns < 1000) fail("only " + std::to_string(event_nouns) + " event nouns found: is WordNet complete?");

  // Open addressing, linear probing, load factor <= 0.5.
  std::size_t slots = 1;
  while (slots < classes.size() * 2) slots <<= 1;
  std::vector<std::uint32_t> table(slots, 0);
  std::string words;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> entries;  // offset, (length << 16) | classes
  for (const auto& [form, c] : classes) {
    entries.emplace_back(static_cast<std::uint32_t>(words.size()), (static_cast<std::uint32_t>(form.size()) << 16) | c);
    words += form;
    std::size_t slot = fnv1a(form) & (slots - 1);
    while (table[slot]) slot = (slot + 1) & (slots - 1);
    table[slot] = static_cast<std::uint32_t>(entries.size());  // index + 1; 0 is empty
  }

  std::ostringstream out;
  out << "// Generated by tools/wordnet_lexicon_gen.cpp from WordNet 3.0 (" << dir << "). Do not edit.\n"
      << "// " << classes.size() << " word forms, " << event_nouns << " event noun lemmas.\n"
      << "#include \"core/lexicon/lexicon_table.h\"\n\nnamespace dateline::lexicon::generated {\n\n"
      << "const char kWords[] =\n";
  for (std::size_t i = 0; i < words.size(); i += 100) out << "    \"" << words.substr(i, 100) << "\"\n";
  out << "    ;\n\nconst std::uint32_t kEntries[] = {\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    out << entries[i].first << "u," << entries[i].second << "u,";
    if (i % 8 == 7) out << '\n';
  }
  out << "};\n\nconst std::uint32_t kSlots[] = {\n";
  for (std::size_t i = 0; i < table.size(); ++i) {
    out << table[i] << ',';
    if (i % 24 == 23) out << '\n';
  }
  out << "};\n\nconst std::size_t kSlotCount = " << slots << ";\n\n}  // namespace dateline::lexicon::generated\n";

  std::ofstream file(argv[2], std::ios::binary);
  file << out.str();
  if (!file) fail(std::string("cannot write ") + argv[2]);
  return 0;
}
