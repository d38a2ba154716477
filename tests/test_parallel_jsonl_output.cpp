// The JSON Lines fast path (append_document_jsonl) prints exactly what
// document_to_json(...).dump() prints: on hand-made timexes with every
// optional field and characters that need escaping, and on the extractor's
// output for the fixture article and (when present) the silver news corpus.
#include <doctest/doctest.h>

#include <filesystem>

#include "core/io/inputs.h"
#include "core/io/timex_json.h"
#include "core/normalizer.h"

namespace {

namespace fs = std::filesystem;
using namespace dateline;

void check_same(const Document& doc, const std::vector<Timex>& timexes) {
  std::string fast = "prefix ";
  append_document_jsonl(fast, doc, timexes);
  CHECK(fast == "prefix " + document_to_json(doc, timexes).dump() + "\n");
}

}  // namespace

TEST_CASE("append_document_jsonl: the same bytes as nlohmann's dump") {
  Document doc;
  doc.id = "quote\" back\\slash \x01 tab\t é";
  doc.pub_date = "2024-10-02T18:30:00+09:00";
  doc.text = "Caf\xC3\xA9 \"news\" on\nTuesday, every week \xE2\x80\x94 since 1998\x7f.";
  check_same(doc, {});
  Timex a;
  a.begin = 14;
  a.end = 21;
  a.value = "2024-10-01";
  a.rule = "<weekday>";
  a.interval = Interval{};
  a.explanation = "rule \"x\"\nline";
  Timex b;
  b.begin = 23;
  b.end = 33;
  b.type = TimexType::Set;
  b.value = "P1W";
  b.quant = "EVERY";
  b.freq = "1X";
  b.mod = "APPROX";
  b.rule = "every <unit>";
  Timex c;
  c.begin = 36;
  c.end = 47;
  c.value = "1998";
  c.rule = "since <year>";
  check_same(doc, {a, b, c});
}

TEST_CASE("append_document_jsonl: the same bytes on extractor output") {
  Normalizer normalizer;
  std::size_t docs = 0;
  auto check_file = [&](const fs::path& path, InputOptions options) {
    read_input(path.string(), options, [&](InputItem&& item) {
      if (!item.document) return;
      ++docs;
      check_same(*item.document, normalizer.extract(item.document->text, *item.document->reference));
    });
  };
  InputOptions text;
  text.pub_date = "2024-10-02";
  check_file(fs::path(DATELINE_SOURCE_DIR) / "fixtures/article-2024-10-02.txt", text);
  CHECK(docs == 1);
  const fs::path silver = fs::path(DATELINE_SHARED_DIR) / "data/bench/silver-news.jsonl";
  if (!fs::exists(silver)) {
    MESSAGE("skipped the silver corpus: " << silver << " is absent");
    return;
  }
  check_file(silver, {});
  CHECK(docs > 2000);
}
