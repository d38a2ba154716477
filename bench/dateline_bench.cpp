// dateline_bench: throughput of dateline against the floor, in one run.
//
//   ./build/bench/dateline_bench [JSONL] [--repeat N] [--reps R] [--dateline PATH]
//
// JSONL defaults to ../shared/data/bench/silver-news.jsonl. In-process, on
// one copy of the corpus: the floor (the cheaper of a tokenizer + trigger
// hash lookup and one PCRE2-JIT scan of the trigger alternation) and
// find + resolve alone. As child processes of the real `dateline` binary, on
// the corpus repeated N times: `extract --format jsonl --jobs 1` and
// `timeline --per-doc --format jsonl` end to end (JSONL in, JSON Lines out
// to /dev/null), `extract --jobs 2`, peak resident memory, and start-up time
// on empty input. Every figure is the median of R repetitions; MB/s counts
// the bytes of news text (the "text" fields), per CPU-second for one-core
// figures. The ratios to the floor are what to compare across machines.
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench/bench_floor.h"
#include "bench/bench_process.h"
#include "core/io/inputs.h"
#include "core/normalizer.h"

namespace dateline::bench {
namespace {

struct Options {
  std::string corpus = DATELINE_BENCH_CORPUS;
  int repeat = 0;  // 0: enough copies for about 16 MB of text
  int reps = 5;
  std::string dateline = DATELINE_BINARY;
};

const char* kUsage =
    "usage: dateline_bench [JSONL] [--repeat N] [--reps R] [--dateline PATH]\n"
    "  JSONL       documents with id/text/pub_date (default: the shared silver-news corpus)\n"
    "  --repeat N  run the end-to-end commands on N copies of the corpus (default: ~16 MB of text)\n"
    "  --reps R    repetitions of each measurement; medians are printed (default 5)\n"
    "  --dateline  the dateline binary to run (default: the one built beside this benchmark)\n";

Options parse_options(int argc, char** argv) {
  Options o;
  bool corpus_given = false;
  auto number = [&](int& i, const std::string& flag) {
    if (i + 1 >= argc) throw std::invalid_argument(flag + " needs a number");
    int v = std::atoi(argv[++i]);
    if (v < 1) throw std::invalid_argument(flag + " must be at least 1, got '" + argv[i] + "'");
    return v;
  };
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--repeat") o.repeat = number(i, a);
    else if (a == "--reps") o.reps = number(i, a);
    else if (a == "--dateline" && i + 1 < argc) o.dateline = argv[++i];
    else if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      std::exit(0);
    } else if (!a.starts_with("-") && !corpus_given) {
      o.corpus = a;
      corpus_given = true;
    } else {
      throw std::invalid_argument("unknown argument '" + a + "'\n" + kUsage);
    }
  }
  return o;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// CPU time of this thread: the machine may be shared, so one-core figures
// count the CPU-seconds spent, not the wall time.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
}

// Median CPU-seconds of `reps` runs of `work`.
double time_median(int reps, const std::function<void()>& work) {
  std::vector<double> times;
  for (int r = 0; r < reps; ++r) {
    double start = thread_cpu_seconds();
    work();
    times.push_back(thread_cpu_seconds() - start);
  }
  return median(times);
}

struct Corpus {
  std::vector<Document> docs;
  std::vector<std::string> texts;
  std::size_t text_bytes = 0;
  std::size_t file_bytes = 0;
};

Corpus load_corpus(const std::string& path) {
  Corpus c;
  InputOptions in;
  in.kind = InputKind::Jsonl;
  std::size_t failed = 0;
  read_input(path, in, [&](InputItem&& item) {
    if (!item.document) {
      if (++failed <= 3) std::cerr << "warning: " << item.source << ": " << item.error << '\n';
      return;
    }
    c.text_bytes += item.document->text.size();
    c.texts.push_back(item.document->text);
    c.docs.push_back(std::move(*item.document));
  });
  if (c.docs.empty()) throw std::runtime_error(path + ": no documents (expected JSON Lines with id/text/pub_date)");
  c.file_bytes = std::filesystem::file_size(path);
  return c;
}

