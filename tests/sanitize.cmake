# CI's sanitizer and fuzzing pass, as ctest entries (.ci/run only runs
# scripts/setup.sh and ctest): a second tree, build-asan inside this build
# directory, is configured with clang, AddressSanitizer + UBSan
# (-DDATELINE_SANITIZE=ON) and the libFuzzer targets (-DDATELINE_FUZZ=ON);
# sanitize.tests runs the whole test suite there, and fuzz.<target>
# (tests/fuzz.cmake) runs each fuzzer for a bounded time. Labelled slow, so
#   ctest --test-dir build -LE slow
# skips them. The nested tree has DATELINE_SANITIZE on and so registers none
# of these entries itself: no recursion.
include_guard(GLOBAL)  # tests/fuzz.cmake includes this file first
if(DATELINE_SANITIZE OR DATELINE_FUZZ)
  return()
endif()
find_program(DATELINE_CLANGXX NAMES clang++-14 clang++)
if(NOT DATELINE_CLANGXX)
  message(STATUS "clang not found: no sanitizer/fuzz ctest entries (scripts/setup.sh installs clang-14)")
  return()
endif()

# Reports with function names and lines need llvm-symbolizer (Debian's llvm-14).
find_program(DATELINE_SYMBOLIZER NAMES llvm-symbolizer-14 llvm-symbolizer
             PATHS /usr/lib/llvm-14/bin)
set(DATELINE_SYMBOLIZER_ENV "")
if(DATELINE_SYMBOLIZER)
  set(DATELINE_SYMBOLIZER_ENV "ASAN_SYMBOLIZER_PATH=${DATELINE_SYMBOLIZER}")
endif()
set(DATELINE_ASAN_TREE ${CMAKE_BINARY_DIR}/build-asan CACHE PATH "the nested sanitizer + fuzzer build tree")
# -O1 with line tables: quick to compile, fast enough to run, and reports
# that name file and line.
add_test(NAME sanitize.configure
         COMMAND ${CMAKE_COMMAND} -S ${CMAKE_SOURCE_DIR} -B ${DATELINE_ASAN_TREE} -G Ninja
                 -DCMAKE_CXX_COMPILER=${DATELINE_CLANGXX}
                 -DCMAKE_BUILD_TYPE=Sanitize "-DCMAKE_CXX_FLAGS_SANITIZE=-O1 -gline-tables-only"
                 -DDATELINE_SANITIZE=ON -DDATELINE_FUZZ=ON -DDATELINE_PYTHON=OFF
                 -DDATELINE_SHARED_DIR=${DATELINE_SHARED_DIR})
add_test(NAME sanitize.build COMMAND ${CMAKE_COMMAND} --build ${DATELINE_ASAN_TREE} -j2)
# The nested suite's 100 MB document shrinks to 10 MB: ASan makes it several
# times slower and larger, and the full size already runs in this tree.
add_test(NAME sanitize.tests
         COMMAND ${CMAKE_CTEST_COMMAND} --test-dir ${DATELINE_ASAN_TREE} --output-on-failure -j2)
set_tests_properties(sanitize.configure PROPERTIES FIXTURES_SETUP asan_configured LABELS "slow;sanitize" TIMEOUT 300)
set_tests_properties(sanitize.build PROPERTIES FIXTURES_REQUIRED asan_configured FIXTURES_SETUP asan_tree
                     LABELS "slow;sanitize" TIMEOUT 1800)
set_tests_properties(sanitize.tests PROPERTIES FIXTURES_REQUIRED asan_tree LABELS "slow;sanitize" TIMEOUT 1200
                     ENVIRONMENT "DATELINE_BIG_INPUT_MB=10;ASAN_OPTIONS=detect_leaks=1:abort_on_error=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1;${DATELINE_SYMBOLIZER_ENV}")
