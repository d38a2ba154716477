# Quality regression guard on TempEval-3 train (../shared/data/tempeval3/train):
# `dateline eval` must keep value F1 >= 79.5, relaxed F1 >= 93 and strict F1 >= 86.5
# (measured 81.0 / 94.5 / 88.4 when the floors were set). Skipped when the
# shared directory is absent.
add_test(NAME quality_tempeval3_train
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/check_eval_floor.py
                 --dateline $<TARGET_FILE:dateline>
                 --gold ${DATELINE_SHARED_DIR}/data/tempeval3/train
                 --value 79.5 --relaxed 93 --strict 86.5)
set_tests_properties(quality_tempeval3_train PROPERTIES SKIP_RETURN_CODE 77 LABELS quality TIMEOUT 300)
