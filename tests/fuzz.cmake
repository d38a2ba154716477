# The fuzz corpus replay (tests/test_fuzz_replay.cpp) runs the fuzz checks in
# every build; here the test binary gets them.
target_link_libraries(dateline_tests PRIVATE dateline_fuzz_checks)