// The corpus file repeated `copies` times, removed when this goes away.
struct RepeatedFile {
  std::string path;
  RepeatedFile(const std::string& source, int copies) {
    auto dir = std::filesystem::temp_directory_path();
    path = (dir / ("dateline_bench_" + std::to_string(getpid()) + ".jsonl")).string();
    std::ofstream out(path, std::ios::binary);
    for (int i = 0; i < copies; ++i) {
      std::ifstream in(source, std::ios::binary);
      out << in.rdbuf();
      // Keep lines apart when the file does not end with a newline.
      in.clear();
      in.seekg(-1, std::ios::end);
      if (in && in.get() != '\n') out << '\n';
    }
    if (!out) throw std::runtime_error("cannot write " + path);
  }
  ~RepeatedFile() { std::filesystem::remove(path); }
};

struct Measured {
  double cpu = 0, wall = 0;
  long peak_kb = 0;
};

std::optional<Measured> run_median(const std::vector<std::string>& argv, int reps, const std::string& stdin_path = "/dev/null") {
  std::vector<double> cpu, wall;
  long peak = 0;
  for (int r = 0; r < reps; ++r) {
    ProcessCost c = run_process(argv, stdin_path);
    if (c.exit_code != 0) {
      std::cerr << "warning: '" << argv[1] << "' exited with " << c.exit_code << '\n';
      return std::nullopt;
    }
    cpu.push_back(c.cpu_seconds);
    wall.push_back(c.wall_seconds);
    peak = std::max(peak, c.peak_rss_kb);
  }
  return Measured{median(cpu), median(wall), peak};
}

void print_row(const char* name, double seconds, double text_bytes, double docs, double timexes, double floor_mbs) {
  double mbs = text_bytes / seconds / 1e6;
  std::printf("  %-40s %9.1f MB/s %10.0f docs/s %11.0f expr/s   %5.3f of floor\n", name, mbs, docs / seconds,
              timexes / seconds, mbs / floor_mbs);
}

