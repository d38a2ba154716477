// `dateline eval` end to end, on hand-made gold and system files (the tagger
// is not involved, so this does not depend on its quality).
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "tests/temp_path.h"

namespace {

namespace fs = std::filesystem;

std::string tml(const std::string& text) {
  return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>D1</DOCID>\n"
         "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\" functionInDocument=\"CREATION_TIME\">"
         "1998-08-07</TIMEX3></DCT>\n<TEXT>" +
         text + "</TEXT>\n</TimeML>\n";
}

void write(const fs::path& path, const std::string& contents) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << contents;
}

struct Run {
  int status = -1;
  std::string out;
};

Run run(const std::string& args) {
  fs::path out = dateline::test::process_temp_path("dateline_eval_cli_out.txt");
  std::string command = std::string("\"") + DATELINE_BINARY + "\" " + args + " > \"" + out.string() + "\" 2>/dev/null";
  int raw = std::system(command.c_str());
  Run r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  {
    std::ifstream in(out);
    std::stringstream s;
    s << in.rdbuf();
    r.out = s.str();
  }
  fs::remove(out);
  return r;
}

}  // namespace

TEST_CASE("eval cli: --system scoring, bad gold file, exit status") {
  if (!fs::exists(DATELINE_BINARY)) {
    MESSAGE("skipped: the dateline binary is not built");
    return;
  }
  const fs::path dir = dateline::test::process_temp_path("dateline_eval_cli_test");
  fs::remove_all(dir);
  write(dir / "gold/a.tml",
        tml("Bombs exploded <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3> for "
            "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2W\">two weeks</TIMEX3>."));
  write(dir / "system/a.tml.TE3input",
        tml("Bombs exploded <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-08\">Friday</TIMEX3> for two weeks."));
  const std::string gold = "--gold \"" + (dir / "gold").string() + "\"";
  const std::string system = "--system \"" + (dir / "system").string() + "\"";

  Run ok = run("eval " + gold + " " + system + " --format json --errors");
  CHECK(ok.status == 0);
  auto j = nlohmann::json::parse(ok.out);
  CHECK(j["documents"] == 1);
  const auto& overall = j["timex"]["overall"];
  CHECK(overall["counts"]["gold"] == 2);
  CHECK(overall["counts"]["system"] == 1);
  CHECK(overall["relaxed"]["precision"].get<double>() == doctest::Approx(1.0));
  CHECK(overall["relaxed"]["recall"].get<double>() == doctest::Approx(0.5));
  CHECK(overall["value_f1"].get<double>() == doctest::Approx(0.0));
  CHECK(overall["type_f1"].get<double>() == doctest::Approx(2.0 / 3));
  CHECK(j["timex"]["errors"].size() == 2);  // wrong value of Friday, miss of two weeks

  Run text = run("eval " + gold + " " + system);
  CHECK(text.status == 0);
  CHECK(text.out.find("relaxed") != std::string::npos);

  write(dir / "gold/b.tml", "<TimeML><TEXT>no DCT here</TEXT></TimeML>");
  Run bad = run("eval " + gold + " " + system + " --format json");
  CHECK(bad.status == 1);
  auto jb = nlohmann::json::parse(bad.out);
  CHECK(jb["documents"] == 1);
  REQUIRE(jb["failures"].size() == 1);
  CHECK(jb["failures"][0].get<std::string>().find("b.tml") != std::string::npos);

  CHECK(run("eval --gold").status == 2);
  CHECK(run("eval " + gold + " --format xml").status == 2);
  fs::remove_all(dir);
}
