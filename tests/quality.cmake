# Quality regression guard on TempEval-3 train (../shared/data/tempeval3/train):
# `dateline eval` must keep value F1 >= 77, relaxed F1 >= 92 and strict F1 >= 85
# (measured 78.5 / 92.8 / 86.0 when the floors were set). Skipped when the
# shared directory is absent.
add_test(NAME quality_tempeval3_train
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/check_eval_floor.py
                 --dateline $<TARGET_FILE:dateline>
                 --gold ${DATELINE_SHARED_DIR}/data/tempeval3/train
                 --value 77 --relaxed 92 --strict 85)
set_tests_properties(quality_tempeval3_train PROPERTIES SKIP_RETURN_CODE 77 LABELS quality TIMEOUT 300)