int run(const Options& o) {
  // Peak memory first, while this process is small (see bench_process.h).
  const std::size_t file_bytes = std::filesystem::file_size(o.corpus);
  if (file_bytes == 0) throw std::runtime_error(o.corpus + ": empty file");
  const int repeat = o.repeat ? o.repeat : static_cast<int>(std::max<std::size_t>(1, (16'000'000 + file_bytes - 1) / file_bytes));
  RepeatedFile repeated(o.corpus, repeat);
  auto extract_args = [&](const std::string& jobs, const std::string& file) {
    std::vector<std::string> args = {o.dateline, "extract", "--format", "jsonl", "--input", "jsonl"};
    if (!jobs.empty()) args.insert(args.end(), {"--jobs", jobs});
    args.push_back(file);
    return args;
  };
  const std::vector<std::string> timeline_args = {o.dateline, "timeline", "--per-doc", "--format", "jsonl",
                                                  "--input", "jsonl", repeated.path};
  auto peak_one = run_median(extract_args("1", o.corpus), 1);
  auto peak_many = run_median(extract_args("1", repeated.path), 1);
  auto peak_all_cores = run_median(extract_args("", repeated.path), 1);
  const bool has_timeline = run_process({o.dateline, "timeline", "--help"}).exit_code == 0;
  auto peak_timeline = has_timeline ? run_median(timeline_args, 1) : std::nullopt;

  Corpus corpus = load_corpus(o.corpus);
  double start = thread_cpu_seconds();
  Normalizer normalizer;
  double compile_ms = (thread_cpu_seconds() - start) * 1e3;

  std::printf("dateline_bench: %s\n", o.corpus.c_str());
  std::printf("  %zu documents, %.2f MB of text (%.2f MB of JSONL); end-to-end runs use %d copies; medians of %d\n\n",
              corpus.docs.size(), corpus.text_bytes / 1e6, corpus.file_bytes / 1e6, repeat, o.reps);

  // In-process, one copy of the corpus (repeated inside the timed work until it lasts long enough).
  const int inner = std::max(1, static_cast<int>(4'000'000 / corpus.text_bytes));
  std::size_t candidates = 0, pcre_candidates = 0, timexes = 0;
  TokenizerFloor tokenizer(normalizer.rules());
  double tok = time_median(o.reps, [&] {
    for (int i = 0; i < inner; ++i) candidates = tokenizer.scan(corpus.texts);
  }) / inner;
  PcreFloor pcre(normalizer.rules());
  double scan = time_median(o.reps, [&] {
    for (int i = 0; i < inner; ++i) pcre_candidates = pcre.scan(corpus.texts);
  }) / inner;
  double find = time_median(o.reps, [&] {
    timexes = 0;
    for (const Document& d : corpus.docs) timexes += normalizer.extract(d.text, *d.reference).size();
  });
  const double bytes = static_cast<double>(corpus.text_bytes), docs = static_cast<double>(corpus.docs.size());
  const double floor_mbs = bytes / std::min(tok, scan) / 1e6;

  std::printf("one core (per CPU-second)                       throughput          documents      expressions   ratio\n");
  std::printf("  floor: tokenizer + trigger hash        %9.1f MB/s   (%zu candidate words)\n", bytes / tok / 1e6, candidates);
  std::printf("  floor: PCRE2-JIT alternation           %9.1f MB/s   (%zu alternatives, %zu matches)\n",
              bytes / scan / 1e6, pcre.alternatives(), pcre_candidates);
  std::printf("  floor (the faster)                     %9.1f MB/s\n", floor_mbs);
  print_row("find + resolve (in-process)", find, bytes, docs, static_cast<double>(timexes), floor_mbs);

  const double rbytes = bytes * repeat, rdocs = docs * repeat, rtimexes = static_cast<double>(timexes) * repeat;
  auto extract1 = run_median(extract_args("1", repeated.path), o.reps);
  if (extract1) print_row("extract --format jsonl (e2e)", extract1->cpu, rbytes, rdocs, rtimexes, floor_mbs);
  if (has_timeline) {
    auto timeline = run_median(timeline_args, o.reps);
    if (timeline) print_row("timeline --per-doc --format jsonl (e2e)", timeline->cpu, rbytes, rdocs, rtimexes, floor_mbs);
  } else {
    std::printf("  timeline: pending (this dateline has no timeline command)\n");
  }

  std::printf("\nall cores (wall time; only meaningful on an otherwise idle machine)\n");
  if (extract1) {
    auto extract2 = run_median(extract_args("2", repeated.path), o.reps);
    if (extract2)
      std::printf("  extract --jobs 1: %.1f MB/s, --jobs 2: %.1f MB/s   speed-up %.2fx   (%ld cores online; "
                  "CPU-seconds per wall-second: %.2f with --jobs 1, %.2f with --jobs 2)\n",
                  rbytes / extract1->wall / 1e6, rbytes / extract2->wall / 1e6, extract1->wall / extract2->wall,
                  sysconf(_SC_NPROCESSORS_ONLN), extract1->cpu / extract1->wall, extract2->cpu / extract2->wall);
  }

  std::printf("\nmemory and start-up\n");
  auto mb = [](const std::optional<Measured>& m) { return m ? m->peak_kb / 1024.0 : 0.0; };
  std::printf("  peak resident memory, extract: %.1f MB on 1 copy, %.1f MB on %d copies (--jobs 1), %.1f MB (all cores)\n",
              mb(peak_one), mb(peak_many), repeat, mb(peak_all_cores));
  if (peak_timeline) std::printf("  peak resident memory, timeline --per-doc: %.1f MB\n", mb(peak_timeline));
  auto startup = run_median({o.dateline, "extract", "--format", "jsonl", "--input", "jsonl"}, std::max(o.reps, 11));
  if (startup)
    std::printf("  start-up, extract on empty input: %.1f ms wall, %.1f ms CPU (rules compiled in-process: %.1f ms CPU)\n",
                startup->wall * 1e3, startup->cpu * 1e3, compile_ms);
  return extract1 && startup ? 0 : 1;
}

}  // namespace
}  // namespace dateline::bench

int main(int argc, char** argv) {
  try {
    return dateline::bench::run(dateline::bench::parse_options(argc, argv));
  } catch (const std::exception& e) {
    std::cerr << "dateline_bench: " << e.what() << '\n';
    return 2;
  }
}
