// core/timeline/json_writer: the streaming JSON Lines writer writes exactly
// what nlohmann's dump() of entry_to_json writes, for any text.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/normalizer.h"
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_writers.h"

using namespace dateline;

namespace {

std::vector<TimelineEntry> timeline_of(const std::string& text) {
  static const Normalizer normalizer;
  Document d;
  d.id = "doc \"1\"\t\xC3\xA9";
  d.text = text;
  d.pub_date = "2024-10-02";
  d.reference = parse_reference("2024-10-02");
  return build_timeline(d, normalizer.extract(d.text, *d.reference), 0);
}

void check_same_as_dump(const std::vector<TimelineEntry>& entries) {
  for (const auto& e : entries) {
    std::string line;
    append_entry_jsonl(line, e);
    CHECK(line == entry_to_json(e).dump() + "\n");
  }
}

}  // namespace

TEST_CASE("timeline JSON Lines: the streaming writer equals nlohmann's dump") {
  std::ifstream in(std::string(DATELINE_SOURCE_DIR) + "/fixtures/article-2024-10-02.txt");
  std::stringstream article;
  article << in.rdbuf();
  auto seed = timeline_of(article.str());
  REQUIRE(seed.size() >= 8);
  check_same_as_dump(seed);

  // Quotes, backslashes, control bytes, non-ASCII and vague entries (null interval).
  auto hostile = timeline_of(
      "He said \"no\\way\"\ton Tuesday,\x01 and \xE2\x80\x94 caf\xC3\xA9 \xF0\x9F\x98\x80 \xE2\x80\x94 they met "
      "on Friday. We will talk at a future date.");
  REQUIRE(hostile.size() >= 2);
  check_same_as_dump(hostile);
}
