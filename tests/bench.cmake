# Smoke test of the throughput benchmark (bench/, docs/benchmark.md) on a
# small input: it must run end to end and print its figures. No timing is
# asserted here; the speed targets live only in the benchmark's printout.
if(EXISTS ${CMAKE_SOURCE_DIR}/bench/CMakeLists.txt)
  add_test(NAME bench_smoke
           COMMAND dateline_bench ${CMAKE_SOURCE_DIR}/bench/smoke.jsonl --repeat 2 --reps 1)
  set_tests_properties(bench_smoke PROPERTIES
      PASS_REGULAR_EXPRESSION "floor \\(the faster\\).*extract --format jsonl.*start-up"
      TIMEOUT 120)
endif()
