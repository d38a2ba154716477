// Every `example:` line of every rule runs here: the rule files are their own
// specification. A failure names the rule file and line.
#include <doctest/doctest.h>

#include "core/normalizer.h"
#include "core/rules/ruleset.h"

using namespace dateline;

TEST_CASE("every rule example yields its value at its extent") {
  Normalizer normalizer;
  int checked = 0;
  for (const Rule& rule : normalizer.rules().rules()) {
    for (const RuleExample& ex : rule.examples) {
      CAPTURE(ex.file);
      CAPTURE(ex.line);
      CAPTURE(ex.text);
      auto timexes = normalizer.extract(ex.text, parse_reference(ex.reference));
      if (ex.value == "nothing") {
        for (const auto& t : timexes)
          CHECK_MESSAGE((t.end <= ex.begin || t.begin >= ex.end), ex.file << ":" << ex.line << ": expected nothing, got ["
                                                                  << ex.text.substr(t.begin, t.end - t.begin) << "] ("
                                                                  << t.rule << ")");
        ++checked;
        continue;
      }
      const Timex* found = nullptr;
      for (const auto& t : timexes)
        if (t.begin == ex.begin && t.end == ex.end) found = &t;
      std::string got;
      for (const auto& t : timexes)
        got += "[" + ex.text.substr(t.begin, t.end - t.begin) + "]=" + t.value + " (" + std::string(t.rule) + ") ";
      CAPTURE(got);
      CHECK_MESSAGE(found != nullptr, ex.file << ":" << ex.line << ": no expression at the example's extent");
      if (!found) continue;
      CHECK_MESSAGE(found->value == ex.value, ex.file << ":" << ex.line << ": value");
      if (!ex.type.empty()) CHECK_MESSAGE(to_string(found->type) == ex.type, ex.file << ":" << ex.line << ": type");
      if (!ex.mod.empty()) CHECK_MESSAGE(found->mod == ex.mod, ex.file << ":" << ex.line << ": mod");
      ++checked;
    }
  }
  CHECK(checked > 100);
}

TEST_CASE("every rule and filter carries at least one example") {
  Normalizer normalizer;
  for (const Rule& rule : normalizer.rules().rules()) {
    CAPTURE(rule.file);
    CAPTURE(rule.line);
    CHECK_MESSAGE(!rule.examples.empty(), rule.file << ":" << rule.line << ": rule '" << rule.name << "' has no example");
  }
}
