// The ordered parallel pipeline (core/batch/ordered_pipeline.h): output in
// input order whatever the number of jobs, bounded batches in flight, errors
// propagated; and `dateline extract --jobs N` byte-identical to --jobs 1.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>

#include "core/batch/ordered_pipeline.h"
#include "tests/temp_path.h"

namespace {

namespace fs = std::filesystem;
using dateline::InputItem;
using dateline::ItemOutput;

// Items "0", "1", ... with documents of varying size; processing sleeps a
// varying time so that batches finish out of order.
void numbered_items(std::size_t n, const std::function<void(InputItem&&)>& sink) {
  for (std::size_t i = 0; i < n; ++i) {
    InputItem item;
    item.id = std::to_string(i);
    item.document.emplace();
    item.document->text = std::string(1 + (i * 7919) % 3000, 'x');
    sink(std::move(item));
  }
}

std::string run_numbered(unsigned jobs, std::size_t n, std::size_t batch_items) {
  dateline::PipelineOptions options;
  options.jobs = jobs;
  options.batch_items = batch_items;
  std::string out;
  dateline::run_ordered_pipeline(
      options, [&](const auto& sink) { numbered_items(n, sink); },
      [](InputItem&& item, ItemOutput& result) {
        std::this_thread::sleep_for(std::chrono::microseconds((std::stoul(item.id) * 37) % 200));
        result.out = item.id + ":" + std::to_string(item.document->text.size()) + "\n";
      },
      [&](ItemOutput& result) { out += result.out; });
  return out;
}

}  // namespace

TEST_CASE("ordered pipeline: the same output in input order for any number of jobs") {
  const std::string one = run_numbered(1, 500, 7);
  CHECK(one.starts_with("0:1\n1:1920\n2:839\n"));
  for (unsigned jobs : {2u, 3u, 8u})
    for (std::size_t batch : {1u, 7u, 64u}) {
      CAPTURE(jobs);
      CAPTURE(batch);
      CHECK(run_numbered(jobs, 500, batch) == one);
    }
  CHECK(run_numbered(4, 0, 8).empty());
}

TEST_CASE("ordered pipeline: bounded batches in flight") {
  dateline::PipelineOptions options;
  options.jobs = 2;
  options.batch_items = 4;
  options.batches_per_job = 2;  // at most 4 batches = 16 items between reading and writing
  std::atomic<long> read{0}, written{0};
  long max_gap = 0;
  dateline::run_ordered_pipeline(
      options,
      [&](const auto& sink) {
        numbered_items(400, [&](InputItem&& item) {
          max_gap = std::max(max_gap, read.load() - written.load());
          ++read;
          sink(std::move(item));
        });
      },
      [](InputItem&&, ItemOutput&) { std::this_thread::sleep_for(std::chrono::microseconds(50)); },
      [&](ItemOutput&) { ++written; });
  CHECK(written == 400);
  // The batch being filled (4) plus 4 in flight.
  CHECK(max_gap <= 4 * 4 + 4);
}

TEST_CASE("ordered pipeline: an exception in processing reaches the caller") {
  dateline::PipelineOptions options;
  options.jobs = 3;
  options.batch_items = 2;
  CHECK_THROWS_WITH_AS(dateline::run_ordered_pipeline(
                           options, [&](const auto& sink) { numbered_items(200, sink); },
                           [](InputItem&& item, ItemOutput&) {
                             if (item.id == "77") throw std::runtime_error("item 77 is bad");
                           },
                           [](ItemOutput&) {}),
                       "item 77 is bad", std::runtime_error);
}

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs dateline with `args`, returns (exit status, stdout).
std::pair<int, std::string> run_dateline(const std::string& args, const fs::path& out) {
  std::string command = std::string("\"") + DATELINE_BINARY + "\" " + args + " > \"" + out.string() + "\" 2>/dev/null";
  int raw = std::system(command.c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, read_file(out)};
}

}  // namespace

TEST_CASE("extract --jobs: output byte-identical to --jobs 1, errors in place") {
  if (!fs::exists(DATELINE_BINARY)) {
    MESSAGE("skipped: the dateline binary is not built");
    return;
  }
  const fs::path dir = dateline::test::process_temp_path("dateline_parallel_test");
  fs::create_directories(dir);
  // The fixture article many times over, with bad lines in between, so that
  // batches and errors interleave.
  std::string article = read_file(fs::path(DATELINE_SOURCE_DIR) / "fixtures/article-2024-10-02.txt");
  REQUIRE(!article.empty());
  std::ofstream jsonl(dir / "in.jsonl", std::ios::binary);
  for (int i = 0; i < 300; ++i) {
    if (i % 97 == 5) jsonl << "{not json\n";
    std::string text = article.substr((i * 131) % (article.size() / 2));
    std::string escaped;
    for (char c : text) {
      if (c == '"' || c == '\\') escaped += '\\';
      if (c == '\n') escaped += "\\n";
      else if (c == '\t') escaped += "\\t";
      else escaped += c;
    }
    jsonl << "{\"id\": \"d" << i << "\", \"pub_date\": \"2024-10-0" << 1 + i % 9 << "\", \"text\": \"" << escaped << "\"}\n";
  }
  jsonl.close();
  for (const std::string format : {"jsonl", "json", "text"}) {
    CAPTURE(format);
    auto [status1, one] = run_dateline("extract --format " + format + " --jobs 1 \"" + (dir / "in.jsonl").string() + "\"",
                                       dir / "out1");
    auto [status4, four] = run_dateline("extract --format " + format + " --jobs 4 \"" + (dir / "in.jsonl").string() + "\"",
                                        dir / "out4");
    CHECK(status1 == 1);  // the bad lines
    CHECK(status4 == 1);
    CHECK(one.size() > 10000);
    CHECK(one == four);
  }
  auto [status, lines] = run_dateline("extract --format jsonl --jobs 3 \"" + (dir / "in.jsonl").string() + "\"", dir / "out3");
  CHECK(lines.find("\"id\":\"d0\"") < lines.find("\"id\":\"d1\""));
  CHECK(lines.find("\"id\":\"d5\"") > lines.find("\"line\":6"));  // the bad line 6 comes before d5
  fs::remove_all(dir);
}
