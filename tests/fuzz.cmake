# The fuzz corpus replay (tests/test_fuzz_replay.cpp) runs the fuzz checks in
# every build; here the test binary gets them.
target_link_libraries(dateline_tests PRIVATE dateline_fuzz_checks)

# Each libFuzzer target (fuzz/), built in the sanitizer tree of
# tests/sanitize.cmake, runs for DATELINE_FUZZ_SECONDS from its seeds in
# fixtures/fuzz/<target>/. New coverage goes to a corpus in the build tree,
# crashes to fuzz-crashes/; a crash fails the test, and its input belongs in
# fixtures/fuzz/<target>/ once fixed. The seed is fixed so that a run of the
# suite explores the same inputs each time (a test that passes keeps passing);
# longer runs with other seeds belong to development (docs/robustness.md).
set(DATELINE_FUZZ_SEED 1 CACHE STRING "libFuzzer -seed for the ctest fuzz runs")
include(${CMAKE_CURRENT_LIST_DIR}/sanitize.cmake)  # defines DATELINE_ASAN_TREE and its fixtures
if(DATELINE_SANITIZE OR DATELINE_FUZZ OR NOT DATELINE_ASAN_TREE)
  return()
endif()
set(DATELINE_FUZZ_SECONDS 60 CACHE STRING "seconds each fuzz target runs in ctest")
foreach(target IN ITEMS extract timeml jsonl ics)
  set(corpus ${CMAKE_BINARY_DIR}/fuzz-corpus/${target})
  file(MAKE_DIRECTORY ${corpus} ${CMAKE_BINARY_DIR}/fuzz-crashes)
  set(dict "")
  if(EXISTS ${CMAKE_SOURCE_DIR}/fuzz/${target}.dict)
    set(dict -dict=${CMAKE_SOURCE_DIR}/fuzz/${target}.dict)
  endif()
  add_test(NAME fuzz.${target}
           COMMAND ${DATELINE_ASAN_TREE}/fuzz/fuzz_${target} -max_total_time=${DATELINE_FUZZ_SECONDS}
                   -seed=${DATELINE_FUZZ_SEED}
                   -timeout=20 -rss_limit_mb=3072 -max_len=8192 -print_final_stats=1 ${dict}
                   -artifact_prefix=${CMAKE_BINARY_DIR}/fuzz-crashes/${target}-
                   ${corpus} ${CMAKE_SOURCE_DIR}/fixtures/fuzz/${target})
  set_tests_properties(fuzz.${target} PROPERTIES FIXTURES_REQUIRED asan_tree LABELS "slow;fuzz"
                       TIMEOUT 300 ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1;UBSAN_OPTIONS=print_stacktrace=1;${DATELINE_SYMBOLIZER_ENV}")
endforeach()
